/**
 * `npm run lighthouse`: issue #6's Lighthouse targets, measured the way a visitor meets the site.
 *
 * Builds the site into .lighthouse/dist (its own folder, so a `npm run build` elsewhere in the
 * working tree cannot empty it mid-run), serves it with the plain static server, and runs
 * Lighthouse 12's default config (a mobile phone, simulated slow 4G and 4× slower CPU) in the
 * system's Chromium on the timeline and the largest session, tag and review page. Each page is
 * run several times; the table shows the median run (Lighthouse's own pick) and the spread.
 *
 *   npm run lighthouse [-- --runs 3] [--no-build] [--dir dist] [--pages /,/tags/kafka]
 *
 * Prints the table, the failed audits of the median runs and the load average (the simulated
 * CPU slowdown multiplies whatever else the machine is doing), writes every report as JSON under
 * .lighthouse/reports/ (the median one also as HTML), and exits 1 when a target is missed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { generateReport, type Result } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { CHROMIUM_ARGS, HOW_TO_GET_CHROMIUM, findChromium } from './chromium.ts';
import { listFailedAudits } from './lighthouse-audits.ts';
import { chooseDefaultPages, parsePageList, type AuditedPage } from './lighthouse-pages.ts';
import { findMissedTargets, readFigures, TARGETS } from './lighthouse-targets.ts';
import { startStaticServer } from './static-server.ts';
import { formatBytes, formatInteger, formatTable, type Row } from './table.ts';
import { reportSummary, type SummaryRow } from './bench-summary.ts';
import { runMain } from './run-main.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const WORK_DIR = path.join(ROOT, '.lighthouse');
const REPORTS_DIR = path.join(WORK_DIR, 'reports');

interface Options {
  runs: number;
  build: boolean;
  dir: string;
  pages?: AuditedPage[];
}

function parseOptions(argv: readonly string[]): Options {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const runs = Number(value('--runs') ?? '3');
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a positive integer, e.g. --runs 5');
  const dir = path.resolve(ROOT, value('--dir') ?? path.join(WORK_DIR, 'dist'));
  const pageList = value('--pages');
  return { runs, build: !argv.includes('--no-build'), dir, ...(pageList ? { pages: parsePageList(pageList) } : {}) };
}

/**
 * Builds beside the folder and swaps it in only when the build succeeds, so a failed build (the
 * working tree is shared and often mid-edit) leaves the last good site for `--no-build`.
 */
