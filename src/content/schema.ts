/**
 * The one definition of every data shape talkshelf produces.
 *
 * The pipeline (src/content) builds a `Catalog`; the Vite plugin (src/vite) splits it into the
 * static JSON files described by `IndexFile`, `SessionFile` and `ReviewFile`; the app (src/app)
 * reads those files. Types are inferred from these schemas, so the app imports them with
 * `import type` and zod never reaches the browser bundle. Tests parse emitted JSON with these
 * schemas, which is how we know the files match what the app expects.
 */
import { z } from 'zod';

// ---------------------------------------------------------------------------------------------
// Diagnostics

export const Severity = z.enum(['error', 'warning']);

export const SourceLocation = z.object({
  /** Path relative to the content folder, with forward slashes: `reviews/000_b91a.txt`. */
  file: z.string(),
  /** 1-based line and column in the file as written (before BOM/CRLF/NFC normalisation). */
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  endLine: z.number().int().min(1).optional(),
  endColumn: z.number().int().min(1).optional(),
});

export const Diagnostic = SourceLocation.extend({
  /** Stable rule id, kebab-case: `yaml-unclosed`, `missing-title`, `duplicate-session-id`, … */
  code: z.string(),
  severity: Severity,
  /** A plain sentence saying what is wrong. */
  message: z.string(),
  /** What to do about it. */
  hint: z.string(),
  /** Other places involved (for duplicates: the first occurrence). */
  related: z.array(SourceLocation).default([]),
});

export const FileStatus = z.object({
  file: z.string(),
  status: z.enum(['ingested', 'warnings', 'rejected', 'curated']),
  /** For rejected files: the code of the error that rejected it. */
  reason: z.string().optional(),
  reviewId: z.string().optional(),
});

// ---------------------------------------------------------------------------------------------
// Catalog entities

export const SessionKind = z.enum(['talk', 'panel', 'keynote']);

export const Speaker = z.object({
  /** Slug of the name (or handle when there is no name), unique across the catalog. */
  id: z.string(),
  /** As readable as the review allows: `고승범`, `Hardy.Jung`, `모빌리티 5명의 개발자`. */
  name: z.string(),
  handle: z.string().optional(),
  /** Company id, when the review names one for this speaker. */
  company: z.string().optional(),
  /** A role the review gives: `CTO`, `미래이동연구소장`. */
  role: z.string().optional(),
});

/** A speaker as the catalog lists them, with every session they spoke in. */
export const SpeakerEntry = Speaker.extend({
  sessionIds: z.array(z.string()),
});

export const Company = z.object({
  /** Lowercase slug: `kakao`, `kakaobank`, `kakaopay`. */
  id: z.string(),
  /** Canonical display name: `카카오페이`. */
  name: z.string(),
  /** The name the English UI shows (`Kakao Pay`), when companies.yml gives one. */
  nameEn: z.string().optional(),
  sessionCount: z.number().int(),
});

export const Tag = z.object({
  /** Lowercase slug used in URLs: `kafka`, `kubernetes`, `sharding`. */
  id: z.string(),
  label: z.string(),
  /** The label the English UI shows (`캐시` → `Cache`), when taxonomy.yml gives one. */
  labelEn: z.string().optional(),
  sessionCount: z.number().int(),
});

export const Day = z.object({
  /** `day-1`, `day-2`, … or `day-unknown` for sessions whose day no review tells. */
  id: z.string(),
  /** 1-based conference day, null when unknown. */
  number: z.number().int().min(1).nullable(),
  /** ISO date `2024-10-24` where known. */
  date: z.string().nullable(),
  /** Session ids in timeline order. */
  sessionIds: z.array(z.string()),
});

export const Edition = z.object({
  /** `2024` for the site's primary conference series, `<series>-<year>` for others (`deview-2023`). */
  id: z.string(),
  /** Conference series slug: `if-kakao`, `deview`, `feconf`. */
  series: z.string(),
  /** Display name: `if(kakaoAI) 2024`. */
  name: z.string(),
  /** Null for an undated edition: a post that names its conference but no year. */
  year: z.number().int().nullable(),
  venue: z.string().optional(),
  /** Days in order; the unknown day, if any, last. */
  days: z.array(Day),
  reviewIds: z.array(z.string()),
});

