/**
 * `readMarkdownBlocks` must give exactly the root-level blocks (and list leads) of the full mdast
 * (with GFM, as react-markdown reads it): on tricky shapes, on every real post and fixture, and
 * on a generated corpus.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../src/cli/corpus.ts';
import { decodeText } from '../../src/content/read/decode.ts';
import { splitFrontmatter } from '../../src/content/read/frontmatter.ts';
import { parseMarkdownTree, readMarkdownBlocks, type MarkdownBlock } from '../../src/content/read/markdown-blocks.ts';

const ROOT = join(__dirname, '..', '..');

/** The blocks (and list leads) the full mdast gives, or null when the post has definitions. */
function blocksOfTree(body: string): MarkdownBlock[] | null {
  const root = parseMarkdownTree(body);
  if (root.children.some((n) => n.type === 'definition' || n.type === 'footnoteDefinition')) return null;
  return root.children.map((n) => {
    const block: MarkdownBlock = {
      type: n.type,
      depth: n.type === 'heading' ? n.depth : 0,
      start: n.position!.start.offset!,
      end: n.position!.end.offset!,
      line: n.position!.start.line,
      column: n.position!.start.column,
    };
    const item = n.type === 'list' ? n.children[0] : undefined;
    const first = item?.children[0];
    // A task item's `[ ]` reads as a check box only inside its list: no lead (see markdown-blocks.ts).
    if (first?.type === 'paragraph' && item!.checked == null && body.charCodeAt(first.position!.start.offset!) !== 91) {
      block.lead = { start: first.position!.start.offset!, end: first.position!.end.offset! };
    }
    return block;
  });
}

/** A post's body as the pipeline reads it: decoded (LF, NFC, no BOM), frontmatter split off. */
function bodyOf(file: string, bytes: Uint8Array): string | null {
  const decoded = decodeText(file, bytes);
  if (!decoded.ok) return null;
  const split = splitFrontmatter(file, decoded.text);
  return split.ok ? split.split.body : null;
}

function postsUnder(dir: string): { name: string; body: string }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(md|markdown|txt)$/i.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort()
    .flatMap((path) => {
      const body = bodyOf(path, readFileSync(path));
      return body === null ? [] : [{ name: relative(ROOT, path), body }];
    });
}

const shapes: { name: string; body: string }[] = [
  { name: 'a line opening with digits is not a list marker', body: '31년 넘게 운영해 온 시스템을 바꾸는 일이라 쉽지 않았을 것 같다.\n' },
  { name: 'a long ATX heading', body: '## 충분히 길게 쓴 제목이라서 가운데를 자를 수 있다\n' },
  { name: 'ATX closing sequences and an escaped #', body: '# 충분히 길게 쓴 제목이라서 가운데를 자를 수 있다 ###\n\n## 이스케이프된 샵으로 끝나는 긴 제목 줄이다 \\#\n' },
  { name: 'setext heading over two long lines', body: '첫 줄은 길게 써서 가운데를 잘라도 제목 본문으로 남는 줄\n둘째 줄도 길게 써서 가운데를 잘라도 제목 본문으로 남는 줄\n===\n' },
  { name: 'a long dash line after a paragraph is an underline, alone a break', body: '문단은 길게 써서 가운데를 잘라도 문단으로 남는 줄이다 그렇다\n------------------------------------------\n\n------------------------------------------\n' },
  { name: 'list items and lazy continuation lines', body: '- 첫 항목을 길게 써서 잘리게 만든다 그렇다\n- 둘째 항목을 길게 써서 잘리게 만든다 그렇다\n- 셋째 항목을 길게 써서 잘리게 만든다 그렇다\n게으른 줄\n게으른 줄 둘\n게으른 줄 셋\n\n다음 문단\n' },
  { name: 'an ordered list starting at 2 cannot interrupt a paragraph', body: '문단은 길게 써서 가운데를 잘라도 문단으로 남는 줄이다 그렇다\n2. 이 줄은 문단에 이어지는 줄이지 목록이 아니다 정말 그렇다\n' },
  { name: 'an HTML comment ends on its `-->` line', body: '<!--\n주석 안의 긴 줄은 가운데를 잘라도 주석으로 남는 줄이다 그렇다\n끝 --> 뒤에 글자가 있어도 주석은 이 줄에서 끝난다 그렇다\n문단이 된다\n' },
  { name: 'a table row without pipes, and a pipe-less table with a colon row', body: '| a | b |\n| - | - |\n파이프 없는 행도 표의 한 행이 되는 긴 줄이다 그렇다 그렇다\n\n첫 칸\n:-\n한 칸짜리 표의 본문 행이 되는 긴 줄이다 그렇다 그렇다\n' },
  { name: 'a footnote definition', body: '본문[^1] 문장을 길게 써서 가운데를 잘라도 되는 줄이다 그렇다\n\n[^1]: 각주 정의는 통째로 남는다 길게 써도 잘리지 않는다\n' },
  { name: 'a task list has no lead', body: '- [ ] 할 일 항목을 길게 써서 가운데를 자를 수 있게 만든다\n- [x] 끝낸 항목도 길게 써서 가운데를 자를 수 있게 만든다\n' },
  { name: 'a tab opens indented code', body: '\t탭으로 시작하는 긴 줄은 들여쓰기 코드 블록이 되고 통째로 남는다\n' },
];

describe('readMarkdownBlocks gives the blocks of the full parse', () => {
  it.each(shapes)('$name', ({ body }) => {
    expect(readMarkdownBlocks(body)?.blocks ?? null).toEqual(blocksOfTree(body));
  });

  it('on every real post and fixture', () => {
    // Posts nested past the nesting limit are left out: there the pipeline reads the markers past
    // level 32 as text on purpose, and the full parse overflows the stack (nesting-limit.test.ts).
    const posts = [...postsUnder(join(ROOT, 'content')), ...postsUnder(join(ROOT, 'test', 'fixtures'))].filter(
      ({ name }) => !name.startsWith(join('test', 'fixtures', 'deep-nesting')),
    );
    expect(posts.length).toBeGreaterThan(20);
    for (const { name, body } of posts) expect({ name, blocks: readMarkdownBlocks(body)?.blocks ?? null }).toEqual({ name, blocks: blocksOfTree(body) });
  });

  it('on a generated corpus', () => {
    const files = generateCorpus({ reviews: 60, seed: 11 });
    let read = 0;
    for (const file of files) {
      const body = bodyOf(file.path, file.bytes);
      if (body === null) continue;
      read++;
      expect({ name: file.path, blocks: readMarkdownBlocks(body)?.blocks ?? null }).toEqual({ name: file.path, blocks: blocksOfTree(body) });
    }
    expect(read).toBeGreaterThan(50);
  }, 120_000);
});
