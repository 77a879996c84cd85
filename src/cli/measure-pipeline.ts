/**
 * One measured run of the content pipeline, in a process of its own so that its peak memory
 * (maxRSS) belongs to this run alone. Started by src/cli/bench-pipeline.ts; prints one `BENCH_RESULT {…}`
 * line for it to read.
 *
 *   node --import tsx src/cli/measure-pipeline.ts --dir .bench/corpus-2000
 *   node --import tsx src/cli/measure-pipeline.ts --dir .bench/corpus-2000 --cache .bench/cache
 *   node --import tsx src/cli/measure-pipeline.ts --baseline     (imports only: the floor of RSS)
 *   node --import tsx src/cli/measure-pipeline.ts --dir .bench/corpus-2000 --parse-only
 *   node --import tsx src/cli/measure-pipeline.ts --dir .bench/corpus-2000 --parse-only --html
 *   node --import tsx src/cli/measure-pipeline.ts --dir .bench/corpus-2000 --parse-only --html --threads 2
 *
 * Without --cache every run is cold, as the target is stated. With it, the review cache in that
 * folder is opened before and saved after buildCatalog, inside the timing: the first such run
 * fills it, the next ones are warm (a dev server restart with unchanged posts).
 */
import { emitStaticFiles, loadContent, openReviewCache, buildCatalogOnNode } from '../content/node/index.ts';
import { isReviewPath } from '../content/review.ts';
import { decodeText } from '../content/read/decode.ts';
import { splitFrontmatter } from '../content/read/frontmatter.ts';
import { parseWholeEvents } from '../content/read/markdown-events.ts';
import { compile } from 'micromark';
import { gfmHtml } from 'micromark-extension-gfm';
import { limitNesting } from '../content/read/nesting-limit.ts';
import { Worker } from 'node:worker_threads';
import { YOUNG_GENERATION_MB as REVIEW_WORKER_YOUNG_GENERATION_MB } from '../content/node/review-threads.ts';

export const RESULT_PREFIX = 'BENCH_RESULT ';

export interface PipelineMeasurement {
  loadMs: number;
  catalogMs: number;
  emitMs: number;
  /** JSON.stringify of every emitted value, as the Vite plugin does. */
  serializeMs: number;
  /**
   * CPU time (user + system, all threads) of buildCatalog + emitStaticFiles. Next to the wall
   * time it shows how much a busy machine slowed the run: on a quiet one they are close.
   */
  pipelineCpuMs: number;
  /** process.resourceUsage().maxRSS at the end, in MiB. */
  peakRssMb: number;
  heapUsedMb: number;
  files: number;
  reviews: number;
  sessions: number;
  writeUps: number;
  errors: number;
  warnings: number;
  /** Diagnostics per code: `yaml-invalid:error` → 1. */
  diagnosticCodes: Record<string, number>;
  /** Files the catalog lists as rejected. */
  rejected: string[];
  /** Diagnostic codes of each file that has any. */
  codesByFile: Record<string, string[]>;
  emittedFiles: number;
  emittedBytes: number;
  indexBytes: number;
  /** With --cache: reviews taken from the cache and reviews read afresh. */
  cacheHits?: number;
  cacheMisses?: number;
}

export interface BaselineMeasurement {
  peakRssMb: number;
}

/**
 * `--parse-only`: micromark's parse (with GFM) of every review's body, nothing else, on this
 * thread. The issue requires micromark to read every post, so this CPU time, spread over the
 * cores, is the least any pipeline here can take.
 */
export interface ParseMeasurement {
  parseCpuMs: number;
  /** Wall time of the parses alone. */
  parseMs: number;
  /** process.resourceUsage().maxRSS at the end, in MiB: the parse's own peak with the bodies read. */
  peakRssMb: number;
  reviews: number;
  characters: number;
}

/**
 * `--parse-only --html`: the same parse, and micromark's HTML of each post compiled from its
 * events, as `micromark(body, { extensions: [gfm()], htmlExtensions: [gfmHtml()] })` renders it.
 * The pipeline must write every post's HTML too (the pages ship no markdown parser), so this is
 * the least it can cost with micromark's own compiler.
 *
 * `--threads N`: the same on N worker threads with the review workers' young generation, the
 * bodies dealt out in turn: the floor of the build's own way of reading (two threads on two
 * cores), each thread compiling micromark for itself. The time includes starting them.
 */
