/**
 * Synthetic corpus of conference review posts, for benchmarks and scale tests of the content
 * pipeline. Deterministic: the same seed gives byte-identical files, and review i does not depend
 * on how many reviews are asked for (a 200-review corpus is a prefix of a 2,000-review one).
 *
 * Shapes follow the five real posts in content/reviews/: Jekyll/Hexo/Docusaurus/Hugo frontmatter,
 * sessions at any heading level, speakers written five different ways, non-session headings,
 * panels with sub-talks, CRLF/BOM/NFD files, and a few deliberately broken files.
 *
 * Two options for scale tests of the site rather than of the pipeline:
 * - `distinct`: every write-up is of a talk of its own, so sessions grow with write-ups instead
 *   of topping out at the ~1,250 talks the editions hold (2,000 reviews give ~24,500 write-ups
 *   but ~1,250 sessions, since most reviews cover the popular talks). Each such talk gets a
 *   fresh title, slot and speakers within its edition and day; its title ends in a unique series
 *   name (`… — 사례 1234`), so neither the exact nor the fuzzy merge joins two of them. 2,000
 *   reviews then give ~25,000 sessions: the runtime benchmark's timeline.
 * - `clean`: no deliberately broken files, so a site can be built from the corpus (the build
 *   stops on content errors).
 *
 *   tsx src/cli/corpus.ts --reviews 2000 --out .bench/corpus-2000 [--seed 1] [--force]
 *   tsx src/cli/corpus.ts --reviews 2000 --distinct --clean --out .bench/corpus-25k
 */
import { existsSync, mkdirSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CLOSING_HEADINGS,
  CLOSING_LINES,
  COMPANY_SLIPS,
  DETAIL_CHILDREN,
  DEVIEW_SERVICES,
  ENGLISH_NAMES,
  ENGLISH_TITLE_TEMPLATES,
  FECONF_SERVICES,
  GENERIC_DETAILS,
  GIVEN_FIRST,
  GIVEN_SECOND,
  IMAGE_HOSTS,
  INTRO_HEADINGS,
  INTRO_PARAGRAPHS,
  KAKAO_SERVICES,
  LANGUAGES,
  PANEL_THEMES,
  PROSE_SENTENCES,
  REVIEWER_HANDLES,
  SUBHEADINGS,
  SURNAMES,
  TITLE_ACTIONS,
  TITLE_GOALS,
  TITLE_HOOKS,
  TITLE_SYSTEMS,
  TOPICS,
  VENUE_LINES,
  VERDICTS,
  type CodeKind,
  type Domain,
  type Service,
  type Topic,
} from './corpus-words.ts';
import { createRandom, deriveSeed, type Random } from './seeded-random.ts';

// ---------------------------------------------------------------------------------------------
// Public shapes

export interface CorpusFile {
  /** Relative to the content folder: `reviews/0007_3f2a….txt`. */
  path: string;
  bytes: Uint8Array;
}

export interface CorpusOptions {
  reviews: number;
  seed?: number;
  /** Every write-up is of a talk of its own (see the header). */
  distinct?: boolean;
  /** No deliberately broken files. */
  clean?: boolean;
}

export const DEFAULT_SEED = 20241024;

export type FrontmatterStyle =
  | 'jekyll-spaced'
  | 'docusaurus'
  | 'hexo'
  | 'hexo-dotted'
  | 'jekyll-nodate'
  | 'hugo'
  | 'jekyll-filename'
  | 'none';
export type NumberingStyle = 'none' | 'dot' | 'zero' | 'session-dash' | 'mixed';
export type HeadingWrap = 'plain' | 'bold' | 'link';
export type SpeakerStyle = 'paren-dash' | 'slash-handle' | 'paren-pipe' | 'presenter-line' | 'first-bullet' | 'none';
export type BrokenKind = 'unclosed-frontmatter' | 'missing-title' | 'bad-date' | 'invalid-yaml';
export const BROKEN_KINDS: readonly BrokenKind[] = ['unclosed-frontmatter', 'missing-title', 'bad-date', 'invalid-yaml'];

export interface CorpusSpeaker {
  name: string;
  handle: string;
  /** `Hardy.Jung`: how some editions print speakers. */
  nick: string;
  company: string;
}

export interface CorpusTalk {
  /** `<edition id>#<day>-<slot>`: identity of the talk across reviews. */
  key: string;
  editionId: string;
  title: string;
  day: number;
  slot: number;
  kind: 'talk' | 'panel' | 'keynote';
  speakers: CorpusSpeaker[];
  /** Print speakers by nick (`Hardy.Jung`) rather than Korean name. */
  byNick: boolean;
  tags: string[];
  link?: string;
  topic: Topic;
  topic2: Topic;
  service: Service;
  popularity: number;
}

export interface WriteUpManifest {
  talkKey: string;
  /** The heading line as written (without the `#`s). */
  heading: string;
  level: number;
  /** 1-based line of the heading in the file. */
  line: number;
  empty: boolean;
}

export interface ReviewManifest {
  path: string;
  editionId: string;
  /** Conference day the review covers, null for a multi-day review. */
  day: number | null;
  broken: BrokenKind | null;
  frontmatter: FrontmatterStyle;
  baseLevel: number;
  numbering: NumberingStyle;
  wrap: HeadingWrap;
  speakerStyle: SpeakerStyle;
  bom: boolean;
  crlf: boolean;
  nfd: boolean;
  writeUps: WriteUpManifest[];
  bytes: number;
}

export interface Corpus {
  files: CorpusFile[];
  reviews: ReviewManifest[];
  /** Every talk of every edition (not all of them are written about). */
  talks: CorpusTalk[];
}

export function generateCorpus(options: CorpusOptions): CorpusFile[] {
  return generateCorpusWithManifest(options).files;
}

export function generateCorpusWithManifest(options: CorpusOptions): Corpus {
  const seed = options.seed ?? DEFAULT_SEED;
  if (!Number.isInteger(options.reviews) || options.reviews < 0) {
    throw new Error(`reviews must be a non-negative integer, got ${options.reviews}`);
  }
  const world = buildWorld(seed);
  const encoder = new TextEncoder();
  const files: CorpusFile[] = [];
  const reviews: ReviewManifest[] = [];
  for (let index = 0; index < options.reviews; index++) {
    const review = writeReview(world, seed, index, options);
    const bytes = encoder.encode(review.text);
    files.push({ path: review.manifest.path, bytes });
    reviews.push({ ...review.manifest, bytes: bytes.length });
  }
  return { files, reviews, talks: world.talks };
}

// ---------------------------------------------------------------------------------------------
// The conferences

interface EditionSpec {
  id: string;
  series: 'if-kakao' | 'deview' | 'feconf';
  year: number;
  /** How reviewers write the edition's name. */
  aliases: readonly string[];
  /** ISO dates of the conference days. */
  dates: readonly string[];
  venue: string;
  talksPerDay: number;
  /** Relative share of reviews. */
  weight: number;
  panels: number;
  linkStyle: 'program' | 'session' | 'deview' | 'feconf' | null;
}

