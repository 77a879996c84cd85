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
import type { Event } from 'micromark-util-types';
import { sectionStarts, SECTION_MIN_CHARS } from './markdown-sections.ts';

// Built once: gfm() creates fresh extension objects on every call.
export const MICROMARK_EXTENSIONS = [gfm()];

/** Where a part of the post starts: its offset and line (the column is always 1). */
interface PartStart {
  offset: number;
  line: number;
}

/** micromark's events of `markdown` from `from`, with positions counted from there. */
function parsePart(markdown: string, from: PartStart): Event[] {
  const document = parse({ extensions: MICROMARK_EXTENSIONS }).document({ line: from.line, column: 1, offset: from.offset });
  return postprocess(document.write(preprocess()(markdown, undefined, true)));
}

/** Every event of `markdown` in one parse: micromark exactly as react-markdown runs it. */
export function parseWholeEvents(markdown: string): Event[] {
  return parsePart(markdown, { offset: 0, line: 1 });
}

/**
 * Every event of `markdown`, inline ones included: what `micromark()` compiles.
 *
 * A long post is parsed a section at a time (markdown-sections.ts): micromark's peak memory is
 * several times the events it returns, and it grows with the text of one parse, so parsing a
 * 3.3 MB post as a whole peaked at 634 MB where its sections in turn stay near what the events
 * keep. The events are the same, element for element (test/content/markdown-sections.test.ts).
 * `minChars` is for tests.
 */
export function parsePostEvents(markdown: string, minChars = SECTION_MIN_CHARS): Event[] {
  const starts = sectionStarts(markdown, minChars);
  if (starts.length === 0) return parseWholeEvents(markdown);
  const events: Event[] = [];
  let from: PartStart = { offset: 0, line: 1 };
  for (const next of [...starts, null]) {
    let part = parsePart(markdown.slice(from.offset, next?.offset), from);
    // A block left open may run on into the next sections: the rest of the post is read in one
    // parse (merging part by part instead would parse the same text again and again).
    const runsOn = next !== null && endsInOpenBlock(part);
    if (runsOn) part = parsePart(markdown.slice(from.offset), from);
    for (const event of part) events.push(event);
    if (!next || runsOn) break;
    from = next;
  }
  return events;
}

/** Root-level tokens between blocks (line endings, blank lines), not blocks themselves. */
export const BETWEEN_BLOCKS = new Set(['lineEnding', 'lineEndingBlank', 'linePrefix', 'whitespace', 'blankLine']);

/**
 * Whether the part's last root-level block may run on past its end in the whole post: a fenced
 * code block without its closing fence, or raw HTML (whose kinds 1–5 span blank lines).
 */
function endsInOpenBlock(events: Event[]): boolean {
  let depth = 0;
  let last: string | null = null;
  let fences = 0;
  for (const [kind, token] of events) {
    if (kind === 'exit') {
      depth--;
      continue;
    }
    depth++;
    if (depth === 1 && !BETWEEN_BLOCKS.has(token.type)) {
      last = token.type;
      fences = 0;
    } else if (depth === 2 && last === 'codeFenced' && token.type === 'codeFencedFence') fences++;
  }
  return last === 'htmlFlow' || (last === 'codeFenced' && fences < 2);
}
