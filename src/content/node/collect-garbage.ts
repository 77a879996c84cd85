/**
 * A full garbage collection, asked for between large posts read on this thread.
 *
 * V8 sizes its heap from the largest live set it has seen and collects the old generation only
 * when that heap fills: after a post of megabytes (its micromark events alone are 300 MB for the
 * 3.3 MB post with 2,500 sessions) the next posts grow into the dead events before any of them
 * are freed, and a folder's peak becomes the sum of its largest posts' garbage rather than the
 * largest one (the 17-file hostile folder peaked at 1.65 GB against 0.95 GB for its largest post
 * alone, issue 13). Collecting once after each large post starts the next from what is live.
 *
 * `gc` is not exposed without --expose-gc; setting the flag at run time and taking `gc` from a
 * new context is Node's documented way to get it. Where that fails, this does nothing.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Posts at least this large (bytes) are followed by a collection: below it, the cost is not worth it. */
export const COLLECT_AFTER_BYTES = 512 * 1024;

let gc: (() => void) | null | undefined;

export function collectGarbage(): void {
  if (gc === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      gc = runInNewContext('gc') as () => void;
    } catch {
      gc = null;
    }
  }
  gc?.();
}

/** Collect after something of `size` bytes or characters (a post, its parse), if that is large. */
export function collectAfterLarge(size: number): void {
  if (size >= COLLECT_AFTER_BYTES) collectGarbage();
}
