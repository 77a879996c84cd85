/**
 * Common note terms: bigrams and words found in the notes of a large share of sessions (`에서`,
 * `으로`, `운영`). Every query touching one used to walk tens of thousands of postings, which is
 * where search time went at 25,000 sessions. Their notes postings are kept, but in a field of
 * their own (`commonNotes`) that a query reads only when it has nothing rarer to go on: a word
 * with a rarer term is found by that term (in every other field), and only a word made of common
 * terms alone (`발표`) pays for the long lists. See query.ts.
 */

export interface CommonTermRule {
  /** A term in the notes of more than this share of sessions is common… */
  share: number;
  /** …provided that is more than this many sessions, so small sites keep one plain notes field. */
  minimum: number;
}

export const COMMON_TERM_RULE: CommonTermRule = { share: 1 / 8, minimum: 200 };

/** The terms of the notes (one list per session, each term once) that the rule calls common. */
export function findCommonTerms(notes: readonly (readonly string[])[], rule: CommonTermRule = COMMON_TERM_RULE): Set<string> {
  const sessions = new Map<string, number>();
  for (const terms of notes) for (const term of terms) sessions.set(term, (sessions.get(term) ?? 0) + 1);
  const limit = Math.max(rule.minimum, notes.length * rule.share);
  return new Set([...sessions].filter(([, count]) => count > limit).map(([term]) => term));
}
