/**
 * One talk written up by several reviews becomes one session.
 *
 * Within an edition, write-ups are grouped by (1) the curated merges file, (2) the same title
 * once case, spacing and punctuation are ignored, (3) a fuzzy title match (character-bigram Dice
 * ≥ 0.8: `카카오 빌링 MySQL 샤딩 적용` = `카카오 빌링 MySQL DB 샤딩 적용`). Fuzzy candidates come
 * from a token index, so the cost grows with the edition's size, not its square. Two headings
 * of one review are never merged (they are two talks), nor are talks on different known days,
 * by disjoint speakers, or told apart by a number or part (`… 1부` and `… 2부`, `Tiny session 1`
 * and `Tiny session 3`): numbering prefixes (`1.`, `세션 3 -`) are gone from titles by then, so
 * a number left in a title is part of which talk it is.
 *
 * Write-ups are visited by review date then review id, so the earliest review names a session;
 * a newer review joining an existing session never renames it.
 */
import { memoizeString } from '../string-memo.ts';
import type { MergesFile } from './curated.ts';

export interface MergeInput {
  editionId: string;
  reviewId: string;
  /** Published date, for ordering; null sorts last. */
  reviewDate: string | null;
  /** Position of the write-up in its review. */
  order: number;
  title: string;
  day: number | null;
  speakerNames: string[];
}

export interface MergedCluster<T extends MergeInput> {
  editionId: string;
  /** Canonical title: the curated one, else the first write-up's. */
  title: string;
  /** Write-ups, canonical first. */
  items: T[];
}

/** Lowercase letters and digits only: the key exact merges use. */
export function compactTitle(title: string): string {
  return title.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function bigrams(key: string): Map<string, number> {
  const chars = [...key];
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i]! + chars[i + 1]!;
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

/** Sørensen–Dice similarity of two compact titles on character bigrams. */
export function titleSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  return diceOf(bigrams(a), bigrams(b));
}

