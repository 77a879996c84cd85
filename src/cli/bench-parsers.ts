/**
 * `npm run bench:parsers`: micromark (the parser react-markdown uses, and the pipeline's) against
 * markdown-it, on the generated 2,000-review corpus and on the real posts in content/reviews
 * (issue 13, "Parser choice, measured").
 *
 *   npm run bench:parsers [-- --reviews 2000] [--runs 3] [--seed n] [--repeat 20]
 *
 * Each parser runs in a fresh child process per run (src/cli/measure-parsers.ts), so its peak RSS
 * is its own; runs go round the parsers in turn, so a noisy minute hits all of them alike. Every
 * post's parse is timed on its own: the table gives the total (median of the runs' totals), the
 * median, 95th percentile and longest post (each post's median over the runs), characters per
 * CPU second, peak RSS, and each parser's time against markdown-it's parse + render. The real
 * posts are short, so each is parsed `--repeat` times in a row and one parse's time reported.
 *
 * Prints figures only: there is no target; the issue asks for the trade-off to be visible.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SEED, generateCorpusWithManifest, writeCorpus } from './corpus.ts';
import { PARSERS, type ParserMeasurement, type ParserName } from './parsers-compared.ts';
import { formatBytes, formatDuration, formatInteger, formatTable, type Row } from './table.ts';
import { reportSummary } from './bench-summary.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const MEASURE_SCRIPT = join(ROOT, 'src/cli/measure-parsers.ts');
const RESULT_PREFIX = 'BENCH_RESULT ';
const NAMES = Object.keys(PARSERS) as ParserName[];
/** The parser every other is compared with: the "about 20x faster". */
const REFERENCE: ParserName = 'markdown-it-render';

interface Options {
  reviews: number;
  runs: number;
  seed: number;
  repeat: number;
}

