/**
 * micromark with the linear EditMap.consume (src/content/read/micromark-linear.ts) and the linear
 * emphasis resolver (src/content/read/micromark-attention.ts) gives the same events as micromark's
 * own, on every real post, every fixture post and the hostile shapes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attention } from 'micromark-core-commonmark';
import { EditMap } from 'micromark-util-edit-map';
import { describe, expect, it } from 'vitest';
import { consumeEdits, micromarkConsume } from '../../src/content/read/micromark-linear.ts';
import { parseWholeEvents } from '../../src/content/read/markdown-events.ts';
import { micromarkResolveAttention, resolveAttentionLinear } from '../../src/content/read/micromark-attention.ts';
import { deepNestingPost, longLinePost, manySessionsPost } from '../../src/cli/hostile-corpus.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** The posts under `dir`, but the one nested 5,000 deep: it is read through the nesting limit. */
function postsUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(md|markdown|txt)$/.test(e.name) && !e.name.includes('5000-deep'))
    .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'));
}

/** Each event as type, kind and offsets: what a change in the edits would move. */
function describeEvents(markdown: string): string {
  return parseWholeEvents(markdown)
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

function withMicromarkAttention<T>(run: () => T): T {
  attention.resolveAll = micromarkResolveAttention;
  try {
    return run();
  } finally {
    attention.resolveAll = resolveAttentionLinear;
  }
}

describe('the linear emphasis resolver', () => {
  it('is the one micromark uses', () => {
    expect(attention.resolveAll).toBe(resolveAttentionLinear);
  });

  // Pairs, runs of three, partial matches on either side, closers with no opener, `_` inside
  // words, and the rule of three: every branch of micromark's resolver.
  const shapes = [
    '*a* **b** ***c*** *a **b** c* _x_ __y__ **a*b*c** a*b*c *foo**bar**baz* ***a** b* **a *b***',
    'foo**bar** _a __b__ c_ ****a**** a * b * c **a *b** c* d ***e* f** g* h_ _i_ __j___ k snake_case_word',
    `${'*'.repeat(50)} a ${'*'.repeat(33)} ${'a* '.repeat(100)}${'*b* '.repeat(50)}${'_c_ '.repeat(20)}`,
    '> *quoted **strong* crossed** text*\n\n- *item* **two**\n  *continued*\n\n*a\nb* **c\nd**',
  ];
  const posts = [...postsUnder('content/reviews'), ...postsUnder('test/fixtures'), ...shapes, longLinePost(30_000), manySessionsPost(30)];
  it(`gives micromark's events on ${posts.length} posts and shapes`, () => {
    expect(posts.length).toBeGreaterThan(50);
    for (const post of posts) expect(describeEvents(post) === withMicromarkAttention(() => describeEvents(post))).toBe(true);
  });
});
