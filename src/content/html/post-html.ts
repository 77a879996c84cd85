/**
 * A review's post and its write-ups as HTML, from one parse of the post.
 *
 * A write-up's notes are a run of whole root-level blocks of the post (sessions.ts cuts them at
 * block boundaries), so instead of parsing each write-up's slice again, its HTML is compiled from
 * the post's own events for those blocks: parsing is nearly all of micromark's cost, compiling a
 * small part. With the blocks read from the same parse (markdown-blocks.ts), this halved the
 * pipeline's CPU time on 2,000 generated reviews (200 → 106 s).
 *
 * And the post's markup is compiled once, right after the parse (`compilePostMarkup`), in pieces:
 * each root-level block, and each run of line endings between blocks. A write-up's markup is its
 * blocks' pieces joined, so its blocks are compiled once for both pages (only the pages' rules,
 * heading levels, ids, links, run twice), and the post's events can go before the later stages
 * run: they are most of a post's memory (300 MB for the 3.3 MB post with 2,500 sessions, issue
 * 13). Compiling root-level blocks apart and joining the pieces gives the markup one compile
 * gives (the tests compare them on the real posts and the generated corpus).
 *
 * Blocks parse on their own as they do in the post, with one exception: definitions (link
 * references, footnotes) tie blocks together, and a write-up's slice parsed alone does not see
 * a definition outside it. A post with any definition renders each write-up from its slice, as
 * the emitter does (write-up-html.ts), so both ways give the same HTML; the tests compare them
 * on the real posts and the generated corpus.
 */
import type { Event, Token } from 'micromark-util-types';
import { parsePostEvents } from '../read/markdown-events.ts';
import { compileMarkup, PIECE_MARK, PIECE_TOKEN } from './notes-html.ts';
import { finishReviewTemplate, type ReviewTemplateSource } from './review-html.ts';
import { finishWriteUpHtml, renderWriteUpHtml } from './write-up-html.ts';

/** A write-up's notes: their body offsets (block boundaries) and their slice. */
export interface WriteUpSlice {
  start: number;
  end: number;
  markdown: string;
  empty: boolean;
}

/**
 * A post's markup (micromark's HTML with heading line marks, before the pages' rules), compiled
 * once: whole, and cut at its root-level tokens unless the post has a definition (then write-ups
 * render from their slices, see the top of the file).
 */
export interface PostMarkup {
  whole: string;
  roots: RootPieces | null;
}

/** Root-level blocks and the runs of line endings between them: where each starts and ends in the body, and its markup. */
interface RootPieces {
  startOffsets: number[];
  endOffsets: number[];
  markup: string[];
}

const DEFINITIONS = new Set(['definition', 'gfmFootnoteDefinition']);

/** Root-level line endings: compiled together, as write-ups never start or end inside them. */
const LINE_ENDINGS = new Set(['lineEnding', 'lineEndingBlank']);

/**
 * The post's markup from its events (`parsePostEvents`), cut into pieces: each root-level block,
 * and each run of line endings between blocks. The pieces are what compiling each one apart
 * gives (the tests compare them), but come from one compile: micromark sets its compiler up
 * afresh on every call, which cost more than the compiling itself when each of a post's ~100
 * pieces was a call (a third of the HTML's CPU on 2,000 reviews, issue 13). A mark written
 * before each piece (`PIECE_MARK`, notes-html.ts) tells where to cut.
 */
