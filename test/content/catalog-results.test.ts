/**
 * The catalog never writes into a review's result (issue 13): the dev server keeps the results
 * of the reviews a save did not touch as objects and hands the same ones to every build. A
 * renamed duplicate review id and a sources.yml address are applied to copies. Checked on real
 * folders with every result frozen, where a write throws, against the same build unfrozen.
 */
import { cp, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCatalog, type ContentInput } from '../../src/content/catalog/catalog.ts';
import { loadContent } from '../../src/content/node/index.ts';
import type { ReviewResult } from '../../src/content/review.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
let root: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'talkshelf-results-'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

function deepFreeze<T>(value: T, seen = new Set<unknown>()): T {
  if (value === null || typeof value !== 'object' || seen.has(value)) return value;
  seen.add(value);
  for (const inner of Object.values(value)) deepFreeze(inner, seen);
  return Object.freeze(value);
}

/** The catalog built with every review's result frozen, and the same results kept for a look. */
function buildFrozen(input: ContentInput): { json: string; results: ReviewResult[] } {
  const results: ReviewResult[] = [];
  const catalog = buildCatalog(input, {
    readReviews: (reviews, _folder, read) =>
      reviews.map((f) => {
        const result = deepFreeze(read(f));
        results.push(result);
        return result;
      }),
  });
  return { json: JSON.stringify(catalog), results };
}

describe('the catalog and the results of reading each review', () => {
  it('gives a sources.yml address to a copy', async () => {
    const input = await loadContent(path.join(FIXTURES, 'sources'));
    const { json, results } = buildFrozen(input);
    expect(json).toBe(JSON.stringify(buildCatalog(input)));
    const reviews = JSON.parse(json).reviews as { id: string; url?: string }[];
    expect(reviews.find((r) => r.id === '2024-10-24-kafka-notes')?.url).toBe('https://blog.example.com/2024/10/24/kafka-notes/');
    const kafka = results.find((r) => r.ok && r.work.reviewId === '2024-10-24-kafka-notes');
    expect(kafka?.ok && kafka.work.url).toBeUndefined();
  });

  it('renames a duplicate review id in a copy', async () => {
    const folder = path.join(root, 'duplicates');
    const real = path.resolve(import.meta.dirname, '../../content');
    const post = (await readdir(path.join(real, 'reviews')))[0]!;
    for (const sub of ['a', 'b']) {
      await mkdir(path.join(folder, 'reviews', sub), { recursive: true });
      await cp(path.join(real, 'reviews', post), path.join(folder, 'reviews', sub, post));
    }
    const input = await loadContent(folder);
    const { json, results } = buildFrozen(input);
    expect(json).toBe(JSON.stringify(buildCatalog(input)));
    const id = path.parse(post).name;
    const catalog = JSON.parse(json) as { reviews: { id: string }[]; diagnostics: { code: string }[] };
    expect(catalog.reviews.map((r) => r.id).sort()).toEqual([id, `${id}-2`]);
    expect(catalog.diagnostics.filter((d) => d.code === 'duplicate-review-id')).toHaveLength(1);
    expect(results.map((r) => r.ok && r.work.reviewId)).toEqual([id, id]);
    expect(results.every((r) => r.ok && r.work.diagnostics.every((d) => d.code !== 'duplicate-review-id'))).toBe(true);
  });
});
