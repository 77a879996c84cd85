/**
 * Scores what the pipeline read from a set of posts against a careful reader's annotations
 * (test/fixtures/devset/gold.json): sessions found (precision, recall, F1 with titles matched
 * loosely, as a reader would), speakers found where the reader names one, the edition (series
 * and year) and the day. Pure: the caller builds the catalog and hands it in.
 */
import { UNNAMED_SERIES } from '../content/edition/editions.ts';
import type { Catalog } from '../content/schema.ts';

export interface GoldSession {
  title: string;
  title_core?: string | null;
  speaker?: string | null;
  company?: string | null;
  line: number;
  day?: number | null;
}

export interface GoldPost {
  file: string;
  series: string | null;
  year: number | null;
  day: number | null;
  sessions: GoldSession[];
}

export interface FoundSession {
  title: string;
  line: number;
  speakers: string[];
  day: number | null;
}

export interface FoundPost {
  file: string;
  /** Display name of the edition's series, or null when the post reached no edition. */
  series: string | null;
  year: number | null;
  sessions: FoundSession[];
}

export interface PostScore {
  file: string;
  gold: number;
  found: number;
  matched: number;
  speakerNames: number;
  speakerNamesFound: number;
  editionRight: boolean;
  /** Sessions whose day the reader states, and how many of those the pipeline got. */
  daysStated: number;
  daysRight: number;
  misses: string[];
  extras: string[];
  wrong: string[];
}

export interface Totals {
  posts: number;
  gold: number;
  found: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  speakerShare: number;
  editionShare: number;
  dayShare: number;
}

export function compactText(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i < s.length - 1; i++) {
    const g = s.slice(i, i + 2);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

/** Dice coefficient of character bigrams of two compacted strings (1 = same). */
export function titleLikeness(a: string, b: string): number {
  const x = compactText(a);
  const y = compactText(b);
  if (x === y) return 1;
  if (x.length < 2 || y.length < 2) return 0;
  // A reader counts a shortened or prefixed title as the same talk.
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  if (short.length >= 6 && long.includes(short)) return Math.max(0.8, short.length / long.length);
  const bx = bigrams(x);
  const by = bigrams(y);
  let common = 0;
  for (const [g, n] of bx) common += Math.min(n, by.get(g) ?? 0);
  return (2 * common) / (x.length - 1 + (y.length - 1));
}

const MATCH_AT = 0.6;
const MATCH_AT_SAME_LINE = 0.3;

function likeness(gold: GoldSession, found: FoundSession): number {
  const best = Math.max(titleLikeness(gold.title, found.title), gold.title_core ? titleLikeness(gold.title_core, found.title) : 0);
  return best;
}

/** The names a reader gives in one speaker field: `방진호, 임동우`, `Jungkee Song (송정기)`, `A; B & C`. */
export function splitGoldSpeakers(field: string): string[][] {
  return field
    .split(/\s*(?:;|,|&|\band\b)\s*/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const alt = [...part.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]!.replace(/^@/, '').trim());
      const main = part.replace(/\([^)]*\)/g, '').trim();
      return [main, ...alt].filter(Boolean);
    });
}

function nameFound(spellings: string[], found: string[]): boolean {
  const want = spellings.map(compactText).filter(Boolean);
  return found.some((f) => {
    const c = compactText(f);
    return c !== '' && want.some((w) => w === c || (w.length >= 2 && c.includes(w)) || (c.length >= 2 && w.includes(c)));
  });
}

/** Whether two series names are the same conference: a shared distinctive word is enough. */
export function sameSeries(gold: string, found: string): boolean {
  const words = (s: string) =>
    new Set(
      s
        .normalize('NFC')
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w.length >= 3 && !/^(?:dev|conference|korea|seoul|europe|summit|the|and|con)$/.test(w)),
    );
  if (compactText(gold) === compactText(found)) return true;
  const g = words(gold);
  return [...words(found)].some((w) => g.has(w)) || compactText(found).includes(compactText(gold)) || compactText(gold).includes(compactText(found));
}

/** Pair gold and found sessions: best likeness first, each used once. */
function pairSessions(gold: GoldSession[], found: FoundSession[]): Map<number, number> {
  const candidates: { g: number; f: number; score: number }[] = [];
  gold.forEach((gs, g) =>
    found.forEach((fs, f) => {
      const score = likeness(gs, fs);
      const bar = fs.line === gs.line ? MATCH_AT_SAME_LINE : MATCH_AT;
      if (score >= bar) candidates.push({ g, f, score: score + (fs.line === gs.line ? 0.5 : 0) });
    }),
  );
  candidates.sort((a, b) => b.score - a.score || a.g - b.g || a.f - b.f);
  const pairs = new Map<number, number>();
  const usedFound = new Set<number>();
  for (const c of candidates) {
    if (pairs.has(c.g) || usedFound.has(c.f)) continue;
    pairs.set(c.g, c.f);
    usedFound.add(c.f);
  }
  return pairs;
}

