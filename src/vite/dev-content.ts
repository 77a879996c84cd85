/**
 * The dev server's content, kept between saves: what a rebuild after a save can reuse, so the
 * open page sees the change quickly at any size (issue 13: under 500 ms with 2,000 reviews).
 *
 * - The folder is read once; a save re-reads only the files that changed. A file added, deleted
 *   or renamed, or one the fast path cannot vouch for (too large, gone, not a file), reads the
 *   whole folder again as a build does.
 * - The review cache is opened once and kept in memory (results of this session's saves too);
 *   it is written to disk later, off the path of a save (`saveCacheSoon`). The results the last
 *   build used are kept as objects too, so a save does not deserialize 2,000 fresh copies of the
 *   reviews it did not touch (the catalog copies a result before it changes it).
 * - Data files are made into JSON when a page asks for them (content-build.ts, `dataFiles`).
 * - A save that breaks a review (its frontmatter no longer reads as YAML, or an error rejects
 *   it: an empty file mid-save, no title) does not take it off the site or strip its fields:
 *   the review's last version that read well stays, and the broken version's diagnostics are
 *   shown with a note saying so. Fixing the file shows it again. A build still reads such a
 *   file as the pipeline always does (what can be read, or rejected).
 *
 * The catalog is built whole on every save (sessions are merged across reviews), with the last
 * build's memo: the curated files read, each edition's merged write-ups and each session are
 * reused where nothing they were made from changed (content/catalog/catalog-memo.ts).
 */
import { stat, readFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { buildCatalogOnNode, createCatalogMemo, loadContent, openReviewCache, type ContentInput, type FileReviewCache } from '../content/node/index.ts';
import { MAX_FILE_BYTES } from '../content/node/load.ts';
import { isReviewFile, sameBytes } from '../content/catalog/catalog.ts';
import { DiagnosticCode } from '../content/diagnostics.ts';
import type { ReviewCache } from '../content/node/review-cache.ts';
import type { ReviewResult } from '../content/review.ts';
import type { Catalog, Diagnostic } from '../content/schema.ts';
import { dataFiles, saveReviewCache, type DataFiles } from './content-build.ts';

export interface DevContentOptions {
  /** Keep the review cache (on disk between server starts, in memory between saves). */
  cache: boolean;
  /** Where the cache lives (tests); the pipeline's default otherwise. */
  cacheDir?: string;
  /** The content folder relative to the repository root, for the check page. */
  contentPath: string;
  repository: string | undefined;
}

export interface DevContentBuild {
  catalog: Catalog;
  /** What the page and the terminal show: this build's problems, a broken file's own included. */
  errors: Diagnostic[];
  warnings: Diagnostic[];
  /** Review files a save broke, shown as their last version read without errors. */
  kept: string[];
  files: DataFiles;
  /** Files read from disk for this build: every one, or the ones that changed. */
  filesRead: number;
  /** Reviews from the cache and read afresh in this build; undefined without a cache. */
  cache?: { hits: number; misses: number };
}

/** What changed since the last build: paths relative to the content folder, or everything. */
export type ContentChange = { files: ReadonlySet<string> } | 'everything';

export class DevContent {
  private input: ContentInput | undefined;
  private readonly cache: SessionReviewCache | undefined;
  /** Each review file's bytes as last read without errors. */
  private readonly lastGood = new Map<string, Uint8Array>();
  /** The catalog stages' work of the last build, reused where a save changed nothing they read. */
  private readonly memo = createCatalogMemo();
  private saveTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly contentDir: string,
    private readonly options: DevContentOptions,
  ) {
    this.cache = options.cache ? new SessionReviewCache(() => openReviewCache(contentDir, options.cacheDir)) : undefined;
  }

  async rebuild(change: ContentChange = 'everything'): Promise<DevContentBuild> {
    const { input, filesRead } = await this.read(change);
    this.input = input;
    const before = this.cache && { hits: this.cache.hits, misses: this.cache.misses };
    let catalog = buildCatalogOnNode(input, { cache: this.cache, memo: this.memo });
    // The counts of this build of the folder as it is; the build again below only reuses.
    const cache = before && this.cache ? { hits: this.cache.hits - before.hits, misses: this.cache.misses - before.misses } : undefined;
    const broken = this.brokenSinceLastGood(input, catalog);
    const ownProblems = catalog.diagnostics.filter((d) => broken.has(d.file));
    if (broken.size > 0) {
      // Built again with the broken files as they last were: every other file's result is
      // cached by now, so this costs the catalog's own stages once more.
      const files = input.files.map((f) => (broken.has(f.path) ? { path: f.path, bytes: this.lastGood.get(f.path)! } : f));
      catalog = buildCatalogOnNode({ ...input, files }, { cache: this.cache, memo: this.memo });
    }
    this.rememberGood(catalog, input, broken);
    this.cache?.keepOnlyUsed();
    const diagnostics = [...catalog.diagnostics.filter((d) => !broken.has(d.file)), ...ownProblems];
    return {
      catalog,
      errors: diagnostics.filter((d) => d.severity === 'error'),
      warnings: diagnostics.filter((d) => d.severity === 'warning'),
      kept: [...broken],
      files: dataFiles(catalog, input, { contentPath: this.options.contentPath, repository: this.options.repository }),
      filesRead,
      ...(cache ? { cache } : {}),
    };
  }

  /** Writes the review cache to disk a moment after the last save, so no save waits for it. */
  saveCacheSoon(delayMs = 2000): void {
    if (!this.cache) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.saveCache(), delayMs);
    this.saveTimer.unref();
  }

  saveCache(): void {
    clearTimeout(this.saveTimer);
    this.cache?.persist();
  }

  /** The folder as it is now: only the changed files re-read when that is enough. */
  private async read(change: ContentChange): Promise<{ input: ContentInput; filesRead: number }> {
    const previous = this.input;
    if (previous && change !== 'everything') {
      const files = await this.rereadChanged(previous, change.files);
      if (files) return { input: { ...previous, files }, filesRead: change.files.size };
    }
    const input = await loadContent(this.contentDir);
    return { input, filesRead: input.files.length };
  }

  /**
   * `previous`'s files with the changed ones read again; undefined when any of them needs the
   * whole folder read (a new or missing file, one too large to read, not a plain file: loadContent
   * reports those).
   */
  private async rereadChanged(previous: ContentInput, changed: ReadonlySet<string>): Promise<ContentInput['files'] | undefined> {
    const known = new Set(previous.files.map((f) => f.path));
    const problems = new Set((previous.problems ?? []).map((d) => d.file));
    if ([...changed].some((file) => !known.has(file) || problems.has(file))) return undefined;
    const fresh = new Map<string, Uint8Array>();
    try {
      for (const file of changed) {
        const full = path.join(this.contentDir, file);
        const info = await stat(full);
        if (!info.isFile() || info.size > MAX_FILE_BYTES) return undefined;
        fresh.set(file, new Uint8Array(await readFile(full)));
      }
    } catch {
      return undefined;
    }
    return previous.files.map((f) => (fresh.has(f.path) ? { path: f.path, bytes: fresh.get(f.path)! } : f));
  }

  /** Review files broken now (brokenFiles) that read well before, with other bytes. */
  private brokenSinceLastGood(input: ContentInput, catalog: Catalog): Set<string> {
    const bytes = new Map(input.files.map((f) => [f.path, f.bytes]));
    const broken = new Set<string>();
    for (const file of brokenFiles(catalog)) {
      const good = this.lastGood.get(file);
      const now = bytes.get(file);
      if (good && now && !sameBytes(good, now)) broken.add(file);
    }
    return broken;
  }

  private rememberGood(catalog: Catalog, input: ContentInput, kept: ReadonlySet<string>): void {
    const bytes = new Map(input.files.map((f) => [f.path, f.bytes]));
    for (const file of [...this.lastGood.keys()]) if (!bytes.has(file)) this.lastGood.delete(file);
    const broken = brokenFiles(catalog);
    for (const status of catalog.files) {
      const now = bytes.get(status.file);
      if (!isReviewFile(status.file) || kept.has(status.file) || !now) continue;
      if (broken.has(status.file)) this.lastGood.delete(status.file);
      else this.lastGood.set(status.file, now);
    }
  }
}