const EDITIONS: readonly EditionSpec[] = [
  { id: '2018', series: 'if-kakao', year: 2018, aliases: ['if kakao 2018', 'if kakao 개발자 컨퍼런스 2018', 'ifkakao 2018'], dates: ['2018-08-29'], venue: 'COEX 그랜드볼룸', talksPerDay: 36, weight: 5, panels: 0, linkStyle: null },
  { id: '2019', series: 'if-kakao', year: 2019, aliases: ['if kakao 2019', 'IF Kakao 2019', 'ifkakao 2019'], dates: ['2019-08-29', '2019-08-30'], venue: 'COEX 그랜드볼룸', talksPerDay: 36, weight: 10, panels: 0, linkStyle: 'program' },
  { id: '2020', series: 'if-kakao', year: 2020, aliases: ['if(kakao)2020', 'if kakao 2020', 'ifkakao 2020'], dates: ['2020-11-16', '2020-11-17', '2020-11-18'], venue: '온라인', talksPerDay: 40, weight: 8, panels: 0, linkStyle: 'program' },
  { id: '2021', series: 'if-kakao', year: 2021, aliases: ['if(kakao)2021', 'if kakao 2021'], dates: ['2021-11-16', '2021-11-17', '2021-11-18'], venue: '온라인', talksPerDay: 40, weight: 8, panels: 0, linkStyle: 'program' },
  { id: '2022', series: 'if-kakao', year: 2022, aliases: ['if(kakao)dev2022', 'if kakao 2022', 'if(kakao) 2022'], dates: ['2022-12-07', '2022-12-08', '2022-12-09'], venue: '온라인', talksPerDay: 42, weight: 10, panels: 0, linkStyle: 'session' },
  { id: '2023', series: 'if-kakao', year: 2023, aliases: ['if(kakao)2023', 'if kakao 2023', '이프카카오 2023'], dates: ['2023-12-05', '2023-12-06', '2023-12-07'], venue: '온라인', talksPerDay: 36, weight: 10, panels: 0, linkStyle: 'session' },
  { id: '2024', series: 'if-kakao', year: 2024, aliases: ['if(kakaoAI) 2024', 'if(kakaoAI)2024', 'if kakao 2024', 'if(kakao AI) 2024'], dates: ['2024-10-22', '2024-10-23', '2024-10-24'], venue: 'Kakao AI Campus', talksPerDay: 40, weight: 14, panels: 2, linkStyle: 'session' },
  { id: '2025', series: 'if-kakao', year: 2025, aliases: ['if(kakao)25', 'if kakao 2025', 'if(kakao) 2025'], dates: ['2025-09-16', '2025-09-17', '2025-09-18'], venue: 'Kakao AI Campus', talksPerDay: 36, weight: 8, panels: 1, linkStyle: 'session' },
  { id: 'deview-2019', series: 'deview', year: 2019, aliases: ['DEVIEW 2019', 'deview 2019', '데뷰 2019'], dates: ['2019-10-28', '2019-10-29'], venue: 'COEX 그랜드볼룸', talksPerDay: 36, weight: 5, panels: 0, linkStyle: 'deview' },
  { id: 'deview-2020', series: 'deview', year: 2020, aliases: ['DEVIEW 2020', 'deview 2020'], dates: ['2020-11-25', '2020-11-26', '2020-11-27'], venue: '온라인', talksPerDay: 30, weight: 3, panels: 0, linkStyle: 'deview' },
  { id: 'deview-2023', series: 'deview', year: 2023, aliases: ['DEVIEW 2023', '데뷰 2023'], dates: ['2023-02-27', '2023-02-28'], venue: 'COEX 그랜드볼룸', talksPerDay: 32, weight: 6, panels: 0, linkStyle: 'deview' },
  { id: 'feconf-2022', series: 'feconf', year: 2022, aliases: ['FEConf 2022', 'FEConf2022'], dates: ['2022-10-08'], venue: '세종대학교 광개토관', talksPerDay: 30, weight: 3, panels: 0, linkStyle: 'feconf' },
  { id: 'feconf-2023', series: 'feconf', year: 2023, aliases: ['FEConf 2023', 'FEConf2023'], dates: ['2023-08-26'], venue: '세종대학교 광개토관', talksPerDay: 30, weight: 4, panels: 0, linkStyle: 'feconf' },
  { id: 'feconf-2024', series: 'feconf', year: 2024, aliases: ['FEConf 2024', 'FEConf2024'], dates: ['2024-08-24'], venue: '세종대학교 광개토관', talksPerDay: 30, weight: 6, panels: 0, linkStyle: 'feconf' },
];

const DOMAIN_WEIGHTS: Record<EditionSpec['series'], Record<Domain, number>> = {
  'if-kakao': { backend: 5, infra: 3, data: 3, ai: 3, mobile: 1, frontend: 1 },
  deview: { backend: 3, infra: 2, data: 3, ai: 4, mobile: 1, frontend: 1 },
  feconf: { backend: 0.3, infra: 0, data: 0, ai: 0.2, mobile: 0.3, frontend: 6 },
};

const SERVICES: Record<EditionSpec['series'], readonly Service[]> = {
  'if-kakao': KAKAO_SERVICES,
  deview: DEVIEW_SERVICES,
  feconf: FECONF_SERVICES,
};

interface World {
  talks: CorpusTalk[];
  people: CorpusSpeaker[];
  /** Titles taken in each edition, so a distinct talk never repeats one. */
  titles: Map<string, Set<string>>;
  /** Talks by edition id, then by day (1-based index - 1), in slot order. */
  byEditionDay: Map<string, CorpusTalk[][]>;
}

function buildWorld(seed: number): World {
  const people = createPeople(createRandom(deriveSeed(seed, 'people')));
  const talks: CorpusTalk[] = [];
  const byEditionDay = new Map<string, CorpusTalk[][]>();
  const editionTitles = new Map<string, Set<string>>();
  for (const edition of EDITIONS) {
    const rng = createRandom(deriveSeed(seed, 'edition', edition.id));
    const titles = new Set<string>();
    editionTitles.set(edition.id, titles);
    const days: CorpusTalk[][] = [];
    for (let day = 1; day <= edition.dates.length; day++) {
      const dayTalks: CorpusTalk[] = [];
      for (let slot = 0; slot < edition.talksPerDay; slot++) {
        const talk = createTalk(rng, edition, day, slot, people, titles);
        dayTalks.push(talk);
        talks.push(talk);
      }
      days.push(dayTalks);
    }
    byEditionDay.set(edition.id, days);
  }
  return { talks, people, titles: editionTitles, byEditionDay };
}

function createPeople(rng: Random): CorpusSpeaker[] {
  const people: CorpusSpeaker[] = [];
  const names = new Set<string>();
  while (people.length < 900) {
    const [surname, roman] = rng.pick(SURNAMES);
    const name = surname + rng.pick(GIVEN_FIRST) + rng.pick(GIVEN_SECOND);
    if (names.has(name)) continue;
    names.add(name);
    const english = rng.pick(ENGLISH_NAMES);
    const handle = `${english}.${roman}`;
    const nick = `${capitalize(english)}.${capitalize(roman)}`;
    people.push({ name, handle, nick, company: '' });
  }
  return people;
}

