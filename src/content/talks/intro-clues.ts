/**
 * What the lines right under a heading say about its talk: the speakers (a speaker line, a first
 * bullet, a slide credit, a `연사 소개` section), its links, and which paragraphs are only that
 * boilerplate; and whether a talk's notes hold anything at all.
 */
import { toString } from 'mdast-util-to-string';
import { EXIT, visit } from 'unist-util-visit';
import type { Nodes, Paragraph } from 'mdast';
import type { Outline, OutlineHeading } from '../outline.ts';
import { readEmbed, readSpeakerPage } from './embeds.ts';
import type { CompanyResolver } from '../people/companies.ts';
import type { MarkdownBlocks } from '../read/markdown-blocks.ts';
import {
  readBulletByline,
  readCompanyNamePairs,
  readNameBullet,
  readPersonLine,
  readPoliteNames,
  readProseSpeaker,
  readSpeakerLine,
  type SpeakerDraft,
} from '../people/speakers.ts';

export function isAbsoluteUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/** Speaker clues under a heading, before its first sub-heading. */
export interface IntroClues {
  speakers: SpeakerDraft[];
  /** `root.children` indexes of paragraphs that only name the speaker or link the session. */
  boilerplate: Set<number>;
  links: string[];
  hasSpeakerLine: boolean;
}

/** How many blocks under a heading its speaker clues are looked for in. */
export const INTRO_BLOCKS = 8;

/**
 * The blocks under heading block `headingBlock` (up to `end`) whose inline content the intro
 * clues read. The others can add nothing: no link can be in them and no speaker line, so they
 * stay unparsed.
 */
export function introBlocksToRead(blocks: MarkdownBlocks, headingBlock: number, end: number): BlocksToRead {
  const read: BlocksToRead = { blocks: [], leads: [] };
  let firstList = true;
  for (let i = headingBlock + 1; i < end; i++) {
    const type = blocks.blocks[i]!.type;
    if (blocks.isParsed(i) || blocks.mayContainLinks(i) || (type === 'paragraph' && (i === headingBlock + 1 || blocks.mayContainSpeakerLine(i))))
      read.blocks.push(i);
    else if (type === 'list' && firstList) {
      // Only the first item's opening paragraph is read for speakers.
      if (blocks.blocks[i]!.lead) read.leads.push(i);
      else read.blocks.push(i);
    }
    if (type === 'list') firstList = false;
  }
  return read;
}

export interface BlocksToRead {
  /** Blocks read whole. */
  blocks: number[];
  /** Lists of which only the lead paragraph is read. */
  leads: number[];
}

/**
 * Every block `selectSessions` will likely read inline, so a post's blocks can be parsed in one
 * go: the headings, what their intros may hold, and the first block of each section (whether
 * the session has notes). Of blocks `from` to `to` when a post is read a part at a time: a part
 * ends where the next starts, before a heading.
 */
export function blocksToRead(blocks: MarkdownBlocks, from = 0, to = blocks.length): BlocksToRead {
  const headingBlocks: number[] = [];
  for (let i = from; i < to; i++) if (blocks.blocks[i]!.type === 'heading') headingBlocks.push(i);
  const read: BlocksToRead = { blocks: [...headingBlocks], leads: [] };
  headingBlocks.forEach((h, k) => {
    const next = headingBlocks[k + 1] ?? to;
    const intro = introBlocksToRead(blocks, h, Math.min(next, h + 1 + INTRO_BLOCKS));
    read.blocks.push(...intro.blocks);
    read.leads.push(...intro.leads);
    for (let i = h + 1; i < next && i <= h + 2; i++) {
      const b = blocks.blocks[i]!;
      if (b.type === 'list' && b.lead) read.leads.push(i);
      // A table is not: whether it holds anything is read from its source (hasMeaningfulContent).
      else if (b.type === 'paragraph' || b.type === 'blockquote' || b.type === 'list') read.blocks.push(i);
    }
  });
  return read;
}

