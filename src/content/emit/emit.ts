/**
 * Catalog → the static JSON files the app fetches. Pure: returns a map of output path → value;
 * the Vite plugin writes them. Each value has exactly the shape of its schema in schema.ts.
 */
import { reviewHtmlOf, writeUpHtmlOf } from '../html/prerendered-html.ts';
import { packIndex } from './packed-index.ts';
import { PACKED_INDEX_PATH } from './packed-index-path.ts';
import type {
  Catalog,
  IndexFile,
  RenderedReview,
  RenderedSession,
  Review,
  ReviewFile,
  ReviewSummary,
  Session,
  SessionFile,
  SessionSummary,
} from '../schema.ts';

/** Strip the notes: what cards and the index need. */
export function summarizeSession(s: Session): SessionSummary {
  const { writeUps: _writeUps, ...summary } = s;
  return summary;
}

/**
 * The session as its page gets it: each write-up's notes as HTML, rendered once at build time
 * (while the review was read, see prerendered-html.ts) instead of by the page on every render.
 * The markdown stays in the catalog (the CLI's JSON and the search index read it) but not in the
 * file: the page does not need it.
 */
export function renderSession(s: Session): RenderedSession {
  return {
    ...s,
    writeUps: s.writeUps.map((w) => {
      const { markdown: _markdown, ...writeUp } = w;
      return { ...writeUp, html: writeUpHtmlOf(w) };
    }),
  };
}

/**
 * The review as its page gets it: the post as HTML, rendered once at build time, with its
 * headings' anchors and session links in it. The markdown stays in the catalog, as for write-ups.
 */
export function renderReview(r: Review): RenderedReview {
  return { ...summarizeReview(r), html: reviewHtmlOf(r) };
}

function summarizeReview(r: Review): ReviewSummary {
  const { body: _body, bodyLine: _bodyLine, headings: _headings, ...summary } = r;
  return summary;
}

/** How many timeline neighbours on each side a related-session search looks at, per tag. */
const RELATED_WINDOW = 60;

/**
 * Up to 4 sessions sharing the most tags. Candidates come from each tag's session list near the
 * session's own place on the timeline, so a tag on thousands of sessions costs a fixed amount;
 * ties go to the nearer session on the timeline, then the earlier one.
 */
function findRelated(sessions: Session[]): number[][] {
  const byTag = new Map<string, number[]>();
  sessions.forEach((s, i) => s.tags.forEach((t) => (byTag.get(t) ?? byTag.set(t, []).get(t)!).push(i)));
  return sessions.map((s, i) => {
    const counts = new Map<number, number>();
    for (const t of s.tags) {
      const list = byTag.get(t)!;
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid]! < i) lo = mid + 1;
        else hi = mid;
      }
      for (let k = Math.max(0, lo - RELATED_WINDOW); k < Math.min(list.length, lo + RELATED_WINDOW + 1); k++) {
        const j = list[k]!;
        if (j !== i) counts.set(j, (counts.get(j) ?? 0) + 1);
      }
    }
    return [...counts]
      .sort((a, b) => b[1] - a[1] || Math.abs(a[0] - i) - Math.abs(b[0] - i) || a[0] - b[0])
      .slice(0, 4)
      .map(([j]) => j);
  });
}

/**
 * Output path → JSON value: `data/index.json` and its packed twin, `data/sessions/<session id>.json` (session ids
 * hold one `/`, so files sit in a folder per edition), `data/reviews/<review id>.json`.
 */
export function emitStaticFiles(catalog: Catalog): Map<string, unknown> {
  const files = emitStaticFilesLazily(catalog);
  return new Map(files.paths().map((path) => [path, files.get(path)]));
}

/** The same files as `emitStaticFiles`, each value made when first asked for. */
export interface LazyStaticFiles {
  /** Every output path, in `emitStaticFiles`'s order. */
  paths(): string[];
  /** The value of `path`; undefined for a path that is not one. */
  get(path: string): unknown;
}

