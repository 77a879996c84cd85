/**
 * The top-level blocks of a post, read from micromark's event stream, with mdast built only for
 * the blocks that need inline detail.
 *
 * Building a full mdast (fromMarkdown) for every post costs twice micromark's parse: a tree of
 * objects for every word. The pipeline only needs the block structure (headings, thematic
 * breaks, paragraphs, lists… with positions) everywhere, and inline detail (heading text, links,
 * speaker lines) for a few blocks. So:
 *
 * - `readMarkdownBlocks` walks the post's events (markdown-events.ts, the parse its HTML is
 *   compiled from too). Each root-level token becomes a block with the position mdast would
 *   give it.
 * - `MarkdownBlocks.node(i)` gives the exact mdast node of block i: the source slice of the
 *   block, from the start of its first line so columns stay the same, parsed with fromMarkdown
 *   and shifted back into place. A root-level block's slice parses on its own exactly as in the
 *   post as long as the post has no definitions (link or footnote), which tie blocks together;
 *   posts with definitions use a full mdast (`readMarkdownBlocks` returns null). Slices are
 *   checked after parsing (one block of the same type, same start and end), and a mismatch
 *   throws `BlockMismatchError` so the caller can fall back to the full parse.
 * - `prefetch` parses many blocks in one fromMarkdown call, separated by an HTML comment line,
 *   which ends any root-level block and starts none.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import type { Event, Token } from 'micromark-util-types';
import type { Nodes, Paragraph, Root, RootContent } from 'mdast';
import { MICROMARK_EXTENSIONS, parsePostEvents } from './markdown-events.ts';

// Built once: gfmFromMarkdown() creates fresh extension objects on every call.
const MDAST_EXTENSIONS = [gfmFromMarkdown()];
/**
 * Everything GFM reads, blocks and inline: tables (a delimiter row needs a `|`, or a colon
 * against a dash), footnote definitions (`[^`), task list boxes (`[ ]`, `[x]`), strikethrough
 * (`~`), and autolink literals (`www.`, `http://`, `https://`, emails with `@`). Markdown without
 * any of these parses to the same mdast with or without GFM, at half the cost.
 */
const GFM_SYNTAX = /[|~@]|:-|-:|\[\^|\[[\t xX]\]|www\.|https?:\/\//i;

/** Markdown → mdast, micromark with GFM, as react-markdown with remark-gfm reads it. */
export function parseMarkdownTree(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: MICROMARK_EXTENSIONS, mdastExtensions: MDAST_EXTENSIONS });
}

export type BlockType = RootContent['type'];

export interface MarkdownBlock {
  /** The mdast type the block gets. */
  type: BlockType;
  /** Heading depth (1–6); 0 for other blocks. */
  depth: number;
  /** Body offsets, as mdast positions give them. */
  start: number;
  end: number;
  /** 1-based line and column of the start. */
  line: number;
  column: number;
  /**
   * Lists: body offsets of the first item's first paragraph, when that is what the item opens
   * with (and it is not a task list item, whose `[ ]` only reads as a check box in a list).
   */
  lead?: { start: number; end: number };
}

/** A parsed slice did not come out as the block the events described. */
export class BlockMismatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BlockMismatchError';
  }
}

/** Root-level token → mdast type. Tokens not listed (and not ignorable) make the reader give up. */
const BLOCK_TOKENS: Record<string, BlockType> = {
  atxHeading: 'heading',
  setextHeading: 'heading',
  thematicBreak: 'thematicBreak',
  codeFenced: 'code',
  codeIndented: 'code',
  htmlFlow: 'html',
  blockQuote: 'blockquote',
  listOrdered: 'list',
  listUnordered: 'list',
  table: 'table',
};
const IGNORED_TOKENS = new Set(['lineEnding', 'lineEndingBlank', 'linePrefix', 'whitespace', 'blankLine']);

/**
 * The blocks of `body`, or null when the post needs a full mdast: it has link or footnote
 * definitions, or a root-level construct this reader does not know. `events` are the body's
 * (`parsePostEvents`), when the caller parsed it already.
 */
