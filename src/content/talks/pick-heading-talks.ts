/**
 * Which headings are talks, decided over the whole outline: we walk the heading tree from the
 * top; a post-title or container heading is looked through, a heading that is no talk is skipped
 * with everything under it (unless it holds talks that name their speakers), and any other
 * heading is a talk whose subtree is its notes, except where a heading below it is plainly the
 * next talk (promoteWithin).
 */
import { compactTitle, titleSimilarity } from '../catalog/merge.ts';
import type { Outline } from '../outline.ts';
import type { HeadingReading } from './heading-reading.ts';
import { PANEL, POST_TITLE_WORDS, readHeadingNumber } from './heading-words.ts';
import type { SessionContext } from './session-draft.ts';

export interface PickedTalk {
  /** Index of the talk's heading in the outline. */
  index: number;
  /** Day from a container heading (`## Day 2`). */
  day: number | null;
  /** Where its notes end when they take in the sections of its own sub-headings (`## Use Cases`). */
  notesEndNode?: number;
}

interface Walk {
  outline: Outline;
  reading: HeadingReading;
  ctx: SessionContext;
  picked: PickedTalk[];
  /** The number of the last talk picked (`3.`), to tell the next one in a slipped level. */
  lastNumber: number | null;
  /** A title heading held talks: a bare heading beside it after them is an appendix. */
  titleHeldTalks: boolean;
  /** The level of the post's talks (findTalkDepth), worked out when first needed. */
  talkDepth?: number;
  /** Of each list of sibling headings, how many are talk candidates and how many of those name their speakers (isTalkSection). */
  siblings: Map<number[], { candidates: number; strong: number }>;
}

export function pickHeadingTalks(outline: Outline, reading: HeadingReading, ctx: SessionContext): PickedTalk[] {
  const walk: Walk = { outline, reading, ctx, picked: [], lastNumber: null, titleHeldTalks: false, siblings: new Map() };
  walkHeadings(walk, outline.top, null, true);
  return walk.picked;
}

function pick(w: Walk, i: number, day: number | null): void {
  w.picked.push({ index: i, day });
  w.lastNumber = readHeadingNumber(w.outline.headings[i]!.text) ?? w.lastNumber;
  promoteWithin(w, i, day);
}

function walkHeadings(w: Walk, ids: number[], day: number | null, atRoot: boolean): void {
  const { headings } = w.outline;
  const { roleOf, cluesOf, strongBelow } = w.reading;
  for (let at = 0; at < ids.length; at++) {
    const i = ids[at]!;
    const h = headings[i]!;
    const { role, day: ownDay } = roleOf(i);
    const nextDay = ownDay ?? day;
    if (role === 'title' || role === 'container') {
      const before = w.picked.length;
      walkHeadings(w, h.children, nextDay, false);
      if (atRoot && role === 'title' && w.picked.length > before) w.titleHeldTalks = true;
      continue;
    }
    // After a title heading that held the talks, a bare heading of the same level is the
    // author's appendix (`# Things to Google`, `# 느낌`), not one more talk.
    if (atRoot && w.titleHeldTalks && h.children.length === 0 && !cluesOf(i).strong) continue;
    if (role === 'other') {
      // `## 후기` holding talks with speakers is a container after all.
      if (strongBelow(i) >= 2) walkHeadings(w, h.children, nextDay, false);
      continue;
    }
    if (isTalkSection(w, ids, at)) {
      w.picked[w.picked.length - 1]!.notesEndNode = h.sectionEndNode;
      continue;
    }
    const allChildrenStrong = h.children.length > 0 && h.children.every((c) => cluesOf(c).strong);
    if (!cluesOf(i).strong && (strongBelow(i) >= 2 || allChildrenStrong || holdsTalkLevel(w, i) || isPostTitle(w, ids, i, atRoot))) {
      walkHeadings(w, h.children, nextDay, false);
      continue;
    }
    pick(w, i, nextDay);
  }
}

/**
 * A talk's own section at the level of the talks (`## Use Cases`, `## Future work` between `## Talk
 * A (이름)` and `## Talk B (이름)`): where most headings of a level name their speakers, a short one
 * that names none, right after a talk, is a part of that talk.
 */
