import { describe, expect, it } from 'vitest';
import { createEditionId, createSeriesRecognizers, detectDay, detectEdition } from '../../src/content/edition/editions.ts';

const recognizers = createSeriesRecognizers({ series: [{ id: 'slash', name: 'SLASH', aliases: ['toss slash'], sites: [], editions: [] }] });
const guess = (sources: string[], fallbackYear: number | null = null) => detectEdition(sources, recognizers, fallbackYear).guess;

describe('detectEdition', () => {
  it.each<[string, string[], number | null, { seriesId: string; year: number | null }]>([
    ['typo in the series name', ['if(kakakoAI) 2024'], null, { seriesId: 'if-kakao', year: 2024 }],
    ['if(kakaoAI)', ['if(kakaoAI) 2024 참여 후기'], null, { seriesId: 'if-kakao', year: 2024 }],
    ['year apart from the name', ['[후기] if kakao 개발자 컨퍼런스 2018'], null, { seriesId: 'if-kakao', year: 2018 }],
    ['year from the post date', ['IF Kakao 참관기 Day01'], 2019, { seriesId: 'if-kakao', year: 2019 }],
    ['glued name', ['ifkakao2019 다녀옴'], null, { seriesId: 'if-kakao', year: 2019 }],
    ['if(kakao)dev', ['if(kakao)dev2022 이틀간의 기록'], null, { seriesId: 'if-kakao', year: 2022 }],
    ['Korean name', ['이프카카오 2021 후기'], null, { seriesId: 'if-kakao', year: 2021 }],
    ['series only in the tags', ['카카오 컨퍼런스 2019 후기', '', 'IfKakao'], null, { seriesId: 'if-kakao', year: 2019 }],
    ['DEVIEW', ['DEVIEW 2023 1일차 정리'], null, { seriesId: 'deview', year: 2023 }],
    ['FEConf', ['FEConf 2023 참관 후기'], null, { seriesId: 'feconf', year: 2023 }],
    ['a curated series', ['Toss Slash 23 후기'], 2023, { seriesId: 'slash', year: 2023 }],
    ['two-digit year after a known name', ['NHN FORWARD 22 참관기'], null, { seriesId: 'nhn-forward', year: 2022 }],
    ["an apostrophe year", ["DEVIEW '23 후기"], null, { seriesId: 'deview', year: 2023 }],
    ['two years: the reviewed one wins', ['INFCON 2023 시간표 공유 및 인프콘 2022 후기'], null, { seriesId: 'infcon', year: 2022 }],
    ['a conference the post names itself', ['KubeCon Copenhagen 2018 - Day 1'], null, { seriesId: 'kubecon-copenhagen', year: 2018 }],
    ['its name before a venue', ['GDG DEVFEST 2016 @Seoul Univ GCP'], null, { seriesId: 'gdg-devfest', year: 2016 }],
    ['a review word before the name', ['[후기] AWS Summit Seoul 2023'], null, { seriesId: 'aws-summit-seoul', year: 2023 }],
    ['a lookalike of a known name is its own conference', ['if kafka 2019'], null, { seriesId: 'if-kafka', year: 2019 }],
    ['a meetup dated by the post', ['주말 밋업 후기'], 2023, { seriesId: '주말-밋업', year: 2023 }],
    ['a known series without a year', ['DEVIEW 후기'], null, { seriesId: 'deview', year: null }],
    ['a named conference without a year', ["Let'Swift Conference review"], null, { seriesId: 'letswift', year: null }],
    ['an undated title of its own', ['Rust Seoul Meetup notes'], null, { seriesId: 'rust-seoul-meetup', year: null }],
    ['nothing named', ['Boosting Your kubectl Productivity:'], null, { seriesId: 'unnamed', year: null }],
  ])('%s', (_name, sources, year, expected) => {
    expect(guess(sources, year)).toMatchObject(expected);
  });

  it('takes the year from a date line or a conference link in the opening', () => {
    expect(detectEdition(['DEVIEW 후기', '', '', '일시: 2022.11.24.(목)'], recognizers, 2023, ['2022-11-24']).guess).toMatchObject({ year: 2022 });
    expect(detectEdition(['DEVIEW 후기', '', '', '[세션](https://deview.kr/2020/sessions/1)'], recognizers, null).guess).toMatchObject({ year: 2020 });
  });

  it('says what decided it', () => {
    expect(guess(['KubeCon Copenhagen 2018 - Day 1']).evidence).toContain('KubeCon Copenhagen 2018');
    expect(guess(['Boosting Your kubectl Productivity:']).evidence).toMatch(/no conference is named/);
  });
});

describe('detectDay', () => {
  it.each([
    ['IF Kakao 참관기 Day01', 1],
    ['if(kakaoAI) 2024 day 3 에 참여한 후기', 3],
    ['참여 날짜: 2024년 10월 24일 목 (day 3)', 3],
    ['if kakao 2019 2일차 후기', 2],
    ['첫째 날 후기', 1],
    ['둘째 날', 2],
    ['Day-2 recap', 2],
    ['if kakao 2019 후기', null],
    ['3일 동안 진행', null],
    ['today 10', null],
  ])('%s → %s', (text, expected) => {
    expect(detectDay(text)).toBe(expected);
  });
});

describe('createEditionId', () => {
  it.each([
    ['if-kakao', 2024, 'if-kakao', '2024'],
    ['deview', 2023, 'if-kakao', 'deview-2023'],
    ['if-kakao', 2019, undefined, 'if-kakao-2019'],
    ['letswift', null, 'if-kakao', 'letswift'],
  ])('%s %s (primary %s) → %s', (series, year, primary, expected) => {
    expect(createEditionId(series, year, primary)).toBe(expected);
  });
});