export function readMarkdownBlocks(body: string, events: Event[] = parsePostEvents(body)): MarkdownBlocks | null {
  const blocks: MarkdownBlock[] = [];
  let depth = 0;
  let inContent = false;
  // The first item's first paragraph of the list being read: 0 looking for the first item,
  // 1 after its prefix, 2 inside its content, 3 done.
  let list: MarkdownBlock | null = null;
  let leadState = 3;
  for (let i = 0; i < events.length; i++) {
    const [kind, token] = events[i]!;
    const type = token.type;
    if (type === 'definition' || type === 'gfmFootnoteDefinition') return null;
    if (kind === 'exit') {
      depth--;
      if (depth === 0 && type === 'content') inContent = false;
      if (depth === 0) list = null;
      continue;
    }
    depth++;
    if (list && leadState < 3) {
      if (depth === 2 && !IGNORED_TOKENS.has(type) && type !== 'listItemIndent') {
        if (leadState === 0 && type === 'listItemPrefix') leadState = 1;
        else if (leadState === 1 && type === 'content') leadState = 2;
        else leadState = 3;
      } else if (depth === 3 && leadState === 2) {
        if (type === 'paragraph') {
          const { start, end } = token;
          if (body.charCodeAt(start.offset) !== 91 /* [ */) list.lead = { start: start.offset, end: end.offset };
        }
        leadState = 3;
      }
    }
    if (depth === 1) {
      if (type === 'content') {
        inContent = true;
        continue;
      }
      if (IGNORED_TOKENS.has(type)) continue;
      const blockType = BLOCK_TOKENS[type];
      if (!blockType) return null;
      let headingDepth = 0;
      if (type === 'atxHeading') {
        for (let j = i + 1; j < events.length; j++) {
          const t = events[j]![1];
          if (t.type === 'atxHeadingSequence') {
            headingDepth = t.end.offset - t.start.offset;
            break;
          }
        }
      } else if (type === 'setextHeading') {
        for (let j = i + 1; j < events.length; j++) {
          const t = events[j]![1];
          if (t.type === 'setextHeadingLineSequence') {
            headingDepth = body.charCodeAt(t.start.offset) === 61 /* = */ ? 1 : 2;
            break;
          }
        }
      }
      const block = toBlock(blockType, headingDepth, token);
      blocks.push(block);
      if (blockType === 'list') {
        list = block;
        leadState = 0;
      }
    } else if (depth === 2 && inContent) {
      if (type === 'paragraph') {
        blocks.push(toBlock('paragraph', 0, token));
      } else if (!IGNORED_TOKENS.has(type)) return null;
    }
  }
  return new MarkdownBlocks(body, blocks);
}

/** A block at a token's place in the body. */
function toBlock(type: BlockType, depth: number, token: Token): MarkdownBlock {
  const { start, end } = token;
  return { type, depth, start: start.offset, end: end.offset, line: start.line, column: start.column };
}

