/**
 * One review file → everything the catalog needs from it, or the reason it was rejected.
 * Runs decode → frontmatter → markdown → outline → sessions → edition/day clues, turns body
 * positions back into positions in the file as written, and renders the post and its write-ups
 * to HTML for the emitter (see prerendered-html.ts).
 */
import { visit } from 'unist-util-visit';
import type { CompanyResolver } from './people/companies.ts';
import { findDatesInText, parseDate, parseFileNameDate } from './edition/dates.ts';
import { decodeText, type LineMap } from './read/decode.ts';
import { createDiagnostic, DiagnosticCode } from './diagnostics.ts';
import { detectDay, detectEdition, type EditionGuess, type SeriesRecognizer } from './edition/editions.ts';
import { parseFrontmatter, splitFrontmatter, type Frontmatter } from './read/frontmatter.ts';
import { createReviewId } from './catalog/ids.ts';
import { parseMarkdown } from './read/markdown.ts';
import { parsePostParts } from './read/markdown-events.ts';
import { SECTION_SIZES, type LongParagraph } from './read/markdown-sections.ts';
import { compilePostMarkup, joinPostMarkup, renderPostHtml, type PostMarkup } from './html/post-html.ts';
import { excerptBeforeMarker } from './excerpt-marker.ts';
import { limitNesting, MAX_NESTING } from './read/nesting-limit.ts';
import { BlockMismatchError, MarkdownBlocks, readMarkdownBlocks } from './read/markdown-blocks.ts';
import { buildOutlineFromBlocks, type Outline, type OutlineHeading } from './outline.ts';
import type { Diagnostic, SourceLocation } from './schema.ts';
import { blocksToRead, selectSessions, type SessionDraft } from './talks/sessions.ts';
import type { NoteTagWeights, TagMatcher } from './catalog/tags.ts';
import { describeUnsafeUrl, findUnsafeUrl, mayContainUnsafeUrl } from './html/unsafe-urls.ts';

export interface ReviewContext {
  recognizers: SeriesRecognizer[];
  companies: CompanyResolver;
  tags: TagMatcher;
  /** Every path in the content folder, to tell which relative links resolve. */
  paths: Set<string>;
  /**
   * Called once a post is parsed and its markup compiled, with the body's length: a Node host may
   * collect the parser's garbage before the later stages allocate (node/read-reviews.ts).
   */
  afterParse?: (characters: number) => void;
}

export interface ReviewWork {
  file: string;
  reviewId: string;
  title: string;
  author?: string;
  description?: string;
  url?: string;
  date: string | null;
  tags: string[];
  body: string;
  bodyLine: number;
  /** The heading tree (its blocks stay with the reader: the catalog needs only the headings). */
  outline: Pick<Outline, 'headings'>;
  sessions: SessionDraft[];
  /** The tag mentions in each session's notes, by session index (tags.ts, NoteTagWeights). */
  noteTags: NoteTagWeights[];
  /** Always set: a post that names no conference goes to the unnamed series (editions.ts). */
  edition: EditionGuess;
  seriesId: string | null;
  /** A day the post states (`Day01`, `2일차`). */
  statedDay: number | null;
  /** The one date the post's opening gives (`참여 날짜: 2024년 10월 24일`), if any. */
  attendedDate: string | null;
  diagnostics: Diagnostic[];
  /** Where each outline heading is in the file as written, by heading index. */
  headingPlaces: SourceLocation[];
  /**
   * The post and its write-ups as HTML, rendered here so that it happens on the worker threads
   * (prerendered-html.ts hands it to the emitter): the review's template, whose heading slots
   * the catalog fills with session links (review-html.ts), and each session's notes, by index
   * (none when the review has no edition: its sessions stay out of the catalog).
   */
  html: { review: string; notes: string[] };
}

export type ReviewResult = { ok: true; work: ReviewWork } | { ok: false; diagnostics: Diagnostic[]; reason: string };

const REVIEW_EXTENSION = /\.(md|markdown|txt)$/i;

export function isReviewPath(path: string): boolean {
  return REVIEW_EXTENSION.test(path);
}

