/**
 * micromark with the linear EditMap.consume (src/content/read/micromark-linear.ts) gives the same
 * events as micromark's own, on every real post, every fixture post and the hostile shapes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EditMap } from 'micromark-util-edit-map';
import { describe, expect, it } from 'vitest';
import { consumeEdits, micromarkConsume } from '../../src/content/read/micromark-linear.ts';
import { parsePostEvents } from '../../src/content/read/markdown-events.ts';
import { deepNestingPost, manySessionsPost } from '../../src/cli/hostile-corpus.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** The posts under `dir`, but the one nested 5,000 deep: it is read through the nesting limit. */
function postsUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(md|markdown|txt)$/.test(e.name) && !e.name.includes('5000-deep'))
    .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'));
}

/** Each event as type, kind and offsets: what a change in the edits would move. */
function describeEvents(markdown: string): string {
  return parsePostEvents(markdown)
    .map(([kind, token]) => `${kind} ${token.type} ${token.start.offset}-${token.end.offset}`)
    .join('\n');
}

function withMicromarkConsume<T>(run: () => T): T {
  EditMap.prototype.consume = micromarkConsume as EditMap['consume'];
  try {
    return run();
  } finally {
    EditMap.prototype.consume = consumeEdits as EditMap['consume'];
  }
}

describe('the linear EditMap.consume', () => {
  it('is the one micromark uses', () => {
    expect(EditMap.prototype.consume).toBe(consumeEdits);
  });

  const posts = [...postsUnder('content/reviews'), ...postsUnder('test/fixtures'), manySessionsPost(30), deepNestingPost(40, 20_000)];
  it(`gives micromark's events on ${posts.length} posts`, () => {
    expect(posts.length).toBeGreaterThan(50);
    for (const post of posts) expect(describeEvents(post) === withMicromarkConsume(() => describeEvents(post))).toBe(true);
  });
});