export function compilePostMarkup(events: Event[]): PostMarkup {
  // A definition may come after the references it resolves: look before compiling any piece.
  if (events.some(([, token]) => DEFINITIONS.has(token.type))) return { whole: compileMarkup(events, true), roots: null };
  const roots: RootPieces = { startOffsets: [], endOffsets: [], markup: [] };
  const marked: Event[] = [];
  let depth = 0;
  let open = false;
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    const [kind, token] = event;
    if (kind === 'enter') {
      // A piece starts at each block, and at the first of a run of line endings.
      if (depth === 0 && !(open && LINE_ENDINGS.has(token.type))) {
        if (open) roots.endOffsets.push(events[i - 1]![1].end.offset);
        const mark: Token = { type: PIECE_TOKEN, start: token.start, end: token.start };
        marked.push(['enter', mark, event[2]], ['exit', mark, event[2]]);
        roots.startOffsets.push(token.start.offset);
        open = true;
      }
      depth++;
    } else if (--depth === 0 && !LINE_ENDINGS.has(token.type)) {
      roots.endOffsets.push(token.end.offset);
      open = false;
    }
    marked.push(event);
  }
  if (open) roots.endOffsets.push(events[events.length - 1]![1].end.offset);
  const pieces = compileMarkup(marked, true, true).split(PIECE_MARK);
  // The text before the first mark is nothing, as the first piece starts the events. Should a
  // piece ever fail to come out, write-ups render from their slices (as with definitions).
  if (pieces.shift() !== '' || pieces.length !== roots.startOffsets.length) return { whole: compileMarkup(events, true), roots: null };
  roots.markup = pieces;
  return { whole: pieces.join(''), roots };
}

/**
 * The markup of a post compiled a part at a time (`parsePostParts`), each part's events given
 * to `compilePostMarkup` in turn: the pieces in order, as one compile of all the events gives
 * them, since every part starts at a root-level block and a post in parts has no definitions.
 */
export function joinPostMarkup(parts: PostMarkup[]): PostMarkup {
  if (parts.length === 1) return parts[0]!;
  const whole = parts.map((part) => part.whole).join('');
  if (parts.some((part) => !part.roots)) return { whole, roots: null };
  const roots: RootPieces = { startOffsets: [], endOffsets: [], markup: [] };
  for (const { roots: part } of parts) {
    // Not push(...): a part may have more pieces than a call takes arguments.
    for (let i = 0; i < part!.markup.length; i++) {
      roots.startOffsets.push(part!.startOffsets[i]!);
      roots.endOffsets.push(part!.endOffsets[i]!);
      roots.markup.push(part!.markup[i]!);
    }
  }
  return { whole, roots };
}

/**
 * The review's template (review-html.ts) and the HTML of each write-up in `writeUps`, the same
 * as `renderReviewTemplate(source)` and `renderWriteUpHtml(w.markdown, w.empty)` give. `markup`
 * is the body's (`compilePostMarkup`), when the caller compiled it already.
 */
export function renderPostHtml(
  source: ReviewTemplateSource,
  writeUps: readonly WriteUpSlice[],
  markup: PostMarkup = compilePostMarkup(parsePostEvents(source.body)),
): { review: string; notes: string[] } {
  const { roots } = markup;
  const review = finishReviewTemplate(source, markup.whole);
  if (!roots) return { review, notes: writeUps.map((w) => renderWriteUpHtml(w.markdown, w.empty)) };
  return {
    review,
    notes: writeUps.map((w) => {
      const run = w.empty ? undefined : blockRun(roots, w.start, w.end);
      if (!run) return renderWriteUpHtml(w.markdown, w.empty);
      return finishWriteUpHtml(roots.markup.slice(run.from, run.to + 1).join(''));
    }),
  };
}

/**
 * The pieces from offset `start` to `end`, as indexes: from the first piece starting there to
 * the last one ending there. Undefined when the offsets are not token boundaries (then
 * the slice is rendered on its own).
 */
function blockRun(roots: RootPieces, start: number, end: number): { from: number; to: number } | undefined {
  // Both lists ascend (the pieces follow one another): a binary search each, not a scan, as a
  // post's write-ups each look up their run (quadratic in a post of 2,500 sessions, issue 13).
  const first = firstAtLeast(roots.startOffsets, start);
  const last = firstAtLeast(roots.endOffsets, end + 1) - 1;
  if (roots.startOffsets[first] !== start || roots.endOffsets[last] !== end || last < first) return undefined;
  return { from: first, to: last };
}

/** The index of the first value of ascending `values` that is at least `target` (`values.length` if none). */
function firstAtLeast(values: number[], target: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! < target) low = middle + 1;
    else high = middle;
  }
  return low;
}