/**
 * `emitStaticFiles` made lazily: the dev server serves the few files a page asks for after a
 * save, so it does not render thousands of session and review files nobody reads before the
 * next save. What many files share (summaries, related sessions) is made once, when first needed.
 */
export function emitStaticFilesLazily(catalog: Catalog): LazyStaticFiles {
  const shared = once(() => shareForFiles(catalog));
  const index = once(() => makeIndex(catalog, shared()));
  const related = once(() => findRelated(catalog.sessions));
  const made = new Map<string, () => unknown>([
    ['data/index.json', index],
    [PACKED_INDEX_PATH, once(() => packIndex(index()))],
  ]);
  catalog.sessions.forEach((s, i) => made.set(`data/sessions/${s.id}.json`, () => makeSessionFile(catalog, shared(), related(), i)));
  for (const r of catalog.reviews) made.set(`data/reviews/${r.id}.json`, () => makeReviewFile(shared(), r));
  const values = new Map<string, unknown>();
  return {
    paths: () => [...made.keys()],
    get(path) {
      if (values.has(path)) return values.get(path);
      const make = made.get(path);
      if (!make) return undefined;
      const value = make();
      values.set(path, value);
      return value;
    },
  };
}

function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/** What the index and the session and review files all read. */
interface SharedForFiles {
  summaries: SessionSummary[];
  summaryById: Map<string, SessionSummary>;
  reviewSummaries: Map<string, ReviewSummary>;
  reviewCredits: Map<string, Omit<ReviewSummary, 'sessionIds'>>;
  editions: Map<string, Catalog['editions'][number]>;
  companies: Map<string, Catalog['companies'][number]>;
  tags: Map<string, Catalog['tags'][number]>;
}

function shareForFiles(catalog: Catalog): SharedForFiles {
  const summaries = catalog.sessions.map(summarizeSession);
  const reviewSummaries = new Map(catalog.reviews.map((r) => [r.id, summarizeReview(r)]));
  return {
    summaries,
    summaryById: new Map(summaries.map((s) => [s.id, s])),
    reviewSummaries,
    reviewCredits: new Map([...reviewSummaries].map(([id, { sessionIds: _, ...credit }]) => [id, credit])),
    editions: new Map(catalog.editions.map((e) => [e.id, e])),
    companies: new Map(catalog.companies.map((c) => [c.id, c])),
    tags: new Map(catalog.tags.map((t) => [t.id, t])),
  };
}

function makeIndex(catalog: Catalog, shared: SharedForFiles): IndexFile {
  return {
    editions: catalog.editions,
    sessions: shared.summaries,
    reviews: [...shared.reviewSummaries.values()],
    companies: catalog.companies,
    tags: catalog.tags,
  };
}

function makeSessionFile(catalog: Catalog, shared: SharedForFiles, related: number[][], i: number): SessionFile {
  const s = catalog.sessions[i]!;
  const { summaries } = shared;
  const edition = shared.editions.get(s.editionId)!;
  const day = edition.days.find((d) => d.id === s.dayId)!;
  return {
    session: renderSession(s),
    edition: { id: edition.id, name: edition.name, series: edition.series, year: edition.year },
    day: { id: day.id, number: day.number, date: day.date },
    reviews: [...new Set(s.writeUps.map((w) => w.reviewId))].map((id) => shared.reviewCredits.get(id)!).filter(Boolean),
    companies: s.companies.map((c) => shared.companies.get(c)!).filter(Boolean),
    tags: s.tags.map((t) => shared.tags.get(t)!).filter(Boolean),
    previous: i > 0 ? summaries[i - 1]! : null,
    next: i + 1 < summaries.length ? summaries[i + 1]! : null,
    related: related[i]!.map((j) => summaries[j]!),
  };
}

function makeReviewFile(shared: SharedForFiles, r: Review): ReviewFile {
  const edition = r.editionId ? shared.editions.get(r.editionId) : undefined;
  return {
    review: renderReview(r),
    edition: edition ? { id: edition.id, name: edition.name } : null,
    sessions: r.sessionIds.map((id) => shared.summaryById.get(id)!).filter(Boolean),
  };
}
