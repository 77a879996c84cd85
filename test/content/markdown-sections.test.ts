/**
 * A long post parsed a section at a time (src/content/read/markdown-sections.ts) gives the events
 * and the HTML of one whole parse, on every real post and fixture, cut at every heading it may be
 * cut at; and it is not cut where the text before could run on.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from 'micromark';
import { gfmHtml } from 'micromark-extension-gfm';
import type { Event } from 'micromark-util-types';
import { describe, expect, it } from 'vitest';
import { parsePostEvents, parseWholeEvents } from '../../src/content/read/markdown-events.ts';
import { sectionStarts, SECTION_MIN_CHARS } from '../../src/content/read/markdown-sections.ts';
import { manySessionsPost } from '../../src/cli/hostile-corpus.ts';

const ROOT = join(import.meta.dirname, '..', '..');

function postsUnder(dir: string): { name: string; text: string }[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(md|markdown|txt)$/.test(e.name) && !e.name.includes('5000-deep'))
    .map((e) => ({ name: e.name, text: readFileSync(join(e.parentPath, e.name), 'utf8').replace(/\r\n?/g, '\n') }));
}

/** Each event as kind, type and both points: what a part parsed apart would move. */
function describeEvents(events: Event[]): string[] {
  return events.map(([kind, t]) => `${kind} ${t.type} ${t.start.line}:${t.start.column}:${t.start.offset}-${t.end.line}:${t.end.column}:${t.end.offset}`);
}

const html = (events: Event[]) => compile({ htmlExtensions: [gfmHtml()] })(events);

describe('parsing a post a section at a time', () => {
  const posts = [...postsUnder('content/reviews'), ...postsUnder('../shared/devset/reviews'), ...postsUnder('test/fixtures')];

  it('gives the events and HTML of the whole parse on every real post, cut at every heading it may be cut at', () => {
    let cut = 0;
    for (const { name, text } of posts) {
      if (sectionStarts(text, 1).length === 0) continue;
      cut++;
      const whole = parseWholeEvents(text);
      const parts = parsePostEvents(text, 1);
      expect(describeEvents(parts), name).toEqual(describeEvents(whole));
      expect(html(parts), name).toBe(html(whole));
    }
    expect(cut).toBeGreaterThan(40);
  });

  it("cuts a post of 1,000 sessions (the hostile generator's shape) into parts, and reads it the same", () => {
    const text = manySessionsPost(1000).split('\n---\n').slice(1).join('\n---\n');
    const starts = sectionStarts(text);
    expect(starts.length).toBeGreaterThan(3);
    starts.forEach((s, k) => expect(s.offset - (starts[k - 1]?.offset ?? 0)).toBeGreaterThanOrEqual(SECTION_MIN_CHARS));
    for (const s of starts) expect(text.slice(s.offset, s.offset + 7)).toMatch(/^#{1,6} /);
    for (const s of starts) expect(text.slice(0, s.offset).split('\n').length).toBe(s.line);
    expect(describeEvents(parsePostEvents(text))).toEqual(describeEvents(parseWholeEvents(text)));
  });

  it('reads an ordinary post whole, and a post that may have a definition whole', () => {
    expect(sectionStarts('## a\n\ntext\n\n## b\n\ntext\n')).toEqual([]);
    const long = `## a\n\n${'글 '.repeat(SECTION_MIN_CHARS)}\n\n## b\n\n${'글 '.repeat(SECTION_MIN_CHARS)}\n`;
    expect(sectionStarts(long)).toHaveLength(1);
    expect(sectionStarts(`${long}\n[b]: https://example.com\n`)).toEqual([]);
  });

  it('parses on through a fenced code block or raw HTML left open before a cut', () => {
    const open = '## a\n\n```\ncode\n\n## inside the fence\n\n```\n\n## b\n\ntext\n';
    expect(sectionStarts(open, 1)).toHaveLength(2);
    expect(describeEvents(parsePostEvents(open, 1))).toEqual(describeEvents(parseWholeEvents(open)));
    // Every section leaves a fence open into the next: read as the whole parse reads it.
    const chain = Array.from({ length: 20 }, (_, k) => `## s${k}\n\n\`\`\`\ncode ${k}\n\n`).join('');
    expect(sectionStarts(chain, 1)).toHaveLength(19);
    expect(describeEvents(parsePostEvents(chain, 1))).toEqual(describeEvents(parseWholeEvents(chain)));
    const raw = '## a\n\n<pre>\nx\n\n## inside the pre\n\n</pre>\n\n## b\n\ntext\n';
    expect(html(parsePostEvents(raw, 1))).toBe(html(parseWholeEvents(raw)));
    expect(html(parsePostEvents(raw, 1))).toContain('## inside the pre');
  });
});
