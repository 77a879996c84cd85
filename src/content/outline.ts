/**
 * The heading tree of a post. Posts mix levels freely (a `##` talk followed by `#` talks, `####`
 * talks under a `#` post title), so nesting follows the document: a heading's parent is the
 * nearest earlier heading with a smaller depth, whatever the absolute level.
 */
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Heading, Root, RootContent } from 'mdast';
import { MarkdownBlocks } from './read/markdown-blocks.ts';

export interface OutlineHeading {
  /** Position in `Outline.headings`. */
  index: number;
  depth: number;
  /** Heading text with inline markdown stripped and spaces collapsed. */
  text: string;
  /** URL when the whole heading is one link (`## [Talk](https://…)`). */
  link?: string;
  /** Every link URL inside the heading (`## [Talk](https://…) (홍길동 | 회사)`). */
  links: string[];
  /** 1-based line/column in the body. */
  line: number;
  column: number;
  /** Body offsets of the heading itself. */
  start: number;
  end: number;
  /** Index of this heading in the post's root-level blocks (`root.children`). */
  nodeIndex: number;
  /** `root.children` index where the section ends (next heading of same or higher level). */
  sectionEndNode: number;
  /** `root.children` index of the next heading of any level (end of the heading's own intro). */
  introEndNode: number;
  /** Body offset where the section ends. */
  sectionEnd: number;
  anchor: string;
  parent: number | null;
  children: number[];
}

export interface Outline {
  /** The post's root-level blocks (`root.children`), with their mdast on demand. */
  blocks: MarkdownBlocks;
  headings: OutlineHeading[];
  /** Headings without a parent, in document order. */
  top: number[];
}

/** Plain heading text: inline code, emphasis, links unwrapped; whitespace collapsed. */
export function readHeadingText(node: Heading): string {
  return toString(node).replace(/\s+/g, ' ').trim();
}

/** The link a heading is wrapped in, when the link carries (nearly) all of its text. */
function readHeadingLink(node: Heading): string | undefined {
  const meaningful = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  let only: RootContent | undefined = meaningful.length === 1 ? meaningful[0] : undefined;
  // `## **[Talk](url)**`: look through one level of emphasis.
  if (only && (only.type === 'strong' || only.type === 'emphasis') && only.children.length === 1) only = only.children[0];
  return only && only.type === 'link' ? only.url : undefined;
}

/** Build the outline of a parsed body. */
export function buildOutline(root: Root, bodyLength: number): Outline {
  return buildOutlineFromBlocks(MarkdownBlocks.fromTree('', root), bodyLength);
}

/** Build the outline from a post's root-level blocks; only the headings get parsed inline. */
export function buildOutlineFromBlocks(blocks: MarkdownBlocks, bodyLength: number): Outline {
  const slugger = new GithubSlugger();
  const headings: OutlineHeading[] = [];
  const top: number[] = [];
  const stack: OutlineHeading[] = [];
  const count = blocks.length;
  const headingBlocks: number[] = [];
  blocks.blocks.forEach((b, i) => {
    if (b.type === 'heading') headingBlocks.push(i);
  });
  blocks.prefetch(headingBlocks);
  for (const nodeIndex of headingBlocks) {
    const node = blocks.node(nodeIndex);
    if (node.type !== 'heading' || !node.position) continue;
    const text = readHeadingText(node);
    while (stack.length && stack[stack.length - 1]!.depth >= node.depth) stack.pop();
    const parent = stack.length ? stack[stack.length - 1]! : null;
    const h: OutlineHeading = {
      index: headings.length,
      depth: node.depth,
      text,
      line: node.position.start.line,
      column: node.position.start.column,
      start: node.position.start.offset ?? 0,
      end: node.position.end.offset ?? 0,
      nodeIndex,
      sectionEndNode: count,
      introEndNode: count,
      sectionEnd: bodyLength,
      // GitHub's slugger is stateful: the second "리뷰" heading becomes `리뷰-1`.
      anchor: slugger.slug(text),
      parent: parent ? parent.index : null,
      children: [],
      links: [],
    };
    visit(node, 'link', (l) => {
      h.links.push(l.url);
    });
    const link = readHeadingLink(node);
    if (link) h.link = link;
    if (parent) parent.children.push(h.index);
    else top.push(h.index);
    headings.push(h);
    stack.push(h);
  }
  // Close sections: each heading's section runs to the next heading at the same or a higher
  // level. One pass with a stack of the headings still open, so a post with thousands of
  // headings under one title costs their number, not its square.
  const open: OutlineHeading[] = [];
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i]!;
    if (i > 0) headings[i - 1]!.introEndNode = h.nodeIndex;
    while (open.length && open[open.length - 1]!.depth >= h.depth) {
      const closed = open.pop()!;
      closed.sectionEndNode = h.nodeIndex;
      closed.sectionEnd = h.start;
    }
    open.push(h);
  }
  return { blocks, headings, top };
}
