/**
 * The review cache must never change the catalog: cold, warm and uncached runs give the same
 * JSON, and any change to a review, a curated file or the folder's list of files reads again.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCatalog, loadContent, openReviewCache, type ContentInput, buildCatalogOnNode } from '../../src/content/node/index.ts';

const ROOT = join(__dirname, '..', '..');
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('review cache', () => {
  let dir: string;
  let input: ContentInput;
  let uncached: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'talkshelf-cache-'));
    const real = await loadContent(join(ROOT, 'content'));
    const broken = await loadContent(join(ROOT, 'test', 'fixtures', 'broken'));
    // Two files with one base name: the catalog renames the second review's id after reading it,
    // which must not leak into the cached result.
    const copy = real.files.find((f) => f.path.startsWith('reviews/'))!;
    input = { files: [...real.files, ...broken.files.map((f) => ({ ...f, path: `broken/${f.path}` })), { path: `again/${copy.path}`, bytes: copy.bytes }] };
    uncached = JSON.stringify(buildCatalog(input));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = (files: ContentInput['files']) => {
    const cache = openReviewCache('content', dir);
    const json = JSON.stringify(buildCatalogOnNode({ files }, { threads: 0, cache }));
    cache.save();
    return { json, hits: cache.hits, misses: cache.misses };
  };

  it('gives the same catalog cold and warm as without a cache, reading nothing when warm', () => {
    const reviews = input.files.filter((f) => /\.(md|markdown|txt)$/.test(f.path) && !f.path.includes('.yml')).length;
    const cold = run(input.files);
    expect(cold.json).toBe(uncached);
    expect([cold.hits, cold.misses]).toEqual([0, reviews]);
    const warm = run(input.files);
    expect(warm.json).toBe(uncached);
    expect([warm.hits, warm.misses]).toEqual([reviews, 0]);
    expect(readdirSync(dir)).toHaveLength(1);
  });

  it.each([
    ['one review edited', (files: ContentInput['files']) => files.map((f) => (f === files.find((x) => x.path.startsWith('reviews/')) ? { ...f, bytes: utf8(`${new TextDecoder().decode(f.bytes)}\n추가한 문단\n`) } : f)), 1],
    ['a curated file edited', (files: ContentInput['files']) => files.map((f) => (f.path === 'taxonomy.yml' ? { ...f, bytes: utf8(`${new TextDecoder().decode(f.bytes)}\n# edited\n`) } : f)), 'all'],
    ['a file added to the folder', (files: ContentInput['files']) => [...files, { path: 'reviews/images/new.png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) }], 'all'],
  ] as const)('reads again what %s changes, and matches an uncached run', (_name, change, expected) => {
    run(input.files);
    const files = change(input.files);
    const result = run(files);
    const reviews = result.hits + result.misses;
    expect(result.misses).toBe(expected === 'all' ? reviews : expected);
    expect(result.json).toBe(JSON.stringify(buildCatalog({ files })));
  });
});
