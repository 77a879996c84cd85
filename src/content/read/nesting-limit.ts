/**
 * The nesting limit: a line opens at most MAX_NESTING block quotes and list items.
 *
 * micromark is quadratic in the containers one line opens: at each `- ` it checks whether the
 * rest of the line is a thematic break (`- - -`), so a line of 1,000 nested items costs about
 * 100 ms, and 5,000 of them overflow the stack of the code that walks the tree (issue 13, issue
 * 16 item 4). No real post nests past six levels. So before parsing, the marker that would open
 * level MAX_NESTING + 1 is escaped (`\>`, `\-`, `1\.`): the rest of the line is text inside the
 * deepest quote or item, the post is read as before everywhere else, and one warning names the
 * first such line. The escape adds one character to that line: later columns on it shift by one.
 *
 * Nesting by indentation alone (`  - ` one deeper each line) is not capped: it costs micromark
 * time in proportion to the bytes, and the 5 MB file limit bounds its depth to about 2,000.
 */

/** Block quotes and list items one line may open; past it, markers are read as text. */
export const MAX_NESTING = 32;

export interface NestingLimit {
  /** The body, with the marker past the limit escaped on each line that had one. */
  body: string;
  /** 1-based body lines that were cut, in order, and how many markers each line started with. */
  lines: { line: number; column: number; markers: number }[];
}

const SPACE = 32;
const TAB = 9;
const isSpace = (c: number) => c === SPACE || c === TAB;
const isDigit = (c: number) => c >= 48 && c <= 57;
/** A line of three or more `-`, `*` or `_` and nothing else: a thematic break, not list items. */
const THEMATIC_BREAK = /^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

/**
 * Where the marker that opens level `limit + 1` starts on the line at `start`, and how many
 * container markers the line opens in all; -1 when it stays within the limit.
 */
function findCut(text: string, start: number, end: number, limit: number): { cut: number; escapeAt: number; markers: number } | null {
  let markers = 0;
  let cut = -1;
  let escapeAt = -1;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    let next = -1;
    let escape = i;
    if (c === 62 /* > */) next = i + 1;
    else if ((c === 45 /* - */ || c === 42 /* * */ || c === 43) /* + */ && isSpace(text.charCodeAt(i + 1))) next = i + 2;
    else if (isDigit(c)) {
      let j = i;
      while (j < end && j - i < 9 && isDigit(text.charCodeAt(j))) j++;
      const d = text.charCodeAt(j);
      if ((d === 46 /* . */ || d === 41) /* ) */ && isSpace(text.charCodeAt(j + 1))) {
        next = j + 2;
        escape = j;
      }
    }
    if (next === -1) break;
    markers++;
    if (markers === limit + 1) {
      cut = i;
      escapeAt = escape;
    }
    i = next;
  }
  return cut === -1 ? null : { cut, escapeAt, markers };
}

/** Escape the markers past `limit` levels on each line of `body` (see the module comment). */
export function limitNesting(body: string, limit = MAX_NESTING): NestingLimit {
  const lines: NestingLimit['lines'] = [];
  // Fast path: a line needs more than `limit` markers, so at least that many in a row of them.
  if (!new RegExp(`(?:[>*+\\-][ \\t]*|\\d{1,9}[.)][ \\t]+){${limit + 1}}`).test(body)) return { body, lines };
  const parts: string[] = [];
  let copied = 0;
  let line = 1;
  for (let start = 0; start <= body.length; line++) {
    let end = body.indexOf('\n', start);
    if (end === -1) end = body.length;
    const found = findCut(body, start, end, limit);
    if (found && !THEMATIC_BREAK.test(body.slice(start, end))) {
      parts.push(body.slice(copied, found.escapeAt), '\\');
      copied = found.escapeAt;
      lines.push({ line, column: found.cut - start + 1, markers: found.markers });
    }
    start = end + 1;
  }
  if (!lines.length) return { body, lines };
  parts.push(body.slice(copied));
  return { body: parts.join(''), lines };
}
