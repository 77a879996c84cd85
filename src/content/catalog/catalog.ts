/**
 * The glue: content files in, one normalised Catalog out, in stages: curated files, each review
 * (review.ts), editions and days (editions-build.ts), sessions (session-clusters.ts,
 * sessions-build.ts), the lists (catalog-lists.ts). Pure (no fs), deterministic (files are
 * visited in path order and every list is sorted by a stated rule), and one broken file never
 * stops the others: each problem becomes a diagnostic and a file status.
 */
import { createCompanyResolver } from '../people/companies.ts';
import { compareDiagnostics, createDiagnostic, DiagnosticCode } from '../diagnostics.ts';
import { createSeriesRecognizers } from '../edition/editions.ts';
import { decodeText } from '../read/decode.ts';
import { stripControlsFromNames } from '../read/visible-text.ts';
import { isReviewPath, readReview, type ReviewContext, type ReviewResult, type ReviewWork } from '../review.ts';
import type { Catalog, Diagnostic, FileStatus } from '../schema.ts';
import { listCompanies, listEditions, listReviews, listSpeakers, listTags, orderTimeline } from './catalog-lists.ts';
import type { CatalogMemo, CuratedRead } from './catalog-memo.ts';
import { createEmptyCurated, identifyCuratedFile, loadCuratedFile, type CuratedData } from './curated.ts';
import { buildEditions, readReviewDays } from './editions-build.ts';
import { clusterSessions } from './session-clusters.ts';
import { buildSessions } from './sessions-build.ts';
import { applySources } from './sources.ts';
import { createTagMatcher } from './tags.ts';

export interface ContentFile {
  /** Relative to the content folder, forward slashes. */
  path: string;
  bytes: Uint8Array;
}

export interface ContentInput {
  files: ContentFile[];
  /**
   * What the loader could not read (load.ts): the folder missing or empty, a file too large,
   * unreadable or deleted meanwhile, a symbolic link not followed. Each is reported, and a post
   * or curated file among them is accounted for as rejected.
   */
  problems?: Diagnostic[];
}

/** The curated files of a content folder, read. */
export function readCuratedFiles(files: ContentFile[]): { curated: CuratedData; diagnostics: Diagnostic[]; statuses: FileStatus[] } {
  const diagnostics: Diagnostic[] = [];
  const statuses: FileStatus[] = [];
  const curated: CuratedData = createEmptyCurated();
  for (const f of files) {
    const name = identifyCuratedFile(f.path);
    if (!name) continue;
    const decoded = decodeText(f.path, f.bytes);
    const found = decoded.ok ? [...decoded.diagnostics, ...loadCuratedFile(curated, name, f.path, decoded.text)] : [decoded.diagnostic];
    diagnostics.push(...found);
    statuses.push({ file: f.path, status: 'curated' });
  }
  return { curated, diagnostics, statuses };
}

/** What reading one review needs from the rest of the folder. */
export function createReviewContext(curated: CuratedData, paths: Iterable<string>): ReviewContext {
  return {
    recognizers: createSeriesRecognizers(curated.editions),
    companies: createCompanyResolver(curated.companies),
    tags: createTagMatcher(curated.taxonomy),
    paths: new Set(paths),
  };
}

/** Files `buildCatalog` reads as reviews. */
export function isReviewFile(path: string): boolean {
  return isReviewPath(path) && !identifyCuratedFile(path);
}

/**
 * How the reviews of a folder are read. The default reads them one after another on this thread;
 * the Node layer (node/read-reviews.ts) adds worker threads and a cache of earlier results, and
 * gives the same results in the same order. `read` reads one review in this folder's context.
 */
export type ReviewReader = (reviews: ContentFile[], folder: ContentFile[], read: (file: ContentFile) => ReviewResult) => ReviewResult[];

export interface BuildOptions {
  /** How reviews are read (see ReviewReader); in order, here, by default. */
  readReviews?: ReviewReader;
  /** Called after each post read on this thread is parsed and its markup compiled (ReviewContext.afterParse). */
  afterParse?: ReviewContext['afterParse'];
  /** The last build's work, to reuse where its inputs are unchanged (catalog-memo.ts); none by default. */
  memo?: CatalogMemo;
}

const readInOrder: ReviewReader = (reviews, _folder, read) => reviews.map(read);

