/**
 * The dev server's content between saves (src/vite/dev-content.ts), on a copy of the real posts:
 * a save re-reads only that file and its data shows the change; a save that breaks a review's
 * frontmatter reports the error while the review keeps its last good content; fixing it shows
 * the fix; after all that the data is exactly what a fresh build of the folder gives.
 */
import { cp, mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runContentBuild } from '../../src/vite/content-build.ts';
import { DevContent, type DevContentBuild } from '../../src/vite/dev-content.ts';
import { IndexFile, ReviewFile } from '../../src/content/schema.ts';

const REVIEW = 'reviews/003_4bf890e34c6fded4.txt';
let root: string;
let contentDir: string;
let cacheDir: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'talkshelf-dev-'));
  contentDir = path.join(root, 'content');
  cacheDir = path.join(root, 'cache');
  await cp(path.resolve(import.meta.dirname, '../../content'), contentDir, { recursive: true });
});
afterAll(() => rm(root, { recursive: true, force: true }));

function indexOf(build: DevContentBuild): IndexFile {
  return IndexFile.parse(JSON.parse(build.files.get('data/index.json')!));
}

/** The data file of the review read from `file`, as the dev server serves it. */
function reviewData(build: DevContentBuild, file: string): ReviewFile {
  const summary = indexOf(build).reviews.find((r) => r.file === file);
  expect(summary, `${file} in the index`).toBeDefined();
  return ReviewFile.parse(JSON.parse(build.files.get(`data/reviews/${summary!.id}.json`)!));
}

const codesOf = (build: DevContentBuild, file: string) => [...build.errors, ...build.warnings].filter((d) => d.file === file).map((d) => d.code);

describe('DevContent, save after save', () => {
  it('re-reads a saved file alone, keeps a broken review as it last was, and ends where a fresh build is', async () => {
    const content = new DevContent(contentDir, { cache: true, cacheDir, contentPath: 'content', repository: undefined });
    const first = await content.rebuild('everything');
    const reviews = indexOf(first).reviews.length;
    expect(reviews).toBe(5);
    expect(first.filesRead).toBeGreaterThan(5);
    const original = await readFile(path.join(contentDir, REVIEW), 'utf8');

    // A save: only that file is read, only that review parsed, and its data shows the new text.
    await writeFile(path.join(contentDir, REVIEW), `${original}\n\n저장한 새 문단 하나\n`);
    const saved = await content.rebuild({ files: new Set([REVIEW]) });
    expect(saved.filesRead).toBe(1);
    expect(saved.cache).toEqual({ hits: reviews - 1, misses: 1 });
    expect(reviewData(saved, REVIEW).review.html).toContain('저장한 새 문단 하나');
    expect(saved.kept).toEqual([]);

    // Written to disk and read back: the saved review's result is found there.
    content.saveCache();
    const again = await content.rebuild({ files: new Set([REVIEW]) });
    expect(again.cache).toEqual({ hits: reviews, misses: 0 });
    expect(reviewData(again, REVIEW).review.html).toContain('저장한 새 문단 하나');
    // Results reused as objects still go back to disk: a new server finds every one there.
    content.saveCache();
    const restarted = await new DevContent(contentDir, { cache: true, cacheDir, contentPath: 'content', repository: undefined }).rebuild('everything');
    expect(restarted.cache).toEqual({ hits: reviews, misses: 0 });

    // A broken save: the error is reported on the file, and the review stays as last saved.
    await writeFile(path.join(contentDir, REVIEW), original.replace(/^---\n/, '---\nbroken: [unclosed\n'));
    const broken = await content.rebuild({ files: new Set([REVIEW]) });
    expect(codesOf(broken, REVIEW)).toContain('yaml-invalid');
    expect(broken.kept).toEqual([REVIEW]);
    // Counted once: the build again with the last good version only reuses results.
    expect(broken.cache).toEqual({ hits: reviews - 1, misses: 1 });
    expect(indexOf(broken).reviews).toHaveLength(reviews);
    expect(reviewData(broken, REVIEW).review.html).toContain('저장한 새 문단 하나');

    // Fixed: the error goes, the fix shows.
    await writeFile(path.join(contentDir, REVIEW), `${original}\n\n고친 뒤의 문단\n`);
    const fixed = await content.rebuild({ files: new Set([REVIEW]) });
    expect(codesOf(fixed, REVIEW)).not.toContain('yaml-invalid');
    expect(fixed.kept).toEqual([]);
    expect(reviewData(fixed, REVIEW).review.html).toContain('고친 뒤의 문단');
    expect(reviewData(fixed, REVIEW).review.html).not.toContain('저장한 새 문단 하나');

    // Every data file is what a build of the folder as it now is gives.
    const fresh = await runContentBuild(contentDir, { contentPath: 'content' });
    expect([...fixed.files.paths()].sort()).toEqual([...fresh.files.keys()].sort());
    for (const [file, text] of fresh.files) expect(fixed.files.get(file), file).toBe(text);
    expect([...fixed.errors, ...fixed.warnings]).toEqual([...fresh.errors, ...fresh.warnings]);
  }, 120_000);

  it('keeps the last good version through an empty save, and not a review broken from the start', async () => {
    const content = new DevContent(contentDir, { cache: true, cacheDir, contentPath: 'content', repository: undefined });
    const added = 'reviews/new-and-broken.md';
    await writeFile(path.join(contentDir, added), '---\ntitle: [unclosed\n---\n\n# 새 글\n\n본문\n');
    const first = await content.rebuild('everything');
    expect(first.kept).toEqual([]);
    expect(codesOf(first, added)).toContain('yaml-invalid');
    expect(first.catalog.files.find((f) => f.file === added)?.status).not.toBe('rejected');

    // An editor that truncates before writing: the empty file is rejected, the review stays.
    const good = await readFile(path.join(contentDir, REVIEW), 'utf8');
    await writeFile(path.join(contentDir, REVIEW), '');
    const empty = await content.rebuild({ files: new Set([REVIEW]) });
    expect(codesOf(empty, REVIEW)).toContain('empty-file');
    expect(empty.kept).toEqual([REVIEW]);
    expect(empty.catalog.files.find((f) => f.file === REVIEW)?.status).not.toBe('rejected');
    expect(reviewData(empty, REVIEW).review.title).toBe(reviewData(first, REVIEW).review.title);
    await writeFile(path.join(contentDir, REVIEW), good);

    await unlink(path.join(contentDir, added));
    const after = await content.rebuild('everything');
    expect(after.kept).toEqual([]);
    expect(after.catalog.files.some((f) => f.file === added)).toBe(false);
    expect([...after.errors, ...after.warnings].filter((d) => d.file === added || d.file === REVIEW && d.code === 'empty-file')).toEqual([]);
  }, 120_000);
});