/** Blocks micromark never parses inline: no links, images or text nodes inside. */
const NO_INLINE = new Set<BlockType>(['code', 'html', 'thematicBreak']);
const MAY_LINK = /[\]<@]|www\.|https?:\/\//i;
/** A destination that is not relative: a scheme, an anchor, a root path or a query. */
const ABSOLUTE_DESTINATION = /[ \t\n]*<?(?:[a-z][a-z0-9+.-]*:|[#/?])/iy;

const SEPARATOR = '\n\n<!---->\n\n';
const SEPARATOR_LINES = 4;

function countLines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/** Move every position in a parsed slice back to where it is in the body. */
function shift(node: Nodes, offsetDelta: number, lineDelta: number): void {
  const p = node.position;
  if (p) {
    p.start = { line: p.start.line + lineDelta, column: p.start.column, offset: (p.start.offset ?? 0) + offsetDelta };
    p.end = { line: p.end.line + lineDelta, column: p.end.column, offset: (p.end.offset ?? 0) + offsetDelta };
  }
  if ('children' in node) for (const c of node.children) shift(c, offsetDelta, lineDelta);
}

/** Root-level blocks of one post, and their mdast on demand. */
export class MarkdownBlocks {
  private readonly nodes: (RootContent | undefined)[];
  private readonly leads = new Map<number, Paragraph | null>();

  constructor(
    readonly body: string,
    readonly blocks: MarkdownBlock[],
    nodes?: RootContent[],
  ) {
    this.nodes = nodes ?? new Array<RootContent | undefined>(blocks.length);
  }

  /** Blocks straight from a full mdast (tests, and posts with definitions). */
  static fromTree(body: string, root: Root): MarkdownBlocks {
    const blocks = root.children.map((n) => ({
      type: n.type,
      depth: n.type === 'heading' ? n.depth : 0,
      start: n.position?.start.offset ?? 0,
      end: n.position?.end.offset ?? 0,
      line: n.position?.start.line ?? 1,
      column: n.position?.start.column ?? 1,
    }));
    return new MarkdownBlocks(body, blocks, root.children);
  }

  get length(): number {
    return this.blocks.length;
  }

  /** Source of block i, as written. */
  source(i: number): string {
    const b = this.blocks[i]!;
    return this.body.slice(b.start, b.end);
  }

  isParsed(i: number): boolean {
    return this.nodes[i] !== undefined;
  }

  /**
   * Whether block i may hold a link node. Links come from `[…](…)`/`[…][…]` (a `]`), `<…>`
   * autolinks, and GFM literals (`www.`, `http://`, `https://`, emails with `@`).
   */
  mayContainLinks(i: number): boolean {
    if (NO_INLINE.has(this.blocks[i]!.type)) return false;
    return MAY_LINK.test(this.source(i));
  }

  /**
   * Whether block i may hold a link, image or definition whose URL is relative. Without
   * definitions every such URL is a resource destination, right after a `](`.
   */
  mayContainRelativeUrl(i: number): boolean {
    if (NO_INLINE.has(this.blocks[i]!.type)) return false;
    const source = this.source(i);
    for (let at = source.indexOf(']('); at !== -1; at = source.indexOf('](', at + 2)) {
      ABSOLUTE_DESTINATION.lastIndex = at + 2;
      if (!ABSOLUTE_DESTINATION.test(source)) return true;
    }
    return false;
  }

  /**
   * Whether the text of block i may have a `발표자: …`/`Speaker: …` line: it needs a colon and
   * one of the words (or a character reference, which could spell either).
   */
  mayContainSpeakerLine(i: number): boolean {
    const source = this.source(i);
    return /[:：&]/.test(source) && /발표|연사|스피커|speaker|presente|&/i.test(source);
  }

  /**
   * The first paragraph of list block i's first item, parsed on its own (its text and inline
   * nodes are exact; its positions are not), or null when the list has no such paragraph.
   */
  leadParagraph(i: number): Paragraph | null {
    const node = this.nodes[i];
    if (node) {
      const first = node.type === 'list' ? node.children[0]?.children[0] : undefined;
      return first?.type === 'paragraph' ? first : null;
    }
    if (!this.blocks[i]!.lead) return null;
    if (!this.leads.has(i)) this.parseSlices([], [i]);
    return this.leads.get(i) ?? null;
  }

  /** The exact mdast node of block i. */
  node(i: number): RootContent {
    const cached = this.nodes[i];
    if (cached) return cached;
    this.parseSlices([i]);
    return this.nodes[i]!;
  }

  /** Parse these blocks, and the lead paragraphs of these lists (those not parsed yet), in one go. */
  prefetch(indexes: Iterable<number>, leads: Iterable<number> = []): void {
    const todo = [...new Set(indexes)].filter((i) => i >= 0 && i < this.blocks.length && !this.nodes[i]).sort((a, b) => a - b);
    const inTodo = new Set(todo);
    const todoLeads = [...new Set(leads)].filter((i) => this.blocks[i]?.lead && !this.nodes[i] && !this.leads.has(i) && !inTodo.has(i));
    if (todo.length || todoLeads.length) this.parseSlices(todo, todoLeads);
  }

  /** Source of block i from the start of its first line (or of its lead paragraph). */
  private sliceOf(index: number, lead: boolean): string {
    const b = this.blocks[index]!;
    return lead ? this.body.slice(b.lead!.start, b.lead!.end) : this.body.slice(b.start - (b.column - 1), b.end);
  }

  /**
   * Parse blocks and lead paragraphs in one fromMarkdown call per kind: those with GFM syntax
   * with GFM, the others without (the same tree at half the cost), unless `gfm` says which.
   */
  private parseSlices(indexes: number[], leads: number[] = [], gfm?: boolean): void {
    if (gfm === undefined) {
      const needsGfm = (index: number, lead: boolean) => GFM_SYNTAX.test(this.sliceOf(index, lead));
      const withGfm = [indexes.filter((i) => needsGfm(i, false)), leads.filter((i) => needsGfm(i, true))] as const;
      const without = [indexes.filter((i) => !needsGfm(i, false)), leads.filter((i) => !needsGfm(i, true))] as const;
      if (withGfm[0].length || withGfm[1].length) this.parseSlices(withGfm[0], withGfm[1], true);
      if (without[0].length || without[1].length) this.parseSlices(without[0], without[1], false);
      return;
    }
    const parts: string[] = [];
    const places: { index: number; lead: boolean; syntheticOffset: number; syntheticLine: number; lineStart: number; length: number }[] = [];
    let offset = 0;
    let line = 1;
    const requests = [...indexes.map((index) => ({ index, lead: false })), ...leads.map((index) => ({ index, lead: true }))];
    for (const { index, lead } of requests) {
      const b = this.blocks[index]!;
      const lineStart = lead ? b.lead!.start : b.start - (b.column - 1);
      const part = this.body.slice(lineStart, lead ? b.lead!.end : b.end);
      if (parts.length) {
        parts.push(SEPARATOR);
        offset += SEPARATOR.length;
        line += SEPARATOR_LINES;
      }
      places.push({ index, lead, syntheticOffset: offset, syntheticLine: line, lineStart, length: part.length });
      parts.push(part);
      offset += part.length;
      line += countLines(part);
    }
    const root = gfm ? parseMarkdownTree(parts.join('')) : fromMarkdown(parts.join(''));
    let mismatch: string | null = root.children.length === places.length * 2 - 1 ? null : `parsed into ${root.children.length} nodes`;
    const found: RootContent[] = [];
    if (mismatch === null) {
      places.forEach((place, k) => {
        const node = root.children[k * 2]!;
        const b = this.blocks[place.index]!;
        if (place.lead) {
          const p = node.position;
          if (node.type !== 'paragraph' || p?.start.offset !== place.syntheticOffset || p.end.offset !== place.syntheticOffset + place.length) {
            mismatch ??= `lead paragraph of block ${place.index} parsed as ${node.type}`;
          }
          found.push(node);
          return;
        }
        shift(node, place.lineStart - place.syntheticOffset, b.line - place.syntheticLine);
        const depth = node.type === 'heading' ? node.depth : 0;
        const p = node.position;
        if (node.type !== b.type || depth !== b.depth || p?.start.offset !== b.start || p.end.offset !== b.end || p.start.line !== b.line) {
          mismatch ??= `block ${place.index} (${b.type} ${b.start}–${b.end}) parsed as ${node.type} ${p?.start.offset}–${p?.end.offset}`;
        }
        found.push(node);
      });
    }
    if (mismatch !== null) {
      // In a batch, a block may have run into its separator (an unclosed HTML block): one by one.
      if (places.length > 1) {
        for (const index of indexes) if (!this.nodes[index]) this.parseSlices([index], [], gfm);
        for (const index of leads) if (!this.leads.has(index)) this.parseSlices([], [index], gfm);
        return;
      }
      throw new BlockMismatchError(mismatch);
    }
    places.forEach((place, k) => {
      const node = found[k]!;
      if (place.lead) this.leads.set(place.index, node.type === 'paragraph' ? node : null);
      else this.nodes[place.index] = node;
    });
  }
}