function parseOptions(argv: readonly string[]): Options {
  const value = (name: string, fallback: string): number => {
    const i = argv.indexOf(name);
    const n = Number(i >= 0 ? argv[i + 1] : fallback);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${name} takes a positive integer`);
    return n;
  };
  return { reviews: value('--reviews', '2000'), runs: value('--runs', '3'), seed: value('--seed', String(DEFAULT_SEED)), repeat: value('--repeat', '20') };
}

function runChild(parser: ParserName, dir: string, repeat: number): ParserMeasurement {
  const args = ['--import', 'tsx', MEASURE_SCRIPT, '--parser', parser, '--dir', dir, '--repeat', String(repeat)];
  const child = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const line = child.stdout?.split('\n').find((l) => l.startsWith(RESULT_PREFIX));
  if (child.status !== 0 || !line) throw new Error(`${parser} on ${dir}: exit ${child.status ?? child.signal}: ${(child.stderr || child.stdout).trim().split('\n').slice(-5).join(' / ')}`);
  return JSON.parse(line.slice(RESULT_PREFIX.length)) as ParserMeasurement;
}

/** Every parser `runs` times on `dir`, round-robin; results per parser. */
function measureAll(dir: string, runs: number, repeat: number, label: string): Map<ParserName, ParserMeasurement[]> {
  const results = new Map<ParserName, ParserMeasurement[]>(NAMES.map((name) => [name, []]));
  for (let run = 1; run <= runs; run++) {
    process.stdout.write(`  ${label}, run ${run}:`);
    for (const name of NAMES) {
      process.stdout.write(` ${name}…`);
      results.get(name)!.push(runChild(name, dir, repeat));
    }
    process.stdout.write(` (load ${loadavg()[0]!.toFixed(2)})\n`);
  }
  return results;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

interface Summary {
  totalCpuMs: number;
  totalWallMs: number;
  /** Each post's median over the runs. */
  perPostCpuMs: number[];
  paths: string[];
  characters: number;
  peakRssMb: number;
  rssBeforeMb: number;
}

function summarize(runs: readonly ParserMeasurement[]): Summary {
  const first = runs[0]!;
  const sum = (m: ParserMeasurement, pick: (p: ParserMeasurement['posts'][number]) => number) => m.posts.reduce((s, p) => s + pick(p), 0);
  return {
    totalCpuMs: median(runs.map((m) => sum(m, (p) => p.cpuMs))),
    totalWallMs: median(runs.map((m) => sum(m, (p) => p.wallMs))),
    perPostCpuMs: first.posts.map((_, i) => median(runs.map((m) => m.posts[i]!.cpuMs))),
    paths: first.posts.map((p) => p.path),
    characters: sum(first, (p) => p.characters),
    peakRssMb: Math.max(...runs.map((m) => m.peakRssMb)),
    rssBeforeMb: Math.min(...runs.map((m) => m.rssBeforeMb)),
  };
}

function formatMs(ms: number): string {
  return ms < 10 ? `${ms.toFixed(2)} ms` : formatDuration(ms);
}

/** One row a parser: totals, per-post spread, speed, memory and the ratio to markdown-it. */
function totalsTable(summaries: Map<ParserName, Summary>): string {
  const reference = summaries.get(REFERENCE)!;
  const rows: Row[] = NAMES.map((name) => {
    const s = summaries.get(name)!;
    const longest = s.perPostCpuMs.indexOf(Math.max(...s.perPostCpuMs));
    return [
      name,
      formatMs(s.totalCpuMs),
      formatMs(s.totalWallMs),
      formatMs(median(s.perPostCpuMs)),
      formatMs(percentile(s.perPostCpuMs, 95)),
      `${formatMs(s.perPostCpuMs[longest]!)}`,
      formatInteger(s.characters / (s.totalCpuMs / 1000)),
      `${formatInteger(s.peakRssMb)} MB (+${formatInteger(s.peakRssMb - s.rssBeforeMb)})`,
      `${(s.totalCpuMs / reference.totalCpuMs).toFixed(1)}×`,
    ];
  });
  return formatTable(
    [
      { header: 'parser' },
      { header: 'CPU, all posts', align: 'right' },
      { header: 'wall', align: 'right' },
      { header: 'per post: median', align: 'right' },
      { header: 'p95', align: 'right' },
      { header: 'longest', align: 'right' },
      { header: 'chars / CPU s', align: 'right' },
      { header: 'peak RSS (+ parsing)', align: 'right' },
      { header: `÷ ${REFERENCE}`, align: 'right' },
    ],
    rows,
  );
}

/** The real posts: one row a post, one column a parser (CPU of one parse). */
function perPostTable(summaries: Map<ParserName, Summary>): string {
  const first = summaries.get(NAMES[0]!)!;
  const rows: Row[] = first.paths.map((path, i) => [path.replace(/^reviews\//, ''), ...NAMES.map((name) => formatMs(summaries.get(name)!.perPostCpuMs[i]!))]);
  return formatTable([{ header: 'post' }, ...NAMES.map((name) => ({ header: name, align: 'right' as const }))], rows);
}

function prepareCorpus(options: Options): { dir: string; bytes: number } {
  const corpus = generateCorpusWithManifest({ reviews: options.reviews, seed: options.seed });
  const dir = join(ROOT, '.bench', `parsers-corpus-${options.reviews}`);
  // Only the reviews: parsing needs no curated files. A folder of its own, so a pipeline
  // benchmark regenerating its corpus at the same time does not pull files from under this one.
  mkdirSync(dirname(dir), { recursive: true });
  writeCorpus(corpus.files, dir, true);
  return { dir, bytes: corpus.reviews.reduce((sum, r) => sum + r.bytes, 0) };
}

function describe(title: string, summaries: Map<ParserName, Summary>): void {
  const events = summaries.get('micromark-events')!;
  const reference = summaries.get(REFERENCE)!;
  console.log(`\n${title}\n${totalsTable(summaries)}`);
  console.log(
    `micromark's events (what the pipeline parses) take ${(events.totalCpuMs / reference.totalCpuMs).toFixed(1)}× markdown-it's parse + render; ` +
      `micromark to HTML ${(summaries.get('micromark-html')!.totalCpuMs / reference.totalCpuMs).toFixed(1)}×.`,
  );
}

function main(): void {
  const options = parseOptions(process.argv.slice(2));
  const cpu = cpus();
  const load = () => loadavg().map((n) => n.toFixed(2)).join(', ');
  console.log(`talkshelf parser benchmark — node ${process.version}, ${cpu.length} × ${cpu[0]?.model.trim() ?? 'cpu'}; load average ${load()}`);
  console.log(`${options.runs} run(s) of each parser, each in a fresh process; CPU is user + system of the parse calls alone\n`);
  for (const [name, what] of Object.entries(PARSERS)) console.log(`  ${name.padEnd(20)} ${what}`);
  console.log('');

  const { dir, bytes } = prepareCorpus(options);
  const corpus = new Map([...measureAll(dir, options.runs, 1, `${formatInteger(options.reviews)} reviews`)].map(([name, runs]) => [name, summarize(runs)]));
  const real = new Map([...measureAll(join(ROOT, 'content'), options.runs, options.repeat, 'content/reviews')].map(([name, runs]) => [name, summarize(runs)]));

  describe(`${formatInteger(options.reviews)} generated reviews (seed ${options.seed}, ${formatBytes(bytes)}, ${formatInteger(corpus.get(REFERENCE)!.characters)} characters of bodies), median of ${options.runs}:`, corpus);
  describe(`The ${real.get(REFERENCE)!.paths.length} real posts in content/reviews (${formatInteger(real.get(REFERENCE)!.characters)} characters), each parsed ${options.repeat}× per run, median of ${options.runs}:`, real);
  console.log(`\nThe real posts, CPU of one parse:\n${perPostTable(real)}`);
  console.log(`\nload average at the end ${load()}`);

  const ratio = (set: Map<ParserName, Summary>) => (set.get('micromark-events')!.totalCpuMs / set.get(REFERENCE)!.totalCpuMs).toFixed(1);
  reportSummary([
    { what: `parsers, micromark + GFM events ÷ markdown-it parse + render, ${formatInteger(options.reviews)} reviews`, figure: `${ratio(corpus)}×`, target: '' },
    { what: 'parsers, micromark + GFM events ÷ markdown-it parse + render, real posts', figure: `${ratio(real)}×`, target: '' },
  ]);
}

main();