/** What a card needs: everything about a session except the notes. */
export const SessionSummary = z.object({
  /** `<edition id>/<slug of title>`: depends on edition and title only. */
  id: z.string(),
  title: z.string(),
  editionId: z.string(),
  /** Day id within the edition (`day-3`, `day-unknown`). */
  dayId: z.string(),
  kind: SessionKind,
  speakers: z.array(Speaker),
  /** Company ids. */
  companies: z.array(z.string()),
  /** Tag ids. */
  tags: z.array(z.string()),
  /** Official session page (if.kakao.com/program?sessionId=…) where a review gives one. */
  link: z.string().optional(),
  /**
   * Ids of the other titles this session was written up under (`2024/패널톡-1부` for the panel
   * a review calls "패널톡 1부"). Each resolves to this session, so a link made from any
   * review's title keeps working after merges.
   */
  aliases: z.array(z.string()),
  reviewCount: z.number().int(),
  /** True when no review wrote any notes under this session's heading. */
  emptyNotes: z.boolean(),
});

/** One review's notes on one session. */
export const WriteUp = z.object({
  reviewId: z.string(),
  /** The heading as the review wrote it (inline markdown stripped). */
  heading: z.string(),
  /** Anchor of the heading on the review page (`/reviews/:id#anchor`). */
  anchor: z.string(),
  /** 1-based line of the heading in the review file. */
  line: z.number().int().min(1),
  /** The exact markdown slice of the review under this heading (by source offsets). */
  markdown: z.string(),
  empty: z.boolean(),
});

export const Session = SessionSummary.extend({
  writeUps: z.array(WriteUp),
});

export const ReviewSummary = z.object({
  /** Slug of the file name without extension: `000_b91a9a0d89eb8562`. */
  id: z.string(),
  /** Path relative to content/. */
  file: z.string(),
  title: z.string(),
  author: z.string().optional(),
  description: z.string().optional(),
  /** The original post's address (frontmatter url, canonical or permalink), when it gives one. */
  url: z.string().optional(),
  /** ISO date `2024-10-26` (published), null when the post has none. */
  date: z.string().nullable(),
  /** The review's own tags, normalised (`ifkakao`, `review`, `kakao`). */
  tags: z.array(z.string()),
  editionId: z.string().nullable(),
  /** Day id within the edition, null when the review does not tell. */
  dayId: z.string().nullable(),
  sessionIds: z.array(z.string()),
});

/**
 * A review as a session page credits it: its summary without the ids of all its sessions, which
 * the page does not use and which made every session file of a post carry the whole post's list
 * (a post with 2,500 sessions emitted 690 MB of session files, issue 13).
 */
export const ReviewCredit = ReviewSummary.omit({ sessionIds: true });

export const ReviewHeading = z.object({
  line: z.number().int().min(1),
  anchor: z.string(),
  sessionId: z.string().optional(),
});

export const Review = ReviewSummary.extend({
  /** The whole post after its frontmatter, as written (LF line ends, NFC). */
  body: z.string(),
  /** Line in the file where `body` starts, so body line n is file line n + bodyLine - 1. */
  bodyLine: z.number().int().min(1),
  /** Every heading of the body, with the session it opens where it opens one. */
  headings: z.array(ReviewHeading),
});

export const Catalog = z.object({
  editions: z.array(Edition),
  sessions: z.array(Session),
  reviews: z.array(Review),
  speakers: z.array(SpeakerEntry),
  companies: z.array(Company),
  tags: z.array(Tag),
  diagnostics: z.array(Diagnostic),
  files: z.array(FileStatus),
});

// ---------------------------------------------------------------------------------------------
// Static JSON files emitted for the app (see src/content/emit.ts)

/** `data/index.json`: everything the timeline and filters need, no notes. */
export const IndexFile = z.object({
  editions: z.array(Edition),
  sessions: z.array(SessionSummary),
  reviews: z.array(ReviewSummary),
  companies: z.array(Company),
  tags: z.array(Tag),
});

/**
 * A session in `data/index-packed.json`: SessionSummary as a tuple, the id without its edition
 * prefix (or `/` and the whole id when it has none), speakers as positions in
 * PackedIndexFile.speakers, kind as its position in SessionKind, link 0 when there is none,
 * emptyNotes as 1/0. See src/content/emit/packed-index.ts.
 */
export const PackedSession = z.tuple([
  z.string(),
  z.string(),
  z.string(),
  z.string(),
  z.number().int().min(0).max(2),
  z.array(z.number().int().min(0)),
  z.array(z.string()),
  z.array(z.string()),
  z.union([z.string(), z.literal(0)]),
  z.array(z.string()),
  z.number().int(),
  z.union([z.literal(0), z.literal(1)]),
]);

/** A session list in the packed index: positions in `sessions` (an unknown id stays a string). */
const PackedSessionRefs = z.array(z.union([z.number().int().min(0), z.string()]));

/**
 * `data/index-packed.json`: IndexFile in far fewer bytes (ids as positions, speakers in one table), what the app downloads
 * (src/content/emit/packed-index.ts packs and unpacks it). data/index.json stays for build tools.
 */
