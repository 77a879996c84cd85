/**
 * `npm run bench:search`: the search index on the generated 2,000-review corpus (≈25,000
 * write-ups): how big it is, raw and gzipped, how long it takes to load, and how fast a query
 * answers once it is loaded. The site's own index (content/) is measured alongside for scale.
 * The machine's load average is printed with the figures, since a busy machine slows queries.
 *
 *   npm run bench:search [-- --reviews 2000] [--queries 200] [--seed n] [--check]
 *
 * Queries are varied on purpose: whole Korean words, partial ones (two syllables of a longer
 * word), single syllables, English words in any case and half-typed, speaker names, company
 * names, tag synonyms and two-word queries, all drawn from the corpus so most of them match.
 * Exits 1 with --check when a target is missed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { buildCatalog, loadContent, type ContentInput } from '../content/node/index.ts';
import type { Catalog } from '../content/schema.ts';
import { buildSearchIndex } from '../search/build-index.ts';
import type { SearchIndexFile } from '../search/index-file.ts';
import { loadSearchIndex } from '../search/query.ts';
import type { TaxonomyTag } from '../search/synonyms.ts';
import { readTaxonomyTags } from '../search/taxonomy.ts';
import { splitRuns, foldText } from '../search/tokenize.ts';
import { DEFAULT_SEED, generateCorpus } from './corpus.ts';
import { createRandom } from './seeded-random.ts';
import { formatBytes, formatInteger, formatTable, type Row } from './table.ts';
import { reportSummary } from './bench-summary.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TARGET = { medianMs: 10, gzipBytes: 3 * 1024 * 1024 };

interface Options {
  reviews: number;
  queries: number;
  seed: number;
  check: boolean;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { reviews: 2000, queries: 200, seed: DEFAULT_SEED, check: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => Number(argv[++i]);
    if (arg === '--reviews') options.reviews = value();
    else if (arg === '--queries') options.queries = value();
    else if (arg === '--seed') options.seed = value();
    else if (arg === '--check') options.check = true;
    else throw new Error(`Unknown option ${arg}. Usage: npm run bench:search [-- --reviews 2000] [--queries 200] [--seed n] [--check]`);
  }
  return options;
}

/** The generated reviews with the curated files of content/ beside them, as the bench does. */
function corpusInput(reviews: number, seed: number): ContentInput {
  const curated = readdirSync(join(ROOT, 'content'))
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => ({ path: name, bytes: new Uint8Array(readFileSync(join(ROOT, 'content', name))) }));
  return { files: [...curated, ...generateCorpus({ reviews, seed })] };
}

/** Queries of every kind a reader types, drawn from the corpus itself. */
export function createQueries(file: SearchIndexFile, count: number, seed: number): string[] {
  const random = createRandom(seed);
  const pick = <T>(list: readonly T[]): T | undefined => (list.length > 0 ? random.pick(list) : undefined);
  const words = (text: string) => splitRuns(foldText(text)).map((run) => run);
  const kinds: (() => string | undefined)[] = [
    // A whole Korean word from a title.
    () => words(random.pick(file.docs)[1]).filter((run) => run.hangul && run.text.length >= 2).map((run) => run.text).at(0),
    // Two syllables from inside a Korean word of the notes.
    () => {
      const run = pick(words(random.pick(file.docs)[4]).filter((r) => r.hangul && r.text.length >= 3));
      if (!run) return undefined;
      const at = Math.floor(random.next() * (run.text.length - 1));
      return run.text.slice(at, at + 2);
    },
    // One syllable.
    () => pick(words(random.pick(file.docs)[1]).filter((run) => run.hangul))?.text.slice(0, 1),
    // An English word, shouted or half-typed.
    () => {
      const word = pick(words(random.pick(file.docs)[1]).filter((run) => !run.hangul && run.text.length >= 3))?.text;
      if (!word) return undefined;
      return random.next() < 0.5 ? word.toUpperCase() : word.slice(0, Math.max(3, Math.ceil(word.length / 2)));
    },
    // A speaker.
    () => random.pick(file.docs)[3].split(', ')[0],
    // A tag spelling.
    () => pick(random.pick(file.synonyms)),
    // Two words.
    () => {
      const list = words(random.pick(file.docs)[1]).map((run) => run.text);
      return list.length >= 2 ? `${list[0]} ${list[1]}` : undefined;
    },
  ];
  const queries: string[] = [];
  while (queries.length < count) {
    const query = random.pick(kinds)();
    if (query && query.trim()) queries.push(query);
  }
  return queries;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

interface Measurement {
  sessions: number;
  buildMs: number;
  raw: number;
  gzip: number;
  /** Of `gzip`, the result rows (titles, speakers, excerpts) rather than the inverted index. */
  docsGzip: number;
  parseMs: number;
  loadMs: number;
  queries: number;
  empty: number;
  meanHits: number;
  medianMs: number;
  p95Ms: number;
  /** The same queries' CPU time: what the query costs whatever else the machine is running. */
  cpuMedianMs: number;
  slowest: string;
}

function measure(catalog: Catalog, taxonomy: TaxonomyTag[], options: Options): Measurement {
  const buildStart = performance.now();
  const file = buildSearchIndex(catalog, taxonomy);
  const json = JSON.stringify(file);
  const buildMs = performance.now() - buildStart;
  const parseStart = performance.now();
  const parsed = JSON.parse(json) as SearchIndexFile;
  const parseMs = performance.now() - parseStart;
  const loadStart = performance.now();
  const engine = loadSearchIndex(parsed);
  const loadMs = performance.now() - loadStart;

  const queries = createQueries(file, options.queries, options.seed);
  // Warm up (JIT) on a separate set, then time each query once.
  for (const query of createQueries(file, 20, options.seed + 1)) engine.search(query);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let hits = 0;
  let empty = 0;
  for (const query of queries) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    const results = engine.search(query, { limit: 50 });
    times.push(performance.now() - start);
    const cpu = process.cpuUsage(cpuStart);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
    hits += results.length;
    if (results.length === 0) empty++;
  }
  const sorted = [...times].sort((a, b) => a - b);
  const slowest = Math.max(...times);
  return {
    sessions: file.docs.length,
    buildMs,
    raw: Buffer.byteLength(json),
    gzip: gzipSync(json, { level: 9 }).length,
    docsGzip: gzipSync(JSON.stringify(file.docs), { level: 9 }).length,
    parseMs,
    loadMs,
    queries: queries.length,
    empty,
    meanHits: hits / queries.length,
    medianMs: median(times),
    p95Ms: sorted[Math.floor(sorted.length * 0.95)]!,
    cpuMedianMs: median(cpuTimes),
    slowest: `${slowest.toFixed(1)} ms (${queries[times.indexOf(slowest)]})`,
  };
}

