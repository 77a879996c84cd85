/**
 * Check posts before they are added (the /check page): the build's own pipeline, run over the
 * site's curated files (data/check.json) and the posts, and what it found per post: the
 * edition and day with what decided them, each session and whether the site already has it,
 * every diagnostic with its source line, and each write-up's markdown for the preview.
 *
 * Pure and free of Node like the rest of the core: the page runs it in a Web Worker.
 */
import { buildCatalog, isReviewFile, readCuratedFiles, type ContentFile, type ReviewReader } from '../catalog/catalog.ts';
import { slugifyTitle, createSessionId, createReviewId } from '../catalog/ids.ts';
import { mergeWriteUps, type MergeInput } from '../catalog/merge.ts';
import { fileTooLargeDiagnostic, MAX_FILE_BYTES } from '../read/file-size.ts';
import { parseFileNameDate } from '../edition/dates.ts';
import type { ReviewResult, ReviewWork } from '../review.ts';
import type { Catalog, CheckDataFile, Company, Diagnostic, Edition, IndexFile, Session, SessionKind, Tag } from '../schema.ts';

export interface PostToCheck {
  /** The file's name as dropped; null for pasted text, which gets a name from its title. */
  name: string | null;
  bytes: Uint8Array;
  /** The file's whole size, when `bytes` holds only its start (a file over the limit is not read whole). */
  size?: number;
}

export interface CheckedDiagnostic extends Diagnostic {
  /** The line the diagnostic points at, as written (null when the file has no such line). */
  source: string | null;
}

/** A tag as the page shows it: its label, and the English one the English UI shows when taxonomy.yml gives one. */
export type CheckedTag = Pick<Tag, 'id' | 'label' | 'labelEn'>;

/** A company as the page shows it: its name, and companies.yml's English one when it gives one. */
export type CheckedCompany = Pick<Company, 'id' | 'name' | 'nameEn'>;

export interface CheckedSpeaker {
  name: string;
  handle?: string;
  role?: string;
  company?: CheckedCompany;
}

export interface CheckedWriteUp {
  reviewId: string;
  heading: string;
  line: number;
  markdown: string;
  empty: boolean;
}

export interface CheckedSession {
  id: string;
  title: string;
  kind: SessionKind;
  /** `day-2`; `day-unknown` when nothing tells. */
  dayId: string;
  dayNumber: number | null;
  speakers: CheckedSpeaker[];
  companies: CheckedCompany[];
  tags: CheckedTag[];
  /** Line of this post's heading for the session. */
  line: number;
  /** Other checked posts that write up the same session. */
  alsoIn: string[];
  /** The session of the site it merges with, if any, and how many of the site's reviews cover it. */
  existing: { id: string; title: string; reviews: number } | null;
  writeUp: CheckedWriteUp;
}

export interface CheckedPost {
  /** The name the pipeline expects the file under: as dropped, or made from a pasted post's date and title. */
  name: string;
  /** Its path in the content folder: `reviews/<name>`. */
  path: string;
  /** `ingested`, `warnings` or `rejected`, as `npm run content` would list the file. */
  status: 'ingested' | 'warnings' | 'rejected';
  /**
   * Why the page did not read the file at all: `not-a-post` when the pipeline would not read it
   * as a post (its extension, or a curated file's name). A reason, not words: the page says it
   * in the reader's language.
   */
  refused?: CheckRefusal;
  reviewId: string | null;
  /** The site has a review with this id: adding the file replaces it, or it needs another name. */
  onSite: boolean;
  title: string | null;
  date: string | null;
  edition: { id: string; name: string; evidence: string } | null;
  day: { id: string; number: number | null; date: string | null; evidence: string } | null;
  sessions: CheckedSession[];
  diagnostics: CheckedDiagnostic[];
}

export interface CheckReport {
  posts: CheckedPost[];
  /** The catalog the posts make on their own, as `npm run -s content -- --json` prints it. */
  catalog: Catalog;
}

export type CheckRefusal = 'not-a-post';

const POST_NAME = /\.(md|markdown|txt)$/i;

const sizeOf = (post: PostToCheck) => post.size ?? post.bytes.length;

/** Lines as the diagnostics count them: by line feed, a CRLF's CR dropped, a BOM left out. */
function sourceLines(bytes: Uint8Array): string[] {
  return new TextDecoder('utf-8').decode(bytes).split(/\r?\n/);
}

/** A pasted post's file name: `2024-10-24-if-kakao-2024-후기.md`, the way Jekyll names posts. */
export function nameForPastedPost(title: string | null, date: string | null): string {
  const slug = slugifyTitle(title ?? '').slice(0, 60).replace(/-+$/, '') || 'review';
  return `${date && !parseFileNameDate(slug) ? `${date}-` : ''}${slug}.md`;
}

function dayNumberOf(dayId: string | null): number | null {
  const m = /^day-(\d+)$/.exec(dayId ?? '');
  return m ? Number(m[1]) : null;
}

