import { describe, expect, it } from 'vitest';
import { createReviewId, createSessionId, createSpeakerId, slugifyTitle } from '../../src/content/catalog/ids.ts';

describe('ids', () => {
  it.each([
    ['카카오 빌링 MySQL DB 샤딩 적용', '카카오-빌링-mysql-db-샤딩-적용'],
    ['카프카, KRaft를 만나다: 주키퍼 없이', '카프카-kraft를-만나다-주키퍼-없이'],
    ['초당옥수수의 취소를 막아라! : 수만 건', '초당옥수수의-취소를-막아라-수만-건'],
    ['C++ & C#', 'c-c'],
    ['카카오'.normalize('NFD'), '카카오'],
  ])('slug of %s', (title, expected) => {
    expect(slugifyTitle(title)).toBe(expected);
  });

  it.each([
    ['2024', '카카오 빌링 MySQL DB 샤딩 적용', '2024/카카오-빌링-mysql-db-샤딩-적용'],
    ['deview-2023', 'LLM 서빙 최적화', 'deview-2023/llm-서빙-최적화'],
    ['2024', '!!!', '2024/session'],
  ])('session id %s + %s', (edition, title, expected) => {
    expect(createSessionId(edition, title)).toBe(expected);
  });

  it.each([
    ['reviews/000_b91a9a0d89eb8562.txt', '000_b91a9a0d89eb8562'],
    ['posts/2023-02-28-deview-2023-day1.md', '2023-02-28-deview-2023-day1'],
    ['a/My Post.markdown', 'my-post'],
  ])('review id of %s', (path, expected) => {
    expect(createReviewId(path)).toBe(expected);
  });

  it('speaker ids fall back to the handle', () => {
    expect(createSpeakerId('고승범', 'peter.ko')).toBe('고승범');
    expect(createSpeakerId('', 'peter.ko')).toBe('peterko');
  });
});
