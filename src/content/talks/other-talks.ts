/**
 * Talks in posts without talk headings: bold lines that each open a talk's notes, embedded slide
 * decks and videos that name their talk, and links in prose to talks' own pages. Each gets a virtual heading in the outline, so the rest of the
 * pipeline (places, anchors, notes) treats it as any other talk.
 */
import { slug } from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Outline, OutlineHeading } from '../outline.ts';
import { readEmbed } from './embeds.ts';
import { cleanSessionTitle, KEYNOTE, PANEL } from './heading-words.ts';
import type { SessionContext, SessionDraft } from './session-draft.ts';

// Fewer bold lines or session links than this are emphasis and references, not a list of talks.
export const MIN_OTHER_TALKS = 3;
// A link to a talk's own page: `deview.kr/2020/sessions/389`, `if.kakao.com/program?sessionId=12`.
export const SESSION_URL = /\/(?:sessions?|talks?|program|schedule|agenda)\/[^/?#\s]+|[?&]session(?:_?id)?=/i;

/** Add a heading the post does not write (a bold line, a link) to the outline; returns its index. */
export function addVirtualHeading(outline: Outline, nodeIndex: number, text: string, endNode: number, sectionEnd: number, line?: number): number {
  const block = outline.blocks.blocks[nodeIndex]!;
  const h: OutlineHeading = {
    index: outline.headings.length,
    depth: 7,
    text,
    links: [],
    line: line ?? block.line,
    column: line === undefined || line === block.line ? block.column : 1,
    start: block.start,
    end: block.end,
    nodeIndex,
    sectionEndNode: endNode,
    introEndNode: endNode,
    sectionEnd,
    anchor: slug(text),
    parent: null,
    children: [],
  };
  outline.headings.push(h);
  return h.index;
}

/**
 * `**What's New Swift 4**` on a line of its own, then notes: a post that lists its talks as bold
 * paragraphs (no headings below the title). Each runs to the next bold line or heading.
 */
export function findBoldLineTalks(outline: Outline, skip: (block: number) => boolean): number[] {
  const { blocks } = outline;
  const found: { block: number; text: string }[] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (blocks.blocks[i]!.type !== 'paragraph' || skip(i) || !mayBeBoldLine(blocks.source(i))) continue;
    const node = blocks.node(i);
    if (node.type !== 'paragraph') continue;
    const meaningful = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
    const only = meaningful.length === 1 ? meaningful[0]! : null;
    if (!only || only.type !== 'strong') continue;
    const text = toString(only).replace(/\s+/g, ' ').trim();
    if (text.length < 2 || text.length > 120 || /[:：]$/.test(text)) continue;
    found.push({ block: i, text });
  }
  if (found.length < MIN_OTHER_TALKS) return [];
  const headingBlocks = outline.headings.map((h) => h.nodeIndex);
  return found.map((f, k) => {
    const nextBold = found[k + 1]?.block ?? blocks.length;
    const nextHeading = headingBlocks.find((b) => b > f.block) ?? blocks.length;
    const endNode = Math.min(nextBold, nextHeading);
    const sectionEnd = endNode < blocks.length ? blocks.blocks[endNode]!.start : Infinity;
    return addVirtualHeading(outline, f.block, f.text, endNode, sectionEnd);
  });
}

/**
 * A bold line's longest source: its text is at most 120 characters, and the rest is markers and
 * perhaps a link's URL. Paragraphs past it are not parsed to be looked at (a bold line is never
 * a 2.6 MB paragraph, and parsing one costs as much as the post's own parse, issue 13).
 */
const BOLD_LINE_MAX_SOURCE = 2000;

/** Whether a paragraph may be one strong span alone: it opens and closes with `**` or `__`. */
function mayBeBoldLine(source: string): boolean {
  if (source.length > BOLD_LINE_MAX_SOURCE) return false;
  const trimmed = source.trim();
  return /^(?:\*\*|__)/.test(trimmed) && /(?:\*\*|__)$/.test(trimmed);
}

export interface EmbedTalk {
  heading: number;
  speaker: string | null;
}

/**
 * Talks shown by embedded slide decks and videos whose embed code names the talk (embeds.ts):
 * each runs to the next such embed or heading. Embeds inside a talk already found are that
 * talk's material, and one talk's deck and video (the same title) are one talk.
 */
export function findEmbedTalks(outline: Outline, skip: (block: number) => boolean): EmbedTalk[] {
  const { blocks } = outline;
  const found: { block: number; title: string; speaker: string | null }[] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (blocks.blocks[i]!.type !== 'html' || skip(i)) continue;
    const embed = readEmbed(blocks.source(i));
    if (!embed?.title || found.some((f) => f.title === embed.title)) continue;
    found.push({ block: i, title: embed.title, speaker: embed.speaker });
  }
  if (found.length < MIN_EMBED_TALKS) return [];
  const headingBlocks = outline.headings.map((h) => h.nodeIndex);
  return found.map((f, k) => {
    const nextHeading = headingBlocks.find((b) => b > f.block) ?? blocks.length;
    const endNode = Math.min(found[k + 1]?.block ?? blocks.length, nextHeading);
    const sectionEnd = endNode < blocks.length ? blocks.blocks[endNode]!.start : Infinity;
    return { heading: addVirtualHeading(outline, f.block, f.title, endNode, sectionEnd), speaker: f.speaker };
  });
}

