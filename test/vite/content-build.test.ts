/**
 * The plugin's content step with the review cache: a second build reads every review from the
 * cache and emits exactly the files a build without it does.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeCache, reviewCacheEnabled, runContentBuild } from '../../src/vite/content-build.ts';

const contentDir = path.resolve(import.meta.dirname, '../../content');
const temporary: string[] = [];
afterAll(() => Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true }))));

describe('runContentBuild with the review cache', () => {
  it('fills the cache, then reads every review from it and emits the same files', async () => {
    const cacheDir = await mkdtemp(path.join(tmpdir(), 'talkshelf-cache-'));
    temporary.push(cacheDir);
    const uncached = await runContentBuild(contentDir);
    expect(uncached.cache).toBeUndefined();

    const first = await runContentBuild(contentDir, { cache: true, cacheDir });
    const reviews = first.catalog.reviews.length;
    expect(reviews).toBeGreaterThan(0);
    expect(first.cache).toEqual({ hits: 0, misses: reviews });

    const second = await runContentBuild(contentDir, { cache: true, cacheDir });
    expect(second.cache).toEqual({ hits: reviews, misses: 0 });
    expect(describeCache(second.cache)).toBe(`; ${reviews} of ${reviews} reviews from the review cache`);
    expect([...second.files.keys()].sort()).toEqual([...uncached.files.keys()].sort());
    for (const [file, text] of uncached.files) expect(second.files.get(file), file).toBe(text);
    expect(second.catalog.diagnostics).toEqual(uncached.catalog.diagnostics);
  }, 60_000);

  it('is on unless TALKSHELF_CACHE=off', () => {
    expect(reviewCacheEnabled({})).toBe(true);
    expect(reviewCacheEnabled({ TALKSHELF_CACHE: 'on' })).toBe(true);
    expect(reviewCacheEnabled({ TALKSHELF_CACHE: 'off' })).toBe(false);
    expect(describeCache(undefined)).toBe('');
  });
});
