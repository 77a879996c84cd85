/**
 * One parse per post (post-html.ts): the HTML of each write-up compiled from the post's events
 * must be the HTML its slice renders to on its own (the emitter's way, write-up-html.ts), on
 * every kind of block, and posts whose definitions tie blocks together must still come out right.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Event } from 'micromark-util-types';
import { describe, expect, it } from 'vitest';
import { readMarkdownBlocks } from '../../src/content/read/markdown-blocks.ts';
import { parsePostEvents } from '../../src/content/read/markdown-events.ts';
import { compileMarkup } from '../../src/content/html/notes-html.ts';
import { compilePostMarkup, renderPostHtml, type WriteUpSlice } from '../../src/content/html/post-html.ts';
import { generateCorpus } from '../../src/cli/corpus.ts';
import { renderReviewTemplate } from '../../src/content/html/review-html.ts';
import { renderWriteUpHtml } from '../../src/content/html/write-up-html.ts';

/** Each `## ` heading's notes: the blocks up to the next heading, as sessions.ts cuts them. */
function writeUpsOf(body: string): WriteUpSlice[] {
  const { blocks } = readMarkdownBlocks(body) ?? { blocks: [] };
  const slices: WriteUpSlice[] = [];
  blocks.forEach((block, i) => {
    if (block.type !== 'heading') return;
    let last = i;
    while (blocks[last + 1] && blocks[last + 1]!.type !== 'heading') last++;
    if (last === i) return;
    const start = blocks[i + 1]!.start;
    const end = blocks[last]!.end;
    slices.push({ start, end, markdown: body.slice(start, end), empty: false });
  });
  return slices;
}

const ROOT = join(import.meta.dirname, '..', '..');

const render = (body: string) => {
  const writeUps = writeUpsOf(body);
  return { writeUps, ...renderPostHtml({ body, bodyLine: 1, headings: [] }, writeUps) };
};

describe('renderPostHtml', () => {
  it('gives each write-up the HTML of its slice, on lists, tables, code, quotes, HTML and links', () => {
    const body = [
      '# 후기',
      '## 첫 세션 (카카오 - 홍길동)',
      '- 느슨한\n\n- 목록\n  1. 안쪽 **강조**',
      '| a | b |\n| :- | -: |\n| 1 | 2 |',
      '```js\nconst a = 1;\n```',
      '## 둘째 세션',
      '> 인용 ~~취소~~ www.kakao.com\n\n<div onclick="x">raw</div>',
      '    들여쓴 코드',
      '[링크](https://if.kakao.com/2024) ![사진](./a.png) <https://a.b>',
      '## 셋째 세션\n  들여쓴 문단\n게으른 줄',
    ].join('\n\n');
    const { writeUps, notes, review } = render(body);
    expect(writeUps).toHaveLength(3);
    expect(notes).toEqual(writeUps.map((w) => renderWriteUpHtml(w.markdown, w.empty)));
    expect(notes[0]).toContain('<table>');
    expect(notes[1]).toContain('&lt;div onclick=&quot;x&quot;&gt;');
    expect(review).toBe(renderReviewTemplate({ body, bodyLine: 1, headings: [] }));
  });

  it("compiles the post's blocks once for both pages: the review is the post compiled whole, anchors included, in whatever order the write-ups come", () => {
    const body = ['## 첫 세션', '- 목록\n- 둘', '## 둘째', '문단 **굵게**', '### 셋째', '| a |\n| - |\n| 1 |', '끝 문단'].join('\n\n');
    const source = { body, bodyLine: 1, headings: [{ line: 1, anchor: 'first' }, { line: 6, anchor: 'second' }, { line: 10, anchor: 'third' }] };
    const all = writeUpsOf(body);
    expect(all).toHaveLength(3);
    for (const writeUps of [all, [...all].reverse(), [all[1]!, all[1]!], [all[2]!]]) {
      const { review, notes } = renderPostHtml(source, writeUps);
      expect(review).toBe(renderReviewTemplate(source));
      expect(notes).toEqual(writeUps.map((w) => renderWriteUpHtml(w.markdown, w.empty)));
    }
    const { review } = renderPostHtml(source, all);
    expect(review).toContain('<h2 id="second">');
    expect(review).toContain('<h3 id="third">');
  });

  it('renders each slice on its own when the post has definitions, as the emitter does', () => {
    const body = '## 세션\n\n[참고][ref] 와 각주[^1]\n\n## 다음\n\n본문\n\n[ref]: https://kakao.com\n[^1]: 각주 본문\n';
    const slice = (text: string): WriteUpSlice => ({ start: body.indexOf(text), end: body.indexOf(text) + text.length, markdown: text, empty: false });
    const writeUps = [slice('[참고][ref] 와 각주[^1]'), slice('본문')];
    const { notes } = renderPostHtml({ body, bodyLine: 1, headings: [] }, writeUps);
    expect(notes).toEqual(writeUps.map((w) => renderWriteUpHtml(w.markdown, w.empty)));
    // The slice alone does not see the definition: the reference stays text, as it always did.
    expect(notes[0]).toContain('[참고][ref]');
  });

  it('gives an empty write-up no HTML', () => {
    const body = '## 세션\n\n본문\n';
    const [slice] = writeUpsOf(body);
    expect(renderPostHtml({ body, bodyLine: 1, headings: [] }, [{ ...slice!, empty: true }]).notes).toEqual(['']);
  });
});