function topicsFor(edition: EditionSpec): Topic[] {
  return TOPICS.filter(
    (topic) =>
      (topic.since ?? 0) <= edition.year &&
      (topic.until ?? 9999) >= edition.year &&
      DOMAIN_WEIGHTS[edition.series][topic.domain] > 0,
  );
}

function pickTopic(rng: Random, edition: EditionSpec, exclude?: Topic): Topic {
  const weights = DOMAIN_WEIGHTS[edition.series];
  // A second topic mostly comes from the same field as the first (Kafka with Flink, not SwiftUI).
  const sameField = exclude && rng.chance(0.75);
  const all = topicsFor(edition).filter((topic) => topic !== exclude);
  const near = sameField ? all.filter((topic) => topic.domain === exclude.domain) : [];
  const candidates = near.length > 0 ? near : all;
  return rng.weighted(candidates.map((topic) => [topic, weights[topic.domain]] as const));
}

function createTalk(
  rng: Random,
  edition: EditionSpec,
  day: number,
  slot: number,
  people: readonly CorpusSpeaker[],
  titles: Set<string>,
): CorpusTalk {
  const services = SERVICES[edition.series];
  const topic = pickTopic(rng, edition);
  const topic2 = pickTopic(rng, edition, topic);
  const service = rng.pick(services);
  const key = `${edition.id}#${day}-${slot}`;
  const link = officialLink(rng, edition, day, slot);
  const byNick = edition.series === 'if-kakao' && edition.year <= 2020 && rng.chance(0.35);
  const base = { key, editionId: edition.id, day, slot, byNick, topic, topic2, service, ...(link ? { link } : {}) };

  if (day === 1 && slot === 0 && edition.series !== 'feconf') {
    const speakers = pickSpeakers(rng, people, 1, () => (edition.series === 'if-kakao' ? '카카오' : '네이버'));
    return { ...base, title: rng.pick(['키노트', '키노트', 'Keynote', '오프닝 키노트']), kind: 'keynote', speakers, tags: [], popularity: 8 };
  }
  if (day === 1 && slot >= 1 && slot <= edition.panels) {
    const theme = PANEL_THEMES[(slot - 1 + edition.year) % PANEL_THEMES.length] ?? 'Panel';
    const companies = rng.sample([...new Set(services.map((s) => s.company))], 4);
    const speakers = pickSpeakers(rng, people, 4, (i) => companies[i] ?? '카카오');
    titles.add(theme);
    return { ...base, title: theme, kind: 'panel', speakers, tags: ['ai'], popularity: 4 };
  }

  let title = '';
  for (let attempt = 0; attempt < 20; attempt++) {
    title = composeTitle(rng, topic, topic2, service);
    if (!titles.has(title)) break;
  }
  titles.add(title);
  const count = rng.weighted([[1, 6], [2, 3], [3, 1]] as const);
  const speakers = pickSpeakers(rng, people, count, () => service.company);
  const tags = [...new Set([...topic.tags, ...(title.includes(topic2.names[0] ?? '\u0000') ? topic2.tags : [])])];
  // A few talks draw most of the audience, as at any conference.
  const popularity = 0.2 + rng.next() ** 3 * 4;
  return { ...base, title, kind: 'talk', speakers, tags, popularity };
}

function pickSpeakers(rng: Random, people: readonly CorpusSpeaker[], count: number, company: (i: number) => string): CorpusSpeaker[] {
  return rng.sample(people, count).map((person, i) => ({ ...person, company: company(i) }));
}

