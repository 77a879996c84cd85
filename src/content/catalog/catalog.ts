/**
 * The glue: content files in, one normalised Catalog out. Pure (no fs), deterministic (files are
 * visited in path order and every list is sorted by a stated rule), and one broken file never
 * stops the others: each problem becomes a diagnostic and a file status.
 */
import { createCompanyResolver } from '../people/companies.ts';
import { createEmptyCurated, identifyCuratedFile, loadCuratedFile, type CuratedData } from './curated.ts';
import { decodeText } from '../read/decode.ts';
import { compareDiagnostics, createDiagnostic, DiagnosticCode } from '../diagnostics.ts';
import { createEditionId, createSeriesRecognizers } from '../edition/editions.ts';
import { createSessionId, createSpeakerId } from './ids.ts';
import { compareMergeInputs, findMissingMergeNames, mergeWriteUps, type MergeInput } from './merge.ts';
import { rememberReviewTemplate, rememberWriteUpHtml } from '../html/prerendered-html.ts';
import { isReviewPath, readReview, type ReviewContext, type ReviewResult, type ReviewWork } from '../review.ts';
import type {
  Catalog,
  Company,
  Day,
  Diagnostic,
  Edition,
  FileStatus,
  Review,
  ReviewHeading,
  Session,
  SourceLocation,
  Speaker,
  SpeakerEntry,
  Tag,
  WriteUp,
} from '../schema.ts';
import type { SessionDraft } from '../talks/sessions.ts';
import type { SpeakerDraft } from '../people/speakers.ts';
import { createTagMatcher } from './tags.ts';
import { stripControlsFromNames } from '../read/visible-text.ts';

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

interface WriteUpInput extends MergeInput {
  work: ReviewWork;
  draft: SessionDraft;
}

const UNKNOWN_DAY = 'day-unknown';

function dayIdOf(n: number | null): string {
  return n === null ? UNKNOWN_DAY : `day-${n}`;
}