function buildSite(outDir: string): void {
  const nextDir = `${outDir}.next`;
  console.log(`Building into ${path.relative(ROOT, outDir)}/ …`);
  const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', nextDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: ROOT,
    // At the domain root, as the pages are measured; a BASE_PATH left in the shell would move them.
    env: { ...process.env, BASE_PATH: '/' },
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status}); see its output above.`);
  rmSync(outDir, { recursive: true, force: true });
  renameSync(nextDir, outDir);
}

function describeLoad(): string {
  return `load average ${loadavg().map((n) => n.toFixed(2)).join(', ')}`;
}

/** One Lighthouse run in a fresh Chromium, as the Lighthouse CLI does, so no run warms the next. */
async function auditOnce(chromePath: string, url: string): Promise<Result> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: [...CHROMIUM_ARGS, '--headless=new'], logLevel: 'silent' });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    if (!result) throw new Error(`Lighthouse returned no result for ${url}.`);
    if (result.lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
    return result.lhr;
  } finally {
    await chrome.kill();
  }
}

interface PageResult {
  page: AuditedPage;
  runs: Result[];
  median: Result;
}

const formatSeconds = (ms: number): string => (Number.isNaN(ms) ? '—' : `${(ms / 1000).toFixed(2)} s`);
const formatScore = (score: number): string => (Number.isNaN(score) ? '—' : String(score));
const formatRange = (values: number[], format: (n: number) => string): string => {
  const low = Math.min(...values);
  const high = Math.max(...values);
  return low === high ? format(low) : `${format(low)}–${format(high)}`;
};

function formatResults(results: readonly PageResult[]): string {
  const rows: Row[] = results.map(({ page, runs, median }) => {
    const figures = readFigures(median);
    const all = runs.map(readFigures);
    const missed = findMissedTargets(figures);
    return [
      page.name,
      formatScore(figures.performance),
      formatScore(figures.accessibility),
      formatScore(figures.bestPractices),
      formatScore(figures.seo),
      formatSeconds(figures.lcpMs),
      Number.isNaN(figures.cls) ? '—' : String(Number(figures.cls.toFixed(4))),
      `${formatInteger(figures.tbtMs)} ms`,
      formatSeconds(figures.fcpMs),
      formatBytes(figures.transferBytes),
      formatRange(all.map((f) => f.performance), formatScore),
      formatRange(all.map((f) => f.lcpMs), (ms) => (ms / 1000).toFixed(2)),
      missed.length === 0 ? 'PASS' : `MISS ${missed.map((t) => t.label).join(', ')}`,
    ];
  });
  return formatTable(
    [
      { header: 'page' },
      { header: 'perf', align: 'right' },
      { header: 'a11y', align: 'right' },
      { header: 'best pr.', align: 'right' },
      { header: 'SEO', align: 'right' },
      { header: 'LCP', align: 'right' },
      { header: 'CLS', align: 'right' },
      { header: 'TBT', align: 'right' },
      { header: 'FCP', align: 'right' },
      { header: 'transfer', align: 'right' },
      { header: 'perf spread', align: 'right' },
      { header: 'LCP spread', align: 'right' },
      { header: 'targets' },
    ],
    rows,
  );
}

function formatFailedAudits(results: readonly PageResult[]): string {
  const lines: string[] = [];
  for (const { page, median } of results) {
    const failed = listFailedAudits(median);
    if (failed.length === 0) continue;
    lines.push(`${page.name} (${median.finalDisplayedUrl}):`);
    for (const audit of failed) {
      lines.push(`  ${audit.category} ${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
      for (const culprit of audit.culprits) lines.push(`      ${culprit}`);
    }
  }
  return lines.length === 0 ? 'No failed audits in the median runs.' : `Failed audits in the median runs:\n${lines.join('\n')}`;
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const chromePath = findChromium();
  if (!chromePath) {
    console.error(HOW_TO_GET_CHROMIUM);
    return 1;
  }
  if (options.build) buildSite(options.dir);
  const pages = options.pages ?? chooseDefaultPages(options.dir);
  const { server, url: baseUrl } = await startStaticServer({ dir: options.dir, base: '/' });
  rmSync(REPORTS_DIR, { recursive: true, force: true });
  mkdirSync(REPORTS_DIR, { recursive: true });
  const loadBefore = describeLoad();
  /** One-minute load average before and after each run. */
  const loadSamples = [loadavg()[0] ?? 0];
  console.log(`Lighthouse ${options.runs}× on ${pages.length} pages at ${baseUrl} (${loadBefore})`);
  const runsByPage = new Map<AuditedPage, Result[]>(pages.map((page) => [page, []]));
  try {
    // Round-robin over the pages, so a burst of load from elsewhere hits every page a little
    // instead of all runs of one page.
    for (let run = 1; run <= options.runs; run += 1) {
      for (const page of pages) {
        const lhr = await auditOnce(chromePath, baseUrl + page.path);
        runsByPage.get(page)?.push(lhr);
        loadSamples.push(loadavg()[0] ?? 0);
        const figures = readFigures(lhr);
        writeFileSync(path.join(REPORTS_DIR, `${page.name.replaceAll('/', '_')}-${run}.json`), JSON.stringify(lhr));
        // benchmarkIndex is Lighthouse's own measure of how fast this machine ran at that moment;
        // under 1,000 it warns that the host CPU is slower than its simulation assumes.
        console.log(
          `  run ${run} ${page.name}: performance ${formatScore(figures.performance)}, LCP ${formatSeconds(figures.lcpMs)}, TBT ${formatInteger(figures.tbtMs)} ms (benchmarkIndex ${formatInteger(lhr.environment.benchmarkIndex)}, ${describeLoad()})`,
        );
      }
    }
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
  const results: PageResult[] = pages.map((page) => {
    const runs = runsByPage.get(page) ?? [];
    return { page, runs, median: computeMedianRun(runs) };
  });
  for (const { page, median } of results) {
    writeFileSync(path.join(REPORTS_DIR, `${page.name.replaceAll('/', '_')}-median.html`), generateReport(median, 'html'));
  }
  console.log('');
  console.log(formatResults(results));
  console.log('');
  console.log(`Targets: ${TARGETS.map((t) => t.label).join('; ')} (median of ${options.runs} runs).`);
  const benchmarks = results.flatMap(({ runs }) => runs.map((lhr) => lhr.environment.benchmarkIndex));
  console.log(`Load: ${loadBefore} before, ${describeLoad()} after; benchmarkIndex ${formatRange(benchmarks, formatInteger)}; site ${path.relative(ROOT, options.dir) || '.'}/.`);
  const busiest = Math.max(...loadSamples);
  if (busiest > availableParallelism() || Math.min(...benchmarks) < 1000) {
    // Simulated throttling multiplies the CPU time it observed by 4: time lost to other processes
    // counts as the page's own, so TBT and the score read worse than on an idle machine.
    console.log(
      `Warning: the machine was busy (load ${busiest.toFixed(1)} on ${availableParallelism()} cores, benchmarkIndex down to ${formatInteger(Math.min(...benchmarks))}; under 1,000 Lighthouse itself warns of a slow host CPU). TBT, and with it the performance score, reads worse than on an idle machine.`,
    );
  }
  console.log(`Reports: ${path.relative(ROOT, REPORTS_DIR)}/`);
  console.log('');
  console.log(formatFailedAudits(results));
  reportSummary(
    results.flatMap(({ page, median }) => {
      const figures = readFigures(median);
      const row = (what: string, figure: string, targets: string[]): SummaryRow => {
        const relevant = TARGETS.filter((target) => targets.includes(target.figure));
        return { what: `Lighthouse ${page.name}: ${what}`, figure, target: relevant.map((t) => t.label).join(', '), met: relevant.every((t) => t.met(figures[t.figure])) };
      };
      return [
        row('performance / a11y / best practices / SEO', `${figures.performance} / ${figures.accessibility} / ${figures.bestPractices} / ${figures.seo}`, ['performance', 'accessibility', 'bestPractices', 'seo']),
        row('LCP / CLS / TBT', `${formatSeconds(figures.lcpMs)} / ${figures.cls} / ${formatInteger(figures.tbtMs)} ms`, ['lcpMs', 'cls']),
      ];
    }),
  );
  const missed = results.some(({ median }) => findMissedTargets(readFigures(median)).length > 0);
  return missed ? 1 : 0;
}

runMain(main);
