/**
 * Which headings of a post are conference sessions, and what each one's title and notes are.
 *
 * Posts put talks at any level (`####` under a `#` post title, `##` followed by `#`), wrap them
 * in containers (`### 세션`, `## Day 2`), and surround them with intro, venue, lobby, wrap-up and
 * verdict sections. We walk the heading tree from the top: a post-title or container heading is
 * looked through, a known non-session heading is skipped with everything under it, and any other
 * heading is a session whose subtree (steps, parts, the reviewer's "리뷰") is its notes. A heading
 * with no speaker clue of its own whose children carry speaker clues is a container (a track).
 */
import { slug } from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Nodes, Paragraph } from 'mdast';
import type { CompanyResolver } from '../people/companies.ts';
import type { MarkdownBlocks } from '../read/markdown-blocks.ts';
import { detectDay, type SeriesRecognizer } from '../edition/editions.ts';
import { compactTitle, titleSimilarity } from '../catalog/merge.ts';
import type { Outline, OutlineHeading } from '../outline.ts';
import type { SessionKind } from '../schema.ts';
import {
  readCompanyNamePairs,
  readNameBullet,
  readPartHeading,
  readPersonLine,
  readPoliteNames,
  readProseSpeaker,
  readSpeakerLine,
  splitHeadingSpeakers,
  type HeadingSpeakers,
  type SpeakerDraft,
} from '../people/speakers.ts';

export interface SessionDraft {
  heading: OutlineHeading;
  title: string;
  kind: SessionKind;
  speakers: SpeakerDraft[];
  /** Companies named without a person, as written. */
  companies: string[];
  /** Absolute URLs from the heading link and the notes' opening, in order. */
  links: string[];
  /** Exact body slice of the notes, and its offsets in the body. */
  markdown: string;
  start: number;
  end: number;
  empty: boolean;
  /** Day from a container heading (`## Day 2`), when there is one. */
  day: number | null;
}

export interface SessionContext {
  postTitle?: string;
  recognizers: SeriesRecognizer[];
  companies: CompanyResolver;
  body: string;
}

export type HeadingRole = 'title' | 'container' | 'other' | 'candidate';

