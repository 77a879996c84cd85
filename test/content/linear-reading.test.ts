/**
 * Reading a post costs in proportion to its size, whatever its shape (issue 13): the same shape
 * at 1x and 8x gives 8x the sessions and the same diagnostics, per session or per post as the
 * shape says. Counts, not times: timing lives in `npm run bench:pipeline -- --hostile`.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/content/node/index.ts';
import { deepNestingPost, deepQuotesPost, manySessionsPost } from '../../src/cli/hostile-corpus.ts';

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

  it('nesting 5,000 deep reads as nesting 40 deep past the limit: one warning, the same sessions', () => {
    expect(read(deepQuotesPost(5000))).toEqual(read(deepQuotesPost(40)));
  });
});
