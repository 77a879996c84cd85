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
 * A post of ordinary size is always parsed whole (`SECTION_SIZES.post`).
 */

export interface SectionSizes {
  /** A post shorter than this is parsed whole. */
  readonly post: number;
  /** Parts are at least this long. */
  readonly part: number;
}

/**
 * Small parts, since what a part's parse allocates lives until the part is read: parts of 64 K
 * characters were promoted to the old generation by the scavenges during their parse, parts of
 * 8 K mostly die young (the 3.3 MB post with 2,500 sessions: 6.2 s with 64 K parts, 5.2 s with
 * 16 K, 5.0 s with 8 K, 5.3 s with 4 K, medians of four alternating runs; docs/measurements.md).
 */
export const SECTION_SIZES: SectionSizes = { post: 128 * 1024, part: 8 * 1024 };

/** An ATX heading at the start of a line: `#` to `######`, then a space, a tab or the line's end. */
const HEADING_START = /^#{1,6}(?:[ \t]|$)/;
/** Only spaces and tabs. */
const BLANK = /^[ \t]*$/;

export interface SectionStart {
  /** Offset of the heading line in the text. */
  offset: number;
  /** Its 1-based line. */
  line: number;
}

/** The offsets (and lines) where parts after the first start; empty when the text is read whole. */
export function sectionStarts(markdown: string, sizes: SectionSizes = SECTION_SIZES): SectionStart[] {
  const minChars = sizes.part;
  if (markdown.length < Math.max(sizes.post, 2 * minChars) || markdown.includes(']:')) return [];
  const starts: SectionStart[] = [];
  let partStart = 0;
  let previousBlank = false;
  let line = 1;
  for (let at = 0; at < markdown.length; line++) {
    const newline = markdown.indexOf('\n', at);
    const end = newline === -1 ? markdown.length : newline;
    const text = markdown.slice(at, Math.min(end, at + 8));
    if (previousBlank && at - partStart >= minChars && markdown.length - at >= minChars && HEADING_START.test(text)) {
      starts.push({ offset: at, line });
      partStart = at;
    }
    previousBlank = end - at < 64 ? BLANK.test(markdown.slice(at, end)) : false;
    if (newline === -1) break;
    at = newline + 1;
  }
  return starts;
}
