/**
 * Runs the content pipeline for the Vite plugin: one call, everything the dev server and the
 * build need. The pipeline itself stays pure (src/content); this is the only place the plugin
 * touches it.
 */
import path from 'node:path';
import { emitStaticFilesLazily, formatDiagnostic, loadContent, openReviewCache, buildCatalogOnNode, type ContentInput, type FileReviewCache } from '../content/node/index.ts';
import type { Catalog, Diagnostic } from '../content/schema.ts';
import { CHECK_DATA_PATH, emitCheckData } from '../content/emit/check-data.ts';
import { buildSearchIndex } from '../search/build-index.ts';
import { SEARCH_INDEX_PATH } from '../search/index-file.ts';
import { readTaxonomyTags } from '../search/taxonomy.ts';

export interface ContentBuild {
  catalog: Catalog;
  /** Output path (`data/index.json`, …) → JSON text. */
  files: Map<string, string>;
  errors: Diagnostic[];
  warnings: Diagnostic[];
  /** Reviews read from the review cache and read afresh; undefined without a cache. */
  cache?: { hits: number; misses: number };
}

/**
 * Whether builds and the dev server keep the review cache (node_modules/.talkshelf/cache, see
 * src/content/node/review-cache-file.ts): on unless TALKSHELF_CACHE=off. Its key covers a review's
 * bytes, the curated files and the pipeline's sources and parser versions, so a stale result
 * needs a change it cannot see; the switch is there to rule that out when in doubt.
 */
export function reviewCacheEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.TALKSHELF_CACHE !== 'off';
}

export interface ContentBuildOptions {
  /** Read and keep parsed reviews in the review cache. */
  cache?: boolean;
  /** Where the cache lives (tests); the pipeline's default otherwise. */
  cacheDir?: string;
  /** The content folder relative to the repository root, for the check page's steps; its name by default. */
  contentPath?: string;
  /**
   * The GitHub repository the site is built from (`owner/name` or `owner/name#branch`), so the
   * check page can open GitHub's "new file" page; TALKSHELF_REPOSITORY by default, none if unset.
   */
  repository?: string;
}

export async function runContentBuild(
  contentDir: string,
  { cache: useCache = false, cacheDir, contentPath = path.basename(contentDir), repository = process.env.TALKSHELF_REPOSITORY }: ContentBuildOptions = {},
): Promise<ContentBuild> {
  const input = await loadContent(contentDir);
  const cache = useCache ? openReviewCache(contentDir, cacheDir) : undefined;
  const catalog = buildCatalogOnNode(input, { cache });
  saveReviewCache(cache);
  const data = dataFiles(catalog, input, { contentPath, repository });
  const files = new Map([...data.paths()].map((file) => [file, data.get(file)!]));
  return {
    catalog,
    files,
    errors: catalog.diagnostics.filter((d) => d.severity === 'error'),
    warnings: catalog.diagnostics.filter((d) => d.severity === 'warning'),
    cache: cache && { hits: cache.hits, misses: cache.misses },
  };
}

/** Writes the cache back; one that cannot be written (read-only node_modules) only costs the next build its speed. */
export function saveReviewCache(cache: FileReviewCache | undefined): void {
  try {
    cache?.save();
  } catch {
    // Nothing to do: see above.
  }
}

/** The data files of a catalog, each made into JSON text when first asked for. */
export interface DataFiles {
  paths(): Iterable<string>;
  /** JSON text of `path` (`data/index.json`, …); undefined for a path that is not one. */
  get(path: string): string | undefined;
}

/**
 * The data files the site reads: the pipeline's, the search index and the check page's curated
 * data. A build asks for every one; the dev server only for those a page asks for, so a save
 * does not render or stringify thousands of files nobody reads before the next one.
 */
export function dataFiles(catalog: Catalog, input: ContentInput, { contentPath, repository }: { contentPath: string; repository: string | undefined }): DataFiles {
  // Lazily both ways: a value is made (emit.ts) and made into JSON only when asked for.
  const emitted = emitStaticFilesLazily(catalog);
  const made = new Map<string, string>();
  const make: Record<string, () => unknown> = {
    // Next to the other data, so the dev server serves it and the build writes it like the rest.
    [SEARCH_INDEX_PATH]: () => buildSearchIndex(catalog, readTaxonomyTags(input)),
    // The curated files as read here, for the check page to read a post against (check-data.ts).
    [CHECK_DATA_PATH]: () => emitCheckData(input, { contentPath, repository }),
  };
  return {
    paths: () => [...emitted.paths(), ...Object.keys(make)],
    get(path) {
      let text = made.get(path);
      if (text !== undefined) return text;
      const value = emitted.get(path) ?? (Object.hasOwn(make, path) ? make[path]!() : undefined);
      if (value === undefined) return undefined;
      text = JSON.stringify(value);
      made.set(path, text);
      return text;
    },
  };
}

/** Diagnostics as the terminal shows them, paths relative to the project so editors link them. */
export function describeDiagnostics(diagnostics: Diagnostic[], contentDir: string, root: string): string {
  const prefix = path.relative(root, contentDir).split(path.sep).join('/');
  // The content folder itself (`.`) is shown as the folder, `content/`.
  const place = (file: string) => (!prefix ? file : file === '.' ? `${prefix}/` : `${prefix}/${file}`);
  return diagnostics.map((d) => `  ${formatDiagnostic({ ...d, file: place(d.file) })}`).join('\n');
}

/**
 * Content errors that stop a build. Vite prints a failed build's error with its stack; the
 * author needs only the list of problems, so the stack is the message.
 */
export class ContentError extends Error {
  constructor(message: string) {
    super(message);
    this.stack = message;
  }
}

export function summarizeFiles(catalog: Catalog): string {
  const counts = new Map<string, number>();
  for (const file of catalog.files) counts.set(file.status, (counts.get(file.status) ?? 0) + 1);
  const parts = [...counts].map(([status, n]) => `${n} ${status}`);
  return `${catalog.reviews.length} reviews, ${catalog.sessions.length} sessions (${parts.join(', ')})`;
}

/** `; 3 of 5 reviews from the cache`, or nothing without a cache. */
export function describeCache(cache: ContentBuild['cache']): string {
  if (!cache) return '';
  return `; ${cache.hits} of ${cache.hits + cache.misses} reviews from the review cache`;
}
