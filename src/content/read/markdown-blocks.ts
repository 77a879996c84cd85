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
 *   give it, and keeps where its events are.
 * - `MarkdownBlocks.node(i)` gives the exact mdast node of block i, compiled from those events
 *   by mdast-util-from-markdown's own compiler (vendor/mdast-compiler.js): no second parse.
 *   Before, each block's source was parsed again, a fifth of the pipeline's CPU on 2,000
 *   reviews (issue 13). A root-level block compiles on its own exactly as in the post as long
 *   as the post has no definitions (link or footnote), which tie blocks together; posts with
 *   definitions use a full mdast (`readMarkdownBlocks` returns null). Each node is checked
 *   (the block's type, start and end), and a mismatch throws `BlockMismatchError` so the caller
 *   can fall back to the full parse.
 * - `prefetch` compiles many blocks in one go: the compiler is set up once per call.
 *
 * A long post is read a part at a time (`MarkdownBlocks.reading`, `addPart`): review.ts
 * compiles the blocks its stages read inline while a part's events are here, then lets them go
 * (`releaseEvents`), as they are most of a long post's memory. A block asked for after that is
 * parsed again on its own, from the start of its line: a root-level block reads the same alone
 * (the tests compare every block of the real posts that way), and the same check applies.
 * A post parsed whole keeps its events until the blocks are dropped, at the end of reading the
 * review.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import type { Event, Token } from 'micromark-util-types';
import type { Paragraph, Root, RootContent } from 'mdast';
import { BETWEEN_BLOCKS, MICROMARK_EXTENSIONS, parsePostEvents, parseSliceEvents } from './markdown-events.ts';
import { compiler as compileMdast } from './vendor/mdast-compiler.js';

// Built once: gfmFromMarkdown() creates fresh extension objects on every call.
const MDAST_EXTENSIONS = [gfmFromMarkdown()];
/** Markdown → mdast, micromark with GFM, as react-markdown with remark-gfm reads it. */
export function parseMarkdownTree(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: MICROMARK_EXTENSIONS, mdastExtensions: MDAST_EXTENSIONS });
}

/**
 * A post's mdast from the events of its parts (markdown-events.ts): the same tree as
 * `parseMarkdownTree` but for a paragraph too long to read in one parse, which is in pieces here
 * as in the post's markup.
 */
export function parsePostTree(markdown: string): Root {
  return compileMdast({ mdastExtensions: MDAST_EXTENSIONS })(parsePostEvents(markdown));
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

/**
 * The blocks of `body`, or null when the post needs a full mdast: it has link or footnote
 * definitions, or a root-level construct this reader does not know. `events` are the body's
 * (`parsePostEvents`), when the caller parsed it already; a caller reading a long post a part
 * at a time uses `MarkdownBlocks.reading` and `addPart` instead.
 */
export function readMarkdownBlocks(body: string, events: Event[] = parsePostEvents(body)): MarkdownBlocks | null {
  const blocks = MarkdownBlocks.reading(body);
  return blocks.addPart(events) ? blocks : null;
}

/** The blocks of one part of a post, and where their events are in the part's. */
interface PartBlocks {
  blocks: MarkdownBlock[];
  /** Each block's events. */
  ranges: EventRange[];
  /** Each list's lead paragraph's events, by the list's index in `blocks`. */
  leads: Map<number, EventRange>;
}

/**
 * The root-level blocks in `events` (a part of the post starting at a root-level block, or the
 * whole post), or null when the post needs a full mdast.
 */
function readPartBlocks(body: string, events: Event[]): PartBlocks | null {
  const blocks: MarkdownBlock[] = [];
  const ranges: EventRange[] = [];
  const leadRanges = new Map<number, EventRange>();
  // The open block's range, closed at the exit of the token that opened it.
  let open: { range: EventRange; depth: number } | null = null;
  let openLead: { range: EventRange; depth: number } | null = null;
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
      if (open && depth === open.depth) {
        open.range.to = i + 1;
        open = null;
      }
      if (openLead && depth === openLead.depth) {
        openLead.range.to = i + 1;
        openLead = null;
      }
      depth--;
      if (depth === 0 && type === 'content') inContent = false;
      if (depth === 0) list = null;
      continue;
    }
    depth++;
    if (list && leadState < 3) {
      if (depth === 2 && !BETWEEN_BLOCKS.has(type) && type !== 'listItemIndent') {
        if (leadState === 0 && type === 'listItemPrefix') leadState = 1;
        else if (leadState === 1 && type === 'content') leadState = 2;
        else leadState = 3;
      } else if (depth === 3 && leadState === 2) {
        if (type === 'paragraph') {
          const { start, end } = token;
          if (body.charCodeAt(start.offset) !== 91 /* [ */) {
            list.lead = { start: start.offset, end: end.offset };
            openLead = { range: { from: i, to: i }, depth };
            leadRanges.set(blocks.length - 1, openLead.range);
          }
        }
        leadState = 3;
      }
    }
    if (depth === 1) {
      if (type === 'content') {
        inContent = true;
        continue;
      }
      if (BETWEEN_BLOCKS.has(type)) continue;
      const blockType = BLOCK_TOKENS[type];
      if (!blockType) return null;
      const block = toBlock(blockType, headingDepth(body, events, i), token);
      blocks.push(block);
      open = { range: { from: i, to: i }, depth };
      ranges.push(open.range);
      if (blockType === 'list') {
        list = block;
        leadState = 0;
      }
    } else if (depth === 2 && inContent) {
      if (type === 'paragraph') {
        blocks.push(toBlock('paragraph', 0, token));
        open = { range: { from: i, to: i }, depth };
        ranges.push(open.range);
      } else if (!BETWEEN_BLOCKS.has(type)) return null;
    }
  }
  return { blocks, ranges, leads: leadRanges };
}

