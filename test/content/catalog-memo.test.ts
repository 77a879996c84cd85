/**
 * A catalog built with the last build's memo (catalog-memo.ts: the curated files read, each
 * edition's merged write-ups, each session) is the catalog built from nothing, whatever a save changed: a
 * review's notes, a session's title, a review's date, merges.yml, taxonomy.yml, a review added
 * or deleted. Checked save after save on the real posts and the devset's, with results kept per
 * file as the dev server keeps them, and the memo seen to be used where nothing it read changed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog, type ContentFile, type ReviewReader } from '../../src/content/catalog/catalog.ts';
import { createCatalogMemo } from '../../src/content/catalog/catalog-memo.ts';
import type { ReviewResult } from '../../src/content/review.ts';

const CONTENT = path.resolve(import.meta.dirname, '../../content');
const DEVSET = path.resolve(import.meta.dirname, '../../../shared/devset/reviews');
const encoder = new TextEncoder();

function folderFiles(): ContentFile[] {
  const files: ContentFile[] = [];
  for (const name of readdirSync(CONTENT)) if (name.endsWith('.yml')) files.push({ path: name, bytes: readFileSync(path.join(CONTENT, name)) });
  for (const name of readdirSync(path.join(CONTENT, 'reviews'))) files.push({ path: `reviews/${name}`, bytes: readFileSync(path.join(CONTENT, 'reviews', name)) });
  for (const name of readdirSync(DEVSET)) files.push({ path: `devset/${name}`, bytes: readFileSync(path.join(DEVSET, name)) });
  return files;
}

/**
 * Results kept per file, as the dev server's review cache hands the same objects to every build
 * until the curated files or the folder's list of paths change (review-cache.ts keys them so).
 */
function keepingResults(): ReviewReader {
  let kept = new Map<string, { bytes: Uint8Array; result: ReviewResult }>();
  let context: unknown[] = [];
  return (reviews, folder, read) => {
    const now = [...folder.filter((f) => f.path.endsWith('.yml')).map((f) => f.bytes), folder.map((f) => f.path).join('\n')];
    if (now.length !== context.length || now.some((x, k) => x !== context[k])) kept = new Map();
    context = now;
    return reviews.map((f) => {
      const last = kept.get(f.path);
      if (last?.bytes === f.bytes) return last.result;
      const result = read(f);
      kept.set(f.path, { bytes: f.bytes, result });
      return result;
    });
  };
}

function edit(files: ContentFile[], file: string, change: (text: string) => string): ContentFile[] {
  const old = files.find((f) => f.path === file);
  expect(old, file).toBeDefined();
  const text = new TextDecoder().decode(old!.bytes);
  const changed = change(text);
  expect(changed, `${file} changed`).not.toBe(text);
  return files.map((f) => (f.path === file ? { path: file, bytes: encoder.encode(changed) } : f));
}

describe('a catalog built with the last build memo', () => {
  it('equals the catalog built without it, save after save', () => {
    const memo = createCatalogMemo();
    const readReviews = keepingResults();
    let files = folderFiles();
    const compare = (what: string) => {
      const withMemo = buildCatalog({ files }, { memo, readReviews });
      const fresh = buildCatalog({ files });
      // Compared part by part, so a failure names the list that differs.
      for (const key of Object.keys(fresh) as (keyof typeof fresh)[]) expect(JSON.stringify(withMemo[key]), `${what}: ${key}`).toBe(JSON.stringify(fresh[key]));
      return withMemo;
    };

    const first = compare('first build');
    expect(memo.clusters.merged).toBeGreaterThan(5);
    const editions = memo.clusters.merged;
    const curatedRead = memo.curated?.read;
    expect(curatedRead).toBeDefined();

    // Notes only: every edition's clusters and the curated files are the last build's.
    files = edit(files, 'reviews/003_4bf890e34c6fded4.txt', (t) => t.replace('## 1. 카카오에서 컨테이너를 활용하는 방법\n', '## 1. 카카오에서 컨테이너를 활용하는 방법\n\n저장한 새 문단 하나\n'));
    const noted = compare('a paragraph added');
    expect(noted.sessions.find((s) => s.title === '카카오에서 컨테이너를 활용하는 방법')?.writeUps[0]?.markdown).toContain('저장한 새 문단 하나');
    expect(memo.clusters).toMatchObject({ reused: editions, merged: 0 });
    expect(memo.curated?.read).toBe(curatedRead);
    // Only the sessions the saved review writes up are built again.
    const ofSaved = first.sessions.filter((s) => s.writeUps.some((w) => w.reviewId === '003_4bf890e34c6fded4')).length;
    expect(memo.sessions).toMatchObject({ built: ofSaved, reused: first.sessions.length - ofSaved });

    // A session retitled: its edition is merged again, the others are not.
    files = edit(files, 'reviews/003_4bf890e34c6fded4.txt', (t) => t.replace('## 1. 카카오에서 컨테이너를 활용하는 방법', '## 1. 카카오에서 컨테이너를 쓰는 방법'));
    const retitled = compare('a session retitled');
    expect(memo.clusters).toMatchObject({ reused: editions - 1, merged: 1 });
    expect(retitled.sessions.map((s) => s.title)).toContain('카카오에서 컨테이너를 쓰는 방법');
    expect(first.sessions.map((s) => s.title)).not.toContain('카카오에서 컨테이너를 쓰는 방법');

    // A review's date (the order that names a session), then the curated files.
    files = edit(files, 'reviews/001_b14e009d84ebaef2.txt', (t) => t.replace('date: 2024-10-26 10:32:15 +0900', 'date: 2024-10-20 10:32:15 +0900'));
    compare('a review dated earlier');
    files = edit(files, 'merges.yml', (t) => t.replace('same_as: [패널톡 1부]', 'same_as: [패널톡 3부]'));
    const unmerged = compare('a merge changed');
    expect(unmerged.sessions.map((s) => s.title)).toContain('패널톡 1부');
    expect(memo.curated?.read).not.toBe(curatedRead);
    files = edit(files, 'taxonomy.yml', (t) => t.replace('aliases: [레디스, redisson]', 'aliases: [레디스, redisson, 컨테이너를 쓰는]'));
    compare('a tag alias added');

    // A review added under another name, then one deleted.
    const copy = files.find((f) => f.path === 'reviews/002_c0a5c2683df2f7ca.txt')!;
    files = [...files, { path: 'reviews/002_copy.txt', bytes: copy.bytes }];
    compare('a review added');
    files = files.filter((f) => f.path !== 'reviews/004_47ba6abc418ce00e.txt');
    compare('a review deleted');
  }, 120_000);
});