function describeDay(work: ReviewWork, edition: Edition, dayId: string | null): string {
  const number = dayNumberOf(dayId);
  const day = edition.days.find((d) => d.id === dayId);
  if (number === null) {
    return edition.days.length === 1 && edition.days[0]!.number !== null
      ? `the post names no day; ${edition.name} had one day, so its sessions are on day ${edition.days[0]!.number}`
      : `the post names no day (such as "Day01" or "2일차") and ${work.date ? `its date ${work.date} is not` : 'it has no date that is'} a day of ${edition.name} in editions.yml`;
  }
  if (work.statedDay === number) return `the post says day ${number} (in its title, description or opening)`;
  if (work.attendedDate && day?.date === work.attendedDate) return `the post says it attended on ${work.attendedDate}, day ${number} of ${edition.name}`;
  if (work.date && day?.date === work.date) return `the post is dated ${work.date}, day ${number} of ${edition.name}`;
  return `its sessions are under a day ${number} heading`;
}

/** Existing sessions of the site that one of `sessions` (from the checked posts) joins. */
function findExistingSessions(
  sessions: Session[],
  index: IndexFile,
  checkedReviews: Set<string>,
  merges: Parameters<typeof mergeWriteUps>[1],
): Map<Session, CheckedSession['existing']> {
  // A session counts as the site's when a review other than the checked ones covers it (checking
  // a post the site has must not find it merging with itself).
  const reviewsOf = new Map<string, string[]>();
  for (const r of index.reviews) {
    if (checkedReviews.has(r.id)) continue;
    for (const id of r.sessionIds) (reviewsOf.get(id) ?? reviewsOf.set(id, []).get(id)!).push(r.id);
  }
  const siteSessions = index.sessions.filter((s) => reviewsOf.has(s.id));
  const byId = new Map<string, (typeof siteSessions)[number]>();
  for (const s of siteSessions) {
    byId.set(s.id, s);
    for (const alias of s.aliases) if (!byId.has(alias)) byId.set(alias, s);
  }
  type Input = MergeInput & { site?: (typeof siteSessions)[number]; checked?: Session };
  // The site's sessions first (the earliest date), so a checked post joins them as a newer
  // review would: by the build's merge rules (curated merges, same title, fuzzy title).
  const inputs: Input[] = [
    ...siteSessions.map((s) => ({
      editionId: s.editionId,
      reviewId: `site\u0000${s.id}`,
      reviewDate: '0000-01-01',
      order: 0,
      title: s.title,
      day: dayNumberOf(s.dayId),
      speakerNames: s.speakers.map((p) => p.name),
      site: s,
    })),
    ...sessions.map((s, order) => ({
      editionId: s.editionId,
      reviewId: `check\u0000${s.id}`,
      reviewDate: '9999-12-31',
      order,
      title: s.title,
      day: dayNumberOf(s.dayId),
      speakerNames: s.speakers.map((p) => p.name),
      checked: s,
    })),
  ];
  const found = new Map<Session, CheckedSession['existing']>();
  for (const cluster of mergeWriteUps(inputs, merges)) {
    const site = cluster.items.find((i) => i.site)?.site;
    for (const item of cluster.items) if (item.checked && site) found.set(item.checked, { id: site.id, title: site.title, reviews: reviewsOf.get(site.id)!.length });
  }
  // A title the site's session was written up under (its aliases) or its own id.
  for (const s of sessions) {
    if (found.has(s)) continue;
    const site = byId.get(s.id) ?? s.writeUps.map((w) => byId.get(createSessionId(s.editionId, w.heading))).find(Boolean);
    if (site) found.set(s, { id: site.id, title: site.title, reviews: reviewsOf.get(site.id)!.length });
  }
  return found;
}

/** What the page shows of a checked post's session, by the catalog the checked posts make. */
function sessionReporter(catalog: Catalog, existing: Map<Session, CheckedSession['existing']>): (session: Session, reviewId: string) => CheckedSession {
  const editions = new Map(catalog.editions.map((e) => [e.id, e]));
  const companies = new Map(catalog.companies.map(({ sessionCount: _count, ...company }): [string, CheckedCompany] => [company.id, company]));
  const tags = new Map(catalog.tags.map(({ sessionCount: _count, ...tag }): [string, CheckedTag] => [tag.id, tag]));
  const companyOf = (id: string): CheckedCompany => companies.get(id) ?? { id, name: id };
  return (session, reviewId) => {
    const writeUp = session.writeUps.find((w) => w.reviewId === reviewId)!;
    const day = editions.get(session.editionId)?.days.find((d) => d.id === session.dayId);
    return {
      id: session.id,
      title: session.title,
      kind: session.kind,
      dayId: session.dayId,
      dayNumber: day?.number ?? null,
      speakers: session.speakers.map((s) => {
        const speaker: CheckedSpeaker = { name: s.name };
        if (s.handle) speaker.handle = s.handle;
        if (s.role) speaker.role = s.role;
        if (s.company) speaker.company = companyOf(s.company);
        return speaker;
      }),
      companies: session.companies.map(companyOf),
      tags: session.tags.map((id) => tags.get(id) ?? { id, label: id }),
      line: writeUp.line,
      alsoIn: [...new Set(session.writeUps.map((w) => w.reviewId).filter((r) => r !== reviewId))],
      existing: existing.get(session) ?? null,
      writeUp: { reviewId: writeUp.reviewId, heading: writeUp.heading, line: writeUp.line, markdown: writeUp.markdown, empty: writeUp.empty },
    };
  };
}

