/**
 * The talks stage: which parts of a post are conference sessions, and what each one's title,
 * speakers and notes are. Glue over its files, in order: every heading read once
 * (heading-reading.ts), talks picked from the whole outline (pick-heading-talks.ts), talks in
 * posts without talk headings (other-talks.ts, embeds.ts, table-talks.ts), and each talk's draft (create-draft.ts).
 *
 * Posts put talks at any level (`####` under a `#` post title, `##` followed by `#`), wrap them
 * in containers (`### 세션`, `## Day 2`), and surround them with intro, venue, lobby, wrap-up and
 * verdict sections. We walk the heading tree from the top: a post-title or container heading is
 * looked through, a known non-session heading is skipped with everything under it, and any other
 * heading is a session whose subtree (steps, parts, the reviewer's "리뷰") is its notes. A heading
 * with no speaker clue of its own whose children carry speaker clues is a container (a track).
 */
import type { Outline } from '../outline.ts';
import { createDraft } from './create-draft.ts';
import { createHeadingReading } from './heading-reading.ts';
import { createLinkedTalk, findBoldLineTalks, findEmbedTalks, findLinkedTalks, MIN_OTHER_TALKS, type EmbedTalk } from './other-talks.ts';
import type { HeadingReading } from './heading-reading.ts';
import { pickHeadingTalks } from './pick-heading-talks.ts';
import { findTableTalks } from './table-talks.ts';
import type { SessionContext, SessionDraft } from './session-draft.ts';

export type { SessionContext, SessionDraft } from './session-draft.ts';
export { blocksToRead } from './intro-clues.ts';
export { classifyHeading, stripNumbering } from './heading-words.ts';

/** Pick the sessions of one post, in document order. */
export function selectSessions(outline: Outline, ctx: SessionContext): SessionDraft[] {
  const reading = createHeadingReading(outline, ctx);
  const picked = pickHeadingTalks(outline, reading, ctx);
  // Posts without talk headings: talks as links to their official pages, or as bold lines. Only
  // where the headings found no talk that names its speakers.
  if (!picked.some(({ index }) => reading.cluesOf(index).strong)) {
    const linked = findLinkedTalks(outline);
    if (linked.length >= MIN_OTHER_TALKS && linked.length > picked.length) return linked.map((t) => createLinkedTalk(outline, t, ctx));
    // A table whose header names a title column lists its talks by row.
    const rows = findTableTalks(outline, ctx.body);
    if (rows.length >= 2 && rows.length > picked.length) return rows;
    // Bold lines and embeds inside a talk's notes are its own (`**UIKit**`, its slides).
    const { headings } = outline;
    const insidePicked = (block: number) => picked.some(({ index }) => block > headings[index]!.nodeIndex && block < headings[index]!.sectionEndNode);
    const embeds = findEmbedTalks(outline, insidePicked);
    if (embeds.length > picked.length) return embeds.map((t) => createEmbedTalk(outline, reading, t, ctx));
    const bold = findBoldLineTalks(outline, insidePicked);
    if (bold.length >= MIN_OTHER_TALKS && bold.length > picked.length) picked.splice(0, picked.length, ...bold.map((index) => ({ index, day: null })));
  }
  return picked.map((_, k) => createDraft(outline, reading, picked, k, ctx));
}

/** A talk an embed names: a draft like any talk's, with the speaker its caption credits. */
function createEmbedTalk(outline: Outline, reading: HeadingReading, talk: EmbedTalk, ctx: SessionContext): SessionDraft {
  const draft = createDraft(outline, reading, [{ index: talk.heading, day: null }], 0, ctx);
  if (!draft.speakers.length && talk.speaker) draft.speakers = [{ name: talk.speaker }];
  return draft;
}