export function scorePost(gold: GoldPost, found: FoundPost): PostScore {
  const pairs = pairSessions(gold.sessions, found.sessions);
  const used = new Set(pairs.values());
  const score: PostScore = {
    file: gold.file,
    gold: gold.sessions.length,
    found: found.sessions.length,
    matched: pairs.size,
    speakerNames: 0,
    speakerNamesFound: 0,
    editionRight: editionRight(gold, found),
    daysStated: 0,
    daysRight: 0,
    misses: [],
    extras: [],
    wrong: [],
  };
  gold.sessions.forEach((gs, g) => {
    const f = pairs.get(g);
    const fs = f === undefined ? undefined : found.sessions[f];
    if (!fs) {
      const near = found.sessions.find((s) => s.line === gs.line);
      score.misses.push(`line ${gs.line}: missed "${gs.title}"${near ? `; found "${near.title}" there` : ''}`);
    }
    for (const spellings of gs.speaker ? splitGoldSpeakers(gs.speaker) : []) {
      score.speakerNames++;
      if (fs && nameFound(spellings, fs.speakers)) score.speakerNamesFound++;
      else if (fs) score.wrong.push(`line ${gs.line}: speaker "${spellings[0]}" not found (found ${fs.speakers.length ? fs.speakers.join(', ') : 'none'})`);
    }
    const day = gs.day ?? gold.day;
    if (day != null) {
      score.daysStated++;
      if (fs?.day === day) score.daysRight++;
      else if (fs) score.wrong.push(`line ${gs.line}: day ${fs.day ?? 'unknown'}, the post says ${day}`);
    }
  });
  found.sessions.forEach((fs, f) => {
    if (!used.has(f)) score.extras.push(`line ${fs.line}: "${fs.title}" is not a session`);
  });
  if (!score.editionRight)
    score.wrong.unshift(`edition: found ${found.series ?? 'none'} ${found.year ?? '(no year)'}, the post says ${gold.series ?? 'nothing'} ${gold.year ?? '(no year)'}`);
  return score;
}

function editionRight(gold: GoldPost, found: FoundPost): boolean {
  if (gold.series === null) return found.year === gold.year;
  return found.series !== null && sameSeries(gold.series, found.series) && found.year === gold.year;
}

const share = (n: number, d: number) => (d === 0 ? 1 : n / d);

export function totalScores(scores: PostScore[]): Totals {
  const sum = (pick: (s: PostScore) => number) => scores.reduce((n, s) => n + pick(s), 0);
  const gold = sum((s) => s.gold);
  const found = sum((s) => s.found);
  const matched = sum((s) => s.matched);
  const precision = share(matched, found);
  const recall = share(matched, gold);
  return {
    posts: scores.length,
    gold,
    found,
    matched,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    speakerShare: share(
      sum((s) => s.speakerNamesFound),
      sum((s) => s.speakerNames),
    ),
    editionShare: share(scores.filter((s) => s.editionRight).length, scores.length),
    dayShare: share(
      sum((s) => s.daysRight),
      sum((s) => s.daysStated),
    ),
  };
}

/** What the catalog shows of each review file: its edition and its sessions, by line. */
export function readFoundPosts(catalog: Catalog): Map<string, FoundPost> {
  const posts = new Map<string, FoundPost>();
  const editions = new Map(catalog.editions.map((e) => [e.id, e]));
  for (const review of catalog.reviews) {
    const edition = review.editionId ? editions.get(review.editionId) : undefined;
    const name = review.file.split('/').pop()!;
    posts.set(name, {
      file: name,
      series: edition && edition.series !== UNNAMED_SERIES ? edition.name : null,
      year: edition ? (edition.year ?? null) : null,
      sessions: [],
    });
  }
  const byId = new Map(catalog.reviews.map((r) => [r.id, r]));
  for (const session of catalog.sessions) {
    for (const w of session.writeUps) {
      const review = byId.get(w.reviewId);
      if (!review) continue;
      const post = posts.get(review.file.split('/').pop()!)!;
      const day = /^day-(\d+)$/.exec(session.dayId);
      post.sessions.push({
        title: session.title,
        line: w.line,
        speakers: session.speakers.flatMap((s) => [s.name, ...(s.handle ? [s.handle] : [])]),
        day: day ? Number(day[1]) : null,
      });
    }
  }
  for (const post of posts.values()) post.sessions.sort((a, b) => a.line - b.line);
  return posts;
}