function officialLink(rng: Random, edition: EditionSpec, day: number, slot: number): string | undefined {
  switch (edition.linkStyle) {
    case 'program': {
      const h = rng.hex(32);
      return `https://if.kakao.com/program?sessionId=${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
    }
    case 'session':
      return `https://if.kakao.com/${edition.year}/session/${(day - 1) * edition.talksPerDay + slot + 1}`;
    case 'deview':
      return `https://deview.kr/${edition.year}/sessions/${(day - 1) * edition.talksPerDay + slot + 1}`;
    case 'feconf':
      return `https://${edition.year}.feconf.kr/session/${slot + 1}`;
    default:
      return undefined;
  }
}

function composeTitle(rng: Random, topic: Topic, topic2: Topic, service: Service): string {
  const t = rng.pick(topic.names);
  const t2 = topic2.names[0] ?? 'Kafka';
  const s = service.name;
  switch (rng.int(0, 10)) {
    case 0:
      return `${s}의 ${t} ${rng.pick(['도입기', '적용기', '전환기'])}`;
    case 1:
      return `${withParticle(t, '로')} ${rng.pick(TITLE_GOALS)}`;
    case 2:
      return `${t}, ${rng.pick(['새로운 시작', '다시 보기', '제대로 쓰기', 'KRaft를 만나다'])}: ${s} ${t} ${rng.pick(['운영 노하우', '실전 운영 노하우', '도입 이야기'])}`;
    case 3:
      return `${s} ${t} ${rng.pick(TITLE_ACTIONS)}`;
    case 4:
      return `${rng.pick(TITLE_HOOKS)} ${s} ${t} 전략`;
    case 5:
      return `${withParticle(s, '는')} 어떻게 ${withParticle(rng.pick(TITLE_SYSTEMS), '을')} 만들었나? ${t} ${rng.pick(TITLE_ACTIONS)}`;
    case 6:
      return rng
        .pick(ENGLISH_TITLE_TEMPLATES)
        .replace('{T}', topic.names.find((name) => /^[A-Za-z]/.test(name)) ?? t)
        .replace('{L}', rng.pick(LANGUAGES))
        .replace('{S}', s)
        .replace('{Sys}', rng.pick(['Messaging Platform', 'Search Service', 'Data Pipeline', 'Payment System']));
    case 7:
      return `${withParticle(t, '와')} ${withParticle(t2, '를')} 활용한 ${s} ${rng.pick(TITLE_SYSTEMS)} ${rng.pick(TITLE_ACTIONS)}`;
    case 8:
      return `${rng.pick(['안정성과 유연성을 겸비한', '비용 효율적인', '더 빠르고 안전한', '모두를 위한'])} ${s}의 ${t} ${rng.pick(['구축 여정기', '플랫폼', '운영기'])}`;
    case 9:
      return `${rng.pick(TITLE_SYSTEMS)} 개발기: ${rng.pick(TITLE_HOOKS)}`.replace('개발기: ', `개발기 feat. ${t}: `);
    default:
      return `${s} ${rng.pick(TITLE_SYSTEMS)} ${t} ${rng.pick(['적용', '적용 사례', '개선기'])}`;
  }
}

/** Korean particle after a word: `batchim` form when the word ends in a final consonant. */
function josa(word: string, batchim: string, plain: string): string {
  const last = word.charCodeAt(word.length - 1);
  let final = 0; // 0: none, 8: ㄹ, other: some final consonant
  if (last >= 0xac00 && last <= 0xd7a3) final = (last - 0xac00) % 28;
  // Latin words and digits as read aloud: "LLM을", "Kafka를", "Spark를", "k8s를", "3을".
  else if (/(ng|[mn])$/i.test(word) || /[0136]$/.test(word)) final = 1;
  else if (/[l178]$/i.test(word)) final = 8;
  if (batchim === '으로') return final === 0 || final === 8 ? plain : batchim;
  return final === 0 ? plain : batchim;
}

const PARTICLES: Readonly<Record<string, readonly [string, string]>> = {
  을: ['을', '를'], 를: ['을', '를'], 이: ['이', '가'], 가: ['이', '가'], 은: ['은', '는'], 는: ['은', '는'],
  과: ['과', '와'], 와: ['과', '와'], 으로: ['으로', '로'], 로: ['으로', '로'],
};

/** Fixes the particle written after each inserted word: `{T}를` becomes `LLM을`. */
function withParticle(word: string, particle: string | undefined): string {
  const pair = particle ? PARTICLES[particle] : undefined;
  return pair ? word + josa(word, pair[0], pair[1]) : word;
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

// ---------------------------------------------------------------------------------------------
// One review

interface ReviewPlan {
  rng: Random;
  index: number;
  edition: EditionSpec;
  /** 1-based days covered, in order. */
  days: number[];
  broken: BrokenKind | null;
  frontmatter: FrontmatterStyle;
  baseLevel: number;
  numbering: NumberingStyle;
  wrap: HeadingWrap;
  speakerStyle: SpeakerStyle;
  bullet: string;
  indent: string;
  /** Session write-ups this review has (before dropping days without talks). */
  wanted: number;
  /** Reviewers who cover many talks write less about each: keeps posts within ~5–30 KB. */
  verbosity: number;
  editionName: string;
  published: string | null;
  title: string;
}

interface WrittenReview {
  text: string;
  manifest: Omit<ReviewManifest, 'bytes'>;
}

function writeReview(world: World, seed: number, index: number, options: CorpusOptions): WrittenReview {
  const rng = createRandom(deriveSeed(seed, 'review', index));
  // Broken files by index, so every corpus of 50+ reviews has some of each kind in turn.
  const broken: BrokenKind | null = !options.clean && index % 47 === 23 ? (BROKEN_KINDS[Math.floor(index / 47) % BROKEN_KINDS.length] ?? null) : null;
  const edition = rng.weighted(EDITIONS.map((e) => [e, e.weight] as const));
  const allDays = edition.dates.map((_, i) => i + 1);
  const days = allDays.length > 1 && rng.chance(0.35) ? allDays : [rng.pick(allDays)];

  let frontmatter = rng.weighted<FrontmatterStyle>([
    ['jekyll-spaced', 14],
    ['docusaurus', 18],
    ['hexo', 18],
    ['hexo-dotted', 10],
    ['jekyll-nodate', 12],
    ['hugo', 12],
    ['jekyll-filename', 12],
    ['none', 4],
  ]);
  if (broken && frontmatter === 'none') frontmatter = 'hexo';
  if (broken === 'bad-date' && (frontmatter === 'jekyll-nodate' || frontmatter === 'jekyll-filename')) frontmatter = 'docusaurus';

  let baseLevel = rng.weighted([[1, 15], [2, 45], [3, 30], [4, 10]] as const);
  if (broken === 'missing-title' && baseLevel === 1) baseLevel = 2;
  const numbering = rng.weighted<NumberingStyle>([['none', 60], ['dot', 15], ['zero', 8], ['session-dash', 7], ['mixed', 10]]);
  const wrap = edition.linkStyle ? rng.weighted<HeadingWrap>([['plain', 80], ['bold', 10], ['link', 10]]) : rng.weighted<HeadingWrap>([['plain', 88], ['bold', 12]]);
  const speakerStyle = rng.weighted<SpeakerStyle>([
    ['paren-dash', 22],
    ['slash-handle', 16],
    ['paren-pipe', 12],
    ['presenter-line', 18],
    ['first-bullet', 12],
    ['none', 20],
  ]);
  const lastDate = edition.dates[(days[days.length - 1] ?? 1) - 1] ?? edition.dates[0] ?? '2024-01-01';
  const published = rng.chance(0.3) ? lastDate : addDays(lastDate, rng.int(1, 12));
  const editionName = rng.pick(edition.aliases);
  // 4..21 sessions, mean 12.5.
  const wanted = rng.int(4, 21);
  const plan: ReviewPlan = {
    rng,
    index,
    edition,
    days,
    broken,
    frontmatter,
    baseLevel,
    numbering,
    wrap,
    speakerStyle,
    bullet: rng.weighted([['-', 6], ['*', 3], ['+', 1]] as const),
    indent: rng.weighted([['  ', 4], ['    ', 5], ['\t', 1]] as const),
    wanted,
    verbosity: Math.min(1.5, Math.max(0.55, 11 / wanted)),
    editionName,
    published,
    title: reviewTitle(rng, editionName, days, edition),
  };

  const talks = options.distinct ? createDistinctTalks(world, plan) : chooseTalks(world, plan);
  const body = writeBody(plan, talks);
  const head = writeFrontmatter(plan, talks);
  let text = head + body.text;
  const writeUps = locateHeadings(text, body.writeUps);
  const nfd = !broken && rng.chance(0.03);
  const crlf = rng.chance(0.08);
  const bom = rng.chance(0.05);
  if (nfd) text = text.normalize('NFD');
  if (crlf) text = text.replace(/\n/g, '\r\n');
  if (bom) text = `\uFEFF${text}`;

  return {
    text,
    manifest: {
      path: filePath(plan),
      editionId: edition.id,
      day: days.length === 1 ? (days[0] ?? null) : null,
      broken,
      frontmatter,
      baseLevel,
      numbering,
      wrap,
      speakerStyle,
      bom,
      crlf,
      nfd,
      writeUps,
    },
  };
}

function chooseTalks(world: World, plan: ReviewPlan): CorpusTalk[] {
  const { rng } = plan;
  const editionDays = world.byEditionDay.get(plan.edition.id) ?? [];
  const wanted = plan.wanted;
  const chosen: CorpusTalk[] = [];
  plan.days.forEach((day, i) => {
    const share = Math.round((wanted * (i + 1)) / plan.days.length) - Math.round((wanted * i) / plan.days.length);
    const pool = (editionDays[day - 1] ?? []).slice();
    const picked: CorpusTalk[] = [];
    while (picked.length < share && pool.length > 0) {
      const talk = rng.weighted(pool.map((t) => [t, t.popularity] as const));
      picked.push(talk);
      pool.splice(pool.indexOf(talk), 1);
    }
    picked.sort((a, b) => a.slot - b.slot);
    chosen.push(...picked);
  });
  return chosen;
}

/**
 * Talks of the review's own, in its days: slots after the edition's programme (so the official
 * links differ too), titles unique in the edition. Review i's talks depend only on reviews
 * before it, so a smaller distinct corpus is still a prefix of a larger one.
 */
function createDistinctTalks(world: World, plan: ReviewPlan): CorpusTalk[] {
  const { rng, edition } = plan;
  const titles = world.titles.get(edition.id) ?? new Set<string>();
  const chosen: CorpusTalk[] = [];
  plan.days.forEach((day, i) => {
    const share = Math.round((plan.wanted * (i + 1)) / plan.days.length) - Math.round((plan.wanted * i) / plan.days.length);
    for (let k = 0; k < share; k++) {
      const slot = edition.talksPerDay + plan.index * 32 + chosen.length;
      const talk = createTalk(rng, edition, day, slot, world.people, titles);
      // The series name keeps fuzzy matching apart too: titles from the same template differ in
      // a whole word, not a digit.
      const title = `${talk.title} — ${DISTINCT_SERIES[slot % DISTINCT_SERIES.length]} ${slot}`;
      titles.add(title);
      const distinct = { ...talk, title };
      world.talks.push(distinct);
      chosen.push(distinct);
    }
  });
  return chosen;
}

const DISTINCT_SERIES = ['사례', '이야기', '실험', '회고', '여정', '노트', '교훈', '기록', '현장', '시즌'];

function reviewTitle(rng: Random, editionName: string, days: number[], edition: EditionSpec): string {
  const day = days.length === 1 && edition.dates.length > 1 ? days[0] : undefined;
  const dayPart = day === undefined ? '' : rng.pick([` ${day}일차`, ` Day ${day}`, ` Day0${day}`, ` day ${day}`]);
  return rng.pick([
    `${editionName}${dayPart} 후기`,
    `[후기] ${editionName}${dayPart}`,
    `${editionName} 참관기${dayPart}`,
    `${editionName}${dayPart} 참여 후기`,
    `${editionName}${dayPart} 세션 정리`,
  ]);
}

function filePath(plan: ReviewPlan): string {
  const n = String(plan.index).padStart(4, '0');
  const hex = deriveSeed('path', plan.index, plan.title).toString(16).padStart(8, '0') + deriveSeed(plan.title, plan.index).toString(16).padStart(8, '0');
  if (plan.frontmatter === 'jekyll-filename') {
    const slug = plan.edition.id.startsWith('d') || plan.edition.id.startsWith('f') ? plan.edition.id : `ifkakao-${plan.edition.id}`;
    return `reviews/${plan.published ?? '2024-01-01'}-${slug}-${n}.md`;
  }
  if (plan.index % 10 === 3) return `reviews/${plan.edition.id}-review-${n}.md`;
  return `reviews/${n}_${hex}.txt`;
}

function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 2024, (m ?? 1) - 1, (d ?? 1) + days));
  return date.toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------
