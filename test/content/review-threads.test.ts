import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../src/cli/corpus.ts';
import { buildCatalog, createReviewContext, readCuratedFiles, type ContentFile } from '../../src/content/catalog/catalog.ts';
import { buildCatalogOnNode, createNodeReviewReader } from '../../src/content/node/read-reviews.ts';
import { readReview } from '../../src/content/review.ts';
import { threadCount } from '../../src/content/node/review-threads.ts';

const contentDir = join(import.meta.dirname, '../../content');
const curatedFiles: ContentFile[] = readdirSync(contentDir)
  .filter((name) => name.endsWith('.yml'))
  .map((name) => ({ path: name, bytes: new Uint8Array(readFileSync(join(contentDir, name))) }));
const files = [...curatedFiles, ...generateCorpus({ reviews: 120 })];

describe('reading reviews on worker threads', () => {
  it('builds exactly the catalog the single-threaded build does', () => {
    const sequential = buildCatalog({ files });
    const threaded = buildCatalogOnNode({ files }, { threads: 2 });
    expect(sequential.sessions.length).toBeGreaterThan(500);
    expect(threaded).toEqual(sequential);
  }, 180_000);

  it('reads on this thread the largest review first, and gives the results in file order', () => {
    const reviews = files.slice(curatedFiles.length, curatedFiles.length + 12);
    const { curated } = readCuratedFiles(files);
    const context = createReviewContext(curated, files.map((f) => f.path));
    const readOrder: string[] = [];
    const results = createNodeReviewReader({ threads: 0 })(reviews, files, (f) => {
      readOrder.push(f.path);
      return readReview(f.path, f.bytes, context);
    });
    const bySize = [...reviews].sort((a, b) => b.bytes.length - a.bytes.length).map((f) => f.path);
    expect(readOrder).toEqual(bySize);
    expect(readOrder).not.toEqual(reviews.map((f) => f.path));
    expect(results).toEqual(reviews.map((f) => readReview(f.path, f.bytes, context)));
  });

  it('uses threads only for many reviews, unless told', () => {
    expect(threadCount(10)).toBe(0);
    expect(threadCount(500)).toBeGreaterThan(0);
    expect(threadCount(500, 0)).toBe(0);
    expect(threadCount(5, 2)).toBe(2);
  });
});

describe('reading markdown by blocks', () => {
  it('gives the same review as the full mdast, post by post', () => {
    const { curated } = readCuratedFiles(files);
    const context = createReviewContext(curated, files.map((f) => f.path));
    for (const f of files.slice(curatedFiles.length)) {
      expect(readReview(f.path, f.bytes, context, 'blocks'), f.path).toEqual(readReview(f.path, f.bytes, context, 'tree'));
    }
  }, 180_000);
});
