/**
 * micromark without its quadratic step: EditMap.consume rewritten to leave untouched events in
 * place.
 *
 * micromark closes every block quote and list (micromark/lib/initialize/document.js) with an
 * EditMap whose edits sit at the end of the document's events, yet `consume` (micromark-util-
 * edit-map 1.0.0) copies the whole event list, prefix included, on every call. A post with n
 * quotes and lists so costs O(n × events): the 3.3 MB post with 2,500 sessions spent 51 of its
 * 65 s there (issue 13). The version here truncates to the first edit and appends only what
 * follows, so each call costs what it changes. The events come out the same, element for
 * element (test/content/micromark-linear.test.ts compares both on every real post).
 *
 * This patches the class micromark imports, so importing this module once (markdown-events.ts
 * does) makes every later parse linear, fromMarkdown's and react-markdown's in the same bundle
 * too. Remove it once micromark's own consume stops copying the prefix.
 */
import { EditMap } from 'micromark-util-edit-map';
import type { Event } from 'micromark-util-types';

type Change = [number, number, Event[]];
interface EditMapFields {
  map: Change[];
  index: Map<number, Change>;
}

/** The same edits as micromark's consume, applied without copying events before the first one. */
export function consumeEdits(this: EditMapFields, events: Event[]): void {
  const map = this.map;
  map.sort((a, b) => a[0] - b[0]);
  if (map.length === 0) return;
  // From the last edit back: keep what follows each edit and its additions, then truncate.
  const tails: Event[][] = [];
  for (let k = map.length - 1; k >= 0; k--) {
    const [at, remove, add] = map[k]!;
    tails.push(events.slice(at + remove), add);
    events.length = at;
  }
  // `events` now holds the untouched prefix: append the rest in order.
  for (let k = tails.length - 1; k >= 0; k--) {
    const tail = tails[k]!;
    for (let i = 0; i < tail.length; i++) events.push(tail[i]!);
  }
  map.length = 0;
  this.index.clear();
}

const PATCHED = Symbol.for('talkshelf.micromark-linear');
const proto = EditMap.prototype as unknown as Record<PropertyKey, unknown>;
/** micromark's own consume, kept for the test that compares the two. */
export const micromarkConsume = (proto[PATCHED] as ((events: Event[]) => void) | undefined) ?? EditMap.prototype.consume;
if (!proto[PATCHED]) {
  proto[PATCHED] = micromarkConsume;
  proto.consume = consumeEdits;
}
