/**
 * Topic tags from the curated taxonomy (content/taxonomy.yml), and the review's own tags.
 *
 * Session tags are matched on the title and the notes. A word in the title always counts; in
 * the notes it needs real weight: three mentions, or two when one is in a heading or in bold,
 * because reviews drop buzzwords ("AI", "MSA", "스트리밍") in passing and a tag page full of
 * passing mentions is useless. An acronym the notes spell out as something else ("AI (Auto
 * Increment)") is that something else there, and does not count at all. All aliases go into one
 * regular expression so each text is scanned once, whatever the size of the taxonomy.
 */
import { memoizeString } from '../string-memo.ts';
import type { TaxonomyFile } from './curated.ts';

/**
 * The mentions of each tag in one write-up's notes, weighed (a heading or bold mention counts
 * twice): [tag id, weight] in order of first mention. A pure function of the notes and the
 * taxonomy, so it is counted once when a review is read (ReviewWork.noteTags) and kept with the
 * review in the cache, not again at every catalog build.
 */
export type NoteTagWeights = [id: string, weight: number][];

export interface TagMatcher {
  /** Tag ids for a session, in taxonomy order, from its titles and its write-ups' `weighNotes`. */
  matchSession(title: string, notes: NoteTagWeights[]): string[];
  /** The tag mentions of one write-up's notes (see NoteTagWeights). */
  weighNotes(notes: string): NoteTagWeights;
  /** A review's own tag, normalised (`If Kakao` → `ifkakao`, `후기` → `review`). */
  normalizeReviewTag(raw: string): string;
  /** Label of a taxonomy tag id. */
  labelOf(id: string): string;
  /** Its English label, when the taxonomy gives one. */
  labelEnOf(id: string): string | undefined;
}

/** Case, spaces and punctuation do not tell tags apart: `If Kakao` = `ifkakao`. */
export function compactTag(raw: string): string {
  return raw.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}+#]+/gu, '');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function aliasPattern(alias: string): string {
  const words = alias.trim().split(/\s+/).map(escapeRegExp).join('\\s*');
  // Latin aliases need word edges (`es` must not match inside `test`); Hangul ones must not,
  // since particles glue onto nouns (`카프카를`).
  const latinStart = /^[A-Za-z0-9]/.test(alias) ? '(?<![A-Za-z0-9])' : '';
  const latinEnd = /[A-Za-z0-9+#]$/.test(alias) ? '(?![A-Za-z0-9])' : '';
  return `${latinStart}${words}${latinEnd}`;
}

/** How much mention a topic needs in the notes: three plain ones, or a heading or bold one and one more. */
const NOTES_WEIGHT = 3;

/** Whether the mention at `index` is on a heading line or inside `**bold**`. */
function isEmphasised(text: string, index: number, length: number): boolean {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  const lineEnd = text.indexOf('\n', index + length);
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
  if (/^\s{0,3}#{1,6}\s/.test(line)) return true;
  const before = text.slice(lineStart, index);
  return (before.match(/\*\*/g)?.length ?? 0) % 2 === 1 && line.indexOf('**', index - lineStart + length) !== -1;
}

/**
 * Acronyms the text spells out as words whose initials they are but that are not the tag:
 * `AI(Auto increment)`, `A.I. (Auto Increment)`. Returns their compacted spellings.
 */
export function findRedefinedAcronyms(text: string, tagOf: (alias: string) => string | undefined): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<![A-Za-z0-9])((?:[A-Z]\.?){2,6})\s*\(\s*([A-Za-z][A-Za-z -]{2,60}?)\s*\)/g)) {
    const acronym = m[1]!.replace(/\./g, '');
    const words = m[2]!.split(/[\s-]+/).filter(Boolean);
    const initials = words.map((w) => w[0]!.toUpperCase()).join('');
    // `LLM (Large Language Model)` is the tag itself; `AI (Auto Increment)` is not.
    if (initials !== acronym || tagOf(m[2]!) !== undefined) continue;
    if (tagOf(acronym) !== undefined) out.add(compactTag(acronym));
  }
  return out;
}

export function createTagMatcher(taxonomy: TaxonomyFile): TagMatcher {
  const byAlias = new Map<string, string>();
  const order = new Map<string, number>();
  const labels = new Map<string, string>();
  const englishLabels = new Map<string, string>();
  const patterns: string[] = [];
  taxonomy.tags.forEach((tag, i) => {
    order.set(tag.id, i);
    labels.set(tag.id, tag.label);
    if (tag.label_en) englishLabels.set(tag.id, tag.label_en);
    for (const alias of new Set([tag.label, tag.id, ...tag.aliases])) {
      const key = compactTag(alias);
      if (!key || byAlias.has(key)) continue;
      byAlias.set(key, tag.id);
      patterns.push(alias);
    }
  });
  patterns.sort((a, b) => b.length - a.length);
  const re = patterns.length ? new RegExp(patterns.map(aliasPattern).join('|'), 'giu') : null;
  const reviewAliases = new Map<string, string>();
  for (const [canonical, spellings] of Object.entries(taxonomy.reviewTags)) {
    reviewAliases.set(compactTag(canonical), compactTag(canonical));
    for (const s of spellings) reviewAliases.set(compactTag(s), compactTag(canonical));
  }

  const countTags = (text: string, counts: Map<string, number>, weigh = false) => {
    if (!re || !text) return;
    const t = text.normalize('NFC');
    const redefined = findRedefinedAcronyms(t, (alias) => byAlias.get(compactTag(alias)));
    for (const m of t.matchAll(re)) {
      const id = byAlias.get(compactTag(m[0]));
      if (!id || redefined.has(compactTag(m[0]))) continue;
      const weight = weigh && isEmphasised(t, m.index ?? 0, m[0].length) ? 2 : 1;
      counts.set(id, (counts.get(id) ?? 0) + weight);
    }
  };

  // A session's titles are scanned once per build, and most are the last build's titles again.
  const titleTags = memoizeString((title) => {
    const inTitle = new Map<string, number>();
    countTags(title, inTitle);
    return [...inTitle.keys()];
  }, 20_000);

  return {
    matchSession(title, notes) {
      const inNotes = new Map<string, number>();
      for (const weights of notes) for (const [id, n] of weights) inNotes.set(id, (inNotes.get(id) ?? 0) + n);
      const ids = new Set<string>(titleTags(title));
      for (const [id, n] of inNotes) if (n >= NOTES_WEIGHT) ids.add(id);
      return [...ids].sort((a, b) => order.get(a)! - order.get(b)!);
    },
    weighNotes(notes) {
      const counts = new Map<string, number>();
      countTags(notes, counts, true);
      return [...counts];
    },
    normalizeReviewTag(raw) {
      const key = compactTag(raw);
      return reviewAliases.get(key) ?? byAlias.get(key) ?? key;
    },
    labelOf(id) {
      return labels.get(id) ?? id;
    },
    labelEnOf(id) {
      return englishLabels.get(id);
    },
  };
}
