import type { IndexFile } from '../../../content/schema.ts';
import { compareText } from '../../data/compare-text.ts';
import type { ResourceKind } from '../../data/transport.ts';
import { editionHref, reviewHref, sessionHref, tagHref } from '../../routes.ts';

export interface Suggestion {
  kind: 'session' | 'tag' | 'edition' | 'review';
  id: string;
  label: string;
  href: string;
  score: number;
}

function normalize(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function bigrams(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  const source = text.length === 1 ? `${text} ` : text;
  for (let i = 0; i < source.length - 1; i++) {
    const gram = source.slice(i, i + 2);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

/** Sørensen–Dice over character bigrams; works for Korean syllables and Latin slugs alike. */
export function similarity(a: string, b: string): number {
  const x = normalize(a);
  const y = normalize(b);
  if (!x || !y) return 0;
  if (x === y) return 1;
  if (x.includes(y) || y.includes(x)) return 0.8 + 0.2 * (Math.min(x.length, y.length) / Math.max(x.length, y.length));
  const gx = bigrams(x);
  const gy = bigrams(y);
  let overlap = 0;
  for (const [gram, count] of gx) overlap += Math.min(count, gy.get(gram) ?? 0);
  const total = [...gx.values(), ...gy.values()].reduce((sum, n) => sum + n, 0);
  return total === 0 ? 0 : (2 * overlap) / total;
}

function candidates(index: IndexFile, kind: ResourceKind): Omit<Suggestion, 'score'>[] {
  const all = kind === 'page' || kind === 'index';
  const list: Omit<Suggestion, 'score'>[] = [];
  if (all || kind === 'session')
    for (const s of index.sessions) list.push({ kind: 'session', id: s.id, label: s.title, href: sessionHref(s.id) });
  if (all || kind === 'tag')
    for (const tag of index.tags) list.push({ kind: 'tag', id: tag.id, label: `#${tag.label}`, href: tagHref(tag.id) });
  if (all || kind === 'edition')
    for (const e of index.editions) list.push({ kind: 'edition', id: e.id, label: e.name, href: editionHref(e.id) });
  if (all || kind === 'review')
    for (const r of index.reviews) list.push({ kind: 'review', id: r.id, label: r.title, href: reviewHref(r.id) });
  return list;
}

/** The few catalog entries closest to what the reader asked for, best first. */
export function closestMatches(index: IndexFile, kind: ResourceKind, query: string, limit = 5): Suggestion[] {
  // For a session id the part after the edition is what the reader typed; compare both.
  const slug = query.split('/').at(-1) ?? query;
  return candidates(index, kind)
    .map((candidate) => ({
      ...candidate,
      score: Math.max(
        similarity(query, candidate.id),
        similarity(slug, candidate.id.split('/').at(-1) ?? candidate.id),
        similarity(slug, candidate.label),
      ),
    }))
    .filter((candidate) => candidate.score >= 0.3)
    .sort((a, b) => b.score - a.score || compareText(a.label, b.label))
    .slice(0, limit);
}
