import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../src/cli/corpus.ts';
import { MarkdownBlocks, parseMarkdownTree, readMarkdownBlocks } from '../../src/content/read/markdown-blocks.ts';

/** What the full mdast says the root-level blocks are. */
function blocksOfTree(body: string) {
  return parseMarkdownTree(body).children.map((n) => ({
    type: n.type,
    depth: n.type === 'heading' ? n.depth : 0,
    start: n.position!.start.offset,
    end: n.position!.end.offset,
    line: n.position!.start.line,
    column: n.position!.start.column,
  }));
}

const ROOT = join(__dirname, '..', '..');

/** The bodies of the markdown files under `dir`, as the pipeline reads them (LF, NFC, no frontmatter). */
function postsIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(md|markdown)$/.test(e.name) && !e.name.includes('5000-deep'))
    .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC').replace(/^---\n[\s\S]*?\n---\n/, ''));
}

const strip = (b: MarkdownBlocks) => b.blocks.map(({ lead: _lead, ...rest }) => rest);

const cases: { name: string; body: string; expected: [type: string, depth: number, start: number, end: number, line: number, column: number][] }[] = [
  { name: 'atx headings and a paragraph', body: '# A\n\n## B **b**\n\ntext\nmore\n', expected: [['heading', 1, 0, 3, 1, 1], ['heading', 2, 5, 15, 3, 1], ['paragraph', 0, 17, 26, 5, 1]] },
  { name: 'setext headings', body: 'Title\n=====\n\nSub\n---\n', expected: [['heading', 1, 0, 11, 1, 1], ['heading', 2, 13, 20, 4, 1]] },
  { name: 'indented heading and thematic break', body: '  ### C\n\n***\n', expected: [['heading', 3, 2, 7, 1, 3], ['thematicBreak', 0, 9, 12, 3, 1]] },
  { name: 'loose list over a blank line', body: '- a\n- b\n\n  c\n\n\n# h\n', expected: [['list', 0, 0, 12, 1, 1], ['heading', 1, 15, 18, 7, 1]] },
  { name: 'nested lists', body: '1. one\n   - two\n     - three\n2. four\n', expected: [['list', 0, 0, 36, 1, 1]] },
  { name: 'fenced code with a heading inside', body: '```\n# not a heading\n```\n# yes\n', expected: [['code', 0, 0, 23, 1, 1], ['heading', 1, 24, 29, 4, 1]] },
  { name: 'indented code', body: 'p\n\n    code\n', expected: [['paragraph', 0, 0, 1, 1, 1], ['code', 0, 3, 11, 3, 1]] },
  { name: 'html and blockquote', body: '<!-- c -->\n\n> quote\n> # h\n', expected: [['html', 0, 0, 10, 1, 1], ['blockquote', 0, 12, 25, 3, 1]] },
  { name: 'GFM table', body: '| a | b |\n| - | - |\n| 1 | 2 |\n', expected: [['table', 0, 0, 29, 1, 1]] },
];

