/**
 * Topic tags from the curated taxonomy (content/taxonomy.yml), and the review's own tags.
 *
 * Session tags are matched on the title and the notes. A word in the title always counts; in
 * the notes it must come up at least twice, because reviews drop buzzwords ("AI", "MSA") in
 * passing and a tag page full of passing mentions is useless. All aliases go into one regular
 * expression so each text is scanned once, whatever the size of the taxonomy.
 */
import type { TaxonomyFile } from './curated.ts';

export interface TagMatcher {
  /** Tag ids for a session, in taxonomy order. */
  matchSession(title: string, notes: string[]): string[];
  /** A review's own tag, normalised (`If Kakao` → `ifkakao`, `후기` → `review`). */
  normalizeReviewTag(raw: string): string;
  /** Label of a taxonomy tag id. */
  labelOf(id: string): string;
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

export function createTagMatcher(taxonomy: TaxonomyFile): TagMatcher {
  const byAlias = new Map<string, string>();
  const order = new Map<string, number>();
  const labels = new Map<string, string>();
  const patterns: string[] = [];
  taxonomy.tags.forEach((tag, i) => {
    order.set(tag.id, i);
    labels.set(tag.id, tag.label);
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

  const countTags = (text: string, counts: Map<string, number>) => {
    if (!re || !text) return;
    for (const m of text.normalize('NFC').matchAll(re)) {
      const id = byAlias.get(compactTag(m[0]));
      if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  };

  return {
    matchSession(title, notes) {
      const inTitle = new Map<string, number>();
      countTags(title, inTitle);
      const inNotes = new Map<string, number>();
      for (const n of notes) countTags(n, inNotes);
      const ids = new Set<string>(inTitle.keys());
      for (const [id, n] of inNotes) if (n >= 2) ids.add(id);
      return [...ids].sort((a, b) => order.get(a)! - order.get(b)!);
    },
    normalizeReviewTag(raw) {
      const key = compactTag(raw);
      return reviewAliases.get(key) ?? byAlias.get(key) ?? key;
    },
    labelOf(id) {
      return labels.get(id) ?? id;
    },
  };
}
