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
  const out = new Map<string, unknown>();
  const summaries = catalog.sessions.map(summarizeSession);
  const reviewSummaries = new Map(catalog.reviews.map((r) => [r.id, summarizeReview(r)]));
  const reviewCredits = new Map([...reviewSummaries].map(([id, { sessionIds: _, ...credit }]) => [id, credit]));
  const index: IndexFile = {
    editions: catalog.editions,
    sessions: summaries,
    reviews: [...reviewSummaries.values()],
    companies: catalog.companies,
    tags: catalog.tags,
  };
  out.set('data/index.json', index);
  // What the browser downloads: the same index in far fewer bytes (packed-index.ts).
  out.set(PACKED_INDEX_PATH, packIndex(index));

  const editions = new Map(catalog.editions.map((e) => [e.id, e]));
  const companies = new Map(catalog.companies.map((c) => [c.id, c]));
  const tags = new Map(catalog.tags.map((t) => [t.id, t]));
  const related = findRelated(catalog.sessions);
  catalog.sessions.forEach((s, i) => {
    const edition = editions.get(s.editionId)!;
    const day = edition.days.find((d) => d.id === s.dayId)!;
    const file: SessionFile = {
      session: renderSession(s),
      edition: { id: edition.id, name: edition.name, series: edition.series, year: edition.year },
      day: { id: day.id, number: day.number, date: day.date },
      reviews: [...new Set(s.writeUps.map((w) => w.reviewId))].map((id) => reviewCredits.get(id)!).filter(Boolean),
      companies: s.companies.map((c) => companies.get(c)!).filter(Boolean),
      tags: s.tags.map((t) => tags.get(t)!).filter(Boolean),
      previous: i > 0 ? summaries[i - 1]! : null,
      next: i + 1 < summaries.length ? summaries[i + 1]! : null,
      related: related[i]!.map((j) => summaries[j]!),
    };
    out.set(`data/sessions/${s.id}.json`, file);
  });
  const summaryById = new Map(summaries.map((s) => [s.id, s]));
  for (const r of catalog.reviews) {
    const edition = r.editionId ? editions.get(r.editionId) : undefined;
    const file: ReviewFile = {
      review: renderReview(r),
      edition: edition ? { id: edition.id, name: edition.name } : null,
      sessions: r.sessionIds.map((id) => summaryById.get(id)!).filter(Boolean),
    };
    out.set(`data/reviews/${r.id}.json`, file);
  }
  return out;
}
