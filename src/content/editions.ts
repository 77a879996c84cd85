/**
 * Which conference edition and which day a post is about.
 *
 * Series are recognised from generic knowledge of Korean developer conferences (if(kakao),
 * DEVIEW, FEConf, …) plus any series the curated editions file declares; nothing here is tied to
 * one series. Posts spell names loosely (`if(kakakoAI) 2024`, `IF Kakao`, `ifkakao`), so the
 * if(kakao) recogniser tolerates one typo in "kakao".
 */
import { editDistance } from './companies.ts';
import type { EditionsFile } from './curated.ts';

export interface SeriesRecognizer {
  id: string;
  /** Display name used for editions without a curated name: `<name> <year>`. */
  name: string;
  /** Hosts of official session pages. */
  sites: string[];
  /** Offset of the first mention of the series in `text`, or -1. */
  find(text: string): number;
  /** `text` with every mention of the series removed (to see what else a heading says). */
  strip(text: string): string;
}

interface BuiltinSeries {
  id: string;
  name: string;
  sites: string[];
  pattern: RegExp;
}

// `if(kakao)`, `if kakao`, `ifkakao`, `if(kakaoAI)`, `if(kakao)dev`, with one typo allowed.
const IF_KAKAO = /\bif\s*[([]?\s*([a-z]{4,10})/gi;
function findIfKakao(text: string): number {
  for (const m of text.matchAll(IF_KAKAO)) {
    const word = m[1]!.toLowerCase().replace(/(ai|dev)$/, '');
    if (editDistance(word, 'kakao', 1) <= 1) return m.index ?? 0;
  }
  const korean = /이프\s*카카오/.exec(text);
  return korean ? korean.index : -1;
}

const IF_KAKAO_FULL = /\bif\s*[([]?\s*([a-z]{4,10})(?:\s*(?:ai|dev))?\s*[)\]]?|이프\s*카카오/gi;
function stripIfKakao(text: string): string {
  return text.replace(IF_KAKAO_FULL, (m, word: string | undefined) =>
    word === undefined || editDistance(word.toLowerCase().replace(/(ai|dev)$/, ''), 'kakao', 1) <= 1 ? ' ' : m,
  );
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const BUILTIN_SERIES: BuiltinSeries[] = [
  { id: 'deview', name: 'DEVIEW', sites: ['deview.kr'], pattern: /deview|데뷰/i },
  { id: 'feconf', name: 'FEConf', sites: ['feconf.kr'], pattern: /\bfe\s*conf/i },
  { id: 'pycon-korea', name: 'PyCon Korea', sites: ['pycon.kr'], pattern: /\bpycon/i },
  { id: 'jsconf-korea', name: 'JSConf Korea', sites: ['jsconf.kr'], pattern: /\bjsconf/i },
  { id: 'woowacon', name: '우아콘', sites: ['woowacon.com'], pattern: /woowacon|우아콘/i },
  { id: 'nhn-forward', name: 'NHN FORWARD', sites: ['forward.nhn.com'], pattern: /nhn\s*forward/i },
];

/** Lowercase, no spaces or punctuation: how curated aliases are compared. */
function compactText(text: string): string {
  return text.toLowerCase().replace(/[\s()[\]{}.,:;!?'"`~_-]/g, '');
}

/** Built-in recognisers, extended and renamed by the curated editions file. */
export function createSeriesRecognizers(curated: EditionsFile): SeriesRecognizer[] {
  const out: SeriesRecognizer[] = [];
  const curatedById = new Map(curated.series.map((s) => [s.id, s]));
  const stripAliases = (id: string, base: (text: string) => string): ((text: string) => string) => {
    const c = curatedById.get(id);
    const words = c ? [c.name, ...c.aliases].map((a) => new RegExp(escapeRegExp(a), 'gi')) : [];
    return (text) => words.reduce((t, re) => t.replace(re, ' '), base(text));
  };
  const withAliases = (id: string, base: (text: string) => number): ((text: string) => number) => {
    const aliases = (curatedById.get(id)?.aliases ?? []).map(compactText).filter(Boolean);
    if (!aliases.length) return base;
    return (text) => {
      const i = base(text);
      if (i >= 0) return i;
      // Aliases match on compacted text; report the start of the text as the place.
      const compact = compactText(text);
      return aliases.some((a) => compact.includes(a)) ? 0 : -1;
    };
  };
  const ifKakao = curatedById.get('if-kakao');
  out.push({
    id: 'if-kakao',
    name: ifKakao?.name ?? 'if kakao',
    sites: ifKakao?.sites.length ? ifKakao.sites : ['if.kakao.com'],
    find: withAliases('if-kakao', findIfKakao),
    strip: stripAliases('if-kakao', stripIfKakao),
  });
  for (const b of BUILTIN_SERIES) {
    const c = curatedById.get(b.id);
    out.push({
      id: b.id,
      name: c?.name ?? b.name,
      sites: c?.sites.length ? c.sites : b.sites,
      find: withAliases(b.id, (text) => {
        const m = b.pattern.exec(text);
        return m ? m.index : -1;
      }),
      strip: stripAliases(b.id, (text) => text.replace(new RegExp(b.pattern.source, 'gi'), ' ')),
    });
  }
  for (const c of curated.series) {
    if (out.some((r) => r.id === c.id)) continue;
    const names = [c.name, ...c.aliases].map(compactText).filter(Boolean);
    out.push({
      id: c.id,
      name: c.name,
      sites: c.sites,
      find: (text) => (names.some((n) => compactText(text).includes(n)) ? 0 : -1),
      strip: stripAliases(c.id, (text) => text),
    });
  }
  return out;
}

export interface EditionGuess {
  seriesId: string;
  year: number;
}

export interface EditionSource {
  text: string;
}

const YEAR = /(?<!\d)(20[0-4]\d)(?!\d)/g;

/** The year written closest to `index` in `text`, or null. */
function findNearestYear(text: string, index: number): number | null {
  let best: number | null = null;
  let bestDistance = Infinity;
  for (const m of text.matchAll(YEAR)) {
    const d = Math.abs((m.index ?? 0) - index);
    if (d < bestDistance) {
      best = Number(m[1]);
      bestDistance = d;
    }
  }
  return best;
}

/**
 * Find the edition from the post's texts, most trusted first (title, description, tags, the
 * body before the first talk). The year comes from the text that names the series, or else
 * from `fallbackYear` (the post's date): a post titled `IF Kakao 참관기 Day01` dated 2019.
 */
export function detectEdition(
  sources: string[],
  recognizers: SeriesRecognizer[],
  fallbackYear: number | null,
): { guess: EditionGuess | null; seriesId: string | null } {
  for (const text of sources) {
    if (!text) continue;
    let first: { r: SeriesRecognizer; index: number } | null = null;
    for (const r of recognizers) {
      const index = r.find(text);
      if (index >= 0 && (!first || index < first.index)) first = { r, index };
    }
    if (!first) continue;
    const year = findNearestYear(text, first.index) ?? yearFromOtherSources(sources, text) ?? fallbackYear;
    return { guess: year ? { seriesId: first.r.id, year } : null, seriesId: first.r.id };
  }
  return { guess: null, seriesId: null };
}

// A year alone in the title (`[후기] 개발자 컨퍼런스 2018`) still counts once the series is known.
function yearFromOtherSources(sources: string[], except: string): number | null {
  const title = sources[0];
  if (!title || title === except) return null;
  const m = /(?<!\d)(20[0-4]\d)(?!\d)/.exec(title);
  return m ? Number(m[1]) : null;
}

/** `2024` for the primary series, `<series>-<year>` for the others. */
export function createEditionId(seriesId: string, year: number, primarySeries: string | undefined): string {
  return seriesId === primarySeries ? String(year) : `${seriesId}-${year}`;
}

const ORDINAL_DAYS: Record<string, number> = { 첫: 1, 둘: 2, 두: 2, 셋: 3, 세: 3, 넷: 4, 네: 4 };

/** An explicit day marker: `Day01`, `day 3`, `2일차`, `둘째 날`, `Day-2`. */
export function detectDay(text: string): number | null {
  const en = /(?<![a-z])day\s*[-_.]?\s*0*([1-9]\d?)(?!\d)/i.exec(text);
  const ko = /(?<!\d)([1-9])\s*일\s*차/.exec(text);
  const ord = /(첫|둘|두|셋|세|넷|네)\s*(?:째|번째)\s*날/.exec(text);
  const hits = [en && { i: en.index, n: Number(en[1]) }, ko && { i: ko.index, n: Number(ko[1]) }, ord && { i: ord.index, n: ORDINAL_DAYS[ord[1]!]! }]
    .filter((x): x is { i: number; n: number } => Boolean(x))
    .sort((a, b) => a.i - b.i);
  const first = hits[0];
  return first && first.n <= 10 ? first.n : null;
}
