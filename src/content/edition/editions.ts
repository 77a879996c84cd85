/**
 * Which conference edition and which day a post is about.
 *
 * Series are recognised from generic knowledge of Korean developer conferences (if(kakao),
 * DEVIEW, FEConf, …) plus any series the curated editions file declares; nothing here is tied to
 * one series. Posts spell names loosely (`if(kakakoAI) 2024`, `IF Kakao`, `ifkakao`), so the
 * if(kakao) recogniser tolerates one typo in "kakao".
 */
import { editDistance } from '../people/companies.ts';
import type { EditionsFile } from '../catalog/curated.ts';

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

// Series whose names posts spell several ways (`인프콘`/`INFCON`, `데뷰`/`DEVIEW`) or whose official
// site turns a review's link into the session's page. Any other conference is read from the post
// itself (`findNamedConference`); a series that spans cities (DevFest, KubeCon) is left to it so
// that Seoul and Busan, Europe and North America stay apart.
const BUILTIN_SERIES: BuiltinSeries[] = [
  { id: 'deview', name: 'DEVIEW', sites: ['deview.kr'], pattern: /deview|데뷰/i },
  { id: 'feconf', name: 'FEConf', sites: ['feconf.kr'], pattern: /\bfe\s*conf/i },
  { id: 'pycon-korea', name: 'PyCon Korea', sites: ['pycon.kr'], pattern: /\bpycon/i },
  { id: 'jsconf-korea', name: 'JSConf Korea', sites: ['jsconf.kr'], pattern: /\bjsconf/i },
  { id: 'woowacon', name: '우아콘', sites: ['woowacon.com'], pattern: /woowacon|우아콘/i },
  { id: 'nhn-forward', name: 'NHN FORWARD', sites: ['forward.nhn.com'], pattern: /nhn\s*forward/i },
  { id: 'infcon', name: 'INFCON', sites: ['infcon.day'], pattern: /infcon|인프콘/i },
  { id: 'letswift', name: "Let'Swift", sites: ['letswift.kr'], pattern: /let['’]?\s*swift/i },
  { id: 'soscon', name: 'SOSCON', sites: ['soscon.net'], pattern: /soscon/i },
  { id: 'ndc', name: 'NDC', sites: ['ndc.nexon.com'], pattern: /\bndc\b|nexon\s*developers?\s*conference/i },
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
  /** The series' display name: the recogniser's, or the name as the post writes it. */
  seriesName: string;
  /** Null when the post names its conference but no year anywhere (an undated edition). */
  year: number | null;
  /** What decided it, in words, for `npm run content -- --explain` and the check page. */
  evidence: string;
}

/** The series of posts that name no conference a reader could tell. */
export const UNNAMED_SERIES = 'unnamed';

// A year as posts write it: `2024`, `'23` (an apostrophe and two digits).
const YEAR = /(?<![\d.])(?:(20[0-4]\d)|['’‘](\d\d))(?![\d.]*\d)/g;

function yearOf(m: RegExpMatchArray): number {
  return m[1] ? Number(m[1]) : 2000 + Number(m[2]);
}

/** Every year in `text`, with where it is. */
function findYears(text: string): { year: number; index: number }[] {
  return [...text.matchAll(YEAR)].map((m) => ({ year: yearOf(m), index: m.index ?? 0 }));
}

/**
 * The year that goes with a series mention at `index`: the nearest one in the text. A title
 * that mentions two years (`INFCON 2023 시간표 공유 및 인프콘 2022 후기`) is about the one the review
 * word follows.
 */
function findYearNear(text: string, index: number): number | null {
  const years = findYears(text);
  if (!years.length) {
    // `NHN FORWARD 22`: two digits right after the series name's words.
    const short = /^[^\d\n]{1,30}?\s(\d\d)(?!\d|\s*(?:일|월|시|분|명|개|%|:|\.\d))/.exec(text.slice(index, index + 40));
    return short && Number(short[1]) >= 10 ? 2000 + Number(short[1]) : null;
  }
  if (new Set(years.map((y) => y.year)).size > 1) {
    const reviewed = years.find((y) => REVIEW_AFTER_YEAR.test(text.slice(y.index, y.index + 12)));
    if (reviewed) return reviewed.year;
  }
  let best = years[0]!;
  for (const y of years) if (Math.abs(y.index - index) < Math.abs(best.index - index)) best = y;
  return best.year;
}
const REVIEW_AFTER_YEAR = /^\S+\s*(?:후기|참관기|참석기|참가기|review|recap)/i;

// Words that say a text is a review of something, not what the something is called.
const REVIEW_WORDS =
  /\[[^\]]*\]|후기|참관기|참석기|참가기|참여기|정리|요약|리뷰|관람|다녀온|다녀와서|방문기|(?<![가-힣])(?:노트|메모)|\b(?:review|recap|notes?|summary|takeaways|thoughts|impressions|my|day\s*\d+)\b/gi;
// A name that is a conference: the words people put in one (`Conf`, `Summit`, `DevFest`…).
const CONFERENCE_WORD = /conf|con\b|summit|devfest|forum|festival|fest\b|days?\b|meetup|world|week|컨퍼런스|콘퍼런스|컨프|포럼|서밋|페스티벌|데브|개발자\s*대회/i;
// Words that alone name no particular conference (`발표 메모` is notes on some talk).
const GENERIC_NAME = /^(?:(?:개발자|개발|기술|it|tech|developer|dev|컨퍼런스|콘퍼런스|conference|세미나|seminar|행사|event|발표|세션|강연|session|sessions|talks?|the|a|of|and|올해|이번|작년|오늘|어제)\s*)+$/i;

/**
 * The conference a text names by itself, `<name> <year>`: `KubeCon Copenhagen 2018 - Day 1`,
 * `GDG DEVFEST 2016 @Seoul Univ`, `normConf 2022`. The name is the run of words right before
 * the year, back to the nearest separator, less the words that only say it is a review.
 */
export function findNamedConference(text: string): { name: string; year: number } | null {
  for (const y of findYears(text)) {
    const before = text.slice(0, y.index);
    const clause = before.split(/\s[-–—|:·/]\s|[|\[\]()@,:!?。]|\s[-–—]|[-–—]\s/).pop() ?? '';
    const words = clause.replace(REVIEW_WORDS, ' ').trim().split(/\s+/).filter(Boolean);
    const name = words.slice(-4).join(' ').replace(/[#*_`'"“”‘’]+$/g, '').trim();
    if (!/\p{L}/u.test(name) || name.length < 2 || GENERIC_NAME.test(name)) continue;
    return { name, year: y.year };
  }
  return null;
}

/** A title with no year that still names its conference: `Let'Swift Conference review`. */
export function findUndatedConference(title: string): string | null {
  if (!REVIEW_WORDS.test(title) && !CONFERENCE_WORD.test(title)) return null;
  REVIEW_WORDS.lastIndex = 0;
  const name = title
    .replace(REVIEW_WORDS, ' ')
    .replace(/\b(?:conference|컨퍼런스|콘퍼런스)\b/gi, ' ')
    .replace(/[#*_`"“”]+/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s\-–—:|]+|[\s\-–—:|]+$/g, '')
    .trim();
  const words = name.split(' ').filter(Boolean);
  if (!words.length || words.length > 4 || !/\p{L}/u.test(name) || GENERIC_NAME.test(name)) return null;
  return name;
}

/** A slug for a series the post names itself: `KubeCon Copenhagen` → `kubecon-copenhagen`. */
export function createSeriesSlug(name: string): string {
  const slug = name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug || UNNAMED_SERIES;
}

/** The year in the path of a conference site link: `https://deview.kr/2020/sessions/…`. */
function yearFromLinks(text: string): number | null {
  const m = /https?:\/\/[^\s)]*?\/(20[0-4]\d)(?:\/|\)|\s|$)/.exec(text);
  return m ? Number(m[1]) : null;
}

/**
 * Find the edition from the post's texts, most trusted first (title, description, tags, the
 * body before the first talk, the file name). A series we know is looked for in every text
 * first; then a conference the post names itself (`<name> <year>`) in the title, tags or
 * description; then a title that names a conference with no year. The year comes from the text
 * that names the series, else the title, a date or a site link in the opening, else
 * `fallbackYear` (the post's date). A post that names nothing gets the unnamed series.
 */
export function detectEdition(
  sources: string[],
  recognizers: SeriesRecognizer[],
  fallbackYear: number | null,
  introDates: string[] = [],
): { guess: EditionGuess; seriesId: string | null } {
  const [title = '', description = '', tagText = '', intro = ''] = sources;
  const otherYear = () =>
    firstYear(title) ??
    (introDates.length ? Number(introDates[0]!.slice(0, 4)) : null) ??
    yearFromLinks(intro) ??
    fallbackYear;
  for (const text of sources) {
    if (!text) continue;
    let first: { r: SeriesRecognizer; index: number } | null = null;
    for (const r of recognizers) {
      const index = r.find(text);
      if (index >= 0 && (!first || index < first.index)) first = { r, index };
    }
    if (!first) continue;
    const near = findYearNear(text, first.index);
    const year = near ?? otherYear();
    const said = text.length > 80 ? `${text.slice(0, 77)}…` : text;
    return {
      guess: {
        seriesId: first.r.id,
        seriesName: first.r.name,
        year,
        evidence: near !== null ? `"${said}" names ${first.r.name} and ${near}` : `"${said}" names ${first.r.name}; the year ${year ?? 'is not given'}${year ? ' comes from the post\'s dates' : ''}`,
      },
      seriesId: first.r.id,
    };
  }
  for (const text of [title, tagText, description]) {
    const named = text ? findNamedConference(text) : null;
    if (named) {
      const seriesId = createSeriesSlug(named.name);
      return { guess: { seriesId, seriesName: named.name, year: named.year, evidence: `"${text}" names ${named.name} ${named.year}` }, seriesId };
    }
  }
  const undated = findUndatedConference(title);
  if (undated) {
    const seriesId = createSeriesSlug(undated);
    const year = otherYear();
    const evidence = `the title "${title}" names ${undated}; the year ${year === null ? 'is not given anywhere' : `${year} comes from the post's dates`}`;
    return { guess: { seriesId, seriesName: undated, year, evidence }, seriesId };
  }
  return {
    guess: { seriesId: UNNAMED_SERIES, seriesName: 'Unnamed conference', year: null, evidence: 'no conference is named in the title, tags or opening' },
    seriesId: null,
  };
}

function firstYear(text: string): number | null {
  const years = findYears(text);
  return years.length ? years[0]!.year : null;
}

/** `2024` for the primary series, `<series>-<year>` for the others. */
export function createEditionId(seriesId: string, year: number | null, primarySeries: string | undefined): string {
  if (year === null) return seriesId;
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
