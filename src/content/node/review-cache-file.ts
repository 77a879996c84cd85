/**
 * A ReviewCache kept in one file (node_modules/.talkshelf/cache by default), for the CLI and the
 * build to pass to `buildCatalog`. Like load.ts, it touches the file system so the rest of the
 * pipeline does not.
 *
 * The file is named after the pipeline's version: a hash of the sources that read a review (the
 * import closure of review.ts and of the context's modules) and of the installed versions of
 * the parsers they use. Editing any of them or updating micromark therefore starts an empty
 * cache instead of serving results of older code. Each
 * result is stored with v8.serialize (the structured clone worker threads send them with) as
 * soon as it is made, and every `get` gives a fresh copy (`keep` none, for a caller that still
 * holds the result as an object: the dev server). Only the results used by the last run are written back, so the file
 * never outgrows the folder.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { ReviewResult } from '../review.ts';
import type { ReviewCache } from './review-cache.ts';

/** src/content: this file is in its Node layer, src/content/node. */
const PIPELINE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const ROOT = join(PIPELINE_DIR, '..', '..');
export const DEFAULT_CACHE_DIR = join(ROOT, 'node_modules', '.talkshelf', 'cache');
/** Packages whose output the results hold. */
const PARSERS = ['micromark', 'micromark-extension-gfm', 'mdast-util-from-markdown', 'mdast-util-gfm', 'mdast-util-to-string', 'github-slugger', 'yaml', 'zod'];

/** The modules a review's result is computed by: readReview, the context, and what they import. */
const READING_ROOTS = ['review.ts', 'catalog/curated.ts', 'people/companies.ts', 'edition/editions.ts', 'catalog/tags.ts'];
/** A relative import that is not type-only (types change no result). */
const VALUE_IMPORT = /^import (?!type )[^;]*?from '(\.{1,2}\/[\w./-]+\.ts)';/gm;

/** The sources reading a review depends on: the import closure of READING_ROOTS. */
function readingSources(): string[] {
  const seen = new Set<string>();
  const todo = [...READING_ROOTS];
  while (todo.length) {
    const name = todo.pop()!;
    if (seen.has(name)) continue;
    seen.add(name);
    for (const m of readFileSync(join(PIPELINE_DIR, name), 'utf8').matchAll(VALUE_IMPORT)) todo.push(posix.join(posix.dirname(name), m[1]!));
  }
  return [...seen].sort();
}

/**
 * Hash of the sources reading a review depends on and of its parsers' installed versions.
 * Only that closure counts, so editing the emitter or the schema's types keeps the cache.
 */
export function hashPipelineVersion(): string {
  const hash = createHash('sha256');
  for (const name of readingSources()) hash.update(`${name}\u0000`).update(readFileSync(join(PIPELINE_DIR, name)));
  for (const name of PARSERS) {
    let version = 'missing';
    try {
      version = (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
      // Not installed where we look: the name alone still goes into the hash.
    }
    hash.update(`${name}@${version}\u0000`);
  }
  return hash.digest('hex').slice(0, 16);
}

export interface FileReviewCache extends ReviewCache {
  /** How many results were found and how many read afresh since the cache was opened. */
  readonly hits: number;
  readonly misses: number;
  /** Marks a stored result as used by this run, so `save` keeps it, without copying it; false when none is stored. */
  keep(key: string): boolean;
  /** Write the results of this run back (only when something changed). */
  save(): void;
}

/**
 * Open the cache of content folder `scope` (one file per folder, so checking a fixture does not
 * evict the real posts) in `dir`; an unreadable or missing file is an empty cache.
 */
export function openReviewCache(scope: string, dir: string = DEFAULT_CACHE_DIR): FileReviewCache {
  const version = hashPipelineVersion();
  const folder = createHash('sha256').update(resolve(scope)).digest('hex').slice(0, 12);
  const path = join(dir, `reviews-${folder}-${version}.bin`);
  let stored = new Map<string, Uint8Array>();
  try {
    stored = new Map(Object.entries(deserialize(readFileSync(path)) as Record<string, Uint8Array>));
  } catch {
    // No cache yet, or one this Node cannot read: start empty.
  }
  const used = new Map<string, Uint8Array>();
  let hits = 0;
  let misses = 0;
  return {
    get(key) {
      const found = stored.get(key);
      if (!found) return undefined;
      hits++;
      used.set(key, found);
      return deserialize(found) as ReviewResult;
    },
    keep(key) {
      const found = stored.get(key);
      if (found) used.set(key, found);
      return found !== undefined;
    },
    set(key, result) {
      misses++;
      used.set(key, serialize(result));
    },
    get hits() {
      return hits;
    },
    get misses() {
      return misses;
    },
    save() {
      if (misses === 0 && used.size === stored.size) return;
      mkdirSync(dir, { recursive: true });
      // This folder's files of other pipeline versions are stale for good.
      for (const name of readdirSync(dir)) if (name.startsWith(`reviews-${folder}-`) && name.endsWith('.bin') && join(dir, name) !== path) rmSync(join(dir, name), { force: true });
      const temporary = `${path}.${process.pid}.tmp`;
      writeFileSync(temporary, serialize(Object.fromEntries(used)));
      renameSync(temporary, path);
    },
  };
}