function resolveRelative(fromFile: string, url: string): string {
  const parts = fromFile.split('/').slice(0, -1);
  for (const seg of url.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

/** A URL that points into the author's own site tree: no scheme, not an anchor, not root-relative. */
function isRelativeUrl(url: string): boolean {
  return url !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('#') && !url.startsWith('/') && !url.startsWith('?');
}

function safeDecodeUri(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

/**
 * How the body's markdown is read: `blocks` walks micromark's events and parses only the blocks
 * that need inline detail; `tree` builds the full mdast. Both give the same result; `blocks`
 * falls back to `tree` for posts it cannot read exactly (definitions, or a block that does not
 * parse the same on its own).
 */
export type MarkdownMode = 'blocks' | 'tree';

export function readReview(file: string, bytes: Uint8Array, ctx: ReviewContext, mode: MarkdownMode = 'blocks'): ReviewResult {
  if (mode === 'blocks') {
    try {
      return readReviewWith(file, bytes, ctx, 'blocks');
    } catch (error) {
      if (!(error instanceof BlockMismatchError)) throw error;
    }
  }
  return readReviewWith(file, bytes, ctx, 'tree');
}

/** The text from 1-based line `line` on: a post whose frontmatter ended earlier than its fence. */
function bodyFromLine(text: string, line: number): { body: string; bodyLine: number } {
  let offset = 0;
  for (let k = 1; k < line && offset !== -1; k++) offset = text.indexOf('\n', offset) + 1 || -1;
  return { body: offset === -1 ? '' : text.slice(offset), bodyLine: line };
}

/**
 * Whether an offset lies in one of the spans [start, end). Offsets asked in increasing order
 * (a post's headings) take one sweep over the spans by start, so a post's headings against its sessions cost
 * their number, not their product.
 */
function insideSpans(spans: (readonly [number, number])[]): (offset: number) => boolean {
  const byStart = [...spans].sort((a, b) => a[0] - b[0]);
  let next = 0;
  let reach = -Infinity;
  let last = -Infinity;
  return (offset) => {
    if (offset < last) return spans.some(([start, end]) => offset >= start && offset < end);
    last = offset;
    while (next < byStart.length && byStart[next]![0] <= offset) reach = Math.max(reach, byStart[next++]![1]);
    return offset < reach;
  };
}

/** The first line past the nesting limit, and how many lines were cut in all. */
function nestingDiagnostic(file: string, at: { line: number; column: number }, markers: number, lines: number): Diagnostic {
  const more = lines > 1 ? ` (and ${lines - 1} more line${lines > 2 ? 's' : ''} in the post)` : '';
  return createDiagnostic({
    code: DiagnosticCode.nestingTooDeep,
    severity: 'warning',
    location: { file, ...at },
    message: `The line opens ${markers.toLocaleString('en-US')} nested block quotes or list items, more than the ${MAX_NESTING} levels a post may nest; from this column on it is read as text${more}`,
    hint: `Nest at most ${MAX_NESTING} levels deep (a \`>\` or a list marker per level)`,
  });
}

/** A paragraph read in pieces (read/markdown-sections.ts). */
function longParagraphDiagnostic(file: string, at: { line: number; column: number }, length: number): Diagnostic {
  const limit = SECTION_SIZES.paragraph.toLocaleString('en-US');
  return createDiagnostic({
    code: DiagnosticCode.paragraphTooLong,
    severity: 'warning',
    location: { file, ...at },
    message: `A paragraph of ${length.toLocaleString('en-US')} characters, more than the ${limit} a paragraph may have, is read in pieces: the page shows it as several paragraphs, and a link, emphasis or code span across the edge of a piece shows as plain text`,
    hint: 'Break it into paragraphs with blank lines',
  });
}

/** A post read up to its outline: what every later stage (talks, edition, HTML) starts from. */
export interface PostOutline {
  decoded: Extract<ReturnType<typeof decodeText>, { ok: true }>;
  fm: Frontmatter;
  /** Diagnostics so far (decoding and frontmatter), in file positions. */
  diagnostics: Diagnostic[];
  body: string;
  bodyLine: number;
  /** The post's HTML markup, compiled from its events right after the parse (post-html.ts). */
  markup: PostMarkup;
  blocks: MarkdownBlocks;
  outline: Outline;
}

/** Decode → frontmatter → markdown → outline, or the diagnostics that reject the file. */
export function readPostOutline(
  file: string,
  bytes: Uint8Array,
  mode: MarkdownMode = 'blocks',
  afterParse?: ReviewContext['afterParse'],
): { ok: true; post: PostOutline } | Extract<ReviewResult, { ok: false }> {
  const decoded = decodeText(file, bytes);
  if (!decoded.ok) return { ok: false, diagnostics: [decoded.diagnostic], reason: decoded.diagnostic.code };
  const split = splitFrontmatter(file, decoded.text);
  if (!split.ok) return { ok: false, diagnostics: [split.diagnostic], reason: split.diagnostic.code };
  const lineMap: LineMap = decoded.lineMap;
  const fmResult = parseFrontmatter(file, split.split);
  if (!fmResult.ok) {
    const d = fmResult.diagnostic;
    const mapped = { ...d, ...lineMap.toOriginal(d.line, d.column) };
    return { ok: false, diagnostics: [mapped], reason: d.code };
  }
  const diagnostics: Diagnostic[] = [
    ...decoded.diagnostics,
    ...(split.diagnostic ? [split.diagnostic] : []),
    ...fmResult.diagnostics.map((d) => ({ ...d, ...lineMap.toOriginal(d.line, d.column) })),
  ];
  const read = fmResult.bodyLine ? bodyFromLine(decoded.text, fmResult.bodyLine) : split.split;
  const { bodyLine } = read;
  const limited = limitNesting(read.body);
  const body = limited.body;
  const deepest = limited.lines[0];
  if (deepest) diagnostics.push(nestingDiagnostic(file, lineMap.toOriginal(deepest.line + bodyLine - 1, deepest.column), deepest.markers, limited.lines.length));
  // One parse of the post gives its blocks, their mdast when a stage asks (markdown-blocks.ts)
  // and its markup (post-html.ts); the parser's own garbage, as large again, can go after it
  // (`afterParse`). A long post comes in parts (markdown-events.ts), each read before the next
  // is parsed, so its events can go part by part: what the outline, the sessions and the link
  // check will read inline is compiled while they are here, and the rest waits for the blocks.
  const parsed = readBlocksAndMarkup(body, mode === 'blocks');
  const blocks = parsed.blocks ?? MarkdownBlocks.fromTree(body, parseMarkdown(body));
  const { markup } = parsed;
  for (const p of parsed.longParagraphs) diagnostics.push(longParagraphDiagnostic(file, lineMap.toOriginal(p.line + bodyLine - 1, 1), p.length));
  afterParse?.(body.length);
  const outline = buildOutlineFromBlocks(blocks, body.length);
  return { ok: true, post: { decoded, fm: fmResult.frontmatter, diagnostics, body, bodyLine, markup, blocks, outline } };
}

/**
 * The markup of `body` and, `withBlocks`, its blocks (null when the post needs a full mdast,
 * markdown-blocks.ts), a part of its events at a time. The blocks that later stages read inline
 * are compiled while their part's events are here, and the events go before the next part is
 * parsed; the last part's (all of a post parsed whole) stay for whatever else a stage asks.
 */
function readBlocksAndMarkup(body: string, withBlocks: boolean): { blocks: MarkdownBlocks | null; markup: PostMarkup; longParagraphs: LongParagraph[] } {
  let blocks = withBlocks ? MarkdownBlocks.reading(body) : null;
  const markups: PostMarkup[] = [];
  const longParagraphs: LongParagraph[] = [];
  for (const { events, last, paragraph } of parsePostParts(body)) {
    if (paragraph && longParagraphs.at(-1) !== paragraph) longParagraphs.push(paragraph);
    const from = blocks?.length ?? 0;
    if (blocks && !blocks.addPart(events)) blocks = null;
    markups.push(compilePostMarkup(events));
    if (!blocks) continue;
    blocks.prefetch(...blocksReadInline(blocks, from, blocks.length));
    if (!last) blocks.releaseEvents();
  }
  return { blocks, markup: joinPostMarkup(markups), longParagraphs };
}

/**
 * Blocks `from` to `to` that the outline, the sessions and the link check read inline, and the
 * lists whose lead paragraph they read: `prefetch`'s arguments.
 */
function blocksReadInline(blocks: MarkdownBlocks, from: number, to: number): [number[], number[]] {
  const toRead = blocksToRead(blocks, from, to);
  for (let i = from; i < to; i++) if (blocks.mayContainRelativeUrl(i) || mayContainUnsafeUrl(blocks.source(i))) toRead.blocks.push(i);
  return [toRead.blocks, toRead.leads];
}

function readReviewWith(file: string, bytes: Uint8Array, ctx: ReviewContext, mode: MarkdownMode): ReviewResult {
  const read = readPostOutline(file, bytes, mode, ctx.afterParse);
  if (!read.ok) return read;
  const { decoded, fm, diagnostics, body, bodyLine, markup, blocks, outline } = read.post;
  const lineMap: LineMap = decoded.lineMap;
  const toFile = (line: number, column: number) => ({ file, ...lineMap.toOriginal(line, column) });
  const locate = (line: number, column: number) => toFile(line + bodyLine - 1, column);
  const firstHeading = outline.headings.find((h) => h.depth === 1) ?? outline.headings[0];
  let title = fm.title;
  if (!title) {
    if (!firstHeading) {
      const d = createDiagnostic({
        code: DiagnosticCode.missingTitle,
        severity: 'error',
        location: { file, line: 1, column: 1 },
        message: 'The post has no title: no `title` in the frontmatter and no heading',
        hint: 'Add `title: …` to the frontmatter',
      });
      return { ok: false, diagnostics: [...diagnostics, d], reason: d.code };
    }
    title = firstHeading.text;
    diagnostics.push(
      createDiagnostic({
        code: DiagnosticCode.missingTitle,
        severity: 'warning',
        location: locate(firstHeading.line, firstHeading.column),
        message: `The frontmatter has no \`title\`; using the heading "${title}"`,
        hint: 'Add `title: …` to the frontmatter',
      }),
    );
  }

  const baseName = file.split('/').pop() ?? file;
  let date: string | null = null;
  if (fm.date !== undefined) {
    date = parseDate(fm.date);
    if (!date) {
      const pos = fm.positions.date ?? { line: 1, column: 1 };
      diagnostics.push(
        createDiagnostic({
          code: DiagnosticCode.dateInvalid,
          severity: 'warning',
          location: { file, ...lineMap.toOriginal(pos.line, pos.column) },
          message: `Cannot read the date "${fm.date}"`,
          hint: 'Write it as 2024-10-24, 2024-10-24 10:32:15 +0900 or 2019.08.30',
        }),
      );
    }
  }
  date ??= parseFileNameDate(baseName);

  const sessions = selectSessions(outline, { postTitle: title, recognizers: ctx.recognizers, companies: ctx.companies, body });
  const introEnd = sessions[0]?.heading.start ?? body.length;
  const intro = body.slice(0, Math.min(introEnd, 4000));
  const tagText = [...fm.tags, ...fm.categories].join(' ');
  const introDates = findDatesInText(`${fm.description ?? ''}\n${intro}`);
  const detected = detectEdition([title, fm.description ?? '', tagText, intro, baseName], ctx.recognizers, date ? Number(date.slice(0, 4)) : null, introDates);
  // Headings in the opening are containers (`# Day 1` over part of the post), not the post's day.
  const introProse = blocks.blocks
    .filter((n) => n.type !== 'heading' && n.end <= introEnd)
    .map((n) => body.slice(n.start, n.end))
    .join('\n');
  // A post over several days (`# Day 1` … `# Day 2`) has no single day of its own.
  const sessionDays = new Set(sessions.map((s) => s.day));
  const multiDay = [...sessionDays].filter((d) => d !== null).length > 1;
  const onlyDay = sessionDays.size === 1 ? [...sessionDays][0]! : null;
  // Headings outside the talks may still say the day: `# Day01 마무리`.
  const insideSession = insideSpans(sessions.map((s) => [s.heading.start, Math.max(s.end, s.heading.end)] as const));
  const headingDays = new Set(
    outline.headings
      .filter((h) => !insideSession(h.start))
      .map((h) => detectDay(h.text))
      .filter((d): d is number => d !== null),
  );
  const statedDay =
    detectDay(title) ??
    (fm.description ? detectDay(fm.description) : null) ??
    (multiDay ? null : (detectDay(introProse) ?? onlyDay ?? (headingDays.size === 1 ? [...headingDays][0]! : null)));
  const attendedDate = introDates.length === 1 ? introDates[0]! : null;

  if (detected.guess.year === null) {
    const pos = fm.positions.title ? toFile(fm.positions.title.line, fm.positions.title.column) : { file, line: 1, column: 1 };
    const named = detected.seriesId !== null;
    diagnostics.push(
      createDiagnostic({
        code: DiagnosticCode.editionUnknown,
        severity: 'warning',
        location: pos,
        message: named
          ? `The post is about ${detected.guess.seriesName} but says no year, so its sessions are listed under an undated ${detected.guess.seriesName}`
          : 'Cannot tell which conference the post is about, so its sessions are listed under "Unnamed conference"',
        hint: named
          ? 'Give the year in the title or add a `date` to the frontmatter'
          : 'Name the conference and year in the title or tags, for example "if kakao 2019", or declare the series in editions.yml',
      }),
    );
  }
  for (const h of outline.headings) {
    if (h.depth > 6 || /[\p{L}\p{N}]/u.test(h.text)) continue;
    diagnostics.push(
      createDiagnostic({
        code: DiagnosticCode.headingWithoutWords,
        severity: 'warning',
        location: locate(h.line, h.column),
        message: `The heading "${h.text}" has no words, so it is read as part of the post, not as a session`,
        hint: 'Give the heading the talk\'s title, or make it plain text if it is only decoration',
      }),
    );
  }
  if (sessions.length === 0) {
    diagnostics.push(
      createDiagnostic({
        code: DiagnosticCode.noSessions,
        severity: 'warning',
        location: locate(1, 1),
        message: 'Found no session headings in the post',
        hint: 'Give each talk its own heading (## Talk title (회사 - 발표자)); intro and wrap-up headings are not sessions',
      }),
    );
  }
  for (const s of sessions) {
    if (!s.empty) continue;
    diagnostics.push(
      createDiagnostic({
        code: DiagnosticCode.sessionWithoutNotes,
        severity: 'warning',
        location: locate(s.heading.line, s.heading.column),
        message: `The session "${s.title}" has no notes under its heading`,
        hint: 'Write a few lines about the talk, or remove the heading (or make it part of the text) if it is not a session',
      }),
    );
  }
  // Every block that may hold a relative or unsafe URL was compiled with its part
  // (`blocksReadInline`): the blocks not compiled can give neither diagnostic.
  for (let i = 0; i < blocks.length; i++) {
    if (!blocks.isParsed(i)) continue;
    visit(blocks.node(i), (node) => {
      if (node.type !== 'image' && node.type !== 'link' && node.type !== 'definition') return;
      const unsafe = node.position ? findUnsafeUrl(node.url, body.slice(node.position.start.offset, node.position.end.offset)) : null;
      if (unsafe) {
        diagnostics.push(
          createDiagnostic({
            code: DiagnosticCode.unsafeUrl,
            severity: 'warning',
            location: locate(node.position!.start.line, node.position!.start.column),
            ...describeUnsafeUrl(node.type === 'image' ? 'image' : 'link', node.url, unsafe),
          }),
        );
        return;
      }
      if (!isRelativeUrl(node.url) || !node.position) return;
      const url = safeDecodeUri(node.url.split(/[?#]/)[0] ?? '');
      const target = resolveRelative(file, url);
      const image = node.type === 'image';
      // The site publishes the posts' text, not files beside them: a relative URL shows as
      // unavailable on the page (note-urls.ts) whether or not the file is in the folder.
      const where = ctx.paths.has(target)
        ? `${target} in the content folder, which the site does not publish`
        : `${target || 'the content folder'}, which is not in the content folder`;
      diagnostics.push(
        createDiagnostic({
          code: image ? DiagnosticCode.brokenRelativeImage : DiagnosticCode.brokenRelativeLink,
          severity: 'warning',
          location: locate(node.position.start.line, node.position.start.column),
          message: `The relative ${image ? 'image' : 'link'} "${node.url}" points to ${where}, so the page shows it as unavailable`,
          hint: image ? 'Use an absolute https:// URL of the image where the post is published' : 'Use an absolute https:// URL',
        }),
      );
    });
  }

  const work: ReviewWork = {
    file,
    reviewId: createReviewId(file),
    title,
    date,
    // Categories are the blog's own sections (`Conference`), not what the post is about.
    tags: [...new Set(fm.tags.map((t) => ctx.tags.normalizeReviewTag(t)).filter(Boolean))],
    body,
    bodyLine,
    outline: { headings: outline.headings },
    sessions,
    noteTags: sessions.map((s) => ctx.tags.weighNotes(s.markdown)),
    edition: detected.guess,
    seriesId: detected.seriesId,
    statedDay,
    attendedDate,
    diagnostics,
    headingPlaces: outline.headings.map((h: OutlineHeading) => locate(h.line, h.column)),
    // Outline lines count in the body, so the body starts on line 1 here.
    html: renderPostHtml({ body, bodyLine: 1, headings: outline.headings }, sessions, markup),
  };
  if (fm.author) work.author = fm.author;
  const description = fm.description ?? excerptBeforeMarker(body);
  if (description) work.description = description;
  if (fm.url) work.url = fm.url;
  return { ok: true, work };
}