/** The depth of the heading whose enter is `events[at]`; 0 when it is not a heading. */
function headingDepth(body: string, events: Event[], at: number): number {
  const type = events[at]![1].type;
  const sequence = type === 'atxHeading' ? 'atxHeadingSequence' : type === 'setextHeading' ? 'setextHeadingLineSequence' : null;
  if (!sequence) return 0;
  for (let j = at + 1; j < events.length; j++) {
    const t = events[j]![1];
    if (t.type !== sequence) continue;
    if (type === 'atxHeading') return t.end.offset - t.start.offset;
    return body.charCodeAt(t.start.offset) === 61 /* = */ ? 1 : 2;
  }
  return 0;
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

/** Line feed and carriage return. */
const LINE_END = new Set([10, 13]);
/** What may precede a root-level block on its line. */
const INDENT = /^[ \t]*$/;

/** Events `from` (an enter) up to `to` (after its exit): one token and everything inside it. */
interface EventRange {
  from: number;
  to: number;
}

/** Where a block's events are: in which part of the post, and where in that part's events. */
interface BlockEvents {
  part: number;
  range: EventRange;
  /** A list's lead paragraph's events, in the same part. */
  lead?: EventRange;
}

/** Root-level blocks of one post, and their mdast on demand. */
export class MarkdownBlocks {
  private readonly nodes: (RootContent | undefined)[];
  private readonly leads = new Map<number, Paragraph | null>();
  /** The events of each part read (`addPart`), until `releaseEvents`. */
  private readonly parts: (Event[] | null)[] = [];
  /** Each block's events, for blocks read from events (`addPart`). */
  private readonly where: BlockEvents[] = [];

  /** A tree given whole (`fromTree`) has every node already. */
  private constructor(
    readonly body: string,
    readonly blocks: MarkdownBlock[],
    nodes: RootContent[],
  ) {
    this.nodes = nodes;
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

  /** No blocks yet: they come from the post's events, a part at a time (`addPart`). */
  static reading(body: string): MarkdownBlocks {
    return new MarkdownBlocks(body, [], []);
  }

  /**
   * Reads the blocks of the next part of the post's events (`parsePostParts`); false when the
   * post needs a full mdast (the blocks are then incomplete and must not be used).
   */
  addPart(events: Event[]): boolean {
    const read = readPartBlocks(this.body, events);
    if (!read) return false;
    const part = this.parts.push(events) - 1;
    read.blocks.forEach((block, k) => {
      this.blocks.push(block);
      this.nodes.push(undefined);
      const lead = read.leads.get(k);
      this.where.push(lead ? { part, range: read.ranges[k]!, lead } : { part, range: read.ranges[k]! });
    });
    return true;
  }

  /**
   * Lets the events of the parts read so far go: they are most of a long post's memory. A block
   * not compiled by then is compiled later from its own source, parsed again on its own
   * (`compileBlocks`).
   */
  releaseEvents(): void {
    this.parts.fill(null);
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
   * The first paragraph of list block i's first item, compiled on its own (the node the full
   * parse has there), or null when the list has no such paragraph.
   */
  leadParagraph(i: number): Paragraph | null {
    const node = this.nodes[i];
    if (node) {
      const first = node.type === 'list' ? node.children[0]?.children[0] : undefined;
      return first?.type === 'paragraph' ? first : null;
    }
    if (!this.blocks[i]!.lead) return null;
    if (!this.leads.has(i)) this.compileBlocks([], [i]);
    return this.leads.get(i) ?? null;
  }

  /** The exact mdast node of block i. */
  node(i: number): RootContent {
    const cached = this.nodes[i];
    if (cached) return cached;
    this.compileBlocks([i]);
    return this.nodes[i]!;
  }

  /** Compile these blocks, and the lead paragraphs of these lists (those not compiled yet), in one go. */
  prefetch(indexes: Iterable<number>, leads: Iterable<number> = []): void {
    const todo = [...new Set(indexes)].filter((i) => i >= 0 && i < this.blocks.length && !this.nodes[i]).sort((a, b) => a - b);
    const inTodo = new Set(todo);
    const todoLeads = [...new Set(leads)].filter((i) => this.blocks[i]?.lead && !this.nodes[i] && !this.leads.has(i) && !inTodo.has(i));
    if (todo.length || todoLeads.length) this.compileBlocks(todo, todoLeads);
  }

  /**
   * The mdast of blocks and lead paragraphs from the post's own events, in one compile: their
   * events in order make a root with one child each, exactly the nodes the full mdast has (root-
   * level line endings between blocks add nothing to a tree, and a post with definitions, which
   * tie blocks together, never gets here). Positions are the body's already.
   */
  private compileBlocks(indexes: number[], leads: number[] = []): void {
    const requests = [...indexes.map((index) => ({ index, lead: false })), ...leads.map((index) => ({ index, lead: true }))];
    const picked: Event[] = [];
    for (const { index, lead } of requests) {
      const { events, range } = this.eventsOf(index, lead);
      for (let i = range.from; i < range.to; i++) picked.push(events[i]!);
    }
    const root = compileMdast({ mdastExtensions: MDAST_EXTENSIONS })(picked);
    if (root.children.length !== requests.length) throw new BlockMismatchError(`${requests.length} blocks compiled into ${root.children.length} nodes`);
    requests.forEach(({ index, lead }, k) => {
      const node = root.children[k]!;
      const b = this.blocks[index]!;
      const want = lead ? { type: 'paragraph', start: b.lead!.start, end: b.lead!.end } : { type: b.type, start: b.start, end: b.end };
      const p = node.position;
      if (node.type !== want.type || p?.start.offset !== want.start || p.end.offset !== want.end) {
        throw new BlockMismatchError(`block ${index} compiled as ${node.type} ${p?.start.offset}–${p?.end.offset}`);
      }
      if (lead) this.leads.set(index, node as Paragraph);
      else this.nodes[index] = node;
    });
  }

  /**
   * The events of block `index` (or of its lead paragraph): its part's, or, once they are
   * released, its own source's, parsed again from the start of its line. A root-level block
   * parses on its own as in the post (nothing but a definition reaches into a block from
   * outside); the block read from them must still be the same one.
   */
  private eventsOf(index: number, lead: boolean): { events: Event[]; range: EventRange } {
    const where = this.where[index];
    if (!where) throw new BlockMismatchError('blocks without the events they were read from');
    let events = this.parts[where.part];
    let found: BlockEvents | undefined = where;
    if (!events) {
      const b = this.blocks[index]!;
      let lineStart = b.start;
      while (lineStart > 0 && !LINE_END.has(this.body.charCodeAt(lineStart - 1))) lineStart--;
      // A piece of a long paragraph starts inside its line (markdown-sections.ts): from there.
      const inLine = !INDENT.test(this.body.slice(lineStart, b.start));
      events = inLine ? parseSliceEvents(this.body, b.start, b.end, b.line, b.column) : parseSliceEvents(this.body, lineStart, b.end, b.line);
      const again = readPartBlocks(this.body, events);
      const block = again?.blocks.length === 1 ? again.blocks[0]! : undefined;
      if (!again || !block || block.type !== b.type || block.start !== b.start || block.end !== b.end) {
        throw new BlockMismatchError(`block ${index} does not read the same on its own`);
      }
      found = { part: -1, range: again.ranges[0]!, lead: again.leads.get(0) };
    }
    const range = lead ? found.lead : found.range;
    if (!range || range.to <= range.from) throw new BlockMismatchError(`no events for ${lead ? 'the lead paragraph of ' : ''}block ${index}`);
    return { events, range };
  }
}
