/**
 * A picked talk heading → its SessionDraft: the notes under it (to the next talk, less a closing
 * `---` and what follows it), its title (a slot's talk where the heading is only a time), kind,
 * speakers from every place a post names them, and its links.
 */
import type { Outline, OutlineHeading } from '../outline.ts';
import { readPartHeading, type SpeakerDraft } from '../people/speakers.ts';
import type { SessionKind } from '../schema.ts';
import type { HeadingClues, HeadingReading } from './heading-reading.ts';
import { KEYNOTE, PANEL } from './heading-words.ts';
import { hasMeaningfulContent, isAbsoluteUrl, readSpeakerSection, SPEAKER_SECTION } from './intro-clues.ts';
import type { PickedTalk } from './pick-heading-talks.ts';
import type { SessionContext, SessionDraft } from './session-draft.ts';
import { readSlotTalk } from './slots.ts';

export function createDraft(outline: Outline, reading: HeadingReading, picked: PickedTalk[], k: number, ctx: SessionContext): SessionDraft {
  const { index, day, notesEndNode } = picked[k]!;
  const h = outline.headings[index]!;
  const read = reading.cluesOf(index);
  // A session promoted out of this one's subtree ends it; its own sections at its level extend it.
  const next = picked[k + 1];
  const sectionEndNode = Math.min(notesEndNode ?? h.sectionEndNode, next ? outline.headings[next.index]!.nodeIndex : Infinity);
  const notes = sliceNotes(outline, h, sectionEndNode, ctx.body);
  const slot = readSlotTalk(outline, h);
  const title = slot ? slot.title : read.title.title;
  const descendants = collectDescendants(outline, h, sectionEndNode);
  let kind: SessionKind = KEYNOTE.test(title) ? 'keynote' : PANEL.test(title) ? 'panel' : 'talk';
  if (kind === 'talk' && descendants.some((d) => PANEL.test(d.text))) kind = 'panel';
  const people = readPeople(outline, read, slot?.speaker ?? null, descendants, kind, ctx);
  return {
    heading: h,
    title,
    kind,
    ...people,
    links: [...h.links.filter(isAbsoluteUrl), ...read.clues.links],
    markdown: notes.markdown,
    start: notes.start,
    end: notes.end,
    empty: !hasMeaningfulContent(outline.blocks, notes.from, notes.from + notes.keep, read.clues.boilerplate),
    day,
  };
}

/**
 * The notes of the talk at heading `h`, up to block `sectionEndNode`. A closing `---` and
 * whatever follows it to the end of the post belong to the review, not to the last talk; a
 * `---` right before the next heading is only a separator.
 */
function sliceNotes(outline: Outline, h: OutlineHeading, sectionEndNode: number, body: string) {
  const { blocks } = outline;
  const blockCount = blocks.length;
  const from = h.nodeIndex + 1;
  const count = Math.max(0, Math.min(sectionEndNode, blockCount) - from);
  const typeAt = (k: number) => blocks.blocks[from + k]!.type;
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
  return { from, keep, start, end, markdown: keep ? body.slice(start, end) : '' };
}

function collectDescendants(outline: Outline, h: OutlineHeading, sectionEndNode: number): OutlineHeading[] {
  const out: OutlineHeading[] = [];
  const collect = (ids: number[]) =>
    ids.forEach((c) => {
      const d = outline.headings[c]!;
      if (d.nodeIndex >= sectionEndNode) return;
      out.push(d);
      collect(d.children);
    });
  collect(h.children);
  return out;
}

/**
 * Who gave the talk: the heading's own byline first; else the lines under it, the slot's line,
 * or its `연사 소개` section. Company/name pairs under a heading that listed names only fill in
 * the companies; a panel's part headings (`- CTO 신재홍`) add their people.
 */
function readPeople(
  outline: Outline,
  read: HeadingClues,
  slotSpeaker: SpeakerDraft | null,
  descendants: OutlineHeading[],
  kind: SessionKind,
  ctx: SessionContext,
): { speakers: SpeakerDraft[]; companies: string[] } {
  const { title, clues } = read;
  const under = clues.speakers.length ? clues.speakers : slotSpeaker ? [slotSpeaker] : [];
  const speakers = title.speakers.length ? title.speakers.map((s) => ({ ...s })) : under.map((s) => ({ ...s }));
  if (title.speakers.length) {
    for (const s of under) {
      const same = speakers.find((x) => x.name === s.name);
      if (same && !same.company && s.company) same.company = s.company;
    }
  }
  if (!speakers.length) {
    const about = descendants.find((d) => SPEAKER_SECTION.test(d.text));
    if (about) speakers.push(...readSpeakerSection(outline, about));
  }
  const companies = [...title.companies];
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
  return { speakers, companies };
}