const SESSION_PREFIX = /^(?:세션|session|talk|track|트랙|발표)\s*#?\s*\d{1,2}\s*(?:[-–—:.)]\s*)?/i;
// `1.`, `(2)`, `[3]`, `4 - `, `⑤`, and letters as outlines use them: `A. `, `Q. ` (a capital, a dot, a space).
const NUMBERING = /^(?:\[\s*\d{1,2}\s*\]|\(\s*\d{1,2}\s*\)|\d{1,2}\s*[.)](?!\d)|\d{1,2}\s+[-–—:]\s+|[①-⑳]|[A-Z]\.(?=\s))\s*/;
// Decorations before a title: emoji, bullets, arrows.
const LEADING_SYMBOLS = /^[^\p{L}\p{N}"'“‘「『\[(<]+/u;

/** Drop numbering and decorations: `03.Practical…`, `세션 1 - ES 클러스터`, `🎤 Talk`. */
export function stripNumbering(text: string): string {
  let t = text.trim().replace(LEADING_SYMBOLS, '');
  t = t.replace(SESSION_PREFIX, '');
  t = t.replace(NUMBERING, '');
  return t.trim();
}

/** The session title of a heading: numbering and speaker part removed. */
export function cleanSessionTitle(text: string, companies: CompanyResolver): HeadingSpeakers {
  const split = splitHeadingSpeakers(stripNumbering(text), companies);
  return { ...split, title: split.title || stripNumbering(text) };
}

/** The number a heading is numbered with (`03.Practical` → 3, `세션 2 - …` → 2), or null. */
export function readHeadingNumber(text: string): number | null {
  const m = /^(?:(?:세션|session|talk|track|트랙|발표)\s*#?\s*)?(\d{1,2})\s*(?:[.)](?!\d)|\s+[-–—:]\s)/i.exec(text.trim());
  return m ? Number(m[1]) : null;
}

// Words that make a heading about the post or the event rather than a talk.
const FILLER = new Set(
  `후기 참관기 참석기 참여기 참가기 참여 참석 참가 방문기 방문 컨퍼런스 콘퍼런스 개발자 행사 conference review recap 다녀온 다녀와서 다녀왔다
   전체 전체적인 개인적인 나의 내 최종 간단한 간단히 짧은 마지막 마지막으로 그리고 및 한줄 overall final my 총 첫째날 둘째날 셋째날 날 일차 the and of`.split(/\s+/),
);
const CONTAINER = new Set(`세션 세션들 sessions session talks talk 발표 발표들 강연 트랙 track 오전 오후 전반부 후반부 들은 들었던 참석한 내용 목록 모음 정리`.split(/\s+/));
const NON_SESSION = new Set(
  `마무리 마치며 마치면서 정리 총평 후기 느낀점 느낀 점 소감 회고 결론 conclusion conclusions wrap up wrapup 맺음말 끝으로 나가며 에필로그 epilogue 리뷰 review
   감상 한줄평 아쉬운 아쉬웠던 좋았던 좋은 참고 자료 references reference 출처 링크 links ps 덧붙여 번외 q a qa qna 질의응답 질문 답변 overview 개요 intro
   introduction 들어가며 들어가기 들어가기전에 서론 시작하며 시작하기 시작 계기 동기 prologue 프롤로그 목차 toc tldr 요약 summary 장소 위치 입장 등록 접수 로비 부스
   굿즈 기념품 점심 점심시간 식사 간식 네트워킹 networking 현장 스케치 분위기 소개 일정 타임테이블 timetable schedule agenda 이벤트 경품 후원 스폰서 사진 전 전에 후
   with 신청 당첨 추첨 가는길 가는 길 교통 주차 숙소 안내 공지 thanks 감사 인사 etc 기타 about 대상 time table welcome 느낌 행사장 행사정보
   란 이란 end 끝 끝으로 previous 지난 지난발표 중식 열린점심 석식 저녁 expo 엑스포 booth 스폰서십 sponsors sponsor 후원사 lunch break 휴식 쉬는시간 coffee`.split(/\s+/),
);
const POST_TITLE_WORDS = /후기|참관기|참석기|참가기|참여기|다녀|recap|review/i;
const KEYNOTE = /키노트|keynote|기조\s*(?:연설|강연|발표)/i;
const PANEL = /패널|panel|대담|좌담|토크\s*콘서트/i;

function compact(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** What a heading is, by its words alone. */
export function classifyHeading(text: string, ctx: Pick<SessionContext, 'postTitle' | 'recognizers'>): { role: HeadingRole; day: number | null } {
  const day = detectDay(text);
  if (ctx.postTitle && compact(ctx.postTitle) === compact(text)) return { role: 'title', day };
  const hadEdition = ctx.recognizers.some((r) => r.find(text) >= 0);
  let t = stripNumbering(text);
  for (const r of ctx.recognizers) t = r.strip(t);
  t = t
    // Dates say when, not what: `1일차 - 2015-09-14`, `9월 14일`.
    .replace(/(?<!\d)\d{4}\s*[-./년]\s*\d{1,2}\s*[-./월]\s*\d{1,2}\s*일?(?!\d)/g, ' ')
    .replace(/(?<!\d)\d{1,2}\s*월\s*\d{1,2}\s*일/g, ' ')
    .replace(/(?<!\d)20[0-4]\d(?!\d)/g, ' ')
    .replace(/(?<![a-z])day\s*[-_.]?\s*\d{1,2}/gi, ' ')
    .replace(/(?<!\d)\d\s*일\s*차/g, ' ')
    .replace(/(첫|둘|두|셋|세|넷|네)\s*(?:째|번째)\s*날/g, ' ');
  const words = t
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const meaningful = words.filter((w) => !FILLER.has(w));
  if (meaningful.length === 0) {
    if (words.some((w) => NON_SESSION.has(w)) && !hadEdition && day === null) return { role: 'other', day };
    return { role: hadEdition ? 'title' : day !== null ? 'container' : 'other', day };
  }
  const isSmall = (w: string) => /^[a-z0-9]$/.test(w);
  if (meaningful.some((w) => CONTAINER.has(w)) && meaningful.every((w) => CONTAINER.has(w) || NON_SESSION.has(w) || isSmall(w)))
    return { role: 'container', day };
  if (meaningful.every((w) => NON_SESSION.has(w) || isSmall(w))) return { role: 'other', day };
  return { role: 'candidate', day };
}

function isAbsoluteUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/** Speaker clues under a heading, before its first sub-heading. */
interface IntroClues {
  speakers: SpeakerDraft[];
  /** `root.children` indexes of paragraphs that only name the speaker or link the session. */
  boilerplate: Set<number>;
  links: string[];
  hasSpeakerLine: boolean;
}

/** How many blocks under a heading its speaker clues are looked for in. */
const INTRO_BLOCKS = 8;

/**
 * The blocks under heading block `headingBlock` (up to `end`) whose inline content the intro
 * clues read. The others can add nothing: no link can be in them and no speaker line, so they
 * stay unparsed.
 */
function introBlocksToRead(blocks: MarkdownBlocks, headingBlock: number, end: number): BlocksToRead {
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
 * the session has notes).
 */
export function blocksToRead(blocks: MarkdownBlocks): BlocksToRead {
  const headingBlocks: number[] = [];
  blocks.blocks.forEach((b, i) => {
    if (b.type === 'heading') headingBlocks.push(i);
  });
  const read: BlocksToRead = { blocks: [...headingBlocks], leads: [] };
  headingBlocks.forEach((h, k) => {
    const next = headingBlocks[k + 1] ?? blocks.length;
    const intro = introBlocksToRead(blocks, h, Math.min(next, h + 1 + INTRO_BLOCKS));
    read.blocks.push(...intro.blocks);
    read.leads.push(...intro.leads);
    for (let i = h + 1; i < next && i <= h + 2; i++) {
      const b = blocks.blocks[i]!;
      if (b.type === 'list' && b.lead) read.leads.push(i);
      else if (b.type === 'paragraph' || b.type === 'blockquote' || b.type === 'table' || b.type === 'list') read.blocks.push(i);
    }
  });
  return read;
}

/** Speakers named by a list's first item: `홍길동님`, `카카오 정규돈, 카카오뱅크 신재홍`. */
function readListLead(text: string, clues: IntroClues, companies: CompanyResolver): void {
  // `- speaker: **방진호**, **임동우** (삼성전자)`, `* speaker: Matthijs Brouns`
  const line = readSpeakerLine(text.split('\n')[0]!);
  if (line) {
    clues.speakers.push(...line);
    clues.hasSpeakerLine = true;
    return;
  }
  const bullet = readNameBullet(text);
  const pairs = bullet ? null : readCompanyNamePairs(text, companies);
  if (bullet) clues.speakers.push(...bullet);
  else if (pairs) clues.speakers.push(...pairs);
}

function readIntroClues(outline: Outline, h: OutlineHeading, companies: CompanyResolver): IntroClues {
  const clues: IntroClues = { speakers: [], boilerplate: new Set(), links: [], hasSpeakerLine: false };
  const { blocks } = outline;
  const end = Math.min(h.introEndNode, h.nodeIndex + 1 + INTRO_BLOCKS);
  const toRead = introBlocksToRead(blocks, h.nodeIndex, end);
  blocks.prefetch(toRead.blocks, toRead.leads);
  let seenList = false;
  for (let i = h.nodeIndex + 1; i < end; i++) {
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
  return clues;
}

/**
 * `[slides](https://…) from [Anna Migas](https://…/speakers/…)`: SlideShare's credit line, kept
 * by posts that paste the embed's caption. The linked name after "from" is the speaker.
 */
function readSlideCredit(node: Paragraph): SpeakerDraft[] | null {
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
function hasMeaningfulContent(blocks: MarkdownBlocks, from: number, to: number, skip: Set<number>): boolean {
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
    const n = blocks.node(i);
    if (n.type === 'html') {
      if (!/^\s*<!--[\s\S]*-->\s*$/.test(n.value)) return true;
      continue;
    }
    if (holdsContent(n)) return true;
  }
  return false;
}

function holdsContent(node: Nodes): boolean {
  let found = false;
  visit(node, (c) => {
    if (c.type === 'image' || c.type === 'imageReference' || (c.type === 'text' && c.value.trim() !== '') || c.type === 'inlineCode' || c.type === 'code') found = true;
  });
  return found;
}

// A heading that is only a time slot: `##### 11시`, `## 11:15 ~ 12:00`, `### 14:00-14:40 Track A`.
const TIME = String.raw`(?:\d{1,2}:\d{2}|\d{1,2}\s*시(?:\s*\d{1,2}\s*분)?|\d{1,2}\s*(?:am|pm))`;
const SLOT = new RegExp(String.raw`^${TIME}(?:\s*[~\-–—]\s*${TIME})?\s*(.*)$`, 'i');
// A room or track before a title or after a slot: `R5,`, `TRACK1`, `Track A`, `트랙 2`, `Room 101`.
const TRACK = /^(?:track\s*[a-z0-9]{1,2}|트랙\s*[a-z0-9]{1,2}|r\d{1,2}|room\s*[a-z0-9-]{1,4}|[a-z]?\d{1,3}\s*호?실)\b\s*[,:|\-–]?\s*/i;

/** A paragraph's lines, hard breaks (`  ` or `<br>` at a line end) included. */
function paragraphLines(node: Paragraph): string[] {
  return node.children
    .map((c) => (c.type === 'break' ? '\n' : toString(c)))
    .join('')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/**
 * The talk under a time-slot heading: its title is the first line below (bold, a link or plain
 * text) and the line after it may name the speaker (`하용호 | 데이터오븐 CEO`). Null when the
 * heading says more than a slot and a track.
 */
function readSlotTalk(outline: Outline, h: OutlineHeading): { title: string; speaker: SpeakerDraft | null } | null {
  const m = SLOT.exec(h.text.trim());
  if (!m || (m[1] && m[1].replace(TRACK, '').trim())) return null;
  const { blocks } = outline;
  const lines: string[] = [];
  for (let i = h.nodeIndex + 1; i < h.introEndNode && lines.length < 2; i++) {
    const node = blocks.node(i);
    if (node.type === 'paragraph') lines.push(...paragraphLines(node));
    else if (node.type === 'list') {
      const lead = node.children[0]?.children[0];
      if (lead && lead.type === 'paragraph') lines.push(toString(lead).split('\n')[0]!.trim());
    } else if (node.type !== 'html' && node.type !== 'thematicBreak') break;
  }
  const title = lines[0]?.replace(TRACK, '').trim();
  if (!title) return null;
  return { title, speaker: lines[1] ? readPersonLine(lines[1]) : null };
}

// `### 연사 소개`, `### Speaker`: a talk's own section about who gave it.
const SPEAKER_SECTION = /^(?:연사|발표자|스피커|speakers?|presenters?)\s*(?:소개|정보|info|bio|profile)?$/i;

/**
 * The people a `연사 소개` section names: each paragraph line that reads as a person (`한재엽
 * 님(@Jbee)`, `(김상균(curt.k) 님)`), with the first bullet after it as their company
 * (`- 카카오모빌리티`).
 */
function readSpeakerSection(outline: Outline, about: OutlineHeading): SpeakerDraft[] {
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

// Fewer bold lines or session links than this are emphasis and references, not a list of talks.
const MIN_OTHER_TALKS = 3;
// A link to a talk's own page: `deview.kr/2020/sessions/389`, `if.kakao.com/program?sessionId=12`.
const SESSION_URL = /\/(?:sessions?|talks?|program|schedule|agenda)\/[^/?#\s]+|[?&]session(?:_?id)?=/i;

/** Add a heading the post does not write (a bold line, a link) to the outline; returns its index. */
function addVirtualHeading(outline: Outline, nodeIndex: number, text: string, endNode: number, sectionEnd: number, line?: number): number {
  const block = outline.blocks.blocks[nodeIndex]!;
  const h: OutlineHeading = {
    index: outline.headings.length,
    depth: 7,
    text,
    links: [],
    line: line ?? block.line,
    column: line === undefined || line === block.line ? block.column : 1,
    start: block.start,
    end: block.end,
    nodeIndex,
    sectionEndNode: endNode,
    introEndNode: endNode,
    sectionEnd,
    anchor: slug(text),
    parent: null,
    children: [],
  };
  outline.headings.push(h);
  return h.index;
}

/**
 * `**What's New Swift 4**` on a line of its own, then notes: a post that lists its talks as bold
 * paragraphs (no headings below the title). Each runs to the next bold line or heading.
 */
function findBoldLineTalks(outline: Outline, skip: (block: number) => boolean): number[] {
  const { blocks } = outline;
  const found: { block: number; text: string }[] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (blocks.blocks[i]!.type !== 'paragraph' || skip(i)) continue;
    const node = blocks.node(i);
    if (node.type !== 'paragraph') continue;
    const meaningful = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
    const only = meaningful.length === 1 ? meaningful[0]! : null;
    if (!only || only.type !== 'strong') continue;
    const text = toString(only).replace(/\s+/g, ' ').trim();
    if (text.length < 2 || text.length > 120 || /[:：]$/.test(text)) continue;
    found.push({ block: i, text });
  }
  if (found.length < MIN_OTHER_TALKS) return [];
  const headingBlocks = outline.headings.map((h) => h.nodeIndex);
  return found.map((f, k) => {
    const nextBold = found[k + 1]?.block ?? blocks.length;
    const nextHeading = headingBlocks.find((b) => b > f.block) ?? blocks.length;
    const endNode = Math.min(nextBold, nextHeading);
    const sectionEnd = endNode < blocks.length ? blocks.blocks[endNode]!.start : Infinity;
    return addVirtualHeading(outline, f.block, f.text, endNode, sectionEnd);
  });
}

interface LinkedTalk {
  heading: number;
  url: string;
}

/** Links in prose to talks' own pages, each a talk titled by its link text. */
function findLinkedTalks(outline: Outline): LinkedTalk[] {
  const { blocks } = outline;
  const found: { block: number; line: number; text: string; url: string }[] = [];
  const add = (block: number, line: number, rawText: string, url: string) => {
    const text = rawText.replace(/\s+/g, ' ').trim();
    // A link named by its URL or a word (`발표 자료`, `slides`) names no talk.
    if (!/^https?:\/\//i.test(url) || !SESSION_URL.test(url) || text.length < 6 || /^https?:/i.test(text)) return;
    if (!found.some((f) => f.url === url)) found.push({ block, line, text, url });
  };
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks.blocks[i]!;
    if (block.type === 'html') {
      // Markdown after a `<br>` line is swallowed into an HTML block; a reader still sees links.
      const source = blocks.source(i);
      for (const m of source.matchAll(MARKDOWN_LINK)) add(i, block.line + countNewlines(source, m.index ?? 0), m[1]!, m[2]!);
      continue;
    }
    if (block.type !== 'paragraph' && block.type !== 'list' && block.type !== 'blockquote') continue;
    if (!blocks.isParsed(i) && !blocks.mayContainLinks(i)) continue;
    visit(blocks.node(i), 'link', (l) => add(i, l.position?.start.line ?? block.line, toString(l), l.url));
  }
  if (found.length < MIN_OTHER_TALKS) return [];
  return found.map((f) => ({
    heading: addVirtualHeading(outline, f.block, f.text, f.block + 1, blocks.blocks[f.block]!.end, f.line),
    url: f.url,
  }));
}
const MARKDOWN_LINK = /\[([^\]\n]{6,200})\]\((https?:\/\/[^)\s]+)\)/g;

function countNewlines(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** A talk read from a link: its notes are the paragraph the author wrote around the link. */
function createLinkedTalk(outline: Outline, talk: LinkedTalk, ctx: SessionContext): SessionDraft {
  const h = outline.headings[talk.heading]!;
  const block = outline.blocks.blocks[h.nodeIndex]!;
  const title = cleanSessionTitle(h.text, ctx.companies);
  return {
    heading: h,
    title: title.title,
    kind: KEYNOTE.test(title.title) ? 'keynote' : PANEL.test(title.title) ? 'panel' : 'talk',
    speakers: title.speakers,
    companies: title.companies,
    links: [talk.url],
    markdown: ctx.body.slice(block.start, block.end),
    start: block.start,
    end: block.end,
    empty: false,
    day: null,
  };
}

/** Pick the sessions of one post, in document order. */
export function selectSessions(outline: Outline, ctx: SessionContext): SessionDraft[] {
  const { headings, blocks } = outline;
  const blockCount = blocks.length;
  const roles = new Map<number, { role: HeadingRole; day: number | null }>();
  // A post with no title of its own (notes that open on the first talk, `# Talk:` after `# Talk:`)
  // lends its first heading as the title: that heading is still a talk when it holds no other
  // headings and stands beside two or more of its own level.
  const firstIsTalk = (i: number) => {
    const h = headings[i]!;
    if (i !== outline.top[0] || h.children.length) return false;
    return outline.top.filter((t) => headings[t]!.depth === h.depth).length >= 3;
  };
  const roleOf = (i: number) => {
    let r = roles.get(i);
    if (!r) {
      r = classifyHeading(headings[i]!.text, ctx);
      if (r.role === 'title' && firstIsTalk(i)) r = { ...classifyHeading(headings[i]!.text, { ...ctx, postTitle: undefined }) };
      roles.set(i, r);
    }
    return r;
  };
  const clueCache = new Map<number, { strong: boolean; title: ReturnType<typeof cleanSessionTitle>; clues: IntroClues }>();
  const cluesOf = (i: number) => {
    let c = clueCache.get(i);
    if (!c) {
      const h = headings[i]!;
      const title = cleanSessionTitle(h.text, ctx.companies);
      const clues = readIntroClues(outline, h, ctx.companies);
      const strong = title.speakers.length > 0 || clues.hasSpeakerLine || SESSION_PREFIX.test(h.text.trim());
      c = { strong, title, clues };
      clueCache.set(i, c);
    }
    return c;
  };
  const strongBelow = (i: number): number => headings[i]!.children.reduce((n, c) => n + (cluesOf(c).strong ? 1 : 0) + strongBelow(c), 0);

  const picked: { index: number; day: number | null }[] = [];
  let lastNumber: number | null = null;
  const pick = (i: number, day: number | null) => {
    picked.push({ index: i, day });
    lastNumber = readHeadingNumber(headings[i]!.text) ?? lastNumber;
    promoteWithin(i, day);
  };
  // Posts slip a level now and then: `### 2. 다음 발표 / 이름` under `## 1. 키노트`, or a talk with
  // its own speakers under the previous talk. Such a heading is the next session, not a part of
  // the one above; panel parts (`- CTO 신재홍`, whose people the panel lists) and restarted
  // step numbering (`### 01.` under `# 03.`) stay parts.
  const promoteWithin = (sessionIndex: number, day: number | null) => {
    const parent = cluesOf(sessionIndex);
    const parentNames = new Set([...parent.title.speakers, ...parent.clues.speakers].map((s) => s.name));
    const parentIsPanel = PANEL.test(parent.title.title) || parentNames.size >= 3;
    const scan = (ids: number[]) => {
      let restarted = false;
      for (const c of ids) {
        const n = readHeadingNumber(headings[c]!.text);
        if (n !== null && n <= 1) restarted = true;
        const child = cluesOf(c);
        const childNames = child.title.speakers.map((s) => s.name);
        const sameSpeakers = childNames.length === parentNames.size && childNames.every((n) => parentNames.has(n));
        const partOfPanel = parentIsPanel && childNames.every((n) => parentNames.has(n));
        const ownSpeakers =
          (child.title.form === 'slash' || child.title.form === 'paren' || child.title.form === 'by') &&
          childNames.length > 0 &&
          !sameSpeakers &&
          !partOfPanel;
        const continues = n !== null && lastNumber !== null && n === lastNumber + 1 && !restarted;
        if (roleOf(c).role === 'candidate' && (ownSpeakers || child.clues.hasSpeakerLine || continues)) pick(c, roleOf(c).day ?? day);
        else scan(headings[c]!.children);
      }
    };
    scan(headings[sessionIndex]!.children);
  };
  // After a title heading that held the talks, a bare heading of the same level is the
  // author's appendix (`# Things to Google`, `# 느낌`), not one more talk.
  let titleHeldTalks = false;
  const walk = (ids: number[], day: number | null, atRoot: boolean) => {
    for (const i of ids) {
      const h = headings[i]!;
      const { role, day: ownDay } = roleOf(i);
      const nextDay = ownDay ?? day;
      if (role === 'title' || role === 'container') {
        const before = picked.length;
        walk(h.children, nextDay, false);
        if (atRoot && role === 'title' && picked.length > before) titleHeldTalks = true;
        continue;
      }
      if (atRoot && titleHeldTalks && h.children.length === 0 && !cluesOf(i).strong) continue;
      if (role === 'other') {
        // `## 후기` holding talks with speakers is a container after all.
        if (strongBelow(i) >= 2) walk(h.children, nextDay, false);
        continue;
      }
      const strong = cluesOf(i).strong;
      const firstTop = atRoot && ids[0] === i && h.children.length >= 2;
      // The first top heading over several others is the post's own title when it reads like one.
      const titleLike =
        firstTop &&
        (ctx.recognizers.some((r) => r.find(h.text) >= 0) ||
          POST_TITLE_WORDS.test(h.text) ||
          (ctx.postTitle !== undefined && titleSimilarity(compactTitle(ctx.postTitle), compactTitle(h.text)) >= 0.5));
      const allChildrenStrong = h.children.length > 0 && h.children.every((c) => cluesOf(c).strong);
      if (!strong && (strongBelow(i) >= 2 || allChildrenStrong || titleLike)) {
        walk(h.children, nextDay, false);
        continue;
      }
      pick(i, nextDay);
    }
  };
  walk(outline.top, null, true);

  // Posts without talk headings: talks as bold lines, or as links to their official pages.
  const headingTalksNamePeople = picked.some(({ index }) => cluesOf(index).strong);
  if (!headingTalksNamePeople) {
    const linked = findLinkedTalks(outline);
    if (linked.length >= MIN_OTHER_TALKS && linked.length > picked.length) return linked.map((t) => createLinkedTalk(outline, t, ctx));
    // Bold lines inside a talk's notes are its own sub-points (`**UIKit**` under a talk heading).
    const insidePicked = (block: number) => picked.some(({ index }) => block > headings[index]!.nodeIndex && block < headings[index]!.sectionEndNode);
    const bold = findBoldLineTalks(outline, insidePicked);
    if (bold.length >= MIN_OTHER_TALKS && bold.length > picked.length) {
      picked.length = 0;
      for (const i of bold) picked.push({ index: i, day: null });
    }
  }

  return picked.map(({ index, day }, pickedIndex) => {
    const h = headings[index]!;
    const { title, clues } = cluesOf(index);
    // A session promoted out of this one's subtree ends it.
    const next = picked[pickedIndex + 1];
    const sectionEndNode = Math.min(h.sectionEndNode, next ? headings[next.index]!.nodeIndex : Infinity);
    const from = h.nodeIndex + 1;
    const count = Math.max(0, Math.min(sectionEndNode, blockCount) - from);
    const typeAt = (k: number) => blocks.blocks[from + k]!.type;
    // A closing `---` and whatever follows it to the end of the post belong to the review, not
    // to the last talk; a `---` right before the next heading is only a separator.
    let keep = count;
    for (let k = count - 1; k >= 0; k--) {
      const type = typeAt(k);
      if (type === 'heading') break;
      if (type === 'thematicBreak' && (k === count - 1 || sectionEndNode === blockCount)) {
        keep = k;
        break;
      }
    }
    while (keep > 0 && typeAt(keep - 1) === 'thematicBreak') keep--;
    const start = keep ? blocks.blocks[from]!.start : h.end;
    const end = keep ? blocks.blocks[from + keep - 1]!.end : h.end;
    const markdown = keep ? ctx.body.slice(start, end) : '';

    const slot = readSlotTalk(outline, h);
    if (slot) {
      title.title = slot.title;
      if (slot.speaker && !title.speakers.length && !clues.speakers.length) clues.speakers.push(slot.speaker);
    }
    const speakers = title.speakers.length ? [...title.speakers] : [...clues.speakers];
    if (title.speakers.length) {
      // Company/name pairs under a heading that listed names only fill in the companies.
      for (const s of clues.speakers) {
        const same = speakers.find((x) => x.name === s.name);
        if (same && !same.company && s.company) same.company = s.company;
      }
    }
    const companies = [...title.companies];
    let kind: SessionKind = KEYNOTE.test(title.title) ? 'keynote' : PANEL.test(title.title) ? 'panel' : 'talk';
    const descendants: OutlineHeading[] = [];
    const collect = (ids: number[]) =>
      ids.forEach((c) => {
        if (headings[c]!.nodeIndex >= sectionEndNode) return;
        descendants.push(headings[c]!);
        collect(headings[c]!.children);
      });
    collect(h.children);
    if (kind === 'talk' && descendants.some((d) => PANEL.test(d.text))) kind = 'panel';
    if (!speakers.length) {
      const about = descendants.find((d) => SPEAKER_SECTION.test(d.text));
      if (about) speakers.push(...readSpeakerSection(outline, about));
    }
    for (const d of descendants) {
      const part = readPartHeading(d.text, ctx.companies);
      if (!part) continue;
      const same = speakers.find((x) => x.name === part.name);
      if (same) {
        if (!same.company && part.company) same.company = part.company;
        if (!same.role && part.role) same.role = part.role;
      } else if (kind === 'panel' && title.speakers.length === 0) speakers.push(part);
      else if (part.company) companies.push(part.company);
    }
    const links = [...h.links.filter(isAbsoluteUrl), ...clues.links];
    return {
      heading: h,
      title: title.title,
      kind,
      speakers,
      companies,
      links,
      markdown,
      start,
      end,
      empty: !hasMeaningfulContent(blocks, from, from + keep, clues.boilerplate),
      day,
    };
  });
}
