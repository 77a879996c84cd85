/**
 * Where a long post can be parsed in parts: before a heading that starts a line after a blank
 * line, where no construct of the text before it can continue.
 *
 * Such a heading closes every list and block quote and cannot continue a paragraph, so micromark
 * reads the text after it the same whether or not the text before it was in the same parse. Two
 * things can still reach across: a fenced code block or raw HTML left open above the heading
 * (markdown-events.ts reads the rest of the post in one parse when a part ends in one), and
 * definitions, which any later link or footnote reference may use: a post that may have one
 * (a `]:` anywhere) is parsed whole.
 *
 * A paragraph longer than `SECTION_SIZES.paragraph` is the one place a cut changes what the post
 * reads as: micromark's time per character grows with the length of the paragraph it is in (one
 * 2.6 MB line: 6.7 s and 931 MB in one parse, 1.5 s and 134 MB in pieces of 8 K; 4.9 s in pieces
 * of 64 K), so such a paragraph is read in pieces, each a paragraph of its own, and the review
 * gets a `paragraph-too-long` warning. Only a paragraph that is plainly one is cut: it starts
 * after a blank line or an ATX heading, ends at a blank line (or at the end of the post), and
 * each of its lines starts with a character no block can start with, so every piece is read as
 * a paragraph, as the whole was, and nothing around it reads differently. A piece starts at the
 * start of a line or, in a line longer than a part, after a space.
 *
 * A post of ordinary size is always parsed whole (`SECTION_SIZES.post`).
 */

export interface SectionSizes {
  /** A post shorter than this is parsed whole. */
  readonly post: number;
  /** Parts are at least this long. */
  readonly part: number;
  /** A paragraph longer than this is read in pieces (of at least `part`). */
  readonly paragraph: number;
}

/**
 * Small parts, since what a part's parse allocates lives until the part is read: parts of 64 K
 * characters were promoted to the old generation by the scavenges during their parse, parts of
 * 8 K mostly die young (the 3.3 MB post with 2,500 sessions: 6.2 s with 64 K parts, 5.2 s with
 * 16 K, 5.0 s with 8 K, 5.3 s with 4 K, medians of four alternating runs; docs/measurements.md).
 * No real post comes near the paragraph limit: their longest block is under 3 K characters.
 */
export const SECTION_SIZES: SectionSizes = { post: 128 * 1024, part: 8 * 1024, paragraph: 32 * 1024 };

/** A paragraph read in pieces: its first line (1-based) and its length in characters. */
export interface LongParagraph {
  line: number;
  length: number;
}

/** An ATX heading at the start of a line: `#` to `######`, then a space, a tab or the line's end. */
const HEADING_START = /^#{1,6}(?:[ \t]|$)/;
/** Only spaces and tabs. */
const BLANK = /^[ \t]*$/;

export interface SectionStart {
  /** Offset of the part's first character in the text. */
  offset: number;
  /** Its 1-based line and column (1 but where a piece of a long line starts). */
  line: number;
  column: number;
  /** The long paragraph this start cuts, if it cuts one. */
  paragraph?: LongParagraph;
}

/**
 * A line that can only start or continue a paragraph: not blank, not indented, and not starting
 * a heading, block quote, list, thematic break, setext underline, fence, HTML, table delimiter
 * row or (with no `]:` in the post) definition.
 */
const PARAGRAPH_ONLY = /^[^\s#>*+\-_=`~<|:0-9]/u;

/** A paragraph being scanned, with the cuts it will get if it turns out long enough. */
interface ParagraphRun {
  start: number;
  line: number;
  /** Where the current part started before the run. */
  partStart: number;
  cuts: SectionStart[];
}

/** The offsets (and lines) where parts after the first start; empty when the text is read whole. */
export function sectionStarts(markdown: string, sizes: SectionSizes = SECTION_SIZES): SectionStart[] {
  const minChars = sizes.part;
  if (markdown.length < Math.max(sizes.post, 2 * minChars) || markdown.includes(']:')) return [];
  const starts: SectionStart[] = [];
  let partStart = 0;
  let previousBlank = false;
  // A paragraph may start here: at the start, or after a blank line or an ATX heading (one line).
  let paragraphMayStart = true;
  let run: ParagraphRun | null = null;
  const endRun = (end: number, keep: boolean) => {
    if (!run) return;
    const length = end - run.start;
    if (keep && length > sizes.paragraph) {
      const paragraph = { line: run.line, length };
      for (const cut of run.cuts) starts.push({ ...cut, paragraph });
    } else partStart = run.partStart;
    run = null;
  };
  let line = 1;
  for (let at = 0; at < markdown.length; line++) {
    const newline = markdown.indexOf('\n', at);
    const end = newline === -1 ? markdown.length : newline;
    const text = markdown.slice(at, Math.min(end, at + 8));
    const blank = end - at < 64 ? BLANK.test(markdown.slice(at, end)) : false;
    if (blank) endRun(at, true);
    else if (!PARAGRAPH_ONLY.test(text)) endRun(at, false);
    else if (!run && paragraphMayStart) run = { start: at, line, partStart, cuts: [] };
    if (run) {
      // Before this line, then, in a line longer than a part, after spaces inside it.
      const longLine = end - at > minChars;
      for (let cut = at; cut !== -1 && markdown.length - cut >= minChars; cut = longLine ? pieceStart(markdown, Math.max(partStart + minChars, cut + 1), end) : -1) {
        if (cut === run.start || cut - partStart < minChars) continue;
        run.cuts.push({ offset: cut, line, column: cut - at + 1 });
        partStart = cut;
      }
    } else if (previousBlank && at - partStart >= minChars && markdown.length - at >= minChars && HEADING_START.test(text)) {
      starts.push({ offset: at, line, column: 1 });
      partStart = at;
    }
    previousBlank = blank;
    paragraphMayStart = blank || HEADING_START.test(text);
    if (newline === -1) break;
    at = newline + 1;
  }
  endRun(markdown.length, true);
  return starts;
}

/** The first offset from `from` before `end` that follows a space and can start a paragraph; -1 if none. */
function pieceStart(markdown: string, from: number, end: number): number {
  for (let at = from; at < end; at++) if (markdown.charCodeAt(at - 1) === 0x20 && PARAGRAPH_ONLY.test(markdown[at]!)) return at;
  return -1;
}