/** Speakers named by a list's first item: `홍길동님`, `카카오 정규돈, 카카오뱅크 신재홍`. */
export function readListLead(text: string, clues: IntroClues, companies: CompanyResolver): void {
  // `- speaker: **방진호**, **임동우** (삼성전자)`, `* speaker: Matthijs Brouns`
  const line = readSpeakerLine(text.split('\n')[0]!);
  if (line) {
    clues.speakers.push(...line);
    clues.hasSpeakerLine = true;
    return;
  }
  const bullet = readNameBullet(text);
  const pairs = bullet ? null : readCompanyNamePairs(text, companies);
  const byline = bullet || pairs ? null : readBulletByline(text.split('\n')[0]!, companies);
  if (bullet) clues.speakers.push(...bullet);
  else if (pairs) clues.speakers.push(...pairs);
  else if (byline) clues.speakers.push(byline);
}

export function readIntroClues(outline: Outline, h: OutlineHeading, companies: CompanyResolver): IntroClues {
  const clues: IntroClues = { speakers: [], boilerplate: new Set(), links: [], hasSpeakerLine: false };
  const { blocks } = outline;
  const end = Math.min(h.introEndNode, h.nodeIndex + 1 + INTRO_BLOCKS);
  const toRead = introBlocksToRead(blocks, h.nodeIndex, end);
  blocks.prefetch(toRead.blocks, toRead.leads);
  let seenList = false;
  for (let i = h.nodeIndex + 1; i < end; i++) {
    if (blocks.blocks[i]!.type === 'html') {
      // A pasted SlideShare embed ends with its caption: `<a …>Talk</a> from <a …>Speaker</a>`.
      const speaker = clues.speakers.length ? null : readEmbed(blocks.source(i))?.speaker;
      if (speaker) clues.speakers.push({ name: speaker });
      continue;
    }
    if (!blocks.isParsed(i)) {
      if (blocks.blocks[i]!.type !== 'list' || seenList) continue;
      seenList = true;
      // A list without links: its first item's opening paragraph is all that is read.
      const lead = blocks.leadParagraph(i);
      if (lead) {
        readListLead(toString(lead).trim(), clues, companies);
        continue;
      }
    }
    const node = blocks.node(i);
    visit(node, 'link', (l) => {
      if (isAbsoluteUrl(l.url)) clues.links.push(l.url);
    });
    if (node.type === 'paragraph') {
      const text = toString(node);
      const lines = text.split('\n');
      for (const line of lines) {
        const speakers = !clues.hasSpeakerLine ? readSpeakerLine(line) : null;
        if (speakers) {
          clues.speakers.push(...speakers);
          clues.hasSpeakerLine = true;
        }
      }
      if (!clues.speakers.length) {
        const from = readSlideCredit(node);
        if (from) clues.speakers.push(...from);
      }
      const onlyLink = node.children.every((c) => c.type === 'link' || (c.type === 'text' && c.value.trim() === ''));
      if ((lines.length === 1 && readSpeakerLine(text)) || (onlyLink && node.children.some((c) => c.type === 'link'))) clues.boilerplate.add(i);
      if (!clues.speakers.length && i === h.nodeIndex + 1) {
        // The line right under the heading: `홍길동님 / 김철수님`, `이름 | 회사`, company/name pairs.
        const first = paragraphLines(node)[0] ?? '';
        const named = readPoliteNames(first) ?? readCompanyNamePairs(text.trim(), companies);
        const person = named ? null : readPersonLine(first);
        if (named) clues.speakers.push(...named);
        else if (person && first.length <= 60) clues.speakers.push(person);
      }
      if (!clues.speakers.length) {
        const person = lines.map(readProseSpeaker).find(Boolean);
        if (person) clues.speakers.push(person);
      }
    } else if (node.type === 'blockquote' && i === h.nodeIndex + 1 && !clues.speakers.length) {
      // `> 홍길동님 - 카카오` under the heading.
      const lead = node.children[0];
      const first = lead?.type === 'paragraph' ? (paragraphLines(lead)[0] ?? '') : '';
      const named = readPoliteNames(first) ?? (readPersonLine(first) ? [readPersonLine(first)!] : null);
      if (named) clues.speakers.push(...named);
    } else if (node.type === 'list' && !seenList) {
      seenList = true;
      const first = node.children[0];
      if (first) {
        const para = first.children[0];
        readListLead(para ? toString(para).trim() : '', clues, companies);
      }
    }
  }
  if (!clues.speakers.length) {
    // Only a link to the speaker's page on the conference site names them (`- 프로필 https://…/speaker/choeun`).
    const page = clues.links.map(readSpeakerPage).find(Boolean);
    if (page) clues.speakers.push(page);
  }
  return clues;
}