export function checkPosts(data: CheckDataFile, index: IndexFile, posts: PostToCheck[]): CheckReport {
  const encoder = new TextEncoder();
  const curatedFiles: ContentFile[] = data.curated.map((f) => ({ path: f.path, bytes: encoder.encode(f.text) }));
  const otherFiles: ContentFile[] = data.otherPaths.map((path) => ({ path, bytes: new Uint8Array() }));
  const folder = data.reviewsFolder ? `${data.reviewsFolder}/` : '';
  const results = new Map<string, ReviewResult>();
  const capture: ReviewReader = (reviews, _folder, read) =>
    reviews.map((f) => {
      const result = read(f);
      results.set(f.path, result);
      return result;
    });

  // Pasted posts are named from their title and date, as read against the same curated files.
  const named = posts.map((post) => {
    if (post.name !== null) return { ...post, name: post.name };
    if (sizeOf(post) > MAX_FILE_BYTES) return { ...post, name: 'review.md' };
    buildCatalog({ files: [...curatedFiles, ...otherFiles, { path: `${folder}review.md`, bytes: post.bytes }] }, { readReviews: capture });
    const first = results.get(`${folder}review.md`);
    results.clear();
    return { ...post, name: first?.ok ? nameForPastedPost(first.work.title, first.work.date) : 'review.md' };
  });

  const problems: Diagnostic[] = [];
  const postFiles: ContentFile[] = [];
  const refused = new Map<string, CheckRefusal>();
  for (const post of named) {
    const path = `${folder}${post.name}`;
    if (!POST_NAME.test(post.name) || !isReviewFile(path)) {
      refused.set(path, 'not-a-post');
    } else if (sizeOf(post) > MAX_FILE_BYTES) problems.push(fileTooLargeDiagnostic(path, sizeOf(post)));
    else postFiles.push({ path, bytes: post.bytes });
  }
  const catalog = buildCatalog({ files: [...curatedFiles, ...otherFiles, ...postFiles], problems }, { readReviews: capture });

  const editions = new Map(catalog.editions.map((e) => [e.id, e]));
  const checkedReviews = new Set(catalog.reviews.map((r) => r.id));
  const { curated } = readCuratedFiles(curatedFiles);
  const existing = findExistingSessions(catalog.sessions, index, checkedReviews, curated.merges.merges);
  const siteReviews = new Set(index.reviews.map((r) => r.id));
  const reportSession = sessionReporter(catalog, existing);
  const sessionOf = new Map(catalog.sessions.map((s) => [s.id, s]));

  const reports = named.map((post): CheckedPost => {
    const path = `${folder}${post.name}`;
    const lines = refused.has(path) || sizeOf(post) > MAX_FILE_BYTES ? [] : sourceLines(post.bytes);
    const diagnostics = catalog.diagnostics
      .filter((d) => d.file === path)
      .map((d) => ({ ...d, source: d.line <= lines.length ? lines[d.line - 1]!.replace(/^\uFEFF/, '') : null }));
    const result = results.get(path);
    const review = catalog.reviews.find((r) => r.file === path);
    const status = catalog.files.find((f) => f.file === path)?.status;
    const base: CheckedPost = {
      name: post.name,
      path,
      status: status === 'ingested' || status === 'warnings' ? status : 'rejected',
      reviewId: review?.id ?? (POST_NAME.test(post.name) ? createReviewId(path) : null),
      onSite: false,
      title: review?.title ?? null,
      date: review?.date ?? null,
      edition: null,
      day: null,
      sessions: [],
      diagnostics,
    };
    const why = refused.get(path);
    if (why !== undefined) base.refused = why;
    base.onSite = base.reviewId !== null && siteReviews.has(base.reviewId);
    if (!review || !result?.ok) return base;
    const work = result.work;
    const edition = review.editionId ? editions.get(review.editionId) : undefined;
    if (edition) {
      base.edition = { id: edition.id, name: edition.name, evidence: work.edition.evidence };
      const dayId = review.dayId;
      const day = edition.days.find((d) => d.id === dayId);
      base.day = { id: dayId ?? 'day-unknown', number: day?.number ?? null, date: day?.date ?? null, evidence: describeDay(work, edition, dayId) };
    }
    base.sessions = review.sessionIds.map((id) => reportSession(sessionOf.get(id)!, review.id));
    return base;
  });
  return { posts: reports, catalog };
}
