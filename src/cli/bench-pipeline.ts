/**
 * `npm run bench:pipeline` (part of `npm run bench`): how the content pipeline scales with the number of reviews.
 *
 * For each size it generates a synthetic corpus (src/cli/corpus.ts) into .bench/corpus-<n>/ with
 * the curated files of content/ beside it (outside any timing), then runs the pipeline in fresh
 * child processes (src/cli/measure-pipeline.ts), so each run's peak RSS is its own and each run
 * starts cold like a real `vite build`. Times are the median of the runs, memory the highest peak.
 *
 *   npm run bench:pipeline [-- --sizes 200,2000,4000] [--runs 3] [--seed n] [--check] [--profile] [--warm] [--jit]
 *   npm run bench:pipeline -- --scale [--runs 3] [--check]     (2,000 and 4,000 reviews only)
 *   npm run bench:pipeline -- --hostile [--runs 3] [--check] [--profile]
 *
 * Issue 13's scale targets are checked on every run with 2,000 and 4,000 reviews (`--scale` runs
 * just those): pipeline CPU ÷ micromark's parse alone of the same posts at 2,000 (at most 1.5×),
 * peak RSS at 2,000 (under 1 GB), and time at 4,000 ÷ time at 2,000 (at most 2.1×). Beside the
 * parse alone, each run is also set against micromark's parse and HTML of the same posts
 * (`--parse-only --html`): the pipeline writes every post's HTML, so that is its real floor.
 *
 * The target is a cold run, and so are the runs the checks use. `--warm` adds, per size, one run
 * that fills a review cache (.bench/cache) and then `--runs` runs that read from it (a dev
 * server restart with unchanged posts), reported on their own rows and never checked.
 *
 * `--hostile` instead times the folder of hostile files (src/cli/hostile-corpus.ts): each file
 * alone in a folder of its own, then the folder, each run in a fresh process; one row a file
 * (size, wall, CPU, peak RSS, what it was reported as) and the folder's total, against issue 13's
 * targets.
 *
 * `--jit` adds, per size, one pipeline run and one parse alone under V8's `--trace-opt`, and
 * prints how many functions TurboFan compiled, how many again, and the compiles' CPU
 * (turbofan-trace.ts): with two review workers that is a large part of the pipeline's CPU above
 * the parse, and it is not visible in a CPU profile of the JavaScript threads.
 *
 * Prints figures and PASS/MISS against the target; exits 0 unless --check is given and a
 * target is missed (or a run fails).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DiagnosticCode } from '../content/index.ts';
import { DEFAULT_SEED, generateCorpusWithManifest, writeCorpus, type BrokenKind, type Corpus } from './corpus.ts';
import type { BaselineMeasurement, ParseMeasurement, PipelineMeasurement } from './measure-pipeline.ts';
import { formatBytes, formatDuration, formatInteger, formatTable, type Row } from './table.ts';
import { reportSummary } from './bench-summary.ts';
import { generateHostileFolder } from './hostile-corpus.ts';
import { summarizeCompiles, type CompileSummary } from './turbofan-trace.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const MEASURE_SCRIPT = join(ROOT, 'src/cli/measure-pipeline.ts');
/** The line measure-pipeline.ts prints its result on. */
const RESULT_PREFIX = 'BENCH_RESULT ';

/** The diagnostic each kind of deliberately broken file must get. */
const EXPECTED_CODE: Record<BrokenKind, string> = {
  'unclosed-frontmatter': DiagnosticCode.frontmatterUnclosed,
  'missing-title': DiagnosticCode.missingTitle,
  'bad-date': DiagnosticCode.dateInvalid,
  'invalid-yaml': DiagnosticCode.yamlInvalid,
};

/**
 * The target: 2,000 reviews (≈25,000 session write-ups) in under 5 s and 1 GB, growing linearly:
 * 4,000 reviews in at most 2.1× the time of 2,000, and (issue 13) the pipeline's CPU at most 1.5×
 * micromark's own parse of the same posts.
 */
const TARGET = { reviews: 2000, timeMs: 5000, memoryMb: 1024, linearRatio: 2.1, floorRatio: 1.5 };