async function measureParse(dir: string, html: boolean, threads: number): Promise<ParseMeasurement> {
  const htmlExtensions = [gfmHtml()];
  const input = await loadContent(dir);
  const bodies: string[] = [];
  for (const file of input.files) {
    if (!isReviewPath(file.path)) continue;
    const decoded = decodeText(file.path, file.bytes);
    if (!decoded.ok) continue;
    const split = splitFrontmatter(file.path, decoded.text);
    // What the pipeline parses: the body with its nesting past the limit read as text (nesting-limit.ts).
    if (split.ok) bodies.push(limitNesting(split.split.body).body);
  }
  const cpu = process.cpuUsage();
  const started = performance.now();
  if (threads > 0) await parseOnThreads(bodies, html, threads);
  else {
    for (const body of bodies) {
      const events = parseWholeEvents(body);
      if (html) compile({ htmlExtensions })(events);
    }
  }
  const parseMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return {
    parseCpuMs: (used.user + used.system) / 1000,
    parseMs,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    reviews: bodies.length,
    characters: bodies.reduce((sum, b) => sum + b.length, 0),
  };
}

function parseOnThreads(bodies: string[], html: boolean, threads: number): Promise<unknown> {
  const url = new URL('./measure-parse-worker.mjs', import.meta.url);
  const started = Array.from({ length: threads }, (_, k) => {
    const worker = new Worker(url, {
      workerData: { bodies: bodies.filter((_, i) => i % threads === k), html },
      resourceLimits: { maxYoungGenerationSizeMb: REVIEW_WORKER_YOUNG_GENERATION_MB },
    });
    return new Promise((resolve, reject) => {
      worker.once('message', () => resolve(worker.terminate()));
      worker.once('error', reject);
    });
  });
  return Promise.all(started);
}

async function measure(dir: string, cacheDir?: string): Promise<PipelineMeasurement> {
  const t0 = performance.now();
  const input = await loadContent(dir);
  const t1 = performance.now();
  const cpu = process.cpuUsage();
  const cache = cacheDir ? openReviewCache(dir, cacheDir) : undefined;
  const catalog = buildCatalogOnNode(input, { cache });
  cache?.save();
  const t2 = performance.now();
  const emitted = emitStaticFiles(catalog);
  const t3 = performance.now();
  const cpuUsed = process.cpuUsage(cpu);
  let emittedBytes = 0;
  let indexBytes = 0;
  for (const [path, value] of emitted) {
    const bytes = byteLength(value);
    emittedBytes += bytes;
    if (path === 'index.json' || path.endsWith('/index.json')) indexBytes = Math.max(indexBytes, bytes);
  }
  const t4 = performance.now();

  const diagnosticCodes: Record<string, number> = {};
  const codesByFile: Record<string, string[]> = {};
  for (const d of catalog.diagnostics) {
    const key = `${d.code}:${d.severity}`;
    diagnosticCodes[key] = (diagnosticCodes[key] ?? 0) + 1;
    (codesByFile[d.file] ??= []).push(d.code);
  }
  return {
    loadMs: t1 - t0,
    catalogMs: t2 - t1,
    emitMs: t3 - t2,
    serializeMs: t4 - t3,
    pipelineCpuMs: (cpuUsed.user + cpuUsed.system) / 1000,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    heapUsedMb: process.memoryUsage().heapUsed / 1024 / 1024,
    files: input.files.length,
    reviews: catalog.reviews.length,
    sessions: catalog.sessions.length,
    writeUps: catalog.sessions.reduce((sum, s) => sum + s.writeUps.length, 0),
    errors: catalog.diagnostics.filter((d) => d.severity === 'error').length,
    warnings: catalog.diagnostics.filter((d) => d.severity === 'warning').length,
    diagnosticCodes,
    rejected: catalog.files.filter((f) => f.status === 'rejected').map((f) => f.file),
    codesByFile,
    emittedFiles: emitted.size,
    emittedBytes,
    indexBytes,
    ...(cache ? { cacheHits: cache.hits, cacheMisses: cache.misses } : {}),
  };
}

function byteLength(value: unknown): number {
  if (typeof value === 'string') return Buffer.byteLength(value);
  if (value instanceof Uint8Array) return value.byteLength;
  return Buffer.byteLength(JSON.stringify(value));
}

const args = process.argv.slice(2);
if (args.includes('--baseline')) {
  const result: BaselineMeasurement = { peakRssMb: process.resourceUsage().maxRSS / 1024 };
  console.log(RESULT_PREFIX + JSON.stringify(result));
} else {
  const dirIndex = args.indexOf('--dir');
  const dir = dirIndex >= 0 ? args[dirIndex + 1] : undefined;
  if (!dir) {
    console.error('usage: measure-pipeline.ts --dir <content folder> | --baseline');
    process.exit(2);
  }
  const cacheIndex = args.indexOf('--cache');
  const threadsIndex = args.indexOf('--threads');
  const threads = threadsIndex >= 0 ? Number(args[threadsIndex + 1]) || 0 : 0;
  const result = args.includes('--parse-only') ? await measureParse(dir, args.includes('--html'), threads) : await measure(dir, cacheIndex >= 0 ? args[cacheIndex + 1] : undefined);
  console.log(RESULT_PREFIX + JSON.stringify(result));
}
