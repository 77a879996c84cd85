/**
 * Why the pipeline read a post as it did: for each candidate (every heading, and the bold lines
 * or links it took as talks in a post without talk headings), the cues it saw and what it
 * decided; the edition and what decided it. `npm run content -- --explain FILE` prints it, so
 * an author (and we) can see why a heading is or is not a talk.
 */
import type { ReviewContext, ReviewResult, ReviewWork } from './review.ts';
import { readPostOutline, readReview } from './review.ts';
import type { Outline, OutlineHeading } from './outline.ts';
import { createHeadingReading, type HeadingReading } from './talks/heading-reading.ts';
import { readHeadingNumber } from './talks/heading-words.ts';
import type { SessionDraft } from './talks/session-draft.ts';
import { SLOT } from './talks/slots.ts';

export interface TalkCandidate {
  /** Line in the file as written. */
  line: number;
  /** `## 제목` for a heading, `**제목**` for a bold line, `[제목](url)` for a link. */
  written: string;
  cues: string[];
  decision: string;
}

export interface PostExplanation {
  work: ReviewWork;
  candidates: TalkCandidate[];
}

export function explainPost(file: string, bytes: Uint8Array, ctx: ReviewContext): PostExplanation | Extract<ReviewResult, { ok: false }> {
  const result = readReview(file, bytes, ctx);
  if (!result.ok) return result;
  const read = readPostOutline(file, bytes);
  if (!read.ok) return read;
  const { outline, body } = read.post;
  const work = result.work;
  const reading = createHeadingReading(outline, { postTitle: work.title, recognizers: ctx.recognizers, companies: ctx.companies, body });
  const toFileLine = (bodyLine: number) => bodyLine + work.bodyLine - 1;
  const byLine = new Map(work.sessions.map((s) => [s.heading.line, s]));
  const candidates: TalkCandidate[] = outline.headings.map((h) => ({
    line: toFileLine(h.line),
    written: `${'#'.repeat(h.depth)} ${h.text}`,
    cues: headingCues(reading, h),
    decision: decideHeading(outline, reading, work.sessions, byLine.get(h.line), h),
  }));
  for (const s of work.sessions) {
    if (s.heading.depth <= 6) continue;
    const link = s.links[0];
    candidates.push({
      line: toFileLine(s.heading.line),
      written: link ? `[${s.heading.text}](${link})` : `**${s.heading.text}**`,
      cues: [link ? "a link to the talk's own page" : 'a bold line of its own', 'the post has no talk headings that name speakers'],
      decision: describeTalk(s),
    });
  }
  candidates.sort((a, b) => a.line - b.line);
  return { work, candidates };
}

function headingCues(reading: HeadingReading, h: OutlineHeading): string[] {
  const { role, day } = reading.roleOf(h.index);
  const { title, clues } = reading.cluesOf(h.index);
  const cues = [`its words: ${role === 'candidate' ? 'a possible talk' : role === 'other' ? 'about the event or the post, not a talk' : role}`];
  if (day !== null) cues.push(`day ${day}`);
  if (readHeadingNumber(h.text) !== null) cues.push(`numbered ${readHeadingNumber(h.text)}`);
  if (SLOT.test(h.text.trim())) cues.push('a time slot');
  if (title.speakers.length) cues.push(`names its speakers: ${title.speakers.map((s) => s.name).join(', ')}`);
  else if (clues.speakers.length) cues.push(`speakers under it: ${clues.speakers.map((s) => s.name).join(', ')}`);
  if (h.children.length) cues.push(`${h.children.length} heading(s) under it, ${reading.strongBelow(h.index)} naming speakers`);
  return cues;
}

function describeTalk(s: SessionDraft): string {
  const people = s.speakers.map((p) => p.name + (p.company ? ` @ ${p.company}` : '')).join(', ');
  return `TALK "${s.title}" (${s.kind}${people ? `; ${people}` : ''}${s.day !== null ? `; day ${s.day}` : ''})`;
}

function decideHeading(outline: Outline, reading: HeadingReading, sessions: SessionDraft[], own: SessionDraft | undefined, h: OutlineHeading): string {
  if (own) return describeTalk(own);
  const holder = sessions.find((s) => s.heading.depth <= 6 && h.start > s.heading.start && h.start < Math.max(s.end, s.heading.end));
  if (holder) return `part of the talk "${holder.title}" (its notes)`;
  const { role } = reading.roleOf(h.index);
  if (role === 'candidate' && hasAncestor(reading, outline, h, 'other')) return 'not a talk: under a heading that is no talk';
  if (role === 'title') return "the post's own title: looked through";
  if (role === 'container') return 'a container (a day, a track, a list of sessions): looked through';
  if (role === 'other') return 'not a talk: intro, venue, meals, wrap-up or the like';
  if (h.children.length) return 'a container: the talks are the headings under it';
  return 'not a talk: a heading beside the post title after its talks, or outside any talk';
}

function hasAncestor(reading: HeadingReading, outline: Outline, h: OutlineHeading, role: string): boolean {
  for (let p = h.parent; p !== null; p = outline.headings[p]!.parent) if (reading.roleOf(p).role === role) return true;
  return false;
}

/** The explanation as lines of text, for the terminal. */
export function formatExplanation(e: PostExplanation): string {
  const { work } = e;
  const day = work.statedDay !== null ? `day ${work.statedDay}` : work.attendedDate ? `attended ${work.attendedDate}` : 'no day stated';
  const lines = [
    `${work.file}  "${work.title}"`,
    `  edition: ${work.edition.seriesName}${work.edition.year !== null ? ` ${work.edition.year}` : ' (no year)'} — ${work.edition.evidence}`,
    `  day: ${day}; date: ${work.date ?? 'none'}`,
    `  ${work.sessions.length} talk(s) from ${e.candidates.length} candidate(s):`,
  ];
  for (const c of e.candidates) {
    lines.push(`  line ${c.line}  ${c.written}`);
    lines.push(`      cues: ${c.cues.join('; ')}`);
    lines.push(`      → ${c.decision}`);
  }
  return lines.join('\n');
}
