import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../src/cli/corpus.ts';
import { buildCatalog, createReviewContext, readCuratedFiles, type ContentFile } from '../../src/content/catalog/catalog.ts';
import { buildCatalogOnNode, createNodeReviewReader } from '../../src/content/node/read-reviews.ts';
import { readReview } from '../../src/content/review.ts';
import { availableParallelism } from 'node:os';
import { batchReviews, threadCount, THREADS_MIN_BYTES } from '../../src/content/node/review-threads.ts';
import { generateHostileFolder } from '../../src/cli/hostile-corpus.ts';

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

  it('uses threads only for many reviews or many bytes, unless told', () => {
    const MB = 1024 * 1024;
    expect(threadCount(10, MB, 1)).toBe(0);
    expect(threadCount(500, 4 * MB, 32)).toBeGreaterThan(0);
    expect(threadCount(500, 4 * MB, 32, 0)).toBe(0);
    expect(threadCount(5, MB, 1, 2)).toBe(2);
    // A few long posts: threads when there are two batches or more to share.
    expect(threadCount(17, 8 * MB, 12)).toBe(Math.min(availableParallelism(), 12) >= 2 ? Math.min(availableParallelism(), 12) : 0);
    expect(threadCount(1, 5 * MB, 1)).toBe(0);
  });

  it('hands out the largest reviews first, a batch ending at 16 files or 256 KB', () => {
    const sized = (kb: number[]) => kb.map((k, i) => ({ path: `reviews/${i}.md`, bytes: new Uint8Array(k * 1024) }));
    expect(batchReviews(sized([10, 3000, 20, 700, 5]))).toEqual([[1], [3], [2, 0, 4]]);
    const small = batchReviews(sized(Array.from({ length: 40 }, () => 4)));
    expect(small.map((b) => b.length)).toEqual([16, 16, 8]);
    expect(small.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, k) => k));
  });

  it('gives the results of a few long posts read on threads in file order, as this thread reads them', () => {
    const long = generateHostileFolder()
      .filter((f) => /many-sessions|nested-1000|unclosed-fence|xss|nfd/.test(f.path))
      .map(({ path, bytes }) => ({ path, bytes }));
    const input = { files: [...curatedFiles, ...long] };
    expect(long.reduce((sum, f) => sum + f.bytes.length, 0)).toBeGreaterThan(THREADS_MIN_BYTES);
    expect(buildCatalogOnNode(input)).toEqual(buildCatalogOnNode(input, { threads: 0 }));
  }, 180_000);
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