function titleTokens(title: string): string[] {
  return [...new Set(title.normalize('NFC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((t) => [...t].length >= 2))];
}

const FUZZY_THRESHOLD = 0.8;
/** Tokens in more clusters than this are too common to find candidates with (`카카오`). */
const MAX_POSTING = 200;

interface Cluster<T extends MergeInput> {
  seq: number;
  editionId: string;
  title: string;
  items: T[];
  keys: { key: string; grams: Map<string, number> }[];
  day: number | null;
  speakers: Set<string>;
  reviews: Set<string>;
  /** The numbers and part markers of its first title. */
  marks: string;
}

// `2부`, `Part 2`, `(2)`, `#2`, `v2`, `2.0`, and 상/중/하, 전편/후편, 前/後 as parts.
const PART_MARK = /\d+(?:\.\d+)*|(?<![가-힣])(?:상|중|하|전편|후편|前|後)(?![가-힣])/g;

/** What tells two talks of one name apart: the numbers and part markers of a title, in order. */
export function readTitleMarks(title: string): string {
  return (title.normalize('NFC').match(PART_MARK) ?? []).join(' ');
}

export function compareMergeInputs(a: MergeInput, b: MergeInput): number {
  if (a.editionId !== b.editionId) return a.editionId < b.editionId ? -1 : 1;
  const da = a.reviewDate ?? '9999-99-99';
  const db = b.reviewDate ?? '9999-99-99';
  if (da !== db) return da < db ? -1 : 1;
  if (a.reviewId !== b.reviewId) return a.reviewId < b.reviewId ? -1 : 1;
  return a.order - b.order;
}

// Thousands of write-ups share a thousand-odd titles: each title's keys, tokens and marks are
// computed once, and kept for the next build (the dev server's, after a save).
const keyOf = memoizeString(compactTitle);
const tokensOf = memoizeString(titleTokens);
const marksOf = memoizeString(readTitleMarks);
const gramsOf = memoizeString(bigrams);

/** Group write-ups into sessions. Returns clusters in order of their canonical write-up. */
export function mergeWriteUps<T extends MergeInput>(inputs: T[], merges: MergesFile['merges']): MergedCluster<T>[] {
  const curated = new Map<string, { key: string; title: string }>();
  for (const m of merges) {
    const canonical = { key: keyOf(m.title), title: m.title };
    curated.set(`${m.edition}\u0000${canonical.key}`, canonical);
    for (const alias of m.same_as) curated.set(`${m.edition}\u0000${keyOf(alias)}`, canonical);
  }
  const sorted = [...inputs].sort(compareMergeInputs);
  const clusters: Cluster<T>[] = [];
  const byKey = new Map<string, Cluster<T>[]>();
  const byToken = new Map<string, Cluster<T>[]>();

  // Speakers are written by Korean name in one review and by handle (`Hardy.Jung`) in another,
  // so they only veto a fuzzy match, never the same title.
  const compatible = (c: Cluster<T>, item: T, fuzzy: boolean) => {
    if (c.reviews.has(item.reviewId)) return false;
    if (c.day !== null && item.day !== null && c.day !== item.day) return false;
    if (fuzzy && c.speakers.size && item.speakerNames.length && !item.speakerNames.some((s) => c.speakers.has(s))) return false;
    if (fuzzy && c.marks !== marksOf(item.title)) return false;
    return true;
  };
  const register = (c: Cluster<T>, key: string, title: string) => {
    const scoped = `${c.editionId}\u0000${key}`;
    const list = byKey.get(scoped) ?? [];
    if (!list.includes(c)) list.push(c);
    byKey.set(scoped, list);
    if (!c.keys.some((k) => k.key === key)) c.keys.push({ key, grams: gramsOf(key) });
    for (const t of tokensOf(title)) {
      const scopedToken = `${c.editionId}\u0000${t}`;
      const posting = byToken.get(scopedToken) ?? [];
      if (posting[posting.length - 1] !== c) posting.push(c);
      byToken.set(scopedToken, posting);
    }
  };
  const add = (c: Cluster<T>, item: T) => {
    c.items.push(item);
    c.reviews.add(item.reviewId);
    if (c.day === null) c.day = item.day;
    for (const s of item.speakerNames) c.speakers.add(s);
  };
  const create = (item: T, title: string): Cluster<T> => {
    const c: Cluster<T> = { seq: clusters.length, editionId: item.editionId, title, items: [], keys: [], day: null, speakers: new Set(), reviews: new Set(), marks: marksOf(item.title) };
    clusters.push(c);
    return c;
  };

  for (const item of sorted) {
    const key = keyOf(item.title);
    const canonical = curated.get(`${item.editionId}\u0000${key}`);
    let target: Cluster<T> | undefined;
    if (canonical) {
      target = byKey.get(`${item.editionId}\u0000${canonical.key}`)?.find((c) => !c.reviews.has(item.reviewId));
      if (!target) {
        target = create(item, canonical.title);
        register(target, canonical.key, canonical.title);
      }
    } else {
      target = byKey.get(`${item.editionId}\u0000${key}`)?.find((c) => compatible(c, item, false));
      if (!target && key) {
        const counts = new Map<Cluster<T>, number>();
        for (const t of tokensOf(item.title)) {
          const posting = byToken.get(`${item.editionId}\u0000${t}`);
          if (!posting || posting.length > MAX_POSTING) continue;
          for (const c of posting) counts.set(c, (counts.get(c) ?? 0) + 1);
        }
        const grams = gramsOf(key);
        let best: { c: Cluster<T>; score: number } | null = null;
        const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].seq - b[0].seq).slice(0, 20);
        for (const [c] of ranked) {
          if (!compatible(c, item, true)) continue;
          for (const k of c.keys) {
            const score = diceOf(grams, k.grams);
            if (score >= FUZZY_THRESHOLD && (!best || score > best.score)) best = { c, score };
          }
        }
        target = best?.c;
      }
      if (!target) target = create(item, item.title);
    }
    add(target, item);
    register(target, key, item.title);
  }
  return clusters.map((c) => ({ editionId: c.editionId, title: c.title, items: c.items }));
}

/** A name in merges.yml that no write-up has: a whole entry, or one of its `same_as` titles. */
export interface MissingMergeName {
  /** Index of the entry in the merges list. */
  entry: number;
  /** `title` when nothing of the entry matches, else the index of the `same_as` title. */
  name: 'title' | number;
}

/**
 * Names in the curated merges that no write-up of their edition has, by the title key the
 * merge matches on. An entry none of whose titles matches does nothing at all; a `same_as`
 * title that matches nothing is likely a typo. The canonical title alone may be a name no
 * review writes (an official one), so it is not reported when an alias matches.
 */
export function findMissingMergeNames(inputs: readonly MergeInput[], merges: MergesFile['merges']): MissingMergeName[] {
  const named = new Set(merges.map((m) => m.edition));
  const written = new Set<string>();
  for (const i of inputs) if (named.has(i.editionId)) written.add(`${i.editionId}\u0000${keyOf(i.title)}`);
  const has = (edition: string, title: string) => written.has(`${edition}\u0000${keyOf(title)}`);
  const missing: MissingMergeName[] = [];
  merges.forEach((m, entry) => {
    const aliases = m.same_as.map((alias) => has(m.edition, alias));
    if (!has(m.edition, m.title) && !aliases.some(Boolean)) missing.push({ entry, name: 'title' });
    else aliases.forEach((found, k) => found || missing.push({ entry, name: k }));
  });
  return missing;
}

function diceOf(A: Map<string, number>, B: Map<string, number>): number {
  let total = 0;
  let common = 0;
  for (const n of A.values()) total += n;
  for (const n of B.values()) total += n;
  for (const [g, n] of A) common += Math.min(n, B.get(g) ?? 0);
  return total === 0 ? 0 : (2 * common) / total;
}