function hostOf(url: string): string {
  const m = /^https?:\/\/([^/?#:]+)/i.exec(url);
  return m ? m[1]!.toLowerCase().replace(/^www\./, '') : '';
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
}

const readInOrder: ReviewReader = (reviews, _folder, read) => reviews.map(read);

export function buildCatalog(input: ContentInput, options: BuildOptions = {}): Catalog {
  const files = [...input.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  // 1. Curated data first: everything else reads it.
  const { curated, diagnostics, statuses } = readCuratedFiles(files);
  for (const d of input.problems ?? []) {
    diagnostics.push(d);
    if (isReviewFile(d.file) || identifyCuratedFile(d.file)) statuses.push({ file: d.file, status: 'rejected', reason: d.code });
  }
  const context = createReviewContext(
    curated,
    files.map((f) => f.path),
  );
  const { recognizers, companies, tags: tagMatcher } = context;
  const primary = curated.editions.primary;

  // 2. Every review on its own, in order (on worker threads or from a cache, as the caller says).
  const reviewFiles = files.filter((f) => isReviewFile(f.path));
  const results = (options.readReviews ?? readInOrder)(reviewFiles, files, (f) => readReview(f.path, f.bytes, context));
  const works: ReviewWork[] = [];
  const usedReviewIds = new Map<string, string>();
  for (const [k, f] of reviewFiles.entries()) {
    const result = results[k]!;
    if (!result.ok) {
      diagnostics.push(...result.diagnostics);
      statuses.push({ file: f.path, status: 'rejected', reason: result.reason });
      continue;
    }
    const work = result.work;
    // Two files with one base name in different folders: the later path gets a suffix.
    const firstPath = usedReviewIds.get(work.reviewId);
    if (firstPath !== undefined) {
      let n = 2;
      while (usedReviewIds.has(`${work.reviewId}-${n}`)) n++;
      const renamed = `${work.reviewId}-${n}`;
      work.diagnostics.push(
        createDiagnostic({
          code: DiagnosticCode.duplicateReviewId,
          severity: 'warning',
          location: { file: f.path, line: 1, column: 1 },
          message: `The review id "${work.reviewId}" is already used by ${firstPath}; this review is "${renamed}"`,
          hint: 'Rename one of the files so their names differ',
          related: [{ file: firstPath, line: 1, column: 1 }],
        }),
      );
      work.reviewId = renamed;
    }
    usedReviewIds.set(work.reviewId, f.path);
    works.push(work);
  }

  // 3. Editions, and the days their reviews speak of.
  interface EditionBuild {
    id: string;
    series: string;
    year: number | null;
    name: string;
    venue?: string;
    dateToDay: Map<string, number>;
    dayToDate: Map<number, string>;
    /** How many days the curated file says the event had, when it says. */
    dayCount?: number;
    works: ReviewWork[];
  }
  const editions = new Map<string, EditionBuild>();
  const editionOf = new Map<ReviewWork, EditionBuild>();
  for (const w of works) {
    const id = createEditionId(w.edition.seriesId, w.edition.year, primary);
    let e = editions.get(id);
    if (!e) {
      const series = curated.editions.series.find((s) => s.id === w.edition!.seriesId);
      const facts = series?.editions.find((x) => x.year === w.edition!.year);
      const recognizer = recognizers.find((r) => r.id === w.edition!.seriesId);
      e = {
        id,
        series: w.edition.seriesId,
        year: w.edition.year,
        name: facts?.name ?? (w.edition.year === null ? w.edition.seriesName : `${recognizer?.name ?? w.edition.seriesName} ${w.edition.year}`),
        dateToDay: new Map(),
        dayToDate: new Map(),
        works: [],
      };
      if (facts?.venue) e.venue = facts.venue;
      facts?.days.forEach((d, i) => {
        if (d === null) return;
        e!.dateToDay.set(d, i + 1);
        e!.dayToDate.set(i + 1, d);
      });
      if (facts) e.dayCount = facts.days.length;
      editions.set(id, e);
    }
    e.works.push(w);
    editionOf.set(w, e);
  }
  // A post that states its day and the date it attended ties that date to that day for the
  // whole edition (001: "2024년 10월 24일 (day 3)"), unless the curated file already says.
  for (const e of editions.values()) {
    for (const w of e.works) {
      if (w.statedDay === null || !w.attendedDate) continue;
      if (!e.dateToDay.has(w.attendedDate) && !e.dayToDate.has(w.statedDay)) {
        e.dateToDay.set(w.attendedDate, w.statedDay);
        e.dayToDate.set(w.statedDay, w.attendedDate);
      }
    }
  }
  // A stated day or attended date is strong evidence; the publish date is weak (003 is dated
  // the day after the day it covers), so it names the day but never keeps two write-ups apart.
  const isOneDay = (e: EditionBuild) => e.dayCount === 1;
  const reviewDay = new Map<ReviewWork, number | null>();
  const strongDay = new Map<ReviewWork, number | null>();
  for (const w of works) {
    const e = editionOf.get(w);
    let strong = w.statedDay;
    if (strong === null && e && w.attendedDate) strong = e.dateToDay.get(w.attendedDate) ?? null;
    // A one-day event has no day to tell: its post numbers none (002), though its talks are
    // all on that day (sessionDay below).
    const weak = strong === null && e && w.date && !isOneDay(e) ? (e.dateToDay.get(w.date) ?? null) : null;
    strongDay.set(w, strong);
    reviewDay.set(w, strong ?? weak);
  }
  const sessionDay = (w: ReviewWork): number | null => {
    const e = editionOf.get(w);
    return reviewDay.get(w) ?? (e && isOneDay(e) ? 1 : null);
  };

  // 4. Sessions: merge write-ups within each edition, then give ids.
  const inputs: WriteUpInput[] = [];
  for (const w of works) {
    const e = editionOf.get(w);
    if (!e) continue;
    w.sessions.forEach((draft, order) => {
      inputs.push({
        editionId: e.id,
        reviewId: w.reviewId,
        reviewDate: w.date,
        order,
        title: draft.title,
        day: draft.day ?? strongDay.get(w) ?? null,
        speakerNames: draft.speakers.map((s) => s.name),
        work: w,
        draft,
      });
    });
  }
  const clusters = mergeWriteUps(inputs, curated.merges.merges);
  for (const { entry, name } of findMissingMergeNames(inputs, curated.merges.merges)) {
    const m = curated.merges.merges[entry]!;
    const place = curated.mergeLocations[entry]!;
    const edition = `edition "${m.edition}"`;
    diagnostics.push(
      name === 'title'
        ? createDiagnostic({
            code: DiagnosticCode.mergeTargetMissing,
            severity: 'warning',
            location: place.title,
            message: `The merge of "${m.title}"${m.same_as.length ? ` (same as ${m.same_as.map((t) => `"${t}"`).join(', ')})` : ''} in ${edition} matches no session: no review of that edition has a session with any of these titles`,
            hint: 'Check the edition id and the titles against the sessions `npm run content` lists (titles without numbering or speakers), or remove the entry',
          })
        : createDiagnostic({
            code: DiagnosticCode.mergeTargetMissing,
            severity: 'warning',
            location: place.sameAs[name] ?? place,
            message: `"${m.same_as[name]}" is listed as the same session as "${m.title}" in ${edition}, but no review of that edition has a session with that title`,
            hint: 'Write the title as the sessions `npm run content` lists show it (without numbering or speakers), or remove it from same_as',
          }),
    );
  }

  const sessionIdOfDraft = new Map<SessionDraft, string>();
  const usedIds = new Set<string>();
  const firstPlace = new Map<string, SourceLocation>();
  const placeOf = (i: WriteUpInput): SourceLocation => i.work.headingPlaces[i.draft.heading.index]!;
  const sessionIds: string[] = [];
  // Clusters come in canonical order (earliest review date, review id, position), so the
  // session written up first keeps the plain id when two distinct sessions slug alike.
  for (const c of clusters) {
    const base = createSessionId(c.editionId, c.title);
    let id = base;
    const canonical = c.items[0]!;
    if (usedIds.has(base)) {
      let n = 2;
      while (usedIds.has(`${base}-${n}`)) n++;
      id = `${base}-${n}`;
      diagnostics.push(
        createDiagnostic({
          code: DiagnosticCode.duplicateSessionId,
          severity: 'warning',
          location: placeOf(canonical),
          message: `Two different sessions get the id "${base}"; this one becomes "${id}"`,
          hint: 'Give the headings distinct titles, or list them in merges.yml if they are the same talk',
          related: [firstPlace.get(base)!],
        }),
      );
    }
    usedIds.add(id);
    firstPlace.set(id, placeOf(canonical));
    sessionIds.push(id);
    for (const item of c.items) sessionIdOfDraft.set(item.draft, id);
  }

  const companyNames = new Map<string, string>();
  const toSpeaker = (s: SpeakerDraft): Speaker => {
    const out: Speaker = { id: createSpeakerId(s.name, s.handle), name: s.name };
    if (s.handle) out.handle = s.handle;
    if (s.company) {
      const c = companies.resolve(s.company);
      if (c) {
        out.company = c.id;
        if (!companyNames.has(c.id) || c.known) companyNames.set(c.id, c.name);
      }
    }
    if (s.role) out.role = s.role;
    return out;
  };

  interface SessionBuild {
    session: Session;
    editionId: string;
    day: number | null;
    /** Sort key for the timeline within a day: canonical write-up order. */
    order: WriteUpInput;
    extraCompanies: string[];
  }
  const builds: SessionBuild[] = clusters.map((c, ci) => {
    const id = sessionIds[ci]!;
    const items = c.items;
    const speakers: Speaker[] = [];
    for (const item of items) {
      for (const d of item.draft.speakers) {
        const s = toSpeaker(d);
        const same = speakers.find((x) => x.id === s.id);
        if (!same) speakers.push(s);
        else {
          same.handle ??= s.handle;
          same.company ??= s.company;
          same.role ??= s.role;
          for (const k of ['handle', 'company', 'role'] as const) if (same[k] === undefined) delete same[k];
        }
      }
    }
    const extraCompanies: string[] = [];
    for (const item of items)
      for (const raw of item.draft.companies) {
        const co = companies.resolve(raw);
        if (!co) continue;
        if (!companyNames.has(co.id) || co.known) companyNames.set(co.id, co.name);
        if (!extraCompanies.includes(co.id)) extraCompanies.push(co.id);
      }
    const e = editions.get(c.editionId)!;
    const recognizer = recognizers.find((r) => r.id === e.series);
    const sites = recognizer?.sites ?? [];
    const allLinks = items.flatMap((i) => i.draft.links);
    const official = allLinks.find((l) => sites.some((s) => hostOf(l) === s || hostOf(l).endsWith(`.${s}`)));
    const headingLink = items.map((i) => i.draft.heading.link).find((l) => l && /^https?:\/\//i.test(l));
    const link = official ?? headingLink;
    const kinds = items.map((i) => i.draft.kind);
    const kind = kinds.includes('keynote') ? 'keynote' : kinds.includes('panel') ? 'panel' : 'talk';
    const aliases: string[] = [];
    for (const item of items) {
      const aliasId = createSessionId(c.editionId, item.draft.title);
      if (aliasId !== id && !aliases.includes(aliasId)) aliases.push(aliasId);
    }
    const writeUps: WriteUp[] = items.map((i) => {
      const writeUp: WriteUp = {
        reviewId: i.work.reviewId,
        heading: i.draft.heading.text,
        anchor: i.draft.heading.anchor,
        line: i.draft.heading.line + i.work.bodyLine - 1,
        markdown: i.draft.markdown,
        empty: i.draft.empty,
      };
      const html = i.work.html.notes[i.order];
      // Without it (never, as reviews are read now) the emitter renders the notes itself.
      if (html !== undefined) rememberWriteUpHtml(writeUp, html);
      return writeUp;
    });
    const day = items.map((i) => i.day).find((d) => d !== null) ?? items.map((i) => sessionDay(i.work)).find((d) => d !== null) ?? null;
    const tags = tagMatcher.matchSession(
      items.map((i) => i.draft.title).join('\n'),
      items.map((i) => i.draft.markdown),
    );
    const session: Session = {
      id,
      title: c.title,
      editionId: c.editionId,
      dayId: dayIdOf(day),
      kind,
      speakers,
      companies: [],
      tags,
      aliases,
      reviewCount: new Set(items.map((i) => i.work.reviewId)).size,
      emptyNotes: items.every((i) => i.draft.empty),
      writeUps,
    };
    if (link) session.link = link;
    return { session, editionId: c.editionId, day, order: items[0]!, extraCompanies };
  });
  // Alias ids never shadow a real session id.
  const realIds = new Set(builds.map((b) => b.session.id));
  for (const b of builds) b.session.aliases = b.session.aliases.filter((a) => !realIds.has(a));

  // A panelist named in one session of an edition keeps their company in the others.
  const knownCompany = new Map<string, string>();
  for (const b of builds) for (const s of b.session.speakers) if (s.company) knownCompany.set(`${b.editionId}\u0000${s.id}`, knownCompany.get(`${b.editionId}\u0000${s.id}`) ?? s.company);
  for (const b of builds) {
    for (const s of b.session.speakers) s.company ??= knownCompany.get(`${b.editionId}\u0000${s.id}`);
    for (const s of b.session.speakers) if (s.company === undefined) delete s.company;
    const ids: string[] = [];
    for (const s of b.session.speakers) if (s.company && !ids.includes(s.company)) ids.push(s.company);
    for (const c of b.extraCompanies) if (!ids.includes(c)) ids.push(c);
    b.session.companies = ids;
  }

  // 5. Timeline order: editions newest first (undated ones last), then day, then the order the talks were written up.
  const editionList = [...editions.values()].sort(
    (a, b) => (b.year ?? -1) - (a.year ?? -1) || (a.series === primary ? -1 : b.series === primary ? 1 : a.series < b.series ? -1 : a.series > b.series ? 1 : 0),
  );
  const editionRank = new Map(editionList.map((e, i) => [e.id, i]));
  builds.sort(
    (a, b) =>
      editionRank.get(a.editionId)! - editionRank.get(b.editionId)! ||
      (a.day ?? 1e9) - (b.day ?? 1e9) ||
      compareMergeInputs(a.order, b.order),
  );
  const sessions = builds.map((b) => b.session);

  const editionsOut: Edition[] = editionList.map((e) => {
    const byDay = new Map<string, Day>();
    for (const b of builds) {
      if (b.editionId !== e.id) continue;
      const dayId = dayIdOf(b.day);
      let day = byDay.get(dayId);
      if (!day) {
        day = { id: dayId, number: b.day, date: b.day === null ? null : (e.dayToDate.get(b.day) ?? null), sessionIds: [] };
        byDay.set(dayId, day);
      }
      day.sessionIds.push(b.session.id);
    }
    const days = [...byDay.values()].sort((a, b) => (a.number ?? 1e9) - (b.number ?? 1e9));
    const out: Edition = {
      id: e.id,
      series: e.series,
      name: e.name,
      year: e.year,
      days,
      reviewIds: e.works.map((w) => w.reviewId).sort(),
    };
    if (e.venue) out.venue = e.venue;
    return out;
  });

  // 6. Reviews, speakers, companies, tags.
  const reviews: Review[] = works.map((w) => {
    const e = editionOf.get(w);
    const day = reviewDay.get(w) ?? null;
    const openers = new Map<number, string>();
    for (const d of w.sessions) {
      const id = sessionIdOfDraft.get(d);
      if (id) openers.set(d.heading.index, id);
    }
    const headings: ReviewHeading[] = w.outline.headings.map((h) => {
      const out: ReviewHeading = { line: h.line + w.bodyLine - 1, anchor: h.anchor };
      const sid = openers.get(h.index);
      if (sid) out.sessionId = sid;
      return out;
    });
    const review: Review = {
      id: w.reviewId,
      file: w.file,
      title: w.title,
      date: w.date,
      tags: w.tags,
      editionId: e ? e.id : null,
      dayId: e && day !== null ? dayIdOf(day) : null,
      sessionIds: [...new Set(w.sessions.map((d) => sessionIdOfDraft.get(d)).filter((x): x is string => Boolean(x)))],
      body: w.body,
      bodyLine: w.bodyLine,
      headings,
    };
    if (w.author) review.author = w.author;
    if (w.description) review.description = w.description;
    rememberReviewTemplate(review, w.html.review);
    return review;
  });
  reviews.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const speakerMap = new Map<string, SpeakerEntry>();
  for (const s of sessions) {
    for (const sp of s.speakers) {
      let entry = speakerMap.get(sp.id);
      if (!entry) {
        entry = { ...sp, sessionIds: [] };
        speakerMap.set(sp.id, entry);
      } else {
        entry.handle ??= sp.handle;
        entry.company ??= sp.company;
        entry.role ??= sp.role;
        for (const k of ['handle', 'company', 'role'] as const) if (entry[k] === undefined) delete entry[k];
      }
      if (!entry.sessionIds.includes(s.id)) entry.sessionIds.push(s.id);
    }
  }
  const speakers = [...speakerMap.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const companyCounts = new Map<string, number>();
  for (const s of sessions) for (const c of s.companies) companyCounts.set(c, (companyCounts.get(c) ?? 0) + 1);
  const companiesOut: Company[] = [...companyCounts]
    .map(([id, sessionCount]) => ({ id, name: companyNames.get(id) ?? id, sessionCount }))
    .sort((a, b) => b.sessionCount - a.sessionCount || (a.id < b.id ? -1 : 1));

  const tagCounts = new Map<string, number>();
  for (const s of sessions) for (const t of s.tags) tagCounts.set(t, (tagCounts.get(t) ?? 0) + 1);
  const tags: Tag[] = [...tagCounts]
    .map(([id, sessionCount]) => ({ id, label: tagMatcher.labelOf(id), sessionCount }))
    .sort((a, b) => b.sessionCount - a.sessionCount || (a.id < b.id ? -1 : 1));

  const filesWithSessionWarnings = new Set(diagnostics.filter((d) => d.code === DiagnosticCode.duplicateSessionId).map((d) => d.file));
  for (const w of works) {
    diagnostics.push(...w.diagnostics);
    const hasWarnings = w.diagnostics.length > 0 || filesWithSessionWarnings.has(w.file);
    statuses.push({ file: w.file, status: hasWarnings ? 'warnings' : 'ingested', reviewId: w.reviewId });
  }
  statuses.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  diagnostics.sort(compareDiagnostics);

  return stripControlsFromNames({
    editions: editionsOut,
    sessions,
    reviews,
    speakers,
    companies: companiesOut,
    tags,
    diagnostics,
    files: statuses,
  });
}
