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
import { BETWEEN_BLOCKS, parsePostEvents, parsePostParts, parseWholeEvents } from '../../src/content/read/markdown-events.ts';
import { MarkdownBlocks, readMarkdownBlocks } from '../../src/content/read/markdown-blocks.ts';
import { compilePostMarkup, joinPostMarkup } from '../../src/content/html/post-html.ts';
import { blocksToRead } from '../../src/content/talks/sessions.ts';
import { sectionStarts, SECTION_SIZES } from '../../src/content/read/markdown-sections.ts';

/** Cut before every heading that allows it, whatever the post's length. */
const EVERY_HEADING = { post: 0, part: 1, paragraph: Infinity };
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

const sortedSet = (indexes: number[]) => [...new Set(indexes)].sort((a, b) => a - b);

const html = (events: Event[]) => compile({ htmlExtensions: [gfmHtml()] })(events);

describe('parsing a post a section at a time', () => {
  const posts = [...postsUnder('content/reviews'), ...postsUnder('../shared/devset/reviews'), ...postsUnder('test/fixtures')];

  it('gives the events and HTML of the whole parse on every real post, cut at every heading it may be cut at', () => {
    let cut = 0;
    for (const { name, text } of posts) {
      if (sectionStarts(text, EVERY_HEADING).length === 0) continue;
      cut++;
      const whole = parseWholeEvents(text);
      const parts = parsePostEvents(text, EVERY_HEADING);
      expect(describeEvents(parts), name).toEqual(describeEvents(whole));
      expect(html(parts), name).toBe(html(whole));
    }
    expect(cut).toBeGreaterThan(40);
  });

  it('reads the blocks, their nodes, what the sessions read inline and the markup part by part as from the whole parse, each part let go before the next', () => {
    let cut = 0;
    let inSeveral = 0;
    for (const { name, text } of posts) {
      if (sectionStarts(text, EVERY_HEADING).length === 0) continue;
      const whole = readMarkdownBlocks(text);
      if (!whole) continue;
      cut++;
      const inParts = MarkdownBlocks.reading(text);
      const markups = [];
      const toRead: { blocks: number[]; leads: number[] } = { blocks: [], leads: [] };
      let parts = 0;
      for (const { events, last } of parsePostParts(text, EVERY_HEADING)) {
        const from = inParts.length;
        expect(inParts.addPart(events), name).toBe(true);
        markups.push(compilePostMarkup(events));
        const read = blocksToRead(inParts, from, inParts.length);
        toRead.blocks.push(...read.blocks);
        toRead.leads.push(...read.leads);
        if (!last) inParts.releaseEvents();
        parts++;
      }
      if (parts > 1) inSeveral++;
      expect(inParts.blocks, name).toEqual(whole.blocks);
      const wholeRead = blocksToRead(whole);
      expect(sortedSet(toRead.blocks), name).toEqual(sortedSet(wholeRead.blocks));
      expect(sortedSet(toRead.leads), name).toEqual(sortedSet(wholeRead.leads));
      whole.blocks.forEach((_, i) => expect(inParts.node(i), name).toEqual(whole.node(i)));
      expect(joinPostMarkup(markups), name).toEqual(compilePostMarkup(parseWholeEvents(text)));
    }
    expect(cut).toBeGreaterThan(40);
    expect(inSeveral).toBeGreaterThan(50);
  });

  it("cuts a post of 1,000 sessions (the hostile generator's shape) into parts, and reads it the same", () => {
    const text = manySessionsPost(1000).split('\n---\n').slice(1).join('\n---\n');
    const starts = sectionStarts(text);
    expect(starts.length).toBeGreaterThan(3);
    starts.forEach((s, k) => expect(s.offset - (starts[k - 1]?.offset ?? 0)).toBeGreaterThanOrEqual(SECTION_SIZES.part));
    for (const s of starts) expect(text.slice(s.offset, s.offset + 7)).toMatch(/^#{1,6} /);
    for (const s of starts) expect(text.slice(0, s.offset).split('\n').length).toBe(s.line);
    expect(describeEvents(parsePostEvents(text))).toEqual(describeEvents(parseWholeEvents(text)));
  });

  it('reads an ordinary post whole, and a post that may have a definition whole', () => {
    expect(sectionStarts('## a\n\ntext\n\n## b\n\ntext\n')).toEqual([]);
    // Sections longer than a part, in a post shorter than the size from which posts are cut.
    const section = (k: number) => `## ${k}\n\n${'글 '.repeat(SECTION_SIZES.part * 0.6)}\n`;
    const ordinary = Array.from({ length: 12 }, (_, k) => section(k)).join('\n');
    expect(ordinary.length).toBeLessThan(SECTION_SIZES.post);
    expect(sectionStarts(ordinary)).toEqual([]);
    expect(sectionStarts(`${ordinary}\n${ordinary}`).length).toBeGreaterThan(10);
    // Paragraphs just under the paragraph limit: cut before headings only.
    const long = Array.from({ length: 5 }, (_, k) => `## ${k}\n\n${'글 '.repeat(SECTION_SIZES.paragraph / 2 - 1)}\n`).join('\n');
    expect(long.length).toBeGreaterThan(SECTION_SIZES.post);
    expect(sectionStarts(long)).toHaveLength(4);
    expect(sectionStarts(long).filter((s) => s.paragraph)).toEqual([]);
    expect(sectionStarts(`${long}\n[b]: https://example.com\n`)).toEqual([]);
  });

  it('parses on through a fenced code block or raw HTML left open before a cut', () => {
    const open = '## a\n\n```\ncode\n\n## inside the fence\n\n```\n\n## b\n\ntext\n';
    expect(sectionStarts(open, EVERY_HEADING)).toHaveLength(2);
    expect(describeEvents(parsePostEvents(open, EVERY_HEADING))).toEqual(describeEvents(parseWholeEvents(open)));
    // Every section leaves a fence open into the next: read as the whole parse reads it.
    const chain = Array.from({ length: 20 }, (_, k) => `## s${k}\n\n\`\`\`\ncode ${k}\n\n`).join('');
    expect(sectionStarts(chain, EVERY_HEADING)).toHaveLength(19);
    expect(describeEvents(parsePostEvents(chain, EVERY_HEADING))).toEqual(describeEvents(parseWholeEvents(chain)));
    const raw = '## a\n\n<pre>\nx\n\n## inside the pre\n\n</pre>\n\n## b\n\ntext\n';
    expect(html(parsePostEvents(raw, EVERY_HEADING))).toBe(html(parseWholeEvents(raw)));
    expect(html(parsePostEvents(raw, EVERY_HEADING))).toContain('## inside the pre');
  });

  it('cuts after raw HTML that has ended (an embed, an image tag, a closed comment), and parses on through raw HTML still open', () => {
    const partsOf = (text: string) => [...parsePostParts(text, EVERY_HEADING)].length;
    for (const closed of ['<iframe src="https://x.test/embed"></iframe>', '<img src="a.png">', '<!-- more -->', '<div>\n텍스트\n</div>', '<script>x()</script>', '<?php echo 1 ?>', '<!DOCTYPE html>']) {
      const text = `## a\n\n${closed}\n\n## b\n\n글\n\n## c\n\n글\n`;
      expect(partsOf(text), closed).toBe(3);
      expect(describeEvents(parsePostEvents(text, EVERY_HEADING)), closed).toEqual(describeEvents(parseWholeEvents(text)));
    }
    for (const open of ['<!-- 주석\n\n', '<script>\nlet a = 1;\n\n', '<!-->\n', '<![CDATA[\nx\n\n', '<style>\np { }\n\n']) {
      const text = `## a\n\n${open}\n\n## b\n\n글 -->\n\n## c\n\n글 </style>\n`;
      expect(partsOf(text), open).toBe(1);
      expect(describeEvents(parsePostEvents(text, EVERY_HEADING)), open).toEqual(describeEvents(parseWholeEvents(text)));
    }
  });
});

describe('a paragraph too long for one parse', () => {
  /** The root-level blocks of the events: type and start point. */
  const blocksOf = (events: Event[]) => {
    let depth = 0;
    const blocks: string[] = [];
    for (const [kind, t] of events) {
      if (kind === 'exit') depth--;
      // A paragraph is micromark's `content` at the root.
      else if (depth++ === 0 && !BETWEEN_BLOCKS.has(t.type)) blocks.push(`${t.type === 'content' ? 'paragraph' : t.type} ${t.start.line}:${t.start.column}:${t.start.offset}`);
    }
    return blocks;
  };
  /** Line and column of an offset, counted in the text. */
  const pointAt = (text: string, offset: number) => {
    const before = text.slice(0, offset).split('\n');
    return `${before.length}:${before.at(-1)!.length + 1}:${offset}`;
  };
  const lines = (count: number) => Array.from({ length: count }, (_, i) => `[링크 ${i}](https://example.com/${i}) 발표 내용 *강조* 그리고 \`코드\` ${i}`).join('\n');
  const tail = '\n\n## 다음 세션 (홍길동 - 카카오)\n\n- 내용\n';

  it('reads a paragraph of many lines in pieces, each starting a line, and the rest of the post as before', () => {
    const text = `## 세션 (홍길동 - 카카오)\n\n${lines(2500)}${tail}`;
    const starts = sectionStarts(text);
    expect(starts.length).toBeGreaterThan(10);
    for (const s of starts) {
      expect(s.paragraph).toEqual({ line: 3, length: text.indexOf('\n\n## 다음') + 1 - text.indexOf('[링크 0]') });
      expect(s.column).toBe(1);
      expect(text[s.offset - 1]).toBe('\n');
    }
    const blocks = blocksOf(parsePostEvents(text));
    // The heading, one paragraph per piece, the heading after it and its list.
    expect(blocks.filter((b) => b.startsWith('paragraph'))).toEqual([text.indexOf('[링크 0]'), ...starts.map((s) => s.offset)].map((o) => `paragraph ${pointAt(text, o)}`));
    expect(blocks.slice(-2)).toEqual(blocksOf(parseWholeEvents(text)).slice(-2));
    // Everything after the paragraph reads as in one parse, positions included.
    const after = text.indexOf('\n\n## 다음');
    const fromAfter = (events: Event[]) => describeEvents(events.filter(([, t]) => t.start.offset >= after));
    expect(fromAfter(parsePostEvents(text))).toEqual(fromAfter(parseWholeEvents(text)));
  });

  it('cuts a single long line after spaces, each piece a paragraph at its own column', () => {
    const line = Array.from({ length: 4000 }, (_, i) => `아주 긴 한 줄 **강조** 와 [링크](https://example.com/${i}) 그리고 \`코드\``).join(' ');
    const text = `## 세션 (홍길동 - 카카오)\n\n${line}${tail}`;
    const starts = sectionStarts(text);
    expect(starts.length).toBeGreaterThan(10);
    for (const s of starts) {
      expect(s.line).toBe(3);
      expect(text[s.offset - 1]).toBe(' ');
      expect(`${s.line}:${s.column}:${s.offset}`).toBe(pointAt(text, s.offset));
    }
    const paragraphs = blocksOf(parsePostEvents(text)).filter((b) => b.startsWith('paragraph'));
    expect(paragraphs).toEqual([text.indexOf('아주'), ...starts.map((s) => s.offset)].map((o) => `paragraph ${pointAt(text, o)}`));
    // Each piece is read from its own column when its block is parsed again on its own.
    const blocks = MarkdownBlocks.reading(text);
    for (const { events } of parsePostParts(text)) expect(blocks.addPart(events)).toBe(true);
    const inPieces = blocks.blocks.map((b, i) => (b.type === 'paragraph' ? i : -1)).filter((i) => i > 0);
    const kept = inPieces.map((i) => JSON.stringify(blocks.node(i).position));
    blocks.releaseEvents();
    const again = MarkdownBlocks.reading(text);
    for (const { events } of parsePostParts(text)) again.addPart(events);
    again.releaseEvents();
    expect(inPieces.map((i) => JSON.stringify(again.node(i).position))).toEqual(kept);
  });

  it('reads whole a paragraph within the limit, and a long run of lines that could be more than a paragraph', () => {
    const filler = `\n\n${Array.from({ length: 40 }, (_, k) => `## ${k}\n\n${'글 '.repeat(2000)}`).join('\n\n')}\n`;
    const within = `${'글 '.repeat(SECTION_SIZES.paragraph / 2 - 1)}\n${filler}`;
    expect(sectionStarts(within).filter((s) => s.paragraph)).toEqual([]);
    for (const [what, text] of [
      ['a setext heading underline after it', `${lines(6000)}\n---\n${filler}`],
      ['a list line inside it', `${lines(3000)}\n- 목록\n${lines(3000)}\n${filler}`],
      ['a table row inside it', `${lines(3000)}\n| a | b |\n${lines(3000)}\n${filler}`],
      ['an indented line inside it', `${lines(3000)}\n    들여쓴 줄\n${lines(3000)}\n${filler}`],
    ]) {
      expect(sectionStarts(text!).filter((s) => s.paragraph), what).toEqual([]);
    }
    // Inside a fenced code block never closed, the rest of the post is read in one parse.
    const fenced = `\`\`\`\n${lines(6000)}\n${filler}`;
    expect(describeEvents(parsePostEvents(fenced))).toEqual(describeEvents(parseWholeEvents(fenced)));
  });
});
