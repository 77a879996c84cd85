/**
 * What each heading of a post is, read once and kept: its role by its words (heading-words.ts),
 * its title and speakers, and the clues under it (intro-clues.ts). Deciding what is a talk asks
 * about the same headings many times, from the whole outline.
 */
import type { Outline } from '../outline.ts';
import type { HeadingSpeakers } from '../people/speakers.ts';
import { classifyHeading, cleanSessionTitle, SESSION_PREFIX, type HeadingRole } from './heading-words.ts';
import { readIntroClues, type IntroClues } from './intro-clues.ts';
import type { SessionContext } from './session-draft.ts';

export interface HeadingClues {
  /** The heading names its own talk's speakers, or is numbered as a session (`세션 2 -`). */
  strong: boolean;
  title: HeadingSpeakers;
  clues: IntroClues;
}

export interface HeadingReading {
  roleOf(i: number): { role: HeadingRole; day: number | null };
  cluesOf(i: number): HeadingClues;
  /** How many headings below heading i name their own speakers. */
  strongBelow(i: number): number;
}

export function createHeadingReading(outline: Outline, ctx: SessionContext): HeadingReading {
  const { headings } = outline;
  const roles = new Map<number, { role: HeadingRole; day: number | null }>();
  const clueCache = new Map<number, HeadingClues>();
  // A post with no title of its own (notes that open on the first talk, `# Talk:` after `# Talk:`)
  // lends its first heading as the title: that heading is still a talk when it holds no other
  // headings and stands beside two or more of its own level.
  const firstIsTalk = (i: number) => {
    const h = headings[i]!;
    if (i !== outline.top[0] || h.children.length) return false;
    return outline.top.filter((t) => headings[t]!.depth === h.depth).length >= 3;
  };
  const reading: HeadingReading = {
    roleOf(i) {
      let r = roles.get(i);
      if (!r) {
        r = classifyHeading(headings[i]!.text, ctx);
        if (r.role === 'title' && firstIsTalk(i)) r = classifyHeading(headings[i]!.text, { ...ctx, postTitle: undefined });
        roles.set(i, r);
      }
      return r;
    },
    cluesOf(i) {
      let c = clueCache.get(i);
      if (!c) {
        const h = headings[i]!;
        const title = cleanSessionTitle(h.text, ctx.companies);
        const clues = readIntroClues(outline, h, ctx.companies);
        c = { strong: title.speakers.length > 0 || clues.hasSpeakerLine || SESSION_PREFIX.test(h.text.trim()), title, clues };
        clueCache.set(i, c);
      }
      return c;
    },
    strongBelow(i) {
      return headings[i]!.children.reduce((n, c) => n + (reading.cluesOf(c).strong ? 1 : 0) + reading.strongBelow(c), 0);
    },
  };
  return reading;
}