export const PackedIndexFile = z.object({
  version: z.literal(1),
  editions: z.array(Edition.extend({ days: z.array(Day.extend({ sessionIds: PackedSessionRefs })) })),
  speakers: z.array(Speaker),
  sessions: z.array(PackedSession),
  reviews: z.array(ReviewSummary.extend({ sessionIds: PackedSessionRefs })),
  companies: z.array(Company),
  tags: z.array(Tag),
});

/**
 * A write-up as the session page gets it: the notes rendered to safe HTML at build time
 * (src/content/html/notes-html.ts) instead of their markdown, so the page needs no markdown renderer.
 */
export const RenderedWriteUp = WriteUp.omit({ markdown: true }).extend({
  /** The notes as HTML, headings shifted to start at `<h4>`, with marks the page fills in. */
  html: z.string(),
});

export const RenderedSession = SessionSummary.extend({
  writeUps: z.array(RenderedWriteUp),
});

/** `data/sessions/<session id>.json`. */
export const SessionFile = z.object({
  session: RenderedSession,
  edition: Edition.pick({ id: true, name: true, series: true, year: true }),
  day: Day.pick({ id: true, number: true, date: true }),
  /** Reviews credited in the write-ups. */
  reviews: z.array(ReviewCredit),
  companies: z.array(Company),
  tags: z.array(Tag),
  previous: SessionSummary.nullable(),
  next: SessionSummary.nullable(),
  related: z.array(SessionSummary),
});

/**
 * A review as its page gets it: the post rendered to safe HTML at build time
 * (src/content/html/review-html.ts) instead of its markdown, so the page needs no markdown renderer.
 * The headings' anchors and session links are in the HTML, so their list is left out too.
 */
export const RenderedReview = Review.omit({ body: true, bodyLine: true, headings: true }).extend({
  /** The post as HTML: headings from `<h2>` with their anchors as ids, marks the page fills in. */
  html: z.string(),
});

/** `data/reviews/<review id>.json`. */
export const ReviewFile = z.object({
  review: RenderedReview,
  edition: Edition.pick({ id: true, name: true }).nullable(),
  sessions: z.array(SessionSummary),
});

/**
 * `data/check.json`: what the check page (/check) needs to read a post the way the build read
 * the site's: the curated files as the build read them (their text; the page encodes it back to
 * the same UTF-8 bytes), the content folder's other paths (images a post may link to), and where
 * a new post goes (src/content/emit/check-data.ts).
 */
export const CheckDataFile = z.object({
  curated: z.array(z.object({ path: z.string(), text: z.string() })),
  /** Paths of the content folder's files that are neither posts nor curated files. */
  otherPaths: z.array(z.string()),
  /** The content folder, relative to the repository root: `content`. */
  contentPath: z.string(),
  /** Where posts go in the content folder (the folder most of them are in): `reviews`. */
  reviewsFolder: z.string(),
  /** The GitHub repository the site is built from, when its config names one. */
  repository: z.object({ owner: z.string(), name: z.string(), branch: z.string() }).nullable(),
});

export type Severity = z.infer<typeof Severity>;
export type SourceLocation = z.infer<typeof SourceLocation>;
export type Diagnostic = z.infer<typeof Diagnostic>;
export type FileStatus = z.infer<typeof FileStatus>;
export type SessionKind = z.infer<typeof SessionKind>;
export type Speaker = z.infer<typeof Speaker>;
export type SpeakerEntry = z.infer<typeof SpeakerEntry>;
export type Company = z.infer<typeof Company>;
export type Tag = z.infer<typeof Tag>;
export type Day = z.infer<typeof Day>;
export type Edition = z.infer<typeof Edition>;
export type SessionSummary = z.infer<typeof SessionSummary>;
export type WriteUp = z.infer<typeof WriteUp>;
export type Session = z.infer<typeof Session>;
export type RenderedWriteUp = z.infer<typeof RenderedWriteUp>;
export type RenderedSession = z.infer<typeof RenderedSession>;
export type ReviewSummary = z.infer<typeof ReviewSummary>;
export type ReviewCredit = z.infer<typeof ReviewCredit>;
export type ReviewHeading = z.infer<typeof ReviewHeading>;
export type Review = z.infer<typeof Review>;
export type RenderedReview = z.infer<typeof RenderedReview>;
export type Catalog = z.infer<typeof Catalog>;
export type IndexFile = z.infer<typeof IndexFile>;
export type PackedSession = z.infer<typeof PackedSession>;
export type PackedIndexFile = z.infer<typeof PackedIndexFile>;
export type SessionFile = z.infer<typeof SessionFile>;
export type ReviewFile = z.infer<typeof ReviewFile>;
export type CheckDataFile = z.infer<typeof CheckDataFile>;
