/**
 * Reading a post costs in proportion to its size, whatever its shape (issue 13): the same shape
 * at 1x and 8x gives 8x the sessions and the same diagnostics, per session or per post as the
 * shape says. Counts, not times: timing lives in `npm run bench:pipeline -- --hostile`.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog, emitStaticFiles } from '../../src/content/node/index.ts';
import { deepNestingPost, deepQuotesPost, longLinePost, manySessionsPost } from '../../src/cli/hostile-corpus.ts';

const encode = (text: string) => new TextEncoder().encode(text);

function read(post: string) {
  const catalog = buildCatalog({ files: [{ path: 'reviews/post.md', bytes: encode(post) }] });
  const codes: Record<string, number> = {};
  for (const d of catalog.diagnostics) codes[d.code] = (codes[d.code] ?? 0) + 1;
  return { sessions: catalog.sessions.length, codes, status: catalog.files[0]?.status };
}

describe('reading cost grows with the post', { timeout: 120_000 }, () => {
  it.each([
    ['many sessions', (x: number) => manySessionsPost(40 * x), (x: number) => ({ sessions: 40 * x })],
    ['quotes and lists nested deep', (x: number) => deepNestingPost(100, 100_000 * x), (x: number) => ({ sessions: (deepNestingPost(100, 100_000 * x).match(/^## /gm) ?? []).length })],
  ])('%s: 8x the post, 8x the sessions, the same diagnostics', (_, post, expected) => {
    const one = read(post(1));
    const eight = read(post(8));
    expect(one.sessions).toBe(expected(1).sessions);
    expect(eight.sessions).toBe(expected(8).sessions);
    expect(eight.sessions).toBeGreaterThanOrEqual(one.sessions * 7);
    expect(Object.keys(eight.codes).sort()).toEqual(Object.keys(one.codes).sort());
    expect(eight.status).toBe(one.status);
  });

  // One paragraph on one line, with emphasis, links and code all along it: micromark's emphasis
  // resolver and the looks for bold-line and linked talks were each quadratic in its length.
  it('one long line: 8x the line, the same reading (no sessions, the same diagnostics)', () => {
    const one = read(longLinePost(20_000));
    const eight = read(longLinePost(160_000));
    expect(one.sessions).toBe(0);
    expect(eight).toEqual(one);
    expect(one.codes).toEqual({ 'edition-unknown': 1, 'no-sessions': 1 });
  });

  it('a paragraph of session links: 8x the links, 8x the talks and 8x their notes', () => {
    const post = (links: number) =>
      `---\ntitle: if(kakao) 2024 후기\ndate: 2024-10-24\n---\n\n${Array.from({ length: links }, (_, i) => `[대규모 서비스 설계 ${i}번째 발표](https://if.kakao.com/2024/session/${i}) 를 들었다.`).join(' ')}\n`;
    const notes = (links: number) => {
      const catalog = buildCatalog({ files: [{ path: 'reviews/post.md', bytes: encode(post(links)) }] });
      return catalog.sessions.reduce((sum, s) => sum + s.writeUps.reduce((n, w) => n + w.markdown.length, 0), 0);
    };
    const one = read(post(40));
    const eight = read(post(320));
    expect(one.sessions).toBe(40);
    expect(eight.sessions).toBe(320);
    expect(Object.keys(eight.codes).sort()).toEqual(Object.keys(one.codes).sort());
    // Each talk's part of the paragraph, not the whole paragraph per talk (that would be 64x).
    expect(notes(320)).toBeLessThan(notes(40) * 9);
  });

  it("a session's file does not grow with the post's other sessions", () => {
    const sizes = (x: number) => {
      const catalog = buildCatalog({ files: [{ path: 'reviews/post.md', bytes: encode(manySessionsPost(40 * x)) }] });
      const files = [...emitStaticFiles(catalog)].filter(([path]) => path.startsWith('data/sessions/'));
      return { count: files.length, largest: Math.max(...files.map(([, value]) => JSON.stringify(value).length)) };
    };
    const one = sizes(1);
    const eight = sizes(8);
    expect(one.count).toBe(40);
    expect(eight.count).toBe(320);
    // Titles and ids run a few digits longer at 8x; the whole post's list would be 8x.
    expect(eight.largest).toBeLessThan(one.largest * 1.2);
  });

  it('nesting 5,000 deep reads as nesting 40 deep past the limit: one warning, the same sessions', () => {
    expect(read(deepQuotesPost(5000))).toEqual(read(deepQuotesPost(40)));
  });
});