// Frontmatter

function writeFrontmatter(plan: ReviewPlan, talks: readonly CorpusTalk[]): string {
  const { rng, broken, frontmatter } = plan;
  if (frontmatter === 'none') return `# ${plan.title}\n\n`;

  const topicTags = [...new Set(talks.flatMap((t) => t.tags))];
  const seriesTags = plan.edition.series === 'if-kakao' ? ['kakao', 'ifkakao', 'if kakao', '카카오'] : plan.edition.series === 'deview' ? ['deview', 'naver'] : ['feconf', 'frontend'];
  const tags = [...rng.sample(seriesTags, rng.int(1, 2)), ...rng.sample(topicTags, rng.int(0, 4)), ...rng.sample(['review', 'conference', '후기', '컨퍼런스'], rng.int(0, 2))];
  const date = plan.published ?? '2024-01-01';
  const time = `${String(rng.int(8, 23)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`;
  const badDate = rng.pick(['2024-13-45', '2023-02-30', '지난주 목요일', '2022-12-07 25:61:00']);
  const lines: string[] = [];
  const title = broken === 'missing-title' ? null : plan.title;
  const author = rng.pick(REVIEWER_HANDLES);

  switch (frontmatter) {
    case 'jekyll-spaced':
      lines.push('layout: post');
      if (title) lines.push(broken === 'invalid-yaml' ? `title : "${title}` : `title : ${yamlScalar(title, false)}`);
      lines.push(`date  : ${broken === 'bad-date' ? badDate : date}`);
      if (rng.chance(0.5)) lines.push(`image : ${plan.edition.series.replace('-', '_')}_${plan.edition.year}.png`);
      lines.push(`tags  : ${tags.map((t) => t.replace(/\s+/g, '')).join(' ')}`);
      break;
    case 'docusaurus':
      if (title) lines.push(`title: ${yamlScalar(title, true)}`);
      lines.push(`date: ${broken === 'bad-date' ? badDate : `${date} ${time} +0900`}`);
      lines.push(broken === 'invalid-yaml' ? `tags: [${tags.join(', ')}` : `tags: [${tags.join(', ')}]`);
      lines.push(`description: ${plan.editionName} ${plan.days.length === 1 ? `day ${plan.days[0]} ` : ''}에 참여한 후기`);
      lines.push(rng.chance(0.7) ? `authors: ${author}` : `authors: [${author}, ${rng.pick(REVIEWER_HANDLES)}]`);
      break;
    case 'hexo':
      if (title) lines.push(broken === 'invalid-yaml' ? `title: "${title}` : `title: ${yamlScalar(title, true)}`);
      lines.push(`date: ${broken === 'bad-date' ? badDate : `${date} ${time}`}`);
      lines.push('tags:', ...tags.map((t) => `  - ${t}`));
      if (rng.chance(0.4)) lines.push('categories:', '  - 컨퍼런스');
      break;
    case 'hexo-dotted':
      if (title) lines.push(`title: ${yamlScalar(title, false)}`);
      lines.push(`date: ${broken === 'bad-date' ? badDate : `${date.replace(/-/g, '.')} 12:00:00`}`);
      lines.push('categories:', '- Conference');
      lines.push('tags:', ...tags.map((t) => `- ${t.replace(/\s+/g, '')}`));
      if (broken === 'invalid-yaml') lines.push('\tauthor: broken-indent');
      break;
    case 'jekyll-nodate':
    case 'jekyll-filename':
      lines.push('layout: post');
      if (title) lines.push(`title: ${yamlScalar(title, true)}`);
      lines.push(broken === 'invalid-yaml' ? `tags: [${tags.join(', ')}` : `tags: [${tags.join(', ')}]`);
      lines.push('comments: true');
      break;
    case 'hugo':
      if (title) lines.push(`title: ${yamlScalar(title, true)}`);
      lines.push(`date: ${broken === 'bad-date' ? badDate : `${date}T${time}+09:00`}`);
      lines.push('draft: false');
      lines.push(`author: "${author}"`);
      lines.push(broken === 'invalid-yaml' ? 'categories: ["Conference"' : 'categories: ["Conference"]');
      lines.push(`tags: [${tags.map((t) => JSON.stringify(t)).join(', ')}]`);
      break;
  }
  const close = broken === 'unclosed-frontmatter' ? '' : '---\n';
  return `---\n${lines.join('\n')}\n${close}\n`;
}

/** A YAML scalar; quoted when `quote` is asked or the text would not parse plain. */
function yamlScalar(text: string, quote: boolean): string {
  const needsQuotes = /: |\s#|^[[\]{}"'*&!|>%@`-]/.test(text);
  return quote || needsQuotes ? JSON.stringify(text) : text;
}

// ---------------------------------------------------------------------------------------------
// Body