// An embed names its talk outright (unlike a bold line), so two make a list of talks.
export const MIN_EMBED_TALKS = 2;

export interface LinkedTalk {
  heading: number;
  url: string;
  /** Body offsets of the talk's notes: its paragraph, or its part of a long one (see below). */
  notes: { start: number; end: number };
}

/**
 * A paragraph longer than this that links several talks gives each talk the part from its link
 * to the next talk's, not the whole paragraph: otherwise n talks in one paragraph carry n copies
 * of it (4,000 links in a 290 kB paragraph took 13 s and 4 GB, issue 13). Real posts that list
 * talks by links keep a few of them in a paragraph of a few hundred characters.
 */
const SHARED_NOTES_MAX = 2000;

/** Links in prose to talks' own pages, each a talk titled by its link text. */
export function findLinkedTalks(outline: Outline): LinkedTalk[] {
  const { blocks } = outline;
  const found: { block: number; line: number; offset: number; text: string; url: string }[] = [];
  const urls = new Set<string>();
  const add = (block: number, line: number, offset: number, rawText: string, url: string) => {
    // A link named by its URL or a word (`발표 자료`, `slides`) names no talk.
    if (!/^https?:\/\//i.test(url) || !SESSION_URL.test(url) || urls.has(url)) return;
    const text = rawText.replace(/\s+/g, ' ').trim();
    if (text.length < 6 || /^https?:/i.test(text)) return;
    urls.add(url);
    found.push({ block, line, offset, text, url });
  };
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks.blocks[i]!;
    if (block.type === 'html') {
      // Markdown after a `<br>` line is swallowed into an HTML block; a reader still sees links.
      const source = blocks.source(i);
      for (const m of source.matchAll(MARKDOWN_LINK)) add(i, block.line + countNewlines(source, m.index ?? 0), block.start + (m.index ?? 0), m[1]!, m[2]!);
      continue;
    }
    if (block.type !== 'paragraph' && block.type !== 'list' && block.type !== 'blockquote') continue;
    if (!blocks.isParsed(i) && !(blocks.mayContainLinks(i) && mayLinkToTalk(blocks.source(i)))) continue;
    visit(blocks.node(i), 'link', (l) => add(i, l.position?.start.line ?? block.line, l.position?.start.offset ?? block.start, toString(l), l.url));
  }
  if (found.length < MIN_OTHER_TALKS) return [];
  return found.map((f, k) => {
    const block = blocks.blocks[f.block]!;
    const shared = found[k - 1]?.block === f.block || found[k + 1]?.block === f.block;
    const next = found[k + 1]?.block === f.block ? found[k + 1]!.offset : block.end;
    const own = shared && block.end - block.start > SHARED_NOTES_MAX && found[k - 1]?.block !== f.block ? block.start : f.offset;
    return {
      heading: addVirtualHeading(outline, f.block, f.text, f.block + 1, block.end, f.line),
      url: f.url,
      notes: shared && block.end - block.start > SHARED_NOTES_MAX ? { start: own, end: next } : { start: block.start, end: block.end },
    };
  });
}
/**
 * Whether markdown may hold a link SESSION_URL takes: its words as written, or a character
 * reference or backslash escape that could spell them in a destination. Most paragraphs have
 * neither, and are then not parsed for their links: parsing a paragraph costs as much again as
 * the post's own parse (a 2.6 MB paragraph on one line spent 4 of 7 s here, issue 13).
 */
function mayLinkToTalk(markdown: string): boolean {
  return /[&\\]/.test(markdown) || SESSION_URL.test(markdown);
}

export const MARKDOWN_LINK = /\[([^\]\n]{6,200})\]\((https?:\/\/[^)\s]+)\)/g;

export function countNewlines(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** A talk read from a link: its notes are the paragraph the author wrote around the link (or its part of a long one). */
export function createLinkedTalk(outline: Outline, talk: LinkedTalk, ctx: SessionContext): SessionDraft {
  const h = outline.headings[talk.heading]!;
  const { start, end } = talk.notes;
  const title = cleanSessionTitle(h.text, ctx.companies);
  return {
    heading: h,
    title: title.title,
    kind: KEYNOTE.test(title.title) ? 'keynote' : PANEL.test(title.title) ? 'panel' : 'talk',
    speakers: title.speakers,
    companies: title.companies,
    links: [talk.url],
    markdown: ctx.body.slice(start, end),
    start,
    end,
    empty: false,
    day: null,
  };
}