/**
 * The old way, kept as the reference: each root-level block, and each run of root-level line
 * endings, compiled apart.
 */
function piecesCompiledApart(events: Event[]): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let from = -1;
  const lineEnding = (type: string) => type === 'lineEnding' || type === 'lineEndingBlank';
  const close = (to: number) => {
    if (from >= 0) pieces.push(compileMarkup(events.slice(from, to), true));
    from = -1;
  };
  events.forEach(([kind, token], i) => {
    if (kind === 'enter') {
      if (depth === 0 && !(from >= 0 && lineEnding(token.type))) {
        close(i);
        from = i;
      }
      depth++;
    } else if (--depth === 0 && !lineEnding(token.type)) close(i + 1);
  });
  close(events.length);
  return pieces;
}

describe('compilePostMarkup', () => {
  const bodyOf = (text: string) => text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n').normalize('NFC').replace(/^---\n[\s\S]*?\n---\n/, '');
  const postsIn = (dir: string) =>
    readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.(md|markdown)$/.test(e.name))
      .map((e) => bodyOf(readFileSync(join(e.parentPath, e.name), 'utf8')));
  const decoder = new TextDecoder();
  const shapes = [
    '```js\ncode at the end',
    '- a\n- b\n\n\n\n> q\n>\n> r\n\nSetext\n---\n\n<div>\nraw\n</div>\n\n    indented\n\n| a |\n| - |\n| 1 |\n\n***\n',
    '# only a heading',
    '\n\n\n문단 끝에 줄바꿈 없음',
  ];

  it('cuts one compile of the post into the pieces each block compiled apart gives, on every real post, the devset and a generated corpus', () => {
    const posts = [...postsIn('content/reviews'), ...postsIn('../shared/devset/reviews'), ...generateCorpus({ reviews: 40, seed: 11 }).map((f) => bodyOf(decoder.decode(f.bytes))), ...shapes];
    expect(posts.length).toBeGreaterThan(50);
    let compared = 0;
    for (const body of posts) {
      const events = parsePostEvents(body);
      const markup = compilePostMarkup(events);
      if (!markup.roots) continue;
      expect(markup.roots.markup).toEqual(piecesCompiledApart(events));
      expect(markup.whole).toBe(compileMarkup(events, true));
      compared++;
    }
    expect(compared).toBeGreaterThan(45);
  });
});
