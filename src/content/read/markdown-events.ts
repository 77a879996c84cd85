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

// Built once: gfm() creates fresh extension objects on every call.
export const MICROMARK_EXTENSIONS = [gfm()];

/** Every event of `markdown`, inline ones included: what `micromark()` compiles. */
export function parsePostEvents(markdown: string): Event[] {
  return postprocess(parse({ extensions: MICROMARK_EXTENSIONS }).document().write(preprocess()(markdown, undefined, true)));
}