interface Options {
  sizes: number[];
  runs: number;
  seed: number;
  check: boolean;
  profile: boolean;
  warm: boolean;
  hostile: boolean;
  jit: boolean;
}

interface SizeResult {
  size: number;
  corpus: { bytes: number; writeUps: number; talks: number; broken: { path: string; kind: BrokenKind }[]; generateMs: number };
  runs: PipelineMeasurement[];
  /** With --warm: runs reading every review from a cache the run before filled. */
  warmRuns: PipelineMeasurement[];
  /** micromark's parse alone of the same reviews (`--parse-only`), the run of median CPU: the least the pipeline can cost. */
  parse?: ParseMeasurement;
  /** Each run's pipeline CPU over the parse alone measured right after it. */
  floorRatios: number[];
  /** micromark's parse and HTML of the same reviews (`--parse-only --html`), the run of median CPU. */
  html?: ParseMeasurement;
  /** Each run's pipeline CPU over the parse and HTML measured right after it. */
  htmlRatios: number[];
  /** With --jit: TurboFan's compiles in one pipeline run and in one parse alone. */
  jit?: { pipeline: CompileSummary; parse: CompileSummary };
  failure?: string;
}

function parseOptions(argv: readonly string[]): Options {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const sizes = (value('--sizes') ?? (argv.includes('--scale') ? '2000,4000' : '200,2000,4000')).split(',').map((s) => Number(s.trim()));
  const hostile = argv.includes('--hostile');
  // The hostile folder takes minutes a run before its fixes: one run unless asked for more.
  const runs = Number(value('--runs') ?? (hostile ? '1' : '3'));
  const seed = Number(value('--seed') ?? DEFAULT_SEED);
  if (sizes.some((s) => !Number.isInteger(s) || s <= 0)) throw new Error('--sizes takes positive integers: 200,2000,4000');
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a positive integer');
  return { sizes, runs, seed, check: argv.includes('--check'), profile: argv.includes('--profile'), warm: argv.includes('--warm'), hostile, jit: argv.includes('--jit') };
}

/** content/'s curated files (editions, taxonomy, companies, merges), copied into `dir`. */
function copyCurated(dir: string): void {
  const contentDir = join(ROOT, 'content');
  for (const entry of readdirSync(contentDir, { withFileTypes: true })) {
    if (entry.isFile() && !entry.name.startsWith('.')) copyFileSync(join(contentDir, entry.name), join(dir, entry.name));
  }
}

/** The corpus plus content/'s curated files (editions, taxonomy, companies, merges). */
function prepareCorpus(size: number, seed: number): { dir: string; corpus: Corpus; generateMs: number } {
  const started = performance.now();
  const corpus = generateCorpusWithManifest({ reviews: size, seed });
  const dir = join(ROOT, '.bench', `corpus-${size}`);
  writeCorpus(corpus.files, dir, true);
  copyCurated(dir);
  return { dir, corpus, generateMs: performance.now() - started };
}

function runChild(args: string[], profileDir?: string, nodeFlags: string[] = [], env: Record<string, string> = {}): { result?: unknown; failure?: string; stdout?: string } {
  const nodeArgs = [...nodeFlags, '--import', 'tsx', ...(profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : []), MEASURE_SCRIPT, ...args];
  const child = spawnSync(process.execPath, nodeArgs, { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, ...env } });
  const line = child.stdout?.split('\n').find((l) => l.startsWith(RESULT_PREFIX));
  if (child.status !== 0 || !line) {
    const why = child.error?.message ?? (child.stderr || child.stdout || '').trim().split('\n').slice(-5).join(' / ');
    return { failure: `exit ${child.status ?? child.signal}: ${why}` };
  }
  return { result: JSON.parse(line.slice(RESULT_PREFIX.length)), stdout: child.stdout };
}

/**
 * `--jit`: TurboFan's compiles in one pipeline run and one parse alone of `dir`, from V8's
 * --trace-opt. The pipeline reads on one worker here: a compile's time is its wall time on a
 * background thread, which is its CPU only while a core is free (with two workers on two cores it
 * is not). The build's two workers compile the same functions once each.
 */