/**
 * Reviews of one talk merge into one session, so 2,000 reviews make about 1,250 sessions from
 * about 25,000 write-ups. For the 25,000-session scale target every write-up becomes a session
 * of its own, with its own notes.
 */
function onePerWriteUp(catalog: Catalog): Catalog {
  const sessions = catalog.sessions.flatMap((session) =>
    session.writeUps.map((writeUp, k) => ({ ...session, id: `${session.id}~${k}`, writeUps: [writeUp] })),
  );
  return { ...catalog, sessions };
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const input = corpusInput(options.reviews, options.seed);
  const catalog = buildCatalog(input);
  const taxonomy = readTaxonomyTags(input);
  // The site as published, for scale: its index is what readers download today.
  const siteInput = await loadContent(join(ROOT, 'content'));
  const runs = [
    { name: 'sessions as merged', result: measure(catalog, taxonomy, options) },
    { name: 'one session per write-up', result: measure(onePerWriteUp(catalog), taxonomy, options) },
    { name: 'content/ (the site)', result: measure(buildCatalog(siteInput), readTaxonomyTags(siteInput), options) },
  ];
  const ms = (value: number) => `${value.toFixed(2)} ms`;
  const bytes = (value: number, sessions: number) => `${formatBytes(value)} (${Math.round(value / sessions)} B/session)`;
  const rows: Row[] = [
    ['sessions', ...runs.map(({ result }) => String(result.sessions))],
    ['index build', ...runs.map(({ result }) => `${Math.round(result.buildMs)} ms`)],
    ['index raw', ...runs.map(({ result }) => bytes(result.raw, result.sessions))],
    ['index gzip', ...runs.map(({ result }) => bytes(result.gzip, result.sessions))],
    ['  of it result rows', ...runs.map(({ result }) => bytes(result.docsGzip, result.sessions))],
    ['JSON.parse', ...runs.map(({ result }) => `${Math.round(result.parseMs)} ms`)],
    ['load (unpack + loadJS)', ...runs.map(({ result }) => `${Math.round(result.loadMs)} ms`)],
    ['queries (no result)', ...runs.map(({ result }) => `${result.queries} (${result.empty})`)],
    ['mean hits (max 50)', ...runs.map(({ result }) => result.meanHits.toFixed(1))],
    ['median query', ...runs.map(({ result }) => ms(result.medianMs))],
    ['p95 query', ...runs.map(({ result }) => ms(result.p95Ms))],
    ['median query, CPU time', ...runs.map(({ result }) => ms(result.cpuMedianMs))],
    ['slowest query', ...runs.map(({ result }) => result.slowest)],
  ];
  // Timings on a shared machine mean little without how busy it was.
  const load = loadavg().map((value) => value.toFixed(2)).join(', ');
  console.log(`Search index on the generated ${options.reviews}-review corpus (seed ${options.seed}); load average ${load}\n`);
  console.log(formatTable([{ header: '' }, ...runs.map(({ name }) => ({ header: name, align: 'right' as const }))], rows));
  console.log('');
  let ok = true;
  // The targets are for the generated corpus; the site is there for comparison.
  for (const { name, result } of runs.slice(0, 2)) {
    const timeOk = result.medianMs < TARGET.medianMs;
    const sizeOk = result.gzip < TARGET.gzipBytes;
    ok &&= timeOk && sizeOk;
    console.log(`${timeOk ? 'PASS' : 'MISS'} ${name}: median query ${ms(result.medianMs)} < ${TARGET.medianMs} ms`);
    console.log(`${sizeOk ? 'PASS' : 'MISS'} ${name}: index ${formatBytes(result.gzip)} gzipped < ${formatBytes(TARGET.gzipBytes)}`);
  }
  const scale = runs[1]!.result;
  reportSummary([
    {
      what: `search, ${formatInteger(scale.sessions)} sessions: median query (200 queries)`,
      figure: `${ms(scale.medianMs)} (p95 ${ms(scale.p95Ms)})`,
      target: `under ${TARGET.medianMs} ms`,
      met: scale.medianMs < TARGET.medianMs,
    },
    {
      what: `search, ${formatInteger(scale.sessions)} sessions: index gzipped`,
      figure: bytes(scale.gzip, scale.sessions),
      target: `under ${formatBytes(TARGET.gzipBytes)}`,
      met: scale.gzip < TARGET.gzipBytes,
    },
  ]);
  if (options.check && !ok) process.exitCode = 1;
}

await main();
