/**
 * A review's post and its write-ups as HTML, from one parse of the post.
 *
 * A write-up's notes are a run of whole root-level blocks of the post (sessions.ts cuts them at
 * block boundaries), so instead of parsing each write-up's slice again, its HTML is compiled from
 * the post's own events for those blocks: parsing is nearly all of micromark's cost, compiling a
 * small part. With the blocks read from the same parse (markdown-blocks.ts), this halved the
 * pipeline's CPU time on 2,000 generated reviews (200 → 106 s).
 *
 * And the post's HTML is compiled piece by piece, each write-up's blocks and the blocks between
 * them, so a write-up's blocks are compiled once for both pages: only the pages' rules (heading
 * levels, ids, links) run twice. Compiling root-level blocks apart and joining the pieces gives
 * the post's HTML as one compile does (the tests compare them on the real posts and the
 * generated corpus); write-ups that are not in post order, or share blocks, are compiled again.
 *
 * Blocks parse on their own as they do in the post, with one exception: definitions (link
 * references, footnotes) tie blocks together, and a write-up's slice parsed alone does not see
 * a definition outside it. A post with any definition renders each write-up from its slice, as
 * the emitter does (write-up-html.ts), so both ways give the same HTML; the tests compare them
 * on the real posts and the generated corpus.
 */
import type { Event } from 'micromark-util-types';
import { parsePostEvents } from '../read/markdown-events.ts';
import { compileMarkup } from './notes-html.ts';
import { finishReviewTemplate, renderReviewTemplate, type ReviewTemplateSource } from './review-html.ts';
import { finishWriteUpHtml, renderWriteUpHtml } from './write-up-html.ts';

/** A write-up's notes: their body offsets (block boundaries) and their slice. */
export interface WriteUpSlice {
  start: number;
  end: number;
  markdown: string;
  empty: boolean;
}

const DEFINITIONS = new Set(['definition', 'gfmFootnoteDefinition']);

/**
 * The review's template (review-html.ts) and the HTML of each write-up in `writeUps`, the same
 * as `renderReviewTemplate(source)` and `renderWriteUpHtml(w.markdown, w.empty)` give. `events`
 * are the body's (`parsePostEvents`), when the caller parsed it already.
 */
export function renderPostHtml(
  source: ReviewTemplateSource,
  writeUps: readonly WriteUpSlice[],
  events: Event[] = parsePostEvents(source.body),
): { review: string; notes: string[] } {
  const roots = writeUps.length > 0 ? rootBlocks(events) : null;
  if (!roots) {
    return { review: renderReviewTemplate(source, events), notes: writeUps.map((w) => renderWriteUpHtml(w.markdown, w.empty)) };
  }
  const runs = writeUps.map((w) => (w.empty ? undefined : blockRun(roots, w.start, w.end)));
  // The post in pieces, in order: each write-up's blocks (markup kept for its own page) and the
  // blocks between. A write-up out of order, or sharing blocks, is compiled apart below.
  const writeUpMarkup = new Map<number, string>();
  const pieces: string[] = [];
  let next = 0;
  runs.forEach((run, k) => {
    if (!run || run.from < next) return;
    if (run.from > next) pieces.push(compileMarkup(events.slice(next, run.from), true));
    const markup = compileMarkup(events.slice(run.from, run.to + 1), true);
    pieces.push(markup);
    writeUpMarkup.set(k, markup);
    next = run.to + 1;
  });
  if (next < events.length) pieces.push(compileMarkup(events.slice(next), true));
  return {
    review: finishReviewTemplate(source, pieces.join('')),
    notes: writeUps.map((w, k) => {
      const run = runs[k];
      if (!run) return renderWriteUpHtml(w.markdown, w.empty);
      return finishWriteUpHtml(writeUpMarkup.get(k) ?? compileMarkup(events.slice(run.from, run.to + 1), true));
    }),
  };
}

/** Root-level tokens of the events: where each starts and ends, in offsets and event indexes. */
interface RootBlocks {
  startOffsets: number[];
  endOffsets: number[];
  enters: number[];
  exits: number[];
}

/** The root-level tokens of `events`, or null when the post has a definition. */
function rootBlocks(events: Event[]): RootBlocks | null {
  const roots: RootBlocks = { startOffsets: [], endOffsets: [], enters: [], exits: [] };
  let depth = 0;
  for (let i = 0; i < events.length; i++) {
    const [kind, token] = events[i]!;
    if (DEFINITIONS.has(token.type)) return null;
    if (kind === 'enter') {
      if (depth === 0) {
        roots.startOffsets.push(token.start.offset);
        roots.enters.push(i);
      }
      depth++;
    } else {
      depth--;
      if (depth === 0) {
        roots.endOffsets.push(token.end.offset);
        roots.exits.push(i);
      }
    }
  }
  return roots;
}

/**
 * The events of the root-level tokens from offset `start` to `end`, as indexes: from the enter of
 * the first token starting there to the exit of the last one ending there. Undefined when the
 * offsets are not token boundaries (then the slice is rendered on its own).
 */
function blockRun(roots: RootBlocks, start: number, end: number): { from: number; to: number } | undefined {
  const first = roots.startOffsets.indexOf(start);
  const last = roots.endOffsets.lastIndexOf(end);
  if (first < 0 || last < first) return undefined;
  return { from: roots.enters[first]!, to: roots.exits[last]! };
}