function isTalkSection(w: Walk, ids: number[], at: number): boolean {
  const { cluesOf, roleOf } = w.reading;
  const i = ids[at]!;
  const previous = at > 0 ? ids[at - 1]! : undefined;
  const last = w.picked[w.picked.length - 1];
  if (previous === undefined || !last || cluesOf(i).strong) return false;
  // The previous sibling is the last talk picked, or one of its sections already.
  if (last.index !== previous && last.notesEndNode !== w.outline.headings[i]!.nodeIndex) return false;
  // Counted once per list of siblings: a post of n talks at one level asks n times.
  let siblings = w.siblings.get(ids);
  if (!siblings) {
    const candidates = ids.filter((id) => roleOf(id).role === 'candidate');
    siblings = { candidates: candidates.length, strong: candidates.filter((id) => cluesOf(id).strong).length };
    w.siblings.set(ids, siblings);
  }
  const { candidates, strong } = siblings;
  const words = w.outline.headings[i]!.text.split(/\s+/).length;
  return strong >= 3 && strong / candidates >= 0.6 && words <= 4;
}

/**
 * A heading above the level where the post's talks are (`### 소프트웨어 엔지니어링, 오픈소스` over
 * `#### > 제목 - 이름님` like every track before it) is a track, even when only one of its talks
 * names its speaker the way the others do.
 */
function holdsTalkLevel(w: Walk, i: number): boolean {
  w.talkDepth ??= findTalkDepth(w);
  const { headings } = w.outline;
  const depth = w.talkDepth;
  return depth > 0 && headings[i]!.depth < depth && headings[i]!.children.some((c) => headings[c]!.depth === depth && w.reading.cluesOf(c).strong);
}

/** The heading level most headings naming their speakers are at (0 when fewer than three do). */
function findTalkDepth(w: Walk): number {
  const counts = new Map<number, number>();
  w.outline.headings.forEach((h, i) => {
    if (h.depth <= 6 && w.reading.cluesOf(i).strong) counts.set(h.depth, (counts.get(h.depth) ?? 0) + 1);
  });
  let best = 0;
  let most = 2;
  for (const [depth, n] of counts) if (n > most) [best, most] = [depth, n];
  return best;
}

/** The first top heading over several others is the post's own title when it reads like one. */
function isPostTitle(w: Walk, ids: number[], i: number, atRoot: boolean): boolean {
  const h = w.outline.headings[i]!;
  if (!atRoot || ids[0] !== i || h.children.length < 2) return false;
  const { postTitle, recognizers } = w.ctx;
  return (
    recognizers.some((r) => r.find(h.text) >= 0) ||
    POST_TITLE_WORDS.test(h.text) ||
    (postTitle !== undefined && titleSimilarity(compactTitle(postTitle), compactTitle(h.text)) >= 0.5)
  );
}

/**
 * Posts slip a level now and then: `### 2. 다음 발표 / 이름` under `## 1. 키노트`, or a talk with its
 * own speakers under the previous talk. Such a heading is the next session, not a part of the one
 * above; panel parts (`- CTO 신재홍`, whose people the panel lists) and restarted step numbering
 * (`### 01.` under `# 03.`) stay parts.
 */
function promoteWithin(w: Walk, sessionIndex: number, day: number | null): void {
  const { headings } = w.outline;
  const { roleOf, cluesOf } = w.reading;
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
      const sameSpeakers = childNames.length === parentNames.size && childNames.every((x) => parentNames.has(x));
      const partOfPanel = parentIsPanel && childNames.every((x) => parentNames.has(x));
      const ownForm = child.title.form === 'slash' || child.title.form === 'paren' || child.title.form === 'by';
      const ownSpeakers = ownForm && childNames.length > 0 && !sameSpeakers && !partOfPanel;
      const continues = n !== null && w.lastNumber !== null && n === w.lastNumber + 1 && !restarted;
      if (roleOf(c).role === 'candidate' && (ownSpeakers || child.clues.hasSpeakerLine || continues)) pick(w, c, roleOf(c).day ?? day);
      else scan(headings[c]!.children);
    }
  };
  scan(headings[sessionIndex]!.children);
}