interface Body {
  text: string;
  writeUps: WriteUpManifest[];
}

function writeBody(plan: ReviewPlan, talks: readonly CorpusTalk[]): Body {
  const { rng, baseLevel, edition } = plan;
  const out: string[] = [];
  const writeUps: WriteUpManifest[] = [];
  const fill = filler(plan);
  // A missing title must stay missing: no level-1 heading the pipeline could take as one.
  const noH1 = plan.broken === 'missing-title';
  // An unclosed frontmatter must not find its "closing" fence in the body.
  const noRules = plan.broken === 'unclosed-frontmatter';
  const upper = Math.max(1, baseLevel - 1);

  if (baseLevel >= 2 && !noH1 && rng.chance(0.3)) {
    out.push(`${hashes(upper)} ${plan.editionName}`, '');
  }
  const intros = INTRO_PARAGRAPHS.filter((p) => edition.venue === '온라인' || !p.startsWith('온라인'));
  for (const paragraph of rng.sample(intros, rng.int(1, 3))) out.push(fill(paragraph), '');
  if (rng.chance(0.3)) out.push('<!-- truncate -->', '');
  if (rng.chance(0.4)) {
    let dated = false;
    for (const heading of rng.sample(INTRO_HEADINGS, rng.int(1, 2))) {
      out.push(`${hashes(baseLevel)} ${heading}`, '');
      if ((heading === 'Overview' || heading === '장소') && !dated) {
        dated = true;
        const first = plan.days[0] ?? 1;
        const last = plan.days[plan.days.length - 1] ?? first;
        const dateOf = (day: number): string => koreanDate(edition.dates[day - 1] ?? '');
        const when = first === last ? `${dateOf(first)} (day ${first})` : `${dateOf(first)} ~ ${dateOf(last)} (${plan.days.length}일 모두 참석)`;
        out.push(`${plan.bullet} 참여 날짜: ${when}`, `${plan.bullet} 장소: ${edition.venue}`, '');
      } else {
        out.push(fill(rng.pick(VENUE_LINES)), '');
      }
      if (rng.chance(0.6)) out.push(image(rng, heading), '');
    }
  }
  const container = baseLevel >= 2 && rng.chance(0.15) && !(noH1 && upper === 1);
  if (container) {
    out.push(`${hashes(upper)} ${rng.pick(['세션', '들은 세션', 'Sessions'])}`, '');
    out.push(`세션은 ${[...new Set(talks.map((t) => t.topic.names[0]))].slice(0, 3).join(', ')} 관련 세션 위주로 들었다. 들으면서 간단히 정리한 내용은 다음과 같다.`, '');
  }
  const dayHeadings = plan.days.length > 1 && baseLevel >= 2 && !container && rng.chance(0.5) && !(noH1 && upper === 1);
  const rules = !noRules && rng.chance(0.2);
  const mixedLevels = baseLevel >= 2 && rng.chance(0.08);
  let currentDay = 0;
  let number = 0;

  for (const talk of talks) {
    if (dayHeadings && talk.day !== currentDay) {
      currentDay = talk.day;
      out.push(`${hashes(upper)} ${rng.pick([`Day ${talk.day}`, `${talk.day}일차`, `Day0${talk.day}`])}`, '');
    }
    number++;
    if (rules) out.push('---');
    let level = baseLevel;
    if (mixedLevels && rng.chance(0.4)) level = noH1 && baseLevel === 2 ? 3 : rng.pick([baseLevel - 1, Math.min(6, baseLevel + 1)]);
    const written = writeSession(plan, talk, level, number);
    out.push(written.text);
    writeUps.push({ talkKey: talk.key, heading: written.heading, level, line: 0, empty: written.empty });
  }

  if (rules && rng.chance(0.5)) out.push('---', '');
  if (rng.chance(0.6)) {
    const closing = rng.pick(CLOSING_HEADINGS);
    out.push(`${hashes(rng.chance(0.7) || noH1 ? baseLevel : upper)} ${plan.days.length === 1 && rng.chance(0.3) ? `Day0${plan.days[0]} ${closing}` : closing}`, '');
  }
  for (const line of rng.sample(CLOSING_LINES, rng.int(1, 2))) out.push(fill(line), '');
  return { text: `${out.join('\n')}\n`, writeUps };
}

/** Fills in each write-up's line: its heading is the next line that reads `<#s> <heading>`. */
function locateHeadings(text: string, writeUps: readonly WriteUpManifest[]): WriteUpManifest[] {
  let from = 0;
  let line = 1;
  return writeUps.map((w) => {
    const needle = `\n${hashes(w.level)} ${w.heading}\n`;
    const at = text.indexOf(needle, from);
    if (at < 0) throw new Error(`heading not found: ${w.heading}`);
    for (let i = from; i <= at; i++) if (text.charCodeAt(i) === 10) line++;
    from = at + 1;
    return { ...w, line };
  });
}

interface WrittenSession {
  text: string;
  heading: string;
  empty: boolean;
}

function writeSession(plan: ReviewPlan, talk: CorpusTalk, level: number, number: number): WrittenSession {
  const { rng } = plan;
  const lines: string[] = [];
  const title = talk.kind === 'talk' ? varyTitle(rng, talk.title) : talk.kind === 'panel' && rng.chance(0.2) ? `${talk.title} 패널톡` : talk.title;
  const style: SpeakerStyle = rng.chance(0.1) ? rng.pick<SpeakerStyle>(['paren-dash', 'presenter-line', 'none']) : plan.speakerStyle;
  const names = talk.speakers.map((s) => (talk.byNick ? s.nick : s.name));
  const company = companyAsWritten(rng, talk.speakers[0]?.company ?? '카카오');

  let heading = numberPrefix(plan, number) + wrapTitle(plan, title, talk);
  if (talk.kind === 'panel') heading += ` (${names.join(', ')})`;
  else if (talk.speakers.length > 0) {
    if (style === 'paren-dash') heading += ` (${company} - ${names.join(', ')})`;
    else if (style === 'slash-handle') heading += ` / ${talk.speakers.map((s) => (rng.chance(0.75) ? `${s.name}(${s.handle})` : s.name)).join(', ')}`;
    else if (style === 'paren-pipe') heading += ` (${names.join(', ')} | ${company})`;
  }
  lines.push(`${hashes(level)} ${heading}`, '');

  if (talk.kind !== 'panel' && style === 'presenter-line') {
    lines.push(`${rng.pick(['발표자 : ', '발표자: ', '발표자 :'])}${names.join(', ')} (${company})`, '');
  }
  if (talk.link && plan.wrap !== 'link' && rng.chance(0.35)) lines.push(`[${rng.pick(['Link', 'LINK', '세션 링크'])}](${talk.link})`, '');

  // An empty write-up: the reviewer names the talk and writes nothing under it.
  if (rng.chance(0.04)) {
    return { text: lines.join('\n'), heading, empty: lines.length <= 2 };
  }
  const notes: string[] = [];
  if (talk.kind !== 'panel' && style === 'first-bullet') {
    notes.push(`${plan.bullet} ${rng.chance(0.5) ? `${company} ` : ''}${names.join(', ')}님`);
  }
  if (talk.kind === 'panel') notes.push(...panelNotes(plan, talk, level));
  else notes.push(...talkNotes(plan, talk, level, notes.length > 0));
  lines.push(...notes, '');
  return { text: lines.join('\n'), heading, empty: false };
}

