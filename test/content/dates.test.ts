import { describe, expect, it } from 'vitest';
import { findDatesInText, parseDate, parseFileNameDate } from '../../src/content/edition/dates.ts';

describe('parseDate', () => {
  it.each([
    ['2024-10-24', '2024-10-24'],
    ['2024-10-26 10:32:15 +0900', '2024-10-26'],
    ['2018-09-04 22:38:50', '2018-09-04'],
    ['2019.08.30 12:00:00', '2019-08-30'],
    ['2023/10/21 18:00:00', '2023-10-21'],
    ['2022-12-09T10:00:00+09:00', '2022-12-09'],
    ['2022-12-09T10:00:00.000Z', '2022-12-09'],
    ['2019-8-3', '2019-08-03'],
    ['2024년 10월 24일', '2024-10-24'],
    ['지난 목요일', null],
    ['2024-13-01', null],
    ['2023-02-29', null],
    ['2024-02-29', '2024-02-29'],
    ['2022-12-07 25:61:00', null],
    ['2022-12-07 23:59:59', '2022-12-07'],
    ['2022-12-07 12:60', null],
    ['24/10/2024', null],
    ['', null],
  ])('%j → %s', (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });
});

describe('parseFileNameDate', () => {
  it.each([
    ['2024-10-24-if-kakao.md', '2024-10-24'],
    ['2023-02-28-deview-2023-day1.md', '2023-02-28'],
    ['000_b91a9a0d89eb8562.txt', null],
    ['2024-99-01-x.md', null],
  ])('%s → %s', (input, expected) => {
    expect(parseFileNameDate(input)).toBe(expected);
  });
});

describe('findDatesInText', () => {
  it.each([
    ['- 참여 날짜: 2024년 10월 24일 목 (day 3)', ['2024-10-24']],
    ['2019.08.29 와 2019.08.30 이틀', ['2019-08-29', '2019-08-30']],
    ['오전 10시 5분에 시작', []],
  ])('%s', (input, expected) => {
    expect(findDatesInText(input)).toEqual(expected);
  });
});