/**
 * A save's usual slips that leave a post half read: a frontmatter that cannot be read as YAML
 * (the post is kept with what can be read, so its title, date or conference may be lost) or
 * anything that rejects it (an empty file mid-save, no title).
 */
const HALF_READ = new Set<string>([DiagnosticCode.frontmatterUnclosed, DiagnosticCode.yamlInvalid, DiagnosticCode.frontmatterNotMapping]);

/** Review files rejected, or read with a frontmatter that could not be read. */
function brokenFiles(catalog: Catalog): Set<string> {
  const broken = new Set(catalog.files.filter((f) => f.status === 'rejected').map((f) => f.file));
  for (const d of catalog.diagnostics) if (HALF_READ.has(d.code)) broken.add(d.file);
  return broken;
}

/**
 * The file cache, with this session's own results in memory too: the file cache finds only what
 * it read from disk when opened, so a review saved twice would otherwise be read again on every
 * later save. Once written, the file is opened again and holds them, so they are not kept twice
 * (a first start's 2,000 results are about 160 MB).
 */
class SessionReviewCache implements ReviewCache {
  private readonly made = new Map<string, Uint8Array>();
  /**
   * Results as objects, given out since the last `keepOnlyUsed`: shared between builds, which is
   * safe because the catalog never writes into a review's result (catalog.ts, sources.ts).
   */
  private live = new Map<string, ReviewResult>();
  private used = new Map<string, ReviewResult>();
  file: FileReviewCache;
  hits = 0;
  misses = 0;

  constructor(private readonly open: () => FileReviewCache) {
    this.file = open();
  }

  /** Writes the file; when that worked, reads it back in place of this session's own copies. */
  persist(): void {
    if (this.made.size === 0) return saveReviewCache(this.file);
    try {
      this.file.save();
    } catch {
      return; // Kept in memory instead: see saveReviewCache.
    }
    this.file = this.open();
    this.made.clear();
  }

  /** Drops the objects no build used since the last call: a changed review's old result goes. */
  keepOnlyUsed(): void {
    this.live = this.used;
    this.used = new Map();
  }

  get(key: string): ReviewResult | undefined {
    const held = this.live.get(key) ?? this.used.get(key);
    // The file still has to write it back: `keep` marks it so without a copy.
    const found = held && (this.made.has(key) || this.file.keep(key)) ? held : this.copy(key);
    if (found) {
      this.hits++;
      this.used.set(key, found);
    }
    return found;
  }

  set(key: string, result: ReviewResult): void {
    this.misses++;
    this.made.set(key, serialize(result));
    this.file.set(key, result);
    this.used.set(key, result);
  }

  private copy(key: string): ReviewResult | undefined {
    const mine = this.made.get(key);
    return mine ? (deserialize(mine) as ReviewResult) : this.file.get(key);
  }
}