export function buildCatalog(input: ContentInput, options: BuildOptions = {}): Catalog {
  const files = [...input.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  // 1. Curated data first: everything else reads it.
  const read = readCuratedWithMemo(files, options.memo);
  const { curated } = read;
  const diagnostics = [...read.diagnostics];
  const statuses = [...read.statuses];
  for (const d of input.problems ?? []) {
    diagnostics.push(d);
    if (isReviewFile(d.file) || identifyCuratedFile(d.file)) statuses.push({ file: d.file, status: 'rejected', reason: d.code });
  }
  const context: ReviewContext = { ...read.context, paths: new Set(files.map((f) => f.path)) };
  if (options.afterParse) context.afterParse = options.afterParse;

  // 2. Every review on its own, in order (on worker threads or from a cache, as the caller says).
  const reviewFiles = files.filter((f) => isReviewFile(f.path));
  const results = (options.readReviews ?? readInOrder)(reviewFiles, files, (f) => readReview(f.path, f.bytes, context));
  const sourced = applySources(collectWorks(reviewFiles, results, diagnostics, statuses), curated);
  const works = sourced.works;
  diagnostics.push(...sourced.diagnostics);

  // 3. Editions, and the days their reviews speak of.
  const editions = buildEditions(works, curated, context.recognizers);
  const days = readReviewDays(works, editions);

  // 4. Sessions: write-ups merged within each edition, ids, then each session.
  const clusters = clusterSessions(works, editions, days, curated, diagnostics, options.memo?.clusters);
  const companyNames = new Map<string, string>();
  const builds = buildSessions(clusters, { editions, days, recognizers: context.recognizers, companies: context.companies, tags: context.tags, companyNames }, options.memo?.sessions);
  const sessionIdOf = new Map(clusters.flatMap((c) => c.items.map((i) => [i.draft, c.id] as const)));

  // 5. Timeline order, then the lists.
  const editionList = orderTimeline(builds, editions, curated.editions.primary);
  const sessions = builds.map((b) => b.session);
  return stripControlsFromNames({
    editions: listEditions(editionList, builds),
    sessions,
    reviews: listReviews(works, editions, days, sessionIdOf),
    speakers: listSpeakers(sessions),
    companies: listCompanies(sessions, companyNames, new Map(curated.companies.companies.flatMap((c) => (c.name_en ? [[c.id, c.name_en] as const] : [])))),
    tags: listTags(sessions, context.tags),
    diagnostics,
    files: accountForFiles(works, diagnostics, statuses),
  });
}

/**
 * The curated files read, with the matchers reviews are read with; the memo's when the curated
 * files are the same as in its last build (the tag matcher and company resolver keep what they
 * matched, catalog-memo.ts).
 */
function readCuratedWithMemo(files: ContentFile[], memo: CatalogMemo | undefined): CuratedRead {
  const curatedFiles = files.filter((f) => identifyCuratedFile(f.path));
  const last = memo?.curated;
  if (last && sameFiles(last.files, curatedFiles)) return last.read;
  const read = readCuratedFiles(curatedFiles);
  const { paths: _, ...context } = createReviewContext(read.curated, []);
  const out: CuratedRead = { ...read, context };
  if (memo) memo.curated = { files: curatedFiles, read: out };
  return out;
}

function sameFiles(a: readonly ContentFile[], b: readonly ContentFile[]): boolean {
  return a.length === b.length && a.every((f, k) => f.path === b[k]!.path && sameBytes(f.bytes, b[k]!.bytes));
}

/** Whether two files' bytes are the same (the same array, or equal ones). */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Rejected reviews become diagnostics and statuses; two files with one base name get apart. */
function collectWorks(reviewFiles: ContentFile[], results: ReviewResult[], diagnostics: Diagnostic[], statuses: FileStatus[]): ReviewWork[] {
  const works: ReviewWork[] = [];
  const usedReviewIds = new Map<string, string>();
  for (const [k, f] of reviewFiles.entries()) {
    const result = results[k]!;
    if (!result.ok) {
      diagnostics.push(...result.diagnostics);
      statuses.push({ file: f.path, status: 'rejected', reason: result.reason });
      continue;
    }
    let work = result.work;
    // Two files with one base name in different folders: the later path gets a suffix. The
    // result is copied, not changed: the dev server keeps results between saves (a review's
    // result is its file's, whatever the other files are).
    const firstPath = usedReviewIds.get(work.reviewId);
    if (firstPath !== undefined) {
      let n = 2;
      while (usedReviewIds.has(`${work.reviewId}-${n}`)) n++;
      const renamed = `${work.reviewId}-${n}`;
      const duplicate = createDiagnostic({
        code: DiagnosticCode.duplicateReviewId,
        severity: 'warning',
        location: { file: f.path, line: 1, column: 1 },
        message: `The review id "${work.reviewId}" is already used by ${firstPath}; this review is "${renamed}"`,
        hint: 'Rename one of the files so their names differ',
        related: [{ file: firstPath, line: 1, column: 1 }],
      });
      work = { ...work, reviewId: renamed, diagnostics: [...work.diagnostics, duplicate] };
    }
    usedReviewIds.set(work.reviewId, f.path);
    works.push(work);
  }
  return works;
}

/** Each review's diagnostics join the catalog's, and its status says whether it had any. */
function accountForFiles(works: ReviewWork[], diagnostics: Diagnostic[], statuses: FileStatus[]): FileStatus[] {
  const filesWithSessionWarnings = new Set(diagnostics.filter((d) => d.code === DiagnosticCode.duplicateSessionId).map((d) => d.file));
  for (const w of works) {
    diagnostics.push(...w.diagnostics);
    const hasWarnings = w.diagnostics.length > 0 || filesWithSessionWarnings.has(w.file);
    statuses.push({ file: w.file, status: hasWarnings ? 'warnings' : 'ingested', reviewId: w.reviewId });
  }
  statuses.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  diagnostics.sort(compareDiagnostics);
  return statuses;
}