/**
 * `[slides](https://…) from [Anna Migas](https://…/speakers/…)`: SlideShare's credit line, kept
 * by posts that paste the embed's caption. The linked name after "from" is the speaker.
 */
export function readSlideCredit(node: Paragraph): SpeakerDraft[] | null {
  const last = node.children[node.children.length - 1];
  const before = node.children[node.children.length - 2];
  if (!last || last.type !== 'link' || !before || before.type !== 'text' || !/(?:^|\s)from\s*$/i.test(before.value)) return null;
  const names = toString(last)
    .split(/\s*[,，&]\s*/)
    .map((n) => n.trim())
    .filter(Boolean);
  return names.length && names.every((n) => n.length <= 40) ? names.map((name) => ({ name })) : null;
}

/** Whether root-level blocks [from, to) hold anything but boilerplate, breaks and comments. */
export function hasMeaningfulContent(blocks: MarkdownBlocks, from: number, to: number, skip: Set<number>): boolean {
  for (let i = from; i < to; i++) {
    if (skip.has(i)) continue;
    const type = blocks.blocks[i]!.type;
    if (type === 'thematicBreak' || type === 'definition') continue;
    if (type === 'heading' || type === 'code') return true;
    // A list whose opening paragraph has content has content; no need to parse all of it.
    if (type === 'list' && !blocks.isParsed(i)) {
      const lead = blocks.leadParagraph(i);
      if (lead && holdsContent(lead)) return true;
    }
    // A table not parsed for its links: its source says it. Its mdast would be the largest
    // thing a long table costs (a 32,000-row table, issue 13), for a yes or no.
    if (type === 'table' && !blocks.isParsed(i)) {
      if (tableHoldsContent(blocks.source(i))) return true;
      continue;
    }
    const n = blocks.node(i);
    if (n.type === 'html') {
      if (!/^\s*<!--[\s\S]*-->\s*$/.test(n.value)) return true;
      continue;
    }
    if (holdsContent(n)) return true;
  }
  return false;
}

export function holdsContent(node: Nodes): boolean {
  let found = false;
  visit(node, (c) => {
    if (c.type === 'image' || c.type === 'imageReference' || (c.type === 'text' && c.value.trim() !== '') || c.type === 'inlineCode' || c.type === 'code') {
      found = true;
      return EXIT;
    }
  });
  return found;
}

/**
 * Whether a GFM table's source holds anything but its pipes, delimiter row and spaces: text in
 * any cell (an escaped `\|` too). What `holdsContent` finds in its mdast, but for a cell of only
 * an HTML comment, which counts here.
 */
export function tableHoldsContent(source: string): boolean {
  return /[^|\-:\s]/u.test(source);
}

/** A paragraph's lines, hard breaks (`  ` or `<br>` at a line end) included. */
export function paragraphLines(node: Paragraph): string[] {
  return node.children
    .map((c) => (c.type === 'break' ? '\n' : toString(c)))
    .join('')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

// `### 연사 소개`, `### Speaker`: a talk's own section about who gave it.
export const SPEAKER_SECTION = /^(?:연사|발표자|스피커|speakers?|presenters?)\s*(?:소개|정보|info|bio|profile)?$/i;

/**
 * The people a `연사 소개` section names: each paragraph line that reads as a person (`한재엽
 * 님(@Jbee)`, `(김상균(curt.k) 님)`), with the first bullet after it as their company
 * (`- 카카오모빌리티`).
 */
export function readSpeakerSection(outline: Outline, about: OutlineHeading): SpeakerDraft[] {
  const { blocks } = outline;
  const out: SpeakerDraft[] = [];
  for (let i = about.nodeIndex + 1; i < Math.min(about.introEndNode, about.nodeIndex + 1 + INTRO_BLOCKS); i++) {
    const node = blocks.node(i);
    if (node.type === 'paragraph') {
      for (const line of paragraphLines(node)) {
        const person = readPersonLine(line);
        if (person) out.push(person);
      }
    } else if (node.type === 'list' && out.length) {
      const last = out[out.length - 1]!;
      const lead = node.children[0]?.children[0];
      const company = lead && lead.type === 'paragraph' ? toString(lead).trim() : '';
      if (!last.company && company && company.length <= 40 && !/[.!?。]$/.test(company)) last.company = company;
    }
  }
  return out;
}
