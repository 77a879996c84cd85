/**
 * Where the words of a query occur in a text, as [start, end) ranges the page wraps in <mark>;
 * and a short window of a long text around the first of them. Pure string work: the page turns
 * ranges into React text nodes, never HTML.
 */
import { foldText, splitRuns } from './tokenize.ts';

export type Range = [start: number, end: number];

export interface Highlighted {
  text: string;
  ranges: Range[];
}

/** Case-folded, one UTF-16 unit per unit of the input, so positions carry over. */
function foldKeepingLength(text: string): string {
  // Nearly always one call does it; only a letter whose lower case is longer (İ) needs the loop.
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const char of text) {
    const lower = char.toLowerCase();
    out += lower.length === char.length ? lower : char;
  }
  return out;
}

const LATIN_WORD_CHAR = /[\p{L}\p{N}]/u;
const HANGUL_CHAR = /\p{Script=Hangul}/u;

/**
 * Every occurrence of every needle (folded words) in `text`, merged. A Latin needle found at the
 * start of a longer word marks the whole word (`kube` marks `Kubernetes`), since that is what
 * matched.
 */
export function findRanges(text: string, needles: readonly string[]): Range[] {
  const haystack = foldKeepingLength(text.normalize('NFC'));
  const ranges: Range[] = [];
  for (const raw of new Set(needles.map((needle) => foldText(needle)))) {
    // A needle is searched run by run: `mysql로` is `mysql` and `로` in the index too.
    for (const run of splitRuns(raw)) {
      const needle = run.text;
      let from = 0;
      for (;;) {
        const at = haystack.indexOf(needle, from);
        if (at < 0) break;
        let end = at + needle.length;
        if (!run.hangul) {
          while (end < haystack.length && LATIN_WORD_CHAR.test(haystack[end]!) && !HANGUL_CHAR.test(haystack[end]!)) end++;
        }
        ranges.push([at, end]);
        from = at + Math.max(1, needle.length);
      }
    }
  }
  return mergeRanges(ranges);
}

export function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Range[] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** Characters of context shown before the first match in a snippet. */
const LEAD = 30;

/**
 * Up to `size` characters of `text` around its first match (or its start when nothing
 * matches), with an ellipsis where it was cut and the ranges moved to match.
 */
export function createSnippet(text: string, needles: readonly string[], size = 120): Highlighted {
  const ranges = findRanges(text, needles);
  if (text.length <= size) return { text, ranges };
  const first = ranges[0]?.[0] ?? 0;
  let start = Math.max(0, Math.min(first - LEAD, text.length - size));
  // Start on a word where one is close, not halfway into it.
  if (start > 0) {
    const space = text.lastIndexOf(' ', start);
    if (space >= 0 && start - space < 12) start = space + 1;
  }
  const end = Math.min(text.length, start + size);
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length && !text.slice(start, end).endsWith('…') ? '…' : '';
  const shift = prefix.length - start;
  const inside = ranges
    .filter(([s, e]) => s < end && e > start)
    .map(([s, e]): Range => [Math.max(s, start) + shift, Math.min(e, end) + shift]);
  return { text: `${prefix}${text.slice(start, end)}${suffix}`, ranges: inside };
}

/** Text split into plain and marked parts, in order: what the page renders. */
export function splitHighlighted({ text, ranges }: Highlighted): { text: string; marked: boolean }[] {
  const parts: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push({ text: text.slice(at, start), marked: false });
    parts.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });
  return parts;
}