describe('readMarkdownBlocks', () => {
  it.each(cases)('$name', ({ body, expected }) => {
    const blocks = readMarkdownBlocks(body)!;
    expect(blocks).not.toBeNull();
    const want = expected.map(([type, depth, start, end, line, column]) => ({ type, depth, start, end, line, column }));
    expect(strip(blocks)).toEqual(want);
    expect(strip(blocks)).toEqual(blocksOfTree(body));
  });

  it('gives each block exactly the node the full parse gives, batched or one by one', () => {
    const body = cases.map((c) => c.body).join('\n') + '\nA [link](https://x.test) and ![i](./a.png)\n\n- 홍길동님\n- two\n';
    const full = parseMarkdownTree(body);
    const batched = readMarkdownBlocks(body)!;
    batched.prefetch(batched.blocks.map((_, i) => i));
    const single = readMarkdownBlocks(body)!;
    expect(batched.length).toBe(full.children.length);
    full.children.forEach((node, i) => {
      expect(batched.node(i)).toEqual(node);
      expect(single.node(i)).toEqual(node);
    });
  });

  it('reads a list’s opening paragraph alone, except for task items', () => {
    const blocks = readMarkdownBlocks('- **홍길동**님\n  more\n  - nested\n\n* [ ] task\n')!;
    expect(blocks.blocks.map((b) => b.lead)).toEqual([{ start: 2, end: 17 }, undefined]);
    const lead = blocks.leadParagraph(0)!;
    const full = parseMarkdownTree('- **홍길동**님\n  more\n  - nested\n\n* [ ] task\n').children[0];
    expect(full?.type === 'list' && full.children[0]!.children[0]).toEqual(lead);
    expect(blocks.leadParagraph(1)).toBeNull();
  });

  it('gives up on posts with definitions, which tie blocks together', () => {
    expect(readMarkdownBlocks('See [x].\n\n[x]: ./a.md\n')).toBeNull();
    expect(readMarkdownBlocks('Note[^1].\n\n[^1]: the note\n')).toBeNull();
  });

  it('tells which blocks may hold links, relative URLs and speaker lines from their source', () => {
    const body = 'plain words\n\n[a](https://x.test) ![b](/root.png) [c](#top)\n\n![d](./img.png)\n\nwww.example.com\n\n발표자: 홍길동\n\n```\n[e](./x)\n```\n';
    const b = readMarkdownBlocks(body)!;
    expect(b.blocks.map((_, i) => b.mayContainLinks(i))).toEqual([false, true, true, true, false, false]);
    expect(b.blocks.map((_, i) => b.mayContainRelativeUrl(i))).toEqual([false, false, true, false, false, false]);
    expect(b.blocks.map((_, i) => b.mayContainSpeakerLine(i))).toEqual([false, false, false, false, true, false]);
  });

  // Every GFM construct compiles from the events to GFM's tree.
  const gfmShapes: [name: string, body: string][] = [
    ['strikethrough', '~~지운 글~~ 과 남은 글\n'],
    ['www and protocol autolink literals', '참고 www.example.com 그리고 HTTPS://Example.com/a 끝\n'],
    ['email autolink literal', '문의 someone@example.com 으로\n'],
    ['task list items', '- [ ] 할 일\n- [x] 한 일\n'],
    ['footnote call', '본문[^1] 입니다\n'],
    ['table with pipes', '| a | b |\n| - | - |\n| 1 | 2 |\n'],
    ['table without pipes', '첫 칸\n:-\n본문\n'],
    ['plain prose, emphasis, links and code', '**굵게** _기울임_ [링크](https://x.test) `코드` 와 <span>html</span>\n\n- 항목\n  - 중첩\n'],
  ];

  it.each(gfmShapes)('compiles a block to GFM’s tree: %s', (_, body) => {
    const full = parseMarkdownTree(body);
    const blocks = readMarkdownBlocks(body)!;
    blocks.prefetch(blocks.blocks.map((_, i) => i));
    full.children.forEach((node, i) => expect(blocks.node(i)).toEqual(node));
  });

  it('gives every block and lead paragraph of the real posts and a generated corpus exactly as the full parse does', () => {
    const decoder = new TextDecoder();
    const posts = [
      ...readdirSync(join(__dirname, '..', '..', 'content', 'reviews')).map((name) => readFileSync(join(__dirname, '..', '..', 'content', 'reviews', name), 'utf8')),
      ...generateCorpus({ reviews: 20, seed: 5 }).map((f) => decoder.decode(f.bytes)),
    ].map((text) => text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n').normalize('NFC').replace(/^---\n[\s\S]*?\n---\n/, ''));
    for (const body of posts) {
      const full = parseMarkdownTree(body);
      const leads = readMarkdownBlocks(body)!;
      leads.prefetch([], leads.blocks.map((_, i) => i));
      full.children.forEach((node, i) => {
        const lead = leads.leadParagraph(i);
        if (lead && node.type === 'list') expect(lead).toEqual(node.children[0]!.children[0]);
      });
      const blocks = readMarkdownBlocks(body)!;
      blocks.prefetch(blocks.blocks.map((_, i) => i));
      full.children.forEach((node, i) => expect(blocks.node(i)).toEqual(node));
    }
  }, 120_000);

  it('gives every block and lead paragraph the same once the events are released, each parsed again on its own', () => {
    const posts = [...postsIn(join(ROOT, 'content', 'reviews')), ...postsIn(join(ROOT, '..', 'shared', 'devset', 'reviews')), ...postsIn(join(ROOT, 'test', 'fixtures'))];
    posts.push(cases.map((c) => c.body).join('\n'), ...gfmShapes.map(([, body]) => body), '  - indented list\n  - two\n\n\tcode after a tab\n\n   > quote\nlazy\n');
    let compared = 0;
    for (const body of posts) {
      const blocks = readMarkdownBlocks(body);
      if (!blocks) continue;
      blocks.releaseEvents();
      const full = parseMarkdownTree(body);
      expect(blocks.length).toBe(full.children.length);
      full.children.forEach((node, i) => {
        if (node.type === 'list' && blocks.blocks[i]!.lead) expect(blocks.leadParagraph(i)).toEqual(node.children[0]!.children[0]);
        expect(blocks.node(i)).toEqual(node);
        compared++;
      });
    }
    expect(compared).toBeGreaterThan(1500);
  }, 120_000);
});