function numberPrefix(plan: ReviewPlan, n: number): string {
  const style = plan.numbering === 'mixed' ? plan.rng.pick(['dot', 'dot-tight', 'zero'] as const) : plan.numbering;
  switch (style) {
    case 'dot':
      return `${n}. `;
    case 'dot-tight':
      return `${n}.`;
    case 'zero':
      return `${String(n).padStart(2, '0')}.`;
    case 'session-dash':
      return `세션 ${n} - `;
    default:
      return '';
  }
}

function wrapTitle(plan: ReviewPlan, title: string, talk: CorpusTalk): string {
  if (plan.wrap === 'bold') return `**${title}**`;
  if (plan.wrap === 'link' && talk.link) return `[${title}](${talk.link})`;
  return title;
}

function companyAsWritten(rng: Random, company: string): string {
  const slip = COMPANY_SLIPS[company];
  return slip && rng.chance(0.15) ? slip : company;
}

/** The title as one reviewer writes it: mostly exact, sometimes slightly off (merging must cope). */
export function varyTitle(rng: Random, title: string): string {
  const roll = rng.next();
  if (roll < 0.6) return title;
  if (roll < 0.68 && title.includes(': ')) return title.slice(0, title.indexOf(': '));
  if (roll < 0.76) return title.replace(/[!?]+$/, '').replace(/[!?] /g, ' ').replace(/\s{2,}/g, ' ');
  if (roll < 0.84) return title.replace(/: /, ' : ').replace(/ 적용$/, '적용');
  if (roll < 0.9) return title.replace(/[A-Za-z][A-Za-z]+/, (word) => (word === word.toUpperCase() ? word : word.toLowerCase()));
  if (roll < 0.95) return title.replace(/ (DB|서비스|플랫폼) /, ' ');
  return `${title} `.replace(/ $/, rng.chance(0.5) ? '' : ' 후기').trimEnd();
}

// ---------------------------------------------------------------------------------------------
// Notes under a session heading

type Filler = (template: string) => string;

function filler(plan: ReviewPlan, talk?: CorpusTalk): Filler {
  const { rng } = plan;
  return (template) =>
    template.replace(/\{(T2|T|S|N|n|m|a|b|E|V)\}(으로|로|을|를|이|가|은|는|과|와)?/g, (_, slot: string, particle?: string) => {
      switch (slot) {
        case 'T':
          return withParticle(talk ? rng.pick(talk.topic.names) : (rng.pick(TOPICS).names[0] ?? 'Kafka'), particle);
        case 'T2':
          return withParticle(talk ? (talk.topic2.names[0] ?? 'Redis') : (rng.pick(TOPICS).names[0] ?? 'Redis'), particle);
        case 'S':
          return withParticle(talk ? talk.service.name : '카카오톡', particle);
        case 'E':
          return withParticle(plan.editionName, particle);
        case 'N':
          return String(rng.int(2, 40));
        case 'n':
          return String(rng.int(2, 20));
        case 'm':
          return String(rng.int(21, 80));
        case 'a':
          return String(rng.int(120, 900));
        case 'b':
          return String(rng.int(15, 110));
        case 'V':
          return plan.edition.venue;
        default:
          return slot + (particle ?? '');
      }
    });
}