function traceCompiles(dir: string): SizeResult['jit'] {
  const pipeline = runChild(['--dir', dir], undefined, ['--trace-opt'], { TALKSHELF_CONTENT_THREADS: '1' });
  const parse = runChild(['--dir', dir, '--parse-only'], undefined, ['--trace-opt', '--max-semi-space-size=64']);
  if (!pipeline.stdout || !parse.stdout) return undefined;
  return { pipeline: summarizeCompiles(pipeline.stdout), parse: summarizeCompiles(parse.stdout) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

function gitCommit(): string {
  const git = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
  const dirty = spawnSync('git', ['status', '--porcelain', '--', 'src/content'], { cwd: ROOT, encoding: 'utf8' });
  return `${git.stdout.trim() || 'unknown'}${dirty.stdout.trim() ? ' (src/content modified)' : ''}`;
}

/** Issue 13's targets for the hostile folder and its two largest files. */
const HOSTILE_TARGET = {
  folder: { timeMs: 15_000, memoryMb: 1024 },
  files: { 'reviews/many-sessions.md': { timeMs: 5000, memoryMb: 500 }, 'reviews/nested-1000-deep.md': { timeMs: 3000 } } as Record<string, { timeMs: number; memoryMb?: number }>,
};

/** Hostile files whose row is also measured against micromark's parse alone: the targets' files and the largest peak. */
const FLOOR_FILES = new Set(['reviews/many-sessions.md', 'reviews/nested-1000-deep.md', 'reviews/one-long-line.md']);

/** `--hostile`: each hostile file alone, then the folder, each in a fresh process. */
function runHostile(options: Options): number {
  const files = generateHostileFolder();
  const base = join(ROOT, '.bench', 'hostile');
  rmSync(base, { recursive: true, force: true });
  const write = (dir: string, chosen: typeof files) => {
    for (const f of chosen) {
      mkdirSync(dirname(join(dir, f.path)), { recursive: true });
      writeFileSync(join(dir, f.path), f.bytes);
    }
    copyCurated(dir);
  };
  const folder = join(base, 'folder');
  write(folder, files);
  const rows: Row[] = [];
  const checks: Check[] = [];
  let failed = false;
  const measureDir = (label: string, dir: string, bytes: number, what: string, target?: { timeMs: number; memoryMb?: number }) => {
    process.stdout.write(`  ${label}…`);
    const profileDir = options.profile ? join(ROOT, '.bench', 'profiles', 'hostile') : undefined;
    const runs: PipelineMeasurement[] = [];
    let failure: string | undefined;
    for (let run = 1; run <= options.runs && !failure; run++) {
      const child = runChild(['--dir', dir], run === 1 ? profileDir : undefined);
      failure = child.failure ?? (child.result ? undefined : 'no result');
      if (!failure) runs.push(child.result as PipelineMeasurement);
    }
    process.stdout.write(failure ? ' failed\n' : ' done\n');
    const m = runs[runs.length - 1];
    if (failure || !m) {
      failed = true;
      rows.push([label, formatBytes(bytes), 'failed', '', '', failure ?? '']);
      return;
    }
    // Medians of the runs for time, the highest peak for memory (as the corpus rows do).
    const wallMs = median(runs.map((r) => r.loadMs + r.catalogMs + r.emitMs));
    m.pipelineCpuMs = median(runs.map((r) => r.pipelineCpuMs));
    m.peakRssMb = Math.max(...runs.map((r) => r.peakRssMb));
    const codes = Object.entries(m.diagnosticCodes).map(([code, n]) => (n > 1 ? `${code} ×${n}` : code));
    rows.push([label, formatBytes(bytes), formatDuration(wallMs), formatDuration(m.pipelineCpuMs), `${formatInteger(m.peakRssMb)} MB`, `${m.sessions} sessions; ${codes.join(', ') || 'no diagnostics'} (${what})`]);
    if (target) {
      checks.push({ label: `${label}, time`, pass: wallMs < target.timeMs, detail: `${formatDuration(wallMs)} wall, ${formatDuration(m.pipelineCpuMs)} CPU (target < ${formatDuration(target.timeMs)})` });
      if (target.memoryMb) checks.push({ label: `${label}, peak memory`, pass: m.peakRssMb < target.memoryMb, detail: `${formatInteger(m.peakRssMb)} MB (target < ${formatInteger(target.memoryMb)} MB)` });
    }
  };
  const floors: string[] = [];
  for (const f of files) {
    const dir = join(base, 'one', f.path.replace(/[/.]/g, '-'));
    write(dir, [f]);
    measureDir(f.path, dir, f.bytes.length, f.what, HOSTILE_TARGET.files[f.path]);
    if (FLOOR_FILES.has(f.path)) floors.push(measureHostileFloor(f.path, dir, options.runs));
  }
  rows.push('rule');
  measureDir(`the folder (${files.length} files)`, folder, files.reduce((sum, f) => sum + f.bytes.length, 0), 'all at once', HOSTILE_TARGET.folder);
  console.log(
    `\n${formatTable(
      [{ header: 'hostile file' }, { header: 'size', align: 'right' }, { header: 'wall', align: 'right' }, { header: 'CPU', align: 'right' }, { header: 'peak RSS', align: 'right' }, { header: 'read as' }],
      rows,
    )}\n`,
  );
  console.log(`${options.runs} run(s) each in a fresh process: median wall and CPU, highest peak RSS; load average ${loadavg().map((l) => l.toFixed(2)).join(', ')} at the end`);
  console.log('wall: loadContent + buildCatalog + emitStaticFiles; CPU: buildCatalog + emitStaticFiles, all threads; RSS of the whole process (node + tsx ≈ 100 MB)\n');
  for (const check of checks) console.log(`${check.pass ? 'PASS' : 'MISS'}  hostile: ${check.label}: ${check.detail}`);
  for (const floor of floors) console.log(floor);
  reportSummary(checks.map((check) => ({ what: `hostile, ${check.label}`, figure: check.detail.replace(/ \(.*$/, ''), target: check.detail.match(/\((.*)\)$/)?.[1] ?? '', met: check.pass })));
  return options.check && (failed || checks.some((c) => !c.pass)) ? 1 : 0;
}

/**
 * micromark's parse alone of a hostile file (`--parse-only`, the same harness, on the main thread
 * as the file alone is read): the least its row can cost, in time and in peak memory.
 */
function measureHostileFloor(label: string, dir: string, runs: number): string {
  const parses: ParseMeasurement[] = [];
  for (let run = 1; run <= runs; run++) {
    const { result } = runChild(['--dir', dir, '--parse-only']);
    if (result) parses.push(result as ParseMeasurement);
  }
  if (!parses.length) return `FLOOR ${label}: micromark's parse alone failed`;
  const wall = median(parses.map((p) => p.parseMs));
  const cpu = median(parses.map((p) => p.parseCpuMs));
  const peak = Math.max(...parses.map((p) => p.peakRssMb));
  return `FLOOR ${label}: micromark's parse alone (with GFM, --parse-only): ${formatDuration(wall)} wall, ${formatDuration(cpu)} CPU, ${formatInteger(peak)} MB peak RSS`;
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  if (options.hostile) return runHostile(options);
  const cpu = cpus();
  console.log(`talkshelf content benchmark — node ${process.version}, ${cpu.length} × ${cpu[0]?.model.trim() ?? 'cpu'}, commit ${gitCommit()}`);
  console.log(`sizes ${options.sizes.join(', ')} reviews; ${options.runs} cold run(s) each in a fresh process; seed ${options.seed}\n`);

  const baseline = runChild(['--baseline']);
  const baselineMb = (baseline.result as BaselineMeasurement | undefined)?.peakRssMb;

  const results: SizeResult[] = [];
  for (const size of options.sizes) {
    process.stdout.write(`  ${formatInteger(size)} reviews: generating…`);
    const { dir, corpus, generateMs } = prepareCorpus(size, options.seed);
    const sizeResult: SizeResult = {
      size,
      corpus: {
        bytes: corpus.reviews.reduce((sum, r) => sum + r.bytes, 0),
        writeUps: corpus.reviews.reduce((sum, r) => sum + r.writeUps.length, 0),
        talks: new Set(corpus.reviews.flatMap((r) => r.writeUps.map((w) => w.talkKey))).size,
        broken: corpus.reviews.flatMap((r) => (r.broken ? [{ path: r.path, kind: r.broken }] : [])),
        generateMs,
      },
      runs: [],
      warmRuns: [],
      floorRatios: [],
      htmlRatios: [],
    };
    const parses: ParseMeasurement[] = [];
    const htmls: ParseMeasurement[] = [];
    for (let run = 1; run <= options.runs; run++) {
      process.stdout.write(` run ${run}…`);
      const profileDir = options.profile && run === 1 ? join(ROOT, '.bench', 'profiles', `corpus-${size}`) : undefined;
      const { result, failure } = runChild(['--dir', dir], profileDir);
      if (failure) {
        sizeResult.failure = failure;
        break;
      }
      sizeResult.runs.push(result as PipelineMeasurement);
      // micromark's parse alone right after each run, so both see the same machine: their
      // ratio is a target, and this machine's speed varies by 2x from one minute to the next.
      process.stdout.write(` parse alone ${run}…`);
      // A young generation as large as the review workers' (review-threads.ts), so GC costs the same.
      const parsed = runChild(['--dir', dir, '--parse-only'], undefined, ['--max-semi-space-size=64']);
      if (parsed.result) {
        const parse = parsed.result as ParseMeasurement;
        parses.push(parse);
        sizeResult.floorRatios.push((result as PipelineMeasurement).pipelineCpuMs / parse.parseCpuMs);
      }
      // And the parse with micromark's HTML of each post: what writing the pages alone costs.
      process.stdout.write(` parse + HTML ${run}…`);
      const rendered = runChild(['--dir', dir, '--parse-only', '--html'], undefined, ['--max-semi-space-size=64']);
      if (rendered.result) {
        const html = rendered.result as ParseMeasurement;
        htmls.push(html);
        sizeResult.htmlRatios.push((result as PipelineMeasurement).pipelineCpuMs / html.parseCpuMs);
      }
    }
    if (options.jit && !sizeResult.failure) {
      process.stdout.write(' TurboFan trace…');
      sizeResult.jit = traceCompiles(dir);
    }
    if (options.warm && !sizeResult.failure) {
      const cacheDir = join(ROOT, '.bench', 'cache');
      rmSync(cacheDir, { recursive: true, force: true });
      process.stdout.write(' filling the cache…');
      const fill = runChild(['--dir', dir, '--cache', cacheDir]);
      for (let run = 1; run <= options.runs && !fill.failure; run++) {
        process.stdout.write(` warm ${run}…`);
        const { result, failure } = runChild(['--dir', dir, '--cache', cacheDir]);
        if (failure) {
          sizeResult.failure = failure;
          break;
        }
        sizeResult.warmRuns.push(result as PipelineMeasurement);
      }
      if (fill.failure) sizeResult.failure = fill.failure;
    }
    const middle = [...parses].sort((a, b) => a.parseCpuMs - b.parseCpuMs)[Math.floor(parses.length / 2)];
    if (middle && !sizeResult.failure) sizeResult.parse = middle;
    const middleHtml = [...htmls].sort((a, b) => a.parseCpuMs - b.parseCpuMs)[Math.floor(htmls.length / 2)];
    if (middleHtml && !sizeResult.failure) sizeResult.html = middleHtml;
    process.stdout.write(sizeResult.failure ? ` failed\n` : ' done\n');
    results.push(sizeResult);
  }

  console.log(`\n${report(results, baselineMb)}\n`);
  const checks = evaluate(results);
  for (const check of checks) console.log(`${check.pass ? 'PASS' : 'MISS'}  ${check.label}: ${check.detail}`);
  reportSummary(
    checks
      .filter((check) => !check.label.includes('broken files'))
      .map((check) => ({ what: `pipeline, ${check.label}`, figure: check.detail.replace(/ \(.*$/, ''), target: check.detail.match(/\((.*)\)$/)?.[1] ?? '', met: check.pass })),
  );
  for (const r of results) if (r.failure) console.log(`FAIL  ${formatInteger(r.size)} reviews: ${r.failure}`);
  const floor = results.find((r) => r.size === TARGET.reviews)?.parse;
  if (floor) {
    const least = floor.parseCpuMs / cpus().length;
    console.log(
      `FLOOR micromark (which the issue requires) parses the ${formatInteger(TARGET.reviews)}-review corpus in ${formatDuration(floor.parseCpuMs)} of CPU: ` +
        `${formatDuration(least)} on ${cpus().length} cores before anything else, ${least > TARGET.timeMs ? 'more than' : 'within'} the ${formatDuration(TARGET.timeMs)} target`,
    );
  }
  if (options.profile) console.log(`\nCPU profiles of the first run of each size: .bench/profiles/ (open in Chrome DevTools › Performance)`);

  const missed = checks.some((c) => !c.pass) || results.some((r) => r.failure);
  return options.check && missed ? 1 : 0;
}

interface Aggregate {
  loadMs: number;
  catalogMs: number;
  emitMs: number;
  serializeMs: number;
  pipelineMs: number;
  pipelineCpuMs: number;
  peakRssMb: number;
  /** micromark's parse alone of the same posts, CPU; the median of the runs' pipeline CPU over it. */
  parseCpuMs?: number;
  floorRatio?: number;
  /** micromark's parse and HTML, CPU; the median of the runs' pipeline CPU over it. */
  htmlCpuMs?: number;
  htmlRatio?: number;
  last: PipelineMeasurement;
}

/** `1,447 (528 again), 7.5 s`: compiles, recompiles, their CPU. */
function formatCompiles(c: CompileSummary): string {
  return `${formatInteger(c.compiles)} (${formatInteger(c.recompiles)} again), ${formatDuration(c.ms)}`;
}

function aggregate(result: SizeResult): Aggregate | undefined {
  const last = result.runs[result.runs.length - 1];
  if (!last || result.failure) return undefined;
  const med = (pick: (m: PipelineMeasurement) => number): number => median(result.runs.map(pick));
  return {
    loadMs: med((m) => m.loadMs),
    catalogMs: med((m) => m.catalogMs),
    emitMs: med((m) => m.emitMs),
    serializeMs: med((m) => m.serializeMs),
    pipelineMs: med((m) => m.catalogMs + m.emitMs),
    pipelineCpuMs: med((m) => m.pipelineCpuMs),
    peakRssMb: Math.max(...result.runs.map((m) => m.peakRssMb)),
    ...(result.parse ? { parseCpuMs: result.parse.parseCpuMs, floorRatio: median(result.floorRatios) } : {}),
    ...(result.html ? { htmlCpuMs: result.html.parseCpuMs, htmlRatio: median(result.htmlRatios) } : {}),
    last,
  };
}

function report(results: SizeResult[], baselineMb: number | undefined): string {
  const aggregates = results.map(aggregate);
  const row = (label: string, cell: (r: SizeResult, a: Aggregate | undefined) => string, target = ''): Row => [
    label,
    ...results.map((r, i) => cell(r, aggregates[i])),
    target,
  ];
  const measured = (format: (a: Aggregate) => string) => (_: SizeResult, a: Aggregate | undefined) => (a ? format(a) : 'failed');
  const time = `< ${formatDuration(TARGET.timeMs)} at ${formatInteger(TARGET.reviews)}`;
  const rows: Row[] = [
    row('corpus: reviews (broken)', (r) => `${formatInteger(r.size)} (${r.corpus.broken.length})`),
    row('corpus: size on disk', (r) => formatBytes(r.corpus.bytes)),
    row('corpus: session write-ups', (r) => formatInteger(r.corpus.writeUps), `≈ 25,000 at ${formatInteger(TARGET.reviews)}`),
    row('corpus: distinct talks', (r) => formatInteger(r.corpus.talks)),
    'rule',
    row('catalog: reviews', measured((a) => formatInteger(a.last.reviews))),
    row('catalog: write-ups', measured((a) => formatInteger(a.last.writeUps))),
    row('catalog: sessions', measured((a) => formatInteger(a.last.sessions))),
    row('catalog: sessions per talk', (r, a) => (a ? (a.last.sessions / Math.max(1, r.corpus.talks)).toFixed(2) : 'failed'), '1.00 = every variant merged'),
    row('catalog: diagnostics (err/warn)', measured((a) => `${formatInteger(a.last.errors + a.last.warnings)} (${a.last.errors}/${formatInteger(a.last.warnings)})`)),
    row('catalog: rejected files', measured((a) => formatInteger(a.last.rejected.length))),
    'rule',
    row('time: loadContent (disk)', measured((a) => formatDuration(a.loadMs))),
    row('time: buildCatalog', measured((a) => formatDuration(a.catalogMs))),
    row('time: emitStaticFiles', measured((a) => formatDuration(a.emitMs))),
    row('time: pipeline (build + emit)', measured((a) => formatDuration(a.pipelineMs)), time),
    row('time: pipeline CPU (all threads)', measured((a) => formatDuration(a.pipelineCpuMs)), 'CPU ≪ wall: machine was busy'),
    row('time: JSON.stringify of output', measured((a) => formatDuration(a.serializeMs))),
    row('time: all (load+pipeline+JSON)', measured((a) => formatDuration(a.loadMs + a.pipelineMs + a.serializeMs))),
    row('time: per 1,000 write-ups', measured((a) => formatDuration((a.pipelineMs / Math.max(1, a.last.writeUps)) * 1000))),
    row('floor: micromark parse alone, CPU', (r) => (r.parse ? formatDuration(r.parse.parseCpuMs) : '–'), 'every post, one thread'),
    row('floor: the same over all cores', (r) => (r.parse ? formatDuration(r.parse.parseCpuMs / cpus().length) : '–'), `${cpus().length} cores, no other work`),
    row('floor: pipeline CPU ÷ parse alone', measured((a) => a.floorRatio === undefined ? '–' : `${a.floorRatio.toFixed(2)}×`), `≤ ${TARGET.floorRatio.toFixed(1)}× at ${formatInteger(TARGET.reviews)}`),
    row('floor: micromark parse + HTML, CPU', (r) => (r.html ? formatDuration(r.html.parseCpuMs) : '–'), 'what micromark() costs: the pages'),
    row('floor: pipeline CPU ÷ parse + HTML', measured((a) => (a.htmlRatio === undefined ? '–' : `${a.htmlRatio.toFixed(2)}×`))),
    row('floor: parse + HTML ÷ parse alone', (r) => (r.html && r.parse ? `${(r.html.parseCpuMs / r.parse.parseCpuMs).toFixed(2)}×` : '–'), 'medians'),
    row('floor: characters parsed per second', (r) => (r.parse ? `${formatInteger(r.parse.characters / (r.parse.parseCpuMs / 1000))}` : '–')),
    ...(results.some((r) => r.jit)
      ? [
          row('JIT: pipeline, TurboFan compiles', (r) => (r.jit ? formatCompiles(r.jit.pipeline) : '–'), 'one traced run on one worker (--trace-opt)'),
          row('JIT: parse alone, TurboFan compiles', (r) => (r.jit ? formatCompiles(r.jit.parse) : '–'), 'one traced run'),
        ]
      : []),
    ...(results.some((r) => r.warmRuns.length)
      ? [
          row('time: buildCatalog, warm cache', (r) => (r.warmRuns.length ? formatDuration(median(r.warmRuns.map((m) => m.catalogMs))) : '–'), 'cache open + save included'),
          row('time: pipeline, warm cache', (r) => (r.warmRuns.length ? formatDuration(median(r.warmRuns.map((m) => m.catalogMs + m.emitMs))) : '–'), 'not the target (cold)'),
          row('time: pipeline CPU, warm cache', (r) => (r.warmRuns.length ? formatDuration(median(r.warmRuns.map((m) => m.pipelineCpuMs))) : '–')),
          row('memory: peak RSS, warm cache', (r) => (r.warmRuns.length ? `${formatInteger(Math.max(...r.warmRuns.map((m) => m.peakRssMb)))} MB` : '–')),
          row('cache: hits / reviews read', (r) => {
            const m = r.warmRuns[r.warmRuns.length - 1];
            return m ? `${formatInteger(m.cacheHits ?? 0)} / ${formatInteger(m.cacheMisses ?? 0)}` : '–';
          }),
        ]
      : []),
    'rule',
    row('memory: peak RSS', measured((a) => `${formatInteger(a.peakRssMb)} MB`), `< ${formatInteger(TARGET.memoryMb)} MB at ${formatInteger(TARGET.reviews)}`),
    row('memory: peak RSS above baseline', measured((a) => (baselineMb === undefined ? '?' : `${formatInteger(a.peakRssMb - baselineMb)} MB`)), baselineMb === undefined ? '' : `baseline ${formatInteger(baselineMb)} MB`),
    'rule',
    row('output: files emitted', measured((a) => formatInteger(a.last.emittedFiles))),
    row('output: bytes emitted', measured((a) => formatBytes(a.last.emittedBytes))),
    row('output: index.json', measured((a) => formatBytes(a.last.indexBytes))),
    row('output: index.json per session', measured((a) => `${formatInteger(a.last.indexBytes / Math.max(1, a.last.sessions))} B`)),
  ];
  return formatTable(
    [{ header: 'metric' }, ...results.map((r) => ({ header: `${formatInteger(r.size)} reviews`, align: 'right' as const })), { header: 'target' }],
    rows,
  );
}

interface Check {
  label: string;
  pass: boolean;
  detail: string;
}

function evaluate(results: SizeResult[]): Check[] {
  const checks: Check[] = [];
  const bySize = new Map(results.map((r) => [r.size, aggregate(r)]));
  for (const result of results) {
    const a = bySize.get(result.size);
    if (!a) continue;
    // The target scaled linearly to this size; memory never below the 1 GB of the target.
    const budgetMs = (TARGET.timeMs * result.size) / TARGET.reviews;
    const budgetMb = TARGET.memoryMb * Math.max(1, result.size / TARGET.reviews);
    const name = `${formatInteger(result.size)} reviews`;
    checks.push({
      label: `${name}, pipeline time`,
      pass: a.pipelineMs < budgetMs,
      detail: `${formatDuration(a.pipelineMs)} (budget ${formatDuration(budgetMs)}${result.size === TARGET.reviews ? ', the target' : ', target scaled linearly'})`,
    });
    checks.push({
      label: `${name}, peak memory`,
      pass: a.peakRssMb < budgetMb,
      detail: `${formatInteger(a.peakRssMb)} MB (budget ${formatInteger(budgetMb)} MB)`,
    });
    // Every deliberately broken file must get the diagnostic for what is wrong with it.
    const missed = result.corpus.broken.filter((b) => !(a.last.codesByFile[b.path] ?? []).includes(EXPECTED_CODE[b.kind]));
    const example = missed[0];
    checks.push({
      label: `${name}, broken files reported`,
      pass: missed.length === 0,
      detail: example
        ? `${missed.length} of ${result.corpus.broken.length} without their code, e.g. ${example.path} (${example.kind}, expected ${EXPECTED_CODE[example.kind]}, got ${(a.last.codesByFile[example.path] ?? []).join(', ') || 'nothing'})`
        : `all ${result.corpus.broken.length} with the expected code`,
    });
  }
  const base = bySize.get(TARGET.reviews);
  const double = bySize.get(TARGET.reviews * 2);
  if (base?.floorRatio !== undefined) {
    checks.push({
      label: `${formatInteger(TARGET.reviews)} reviews, pipeline CPU ÷ micromark's parse alone`,
      pass: base.floorRatio <= TARGET.floorRatio,
      detail: `${base.floorRatio.toFixed(2)}× (median of the runs; medians ${formatDuration(base.pipelineCpuMs)} ÷ ${formatDuration(base.parseCpuMs!)}; allowed ≤ ${TARGET.floorRatio.toFixed(1)}×)`,
    });
  }
  if (base && double) {
    const ratio = double.pipelineMs / base.pipelineMs;
    checks.push({
      label: `linearity, time(${formatInteger(TARGET.reviews * 2)}) / time(${formatInteger(TARGET.reviews)})`,
      pass: ratio <= TARGET.linearRatio,
      detail:
        `${ratio.toFixed(2)} (2.00 is linear; allowed ≤ ${TARGET.linearRatio.toFixed(2)}); ` +
        `CPU ratio ${(double.pipelineCpuMs / base.pipelineCpuMs).toFixed(2)}, memory ratio ${(double.peakRssMb / base.peakRssMb).toFixed(2)}`,
    });
  }
  return checks;
}

process.exitCode = await main();
