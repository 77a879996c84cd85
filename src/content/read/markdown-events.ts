/**
 * A post's markdown → micromark's events, with GFM, as react-markdown with remark-gfm reads it.
 *
 * Parsing is nearly all of micromark's cost, and a post is parsed once: the same events give
 * its root-level blocks (markdown-blocks.ts) and its HTML and its write-ups' (post-html.ts).
 */
import './micromark-linear.ts';
import './micromark-attention.ts';
import { parse, postprocess, preprocess } from 'micromark';
import { gfm } from 'micromark-extension-gfm';
import type { Event, Token } from 'micromark-util-types';
import { sectionStarts, SECTION_SIZES, type LongParagraph, type SectionSizes, type SectionStart } from './markdown-sections.ts';

// Built once: gfm() creates fresh extension objects on every call.
export const MICROMARK_EXTENSIONS = [gfm()];

/** Where a part of the post starts: its offset, line and column. */
type PartStart = Pick<SectionStart, 'offset' | 'line' | 'column'>;

/** micromark's events of `markdown` from `from`, with positions counted from there. */
function parsePart(markdown: string, from: PartStart): Event[] {
  const document = parse({ extensions: MICROMARK_EXTENSIONS }).document({ line: from.line, column: from.column, offset: from.offset });
  return postprocess(document.write(preprocess()(markdown, undefined, true)));
}

/** Every event of `markdown` in one parse: micromark exactly as react-markdown runs it. */
export function parseWholeEvents(markdown: string): Event[] {
  return parsePart(markdown, { offset: 0, line: 1, column: 1 });
}

/**
 * Every event of `markdown`, inline ones included: what `micromark()` compiles.
 *
 * A long post is parsed a section at a time (`parsePostParts`); the events are the same, element
 * for element (test/content/markdown-sections.test.ts). `sizes` is for tests.
 */
export function parsePostEvents(markdown: string, sizes: SectionSizes = SECTION_SIZES): Event[] {
  const events: Event[] = [];
  for (const part of parsePostParts(markdown, sizes)) for (const event of part.events) events.push(event);
  return events;
}

/** One part of a post's events (`parsePostParts`). */
export interface PostPart {
  events: Event[];
  /** Whether this is the post's last part. */
  last: boolean;
  /** The long paragraph the part starts inside, read in pieces (markdown-sections.ts). */
  paragraph?: LongParagraph;
}

/**
 * The events of `markdown` in parts, one part after another: all of them in one part for a post
 * of ordinary size, and a section at a time for a long one (markdown-sections.ts). micromark's
 * peak memory is several times the events it returns and grows with the text of one parse:
 * parsing a 3.3 MB post whole peaked at 634 MB, its sections in turn near what the events keep.
 * A caller that reads each part before asking for the next (review.ts) can let each part's
 * events go in turn. Each part starts at a root-level block; positions are the post's.
 */
export function* parsePostParts(markdown: string, sizes: SectionSizes = SECTION_SIZES): Generator<PostPart, void, undefined> {
  const starts = sectionStarts(markdown, sizes);
  if (starts.length === 0) {
    yield { events: parseWholeEvents(markdown), last: true };
    return;
  }
  let from: PartStart = { offset: 0, line: 1, column: 1 };
  let paragraph: LongParagraph | undefined;
  const part = (events: Event[], last: boolean): PostPart => (paragraph ? { events, last, paragraph } : { events, last });
  for (const next of [...starts, null]) {
    const events = parsePart(markdown.slice(from.offset, next?.offset), from);
    // A block left open may run on into the next sections: the rest of the post is read in one
    // parse (merging part by part instead would parse the same text again and again).
    if (next !== null && endsInOpenBlock(markdown, events)) {
      yield part(parsePart(markdown.slice(from.offset), from), true);
      return;
    }
    yield part(events, next === null);
    if (!next) return;
    from = next;
    paragraph = next.paragraph;
  }
}

/**
 * The events of the root-level block (or blocks) from offset `start`, at line `line` and
 * `column` (the start of the line but for a piece of a long paragraph), to `end`, parsed on
 * their own: how markdown-blocks.ts gets a block's events again after its part's went.
 */
export function parseSliceEvents(markdown: string, start: number, end: number, line: number, column = 1): Event[] {
  return parsePart(markdown.slice(start, end), { offset: start, line, column });
}

/** Root-level tokens between blocks (line endings, blank lines), not blocks themselves. */
export const BETWEEN_BLOCKS = new Set(['lineEnding', 'lineEndingBlank', 'linePrefix', 'whitespace', 'blankLine']);

/**
 * Whether the part's last root-level block may run on past its end in the whole post: a fenced
 * code block without its closing fence, or raw HTML still waiting for its end marker.
 */
function endsInOpenBlock(markdown: string, events: Event[]): boolean {
  let depth = 0;
  let last: Token | null = null;
  let fences = 0;
  for (const [kind, token] of events) {
    if (kind === 'exit') {
      depth--;
      continue;
    }
    depth++;
    if (depth === 1 && !BETWEEN_BLOCKS.has(token.type)) {
      last = token;
      fences = 0;
    } else if (depth === 2 && last?.type === 'codeFenced' && token.type === 'codeFencedFence') fences++;
  }
  if (last?.type === 'codeFenced') return fences < 2;
  return last?.type === 'htmlFlow' && htmlRunsOn(markdown.slice(last.start.offset, last.end.offset));
}

/**
 * Raw HTML that spans blank lines until a marker (CommonMark's kinds 1–5): how it opens, and the
 * markers that end it. Other raw HTML (kinds 6 and 7: `<div>`, `<iframe …>`, `<img …>`) ends at
 * a blank line, and a part always ends in one.
 */
const HTML_UNTIL_MARKER: [opening: RegExp, ends: RegExp][] = [
  [/^<(?:script|pre|style|textarea)(?=[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^<!--/, /-->/],
  [/^<\?/, /\?>/],
  [/^<!\[CDATA\[/, /\]\]>/],
  [/^<![a-z]/i, />/],
];

/**
 * Whether raw HTML with this source may go on past it: it opens as one of kinds 1–5 and holds no
 * end marker after its opening. (A marker inside the opening, as in `<!-->`, counts as none: such
 * a post is only read in one parse, never wrongly.)
 */
function htmlRunsOn(html: string): boolean {
  const text = html.replace(/^[ \t]+/, '');
  for (const [opening, ends] of HTML_UNTIL_MARKER) {
    const open = opening.exec(text);
    if (open) return !ends.test(text.slice(open[0].length));
  }
  return false;
}
