/**
 * Reading a folder's reviews the way a Node process can: results of earlier runs from a cache
 * (review-cache.ts), the rest on worker threads when there are many (review-threads.ts), in
 * order either way. `buildCatalogOnNode` is `buildCatalog` with this reader; the core pipeline
 * stays free of Node so the same code runs in a browser.
 */
import type { CatalogMemo } from '../catalog/catalog-memo.ts';
import { buildCatalog, type ContentFile, type ContentInput, type ReviewReader } from '../catalog/catalog.ts';
import type { ReviewResult } from '../review.ts';
import { collectAfterLarge } from './collect-garbage.ts';
import { identifyCuratedFile } from '../catalog/curated.ts';
import type { Catalog } from '../schema.ts';
import { createReviewCacheKey, hashReviewContext, type ReviewCache } from './review-cache.ts';
import { readReviewsOnThreads } from './review-threads.ts';

export interface NodeReadOptions {
  /**
   * Worker threads for reading reviews: 0 reads them all on this thread; by default, a pool
   * sized to the cores when there are many reviews (see review-threads.ts).
   */
  threads?: number;
  /**
   * Results of earlier runs to reuse (review-cache.ts); none by default, so every run reads
   * every review. The CLI and the build pass one kept on disk.
   */
  cache?: ReviewCache;
  /** The last build's catalog work to reuse (catalog-memo.ts): the dev server keeps one. */
  memo?: CatalogMemo;
}

export function createNodeReviewReader(options: NodeReadOptions = {}): ReviewReader {
  return (reviews, folder, read) => {
    const readFresh = (todo: typeof reviews) => readReviewsOnThreads(todo, folder, options.threads) ?? readLargestFirst(todo, read);
    const cache = options.cache;
    if (!cache) return readFresh(reviews);
    const context = hashReviewContext(
      folder.filter((f) => identifyCuratedFile(f.path)),
      folder.map((f) => f.path),
    );
    const keys = reviews.map((f) => createReviewCacheKey(context, f));
    const found = keys.map((key) => cache.get(key));
    const fresh = readFresh(reviews.filter((_, k) => !found[k]));
    let next = 0;
    return found.map((result, k) => {
      if (result) return result;
      const made = fresh[next++]!;
      cache.set(keys[k]!, made);
      return made;
    });
  };
}

/**
 * Read reviews on this thread, the largest first, giving the results in file order. What a post
 * leaves (its HTML, its diagnostics) stays until the catalog is built, and the largest posts'
 * reading peaks highest: read first, they peak over nothing kept yet (the 17-file hostile
 * folder, whose 2.6 MB line came after the 3.3 MB post and others, peaked at 1,075 MB in file
 * order and at 915 MB largest first, issue 13).
 */
function readLargestFirst(reviews: ContentFile[], read: (file: ContentFile) => ReviewResult): ReviewResult[] {
  const results = new Array<ReviewResult>(reviews.length);
  const order = reviews.map((_, k) => k).sort((a, b) => reviews[b]!.bytes.length - reviews[a]!.bytes.length || a - b);
  for (const k of order) results[k] = readCollecting(reviews[k]!, read);
  return results;
}

/** Read one review on this thread, and collect its garbage after it when it is large (collect-garbage.ts). */
function readCollecting(file: ContentFile, read: (file: ContentFile) => ReviewResult): ReviewResult {
  const result = read(file);
  collectAfterLarge(file.bytes.length);
  return result;
}

/**
 * `buildCatalog` reading reviews as this module does. A large post's parse garbage (micromark's
 * tokenizers and chunks: the 3.3 MB post with 2,500 sessions peaks 90 MB lower with this) is
 * collected before the rest of its reading allocates on top of it (collect-garbage.ts).
 */
export function buildCatalogOnNode(input: ContentInput, options: NodeReadOptions = {}): Catalog {
  return buildCatalog(input, { readReviews: createNodeReviewReader(options), afterParse: collectAfterLarge, ...(options.memo ? { memo: options.memo } : {}) });
}
