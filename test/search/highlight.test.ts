import { describe, expect, it } from 'vitest';
import { createSnippet, findRanges, mergeRanges, splitHighlighted } from '../../src/search/highlight.ts';
import { createExcerpt, stripMarkdown } from '../../src/search/excerpt.ts';

describe('findRanges', () => {
  it.each([
    ['카카오 빌링 MySQL DB 샤딩 적용', ['샤딩'], [[16, 18]]],
    ['Kafka와 KAFKA', ['kafka'], [[0, 5], [7, 12]]],
    // A half-typed Latin word marks the whole word it matched.
    ['On-Premise Kubernetes 구축', ['kube'], [[11, 21]]],
    ['카프카, 카프카', ['카프'], [[0, 2], [5, 7]]],
    // Overlapping needles merge.
    ['캐시 전략', ['캐시', '시'], [[0, 2]]],
    ['nothing here', ['샤딩'], []],
  ])('%j with %j', (text, needles, ranges) => {
    expect(findRanges(text, needles)).toEqual(ranges);
  });

  it('finds an NFC needle in the text and an NFD needle alike', () => {
    expect(findRanges('DB 샤딩', ['샤딩'.normalize('NFD')])).toEqual([[3, 5]]);
  });
});

describe('createSnippet', () => {
  const long = `${'앞부분 '.repeat(30)}여기서 샤딩 이야기가 나온다 ${'뒷부분 '.repeat(30)}`;

  it('cuts a window around the first match, with ellipses, and moves the ranges with it', () => {
    const snippet = createSnippet(long, ['샤딩'], 80);
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(snippet.ranges).toHaveLength(1);
    const [start, end] = snippet.ranges[0]!;
    expect(snippet.text.slice(start, end)).toBe('샤딩');
  });

  it('shows the start when nothing matches', () => {
    const snippet = createSnippet(long, ['없는말'], 40);
    expect(snippet.text.startsWith('앞부분')).toBe(true);
    expect(snippet.ranges).toEqual([]);
  });

  it('keeps a short text whole', () => {
    expect(createSnippet('Redis 캐시', ['redis'])).toEqual({ text: 'Redis 캐시', ranges: [[0, 5]] });
  });
});

describe('splitHighlighted and mergeRanges', () => {
  it('splits text into plain and marked parts', () => {
    expect(splitHighlighted({ text: 'a 샤딩 b', ranges: [[2, 4]] })).toEqual([
      { text: 'a ', marked: false },
      { text: '샤딩', marked: true },
      { text: ' b', marked: false },
    ]);
  });

  it('merges touching and overlapping ranges', () => {
    expect(mergeRanges([[5, 7], [0, 2], [1, 3], [7, 9]])).toEqual([[0, 3], [5, 9]]);
  });
});

describe('excerpt', () => {
  it('strips markdown syntax, code, images and URLs', () => {
    expect(
      stripMarkdown('#### 제목\n\n- **굵게** [링크](https://x.y) ![그림](a.png)\n```js\ncode()\n```\n> 인용 https://example.com'),
    ).toBe('제목 굵게 링크 인용');
  });

  it('bounds the excerpt and cuts at a word', () => {
    const excerpt = createExcerpt(['단어 '.repeat(100)], 50);
    expect(excerpt.length).toBeLessThanOrEqual(51);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(excerpt).not.toMatch(/단…$/);
  });
});