function talkNotes(plan: ReviewPlan, talk: CorpusTalk, level: number, startedList: boolean): string[] {
  const { rng } = plan;
  const scaled = (n: number): number => Math.max(1, Math.round(n * plan.verbosity));
  const fill = filler(plan, talk);
  const out: string[] = [];
  const sub = level + 1;
  const shape = startedList ? 'bullets' : rng.weighted([['bullets', 50], ['prose', 20], ['structured', 22], ['minimal', 8]] as const);

  if (shape === 'minimal') {
    out.push(`> ${fill(rng.pick(PROSE_SENTENCES))} ${fill(rng.pick(PROSE_SENTENCES))}`);
    return out;
  }
  if (shape === 'prose') {
    for (let p = scaled(rng.int(2, 5)); p > 0; p--) {
      out.push(sentences(rng, fill, rng.int(2, 5)), '');
    }
    if (rng.chance(0.3)) out.push(bulletList(plan, talk, fill, rng.int(2, 5)), '');
  } else if (shape === 'bullets') {
    out.push(bulletList(plan, talk, fill, scaled(rng.int(5, 14))), '');
  } else {
    for (const heading of rng.sample(SUBHEADINGS, scaled(rng.int(2, 5)))) {
      out.push(sub <= 6 ? `${hashes(sub)} ${fill(heading)}` : `**${fill(heading)}**`, '');
      if (rng.chance(0.2)) out.push(numberedSteps(rng, fill), '');
      else out.push(bulletList(plan, talk, fill, scaled(rng.int(2, 7))), '');
    }
  }
  if (rng.chance(0.15)) out.push(codeBlock(rng, talk.topic.code ?? 'bash'), '');
  if (rng.chance(0.1)) out.push(table(rng), '');
  if (rng.chance(0.1)) out.push(image(rng, 'slide'), '');
  if (rng.chance(0.2)) {
    if (sub <= 6 && rng.chance(0.5)) out.push(`${hashes(sub)} ${rng.pick(['리뷰', '느낀점', '정리'])}`, '', bulletList(plan, talk, fill, rng.int(2, 4), VERDICTS), '');
    else out.push(`> ${fill(rng.pick(VERDICTS))}. ${fill(rng.pick(PROSE_SENTENCES))}`, '');
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}

function panelNotes(plan: ReviewPlan, talk: CorpusTalk, level: number): string[] {
  const { rng } = plan;
  const fill = filler(plan, talk);
  const out: string[] = [];
  out.push(`${plan.bullet} ${talk.speakers.map((s) => `${s.company} ${s.name}`).join(', ')}`, '');
  const sub = Math.min(6, level + 1);
  for (const speaker of talk.speakers) {
    out.push(`${hashes(sub)} ${rng.pick([`${speaker.company}`, `${speaker.company}의 AI - CTO ${speaker.name}`, `${speaker.company}, ${rng.pick(talk.topic.names)} 이야기 - ${speaker.name}`])}`, '');
    out.push(bulletList(plan, talk, fill, Math.max(2, Math.round(rng.int(3, 8) * plan.verbosity))), '');
  }
  out.push(`${hashes(sub)} ${rng.pick(['패널톡 Q&A', 'Q&A', '패널별 한마디'])}`, '', bulletList(plan, talk, fill, rng.int(3, 6)));
  return out;
}

function bulletList(plan: ReviewPlan, talk: CorpusTalk, fill: Filler, count: number, pool?: readonly string[]): string {
  const { rng, bullet, indent } = plan;
  const details = pool ?? [...(talk.topic.details ?? []), ...GENERIC_DETAILS];
  // Without replacement, so a list does not repeat itself.
  const items = rng.sample(details, count);
  const lines: string[] = [];
  for (const item of items) {
    lines.push(`${bullet} ${decorate(rng, fill(item))}`);
    if (rng.chance(0.45)) {
      for (let c = rng.int(1, 3); c > 0; c--) {
        lines.push(`${indent}${bullet} ${fill(rng.pick(rng.chance(0.5) ? DETAIL_CHILDREN : details))}`);
        if (rng.chance(0.15)) lines.push(`${indent}${indent}${bullet} ${fill(rng.pick(DETAIL_CHILDREN))}`);
      }
    }
  }
  return lines.join('\n');
}

/** Inline markdown the way note-takers sprinkle it. */
function decorate(rng: Random, text: string): string {
  const roll = rng.next();
  if (roll < 0.06) return text.replace(/([A-Za-z][\w.]+)/, '`$1`');
  if (roll < 0.1) return `**${text}**`;
  return text;
}

function sentences(rng: Random, fill: Filler, count: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(fill(rng.pick(PROSE_SENTENCES)));
  return out.join(' ');
}

function numberedSteps(rng: Random, fill: Filler): string {
  const steps = rng.int(3, 6);
  const lines: string[] = [];
  for (let i = 1; i <= steps; i++) lines.push(`${i}. ${fill(rng.pick(GENERIC_DETAILS))}`);
  return lines.join('\n');
}

function table(rng: Random): string {
  const rows = [
    ['p99 latency', `${rng.int(300, 900)}ms`, `${rng.int(20, 150)}ms`],
    ['처리량', `${rng.int(1, 9)}만 TPS`, `${rng.int(10, 40)}만 TPS`],
    ['서버 대수', `${rng.int(40, 120)}대`, `${rng.int(10, 39)}대`],
    ['배포 시간', `${rng.int(20, 60)}분`, `${rng.int(1, 9)}분`],
  ];
  return ['| 항목 | 기존 | 개선 후 |', '| --- | --- | --- |', ...rng.sample(rows, rng.int(2, 4)).map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function image(rng: Random, alt: string): string {
  const host = rng.pick(IMAGE_HOSTS);
  return `![${alt}](${host}${rng.hex(7)}.${rng.pick(['jpeg', 'png', 'JPG'])})`;
}

const CODE: Record<CodeKind, readonly string[]> = {
  yaml: ['apiVersion: apps/v1', 'kind: Deployment', 'spec:', '  replicas: 3', '  template:', '    spec:', '      containers:', '        - name: api', '          resources:', '            limits:', '              memory: 2Gi'],
  java: ['@Transactional', 'public void process(OrderEvent event) {', '    if (repository.existsByEventId(event.id())) {', '        return; // 멱등성 보장', '    }', '    repository.save(Order.from(event));', '}'],
  kotlin: ['suspend fun <T> withLock(key: String, block: suspend () -> T): T {', '    val lock = redisson.getLock("lock:$key")', '    check(lock.tryLock(3, 10, TimeUnit.SECONDS)) { "lock busy: $key" }', '    try { return block() } finally { lock.unlock() }', '}'],
  sql: ['SELECT shard_id, COUNT(*)', 'FROM billing_event', "WHERE created_at >= '2024-01-01'", 'GROUP BY shard_id', 'ORDER BY 2 DESC;'],
  bash: ['kubectl rollout status deploy/api -n prod', 'kubectl top pods -n prod | sort -k3 -h | tail'],
  ts: ['export function useSession(id: string) {', '  return useQuery({ queryKey: ["session", id], queryFn: () => fetchSession(id) });', '}'],
  properties: ['acks=all', 'min.insync.replicas=2', 'enable.idempotence=true', 'max.in.flight.requests.per.connection=5'],
  python: ['def chunk(text: str, size: int = 512) -> list[str]:', '    tokens = tokenizer.encode(text)', '    return [tokenizer.decode(tokens[i:i + size]) for i in range(0, len(tokens), size)]'],
};

function codeBlock(rng: Random, kind: CodeKind): string {
  const lines = CODE[kind];
  const take = rng.int(Math.min(3, lines.length), lines.length);
  return [`\`\`\`${kind}`, ...lines.slice(0, take), '```'].join('\n');
}

function hashes(level: number): string {
  return '#'.repeat(Math.max(1, Math.min(6, level)));
}

function koreanDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const weekday = '일월화수목금토'[new Date(Date.UTC(y ?? 2024, (m ?? 1) - 1, d ?? 1)).getUTCDay()];
  return `${y}년 ${m}월 ${d}일 ${weekday}`;
}

// ---------------------------------------------------------------------------------------------
// CLI

/** Marks a folder as a generated corpus, so writing a new one may replace it (loadContent skips dotfiles). */
const CORPUS_MARKER = '.talkshelf-corpus';

/** Writes the files under `outDir`, replacing an earlier corpus there; any other non-empty folder only with `force`. */
export function writeCorpus(files: readonly CorpusFile[], outDir: string, force: boolean): void {
  if (existsSync(outDir) && readdirSync(outDir).length > 0) {
    if (!force && !existsSync(join(outDir, CORPUS_MARKER))) {
      throw new Error(`${outDir} is not empty and holds no generated corpus; pass --force to replace it`);
    }
    rmSync(outDir, { recursive: true, force: true });
  }
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, CORPUS_MARKER), 'Generated by src/cli/corpus.ts; replaced by the next run.\n');
  const made = new Set<string>();
  for (const file of files) {
    const target = join(outDir, file.path);
    const dir = dirname(target);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(target, file.bytes);
  }
}

function parseArgs(argv: readonly string[]): { reviews: number; out: string; seed: number; force: boolean; distinct: boolean; clean: boolean } {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const reviews = Number(value('--reviews') ?? '200');
  const out = value('--out') ?? `.bench/corpus-${reviews}`;
  const seed = Number(value('--seed') ?? DEFAULT_SEED);
  if (!Number.isInteger(reviews) || reviews < 0) throw new Error('--reviews must be a non-negative integer');
  if (!Number.isInteger(seed)) throw new Error('--seed must be an integer');
  return { reviews, out, seed, force: argv.includes('--force'), distinct: argv.includes('--distinct'), clean: argv.includes('--clean') };
}

function isMain(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const corpus = generateCorpusWithManifest({ reviews: args.reviews, seed: args.seed, distinct: args.distinct, clean: args.clean });
  writeCorpus(corpus.files, resolve(args.out), args.force);
  const bytes = corpus.reviews.reduce((sum, r) => sum + r.bytes, 0);
  const writeUps = corpus.reviews.reduce((sum, r) => sum + r.writeUps.length, 0);
  const broken = corpus.reviews.filter((r) => r.broken).length;
  const distinct = new Set(corpus.reviews.flatMap((r) => r.writeUps.map((w) => w.talkKey))).size;
  console.log(
    `wrote ${corpus.files.length} reviews (${(bytes / 1e6).toFixed(1)} MB, ${writeUps} session write-ups of ${distinct} talks, ${broken} broken) to ${args.out} (seed ${args.seed})`,
  );
}

if (isMain()) {
  try {
    main();
  } catch (error) {
    console.error(`corpus: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
