/**
 * micromark's emphasis resolver (`*`, `_`: attention) without its two quadratic steps.
 *
 * micromark (micromark-core-commonmark 2.0, lib/attention.js) resolves a paragraph's emphasis by
 * splicing each matched pair into the paragraph's one event list, which moves every event after
 * it: a paragraph with n pairs costs O(n × events). And a closer with no opener walks back to the
 * paragraph's start each time. The 2.6 MB post on one line with `**강조**` every 70 bytes spent
 * 33 of its 38 s in these splices (issue 13).
 *
 * The version here gives the same events, element for element, in time proportional to them:
 * - the events before the cursor are built in a new list (a gap buffer): a match truncates that
 *   list at its opener and appends the resolved span, so it costs the span, not the paragraph;
 *   the events after the cursor are read in place, untouched;
 * - the walk back for an opener stops at the lowest place a walk for the same kind of closer
 *   (marker, whether it can open, its length mod 3: what decides which openers fit) found
 *   nothing, as CommonMark's reference parser does with its `openers_bottom`. Nothing below that
 *   place changes until a match truncates the list under it, which lowers the floor with it.
 *
 * Patching the construct object micromark's parser reads its resolver from makes every later
 * parse use it (fromMarkdown's too). test/content/micromark-linear.test.ts compares the events
 * with micromark's own resolver on every real post and the hostile shapes.
 */
import { attention } from 'micromark-core-commonmark';
import { resolveAll } from 'micromark-util-resolve-all';
import type { Event, Point, Resolver, Token, TokenizeContext } from 'micromark-util-types';

/** Token fields the attention tokenizer sets (micromark-util-types declares them too). */
type Sequence = Token & { _open?: boolean; _close?: boolean };

const length = (token: Token): number => token.end.offset - token.start.offset;

function movePoint(point: Point, offset: number): void {
  point.column += offset;
  point.offset += offset;
  point._bufferIndex += offset;
}

/** Whether the opener `open` may close the closer `close` (the rule of three of CommonMark). */
function fits(open: Sequence, close: Sequence): boolean {
  return !((open._close || close._open) && length(close) % 3 && !((length(open) + length(close)) % 3));
}

/**
 * The events that replace an opener, a closer and what lies between (micromark's own
 * construction, step for step): the markers left over, the emphasis or strong group, and the
 * span inside resolved on its own.
 */
function resolvePair(opener: Sequence, closer: Sequence, between: Event[], context: TokenizeContext): { events: Event[]; closerLeft: boolean } {
  const use = length(opener) > 1 && length(closer) > 1 ? 2 : 1;
  const start = { ...opener.end };
  const end = { ...closer.start };
  movePoint(start, -use);
  movePoint(end, use);
  const strong = use > 1;
  const openingSequence: Token = { type: strong ? 'strongSequence' : 'emphasisSequence', start, end: { ...opener.end } };
  const closingSequence: Token = { type: strong ? 'strongSequence' : 'emphasisSequence', start: { ...closer.start }, end };
  const text: Token = { type: strong ? 'strongText' : 'emphasisText', start: { ...opener.end }, end: { ...closer.start } };
  const group: Token = { type: strong ? 'strong' : 'emphasis', start: { ...openingSequence.start }, end: { ...closingSequence.end } };
  opener.end = { ...openingSequence.start };
  closer.start = { ...closingSequence.end };
  const events: Event[] = [];
  if (length(opener)) events.push(['enter', opener, context], ['exit', opener, context]);
  events.push(['enter', group, context], ['enter', openingSequence, context], ['exit', openingSequence, context], ['enter', text, context]);
  // micromark's defaults always set insideSpan (its own resolver and the text one).
  const inside = resolveAll(context.parser.constructs.insideSpan.null ?? [], between, context);
  for (let i = 0; i < inside.length; i++) events.push(inside[i]!);
  events.push(['exit', text, context], ['enter', closingSequence, context], ['exit', closingSequence, context], ['exit', group, context]);
  const closerLeft = length(closer) > 0;
  if (closerLeft) events.push(['enter', closer, context], ['exit', closer, context]);
  return { events, closerLeft };
}

/** micromark's resolveAllAttention, in linear time (see the top of the file). */
export const resolveAttentionLinear: Resolver = (events, context) => {
  const out: Event[] = [];
  /** Per kind of closer, the place below which no opener fits it. */
  const floors = new Map<string, number>();
  let next = 0;
  while (next < events.length) {
    const event = events[next++]!;
    out.push(event);
    const closer = event[1] as Sequence;
    if (event[0] !== 'enter' || closer.type !== 'attentionSequence' || !closer._close) continue;
    const index = out.length - 1;
    const marker = context.sliceSerialize(closer).charCodeAt(0);
    const kind = `${marker} ${closer._open ? 1 : 0} ${length(closer) % 3}`;
    const floor = Math.min(floors.get(kind) ?? 0, index);
    let open = index;
    let found = -1;
    while (open-- > floor) {
      const [side, token] = out[open]! as [string, Sequence, unknown];
      if (side !== 'exit' || token.type !== 'attentionSequence' || !token._open) continue;
      if (context.sliceSerialize(token).charCodeAt(0) !== marker || !fits(token, closer)) continue;
      found = open;
      break;
    }
    if (found === -1) {
      floors.set(kind, index);
      continue;
    }
    // Replace the opener's enter through the closer's exit (the next event unread) with the pair.
    const between = out.slice(found + 1, index);
    const { events: pair, closerLeft } = resolvePair(out[found]![1] as Sequence, closer, between, context);
    next++;
    out.length = found - 1;
    for (const [k, floorAt] of floors) if (floorAt > out.length) floors.set(k, out.length);
    for (let i = 0; i < pair.length - (closerLeft ? 2 : 0); i++) out.push(pair[i]!);
    // What is left of the closer is read again, as micromark does: put it back before the cursor,
    // in the two places its enter and exit were read from.
    if (closerLeft) {
      events[--next] = pair[pair.length - 1]!;
      events[--next] = pair[pair.length - 2]!;
    }
  }
  for (const [, token] of out) if (token.type === 'attentionSequence') token.type = 'data';
  // In place, as micromark's resolver leaves it.
  events.length = 0;
  for (let i = 0; i < out.length; i++) events.push(out[i]!);
  return events;
};

const PATCHED = Symbol.for('talkshelf.micromark-attention-linear');
const construct = attention as typeof attention & Record<PropertyKey, unknown>;
/** micromark's own resolver, kept for the test that compares the two. */
export const micromarkResolveAttention = (construct[PATCHED] as Resolver | undefined) ?? attention.resolveAll!;
if (!construct[PATCHED]) {
  construct[PATCHED] = micromarkResolveAttention;
  construct.resolveAll = resolveAttentionLinear;
}
