/**
 * Reusing what an earlier run read from a review, so a dev server restart or a rebuild with
 * unchanged posts skips markdown parsing and rendering (a result holds the review's HTML).
 * `buildCatalog` asks the cache it is given (none by default: the pipeline stays pure and every
 * run reads everything); where results are kept is the caller's business (review-cache-file.ts
 * keeps them on disk).
 *
 * A result depends on the review's path and bytes and on its context: the curated files and the
 * set of paths in the folder (relative links are checked against it). The key hashes all of
 * them, so any change to a curated file or to the folder's list of files reads every review
 * again; the cache itself is keyed by the pipeline's own version (see review-cache-file.ts).
 */
import { createHash } from 'node:crypto';
import type { ContentFile } from '../catalog/catalog.ts';
import type { ReviewResult } from '../review.ts';

export interface ReviewCache {
  get(key: string): ReviewResult | undefined;
  set(key: string, result: ReviewResult): void;
}

/** Hash of what every review's result depends on besides its own file. */
export function hashReviewContext(curated: readonly ContentFile[], paths: readonly string[]): string {
  const hash = createHash('sha256');
  for (const f of curated) {
    hash.update(`${f.path}\u0000${f.bytes.length}\u0000`);
    hash.update(f.bytes);
  }
  hash.update(`\u0001${paths.join('\u0000')}`);
  return hash.digest('hex');
}

/**
 * The last key made from each file's bytes. The dev server hands every build the same bytes of
 * the files a save did not touch, and hashing 2,000 reviews' 15 MB again cost each save ~30 ms.
 */
const lastKeys = new WeakMap<Uint8Array, { context: string; path: string; key: string }>();

/** Key of one review's result in its context. */
export function createReviewCacheKey(context: string, file: ContentFile): string {
  const last = lastKeys.get(file.bytes);
  if (last && last.context === context && last.path === file.path) return last.key;
  const key = createHash('sha256').update(`${context}\u0000${file.path}\u0000`).update(file.bytes).digest('hex');
  lastKeys.set(file.bytes, { context, path: file.path, key });
  return key;
}
