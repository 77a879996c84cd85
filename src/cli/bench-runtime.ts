/**
 * `npm run bench:runtime`: issue #6's runtime targets, measured in Chromium on a site built from
 * the generated ~25,000-session corpus (src/cli/corpus.ts --distinct --clean).
 *
 *   npm run bench:runtime [-- --no-build] [--reviews 2000] [--runs 3] [--no-throttle]
 *                         [--site DIR] [--only first,scroll,toggle]
 *
 * Builds the site into .bench/runtime-site (TALKSHELF_CONTENT_DIR, its own outDir: the bundled
 * content and dist/ are untouched), serves it with the plain static server, and drives Debian's
 * Chromium with Playwright at a 1280×800 viewport:
 * - first screen (in a warm browser, cold HTTP cache; see openPage): navigation start → the first frame after the first session card is in the
 *   DOM (a MutationObserver installed before the page's own scripts; the frame is a
 *   requestAnimationFrame plus a message, i.e. after the frame's paint), median of --runs loads;
 * - scroll: after hydration, the timeline scrolled a viewport per frame to the bottom; long tasks
 *   (PerformanceObserver 'longtask', over 50 ms) and the longest frame while scrolling;
 * - tag toggle: on /tags (all sessions), a tag button clicked on and off again for the five
 *   largest tags; the figure is the script time from the click until the list shows the new
 *   filter (the click's own task with its microtask checkpoint, since the page renders it at once;
 *   otherwise the wall time until it shows), with the wall time to the painted frame and all script time around the toggle
 *   (CDP Performance.getMetrics ScriptDuration, the URL update after the frame included).
 * Each runs with CPU throttling off, then first screen and toggle again at a 4× CDP CPU throttle.
 * Prints the build time (with the plugin's phases), the index files raw and gzipped, and a table
 * with PASS/MISS per target. Timings on a shared machine mean little without the load average,
 * so it is printed with them. Exits 1 when a target is missed.
 *
 * For iterating on app code: `--site DIR` measures another built site instead (no build), e.g. a
 * copy of .bench/runtime-site whose bundles and measured pages (/ and /tags/) were rebuilt from
 * the current app code; `--only` runs some of the measurements.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, HOW_TO_GET_CHROMIUM, findChromium } from './chromium.ts';
import { PACKED_INDEX_PATH } from '../content/emit/packed-index-path.ts';
import { DEFAULT_SEED, generateCorpusWithManifest, writeCorpus } from './corpus.ts';
import { startStaticServer } from './static-server.ts';
import { formatBytes, formatDuration, formatTable, type Row } from './table.ts';
import { reportSummary, type SummaryRow } from './bench-summary.ts';
import { runMain } from './run-main.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DEFAULT_SITE_DIR = path.join(ROOT, '.bench', 'runtime-site');
let SITE_DIR = DEFAULT_SITE_DIR;
const VIEWPORT = { width: 1280, height: 800 };

const TARGETS = {
  firstScreenMs: 200,
  longTasks: 0,
  toggleScriptMs: 16,
};

type Part = 'first' | 'scroll' | 'toggle';

interface Options {
  build: boolean;
  /** Another built site to measure (implies --no-build), e.g. one whose pages were re-rendered by hand. */
  site?: string;
  /** Which measurements to run (default all). */
  only: ReadonlySet<Part>;
  reviews: number;
  runs: number;
  throttle: boolean;
}

function parseOptions(argv: readonly string[]): Options {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const reviews = Number(value('--reviews') ?? '2000');
  const runs = Number(value('--runs') ?? '3');
  if (!Number.isInteger(reviews) || reviews < 1) throw new Error('--reviews takes a positive integer');
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a positive integer');
  const site = value('--site');
  const parts = (value('--only') ?? 'first,scroll,toggle').split(',');
  for (const part of parts) if (!['first', 'scroll', 'toggle'].includes(part)) throw new Error('--only takes first, scroll and/or toggle, comma-separated');
  return {
    build: !site && !argv.includes('--no-build'),
    site: site && path.resolve(site),
    only: new Set(parts as Part[]),
    reviews,
    runs,
    throttle: !argv.includes('--no-throttle'),
  };
}

const describeLoad = () => `load average ${loadavg().map((n) => n.toFixed(2)).join(', ')}`;

/** The distinct corpus plus content/'s curated files (editions, taxonomy, companies, merges). */
function prepareCorpus(reviews: number): string {
  const dir = path.join(ROOT, '.bench', `corpus-distinct-${reviews}`);
  const corpus = generateCorpusWithManifest({ reviews, seed: DEFAULT_SEED, distinct: true, clean: true });
  writeCorpus(corpus.files, dir, false);
  const contentDir = path.join(ROOT, 'content');
  for (const entry of readdirSync(contentDir, { withFileTypes: true })) {
    if (entry.isFile() && !entry.name.startsWith('.')) copyFileSync(path.join(contentDir, entry.name), path.join(dir, entry.name));
  }
  return dir;
}

interface BuildResult {
  wallMs: number;
  /** The plugin's summary line: pages, index size and each phase's time. */
  summary: string;
}

/** Builds beside the site folder and swaps it in on success, so a failed build keeps the last good site. */
async function buildSite(contentDir: string): Promise<BuildResult> {
  const nextDir = `${SITE_DIR}.next`;
  const started = performance.now();
  const lines: string[] = [];
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', nextDir, '--emptyOutDir'], {
      cwd: ROOT,
      env: { ...process.env, BASE_PATH: '/', TALKSHELF_CONTENT_DIR: contentDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const collect = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) lines.push(line);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('close', resolve);
  });
  const wallMs = performance.now() - started;
  if (code !== 0) throw new Error(`vite build failed (exit ${code}):\n${lines.slice(-20).join('\n')}`);
  rmSync(SITE_DIR, { recursive: true, force: true });
  renameSync(nextDir, SITE_DIR);
  const summary = lines.find((line) => line.includes('[talkshelf] pre-rendered')) ?? '(no summary line)';
  return { wallMs, summary: summary.replace(/^.*\[talkshelf\] /, '') };
}

/** Installed before the page's scripts: long tasks, and the frame after the first card appears. */
const PROBE = `
  // tsx compiles this file with esbuild's keepNames, which wraps the named functions we hand to
  // page.evaluate in __name(): a helper that exists in Node, not in the page.
  globalThis.__name ??= (target) => target;
  window.__bench = { longTasks: [], cardsPainted: null };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  const seen = () => {
    if (!document.querySelector('.session-card')) return false;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { window.__bench.cardsPainted ??= performance.now(); };
      channel.port2.postMessage(0);
    });
    return true;
  };
  const observer = new MutationObserver(() => { if (seen()) observer.disconnect(); });
  observer.observe(document, { childList: true, subtree: true });
`;

interface BenchWindow {
  __bench: { longTasks: { start: number; duration: number }[]; cardsPainted: number | null };
}

async function openPage(browser: Browser, url: string, throttle: number): Promise<{ page: Page; cdp: CDPSession }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  // A first navigation in a fresh context also starts the site's renderer process (hundreds of
  // ms here) no visitor of an open browser pays: start it on a small file of the same site,
  // with the HTTP cache off so the page itself still loads cold.
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.goto(new URL('/robots.txt', url).href);
  await page.addInitScript(PROBE);
  await page.goto(url, { waitUntil: 'load' });
  return { page, cdp };
}

/** Hydrated: React has attached to the root (hydrateRoot marks the container). */
async function waitForHydration(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => {
      const root = document.getElementById('root');
      return root && Object.keys(root).some((key) => key.startsWith('__reactContainer$')) ? performance.now() : false;
    },
    undefined,
    { timeout: 120_000, polling: 'raf' },
  );
  return (await handle.jsonValue()) as number;
}

interface FirstScreen {
  cardsPaintedMs: number;
  fcpMs: number;
  hydratedMs: number;
}

async function measureFirstScreen(browser: Browser, baseUrl: string, throttle: number): Promise<FirstScreen> {
  const { page } = await openPage(browser, `${baseUrl}/`, throttle);
  try {
    const hydratedMs = await waitForHydration(page);
    await page.waitForFunction(() => (window as unknown as BenchWindow).__bench.cardsPainted !== null, undefined, { timeout: 60_000 });
    return await page.evaluate((hydrated) => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
      return { cardsPaintedMs: (window as unknown as BenchWindow).__bench.cardsPainted!, fcpMs: fcp, hydratedMs: hydrated };
    }, hydratedMs);
  } finally {
    await page.context().close();
  }
}

interface ScrollResult {
  frames: number;
  scrolledPx: number;
  longTasks: number;
  longestTaskMs: number;
  longestFrameMs: number;
  cardsRendered: number;
}

async function measureScroll(browser: Browser, baseUrl: string): Promise<ScrollResult> {
  const { page } = await openPage(browser, `${baseUrl}/`, 1);
  try {
    await waitForHydration(page);
    await page.waitForLoadState('networkidle');
    // Let the hydration's own work finish before the window opens.
    await page.waitForTimeout(1000);
    return await page.evaluate(async () => {
      const bench = (window as unknown as BenchWindow).__bench;
      const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
      const start = performance.now();
      let previous = await frame();
      let longestFrame = 0;
      let frames = 0;
      let lastY = -1;
      let still = 0;
      let maxCards = 0;
      // A viewport per frame until the page stops growing under us (the list's padding is
      // re-estimated as rows are measured, so the bottom moves while we scroll).
      while (still < 10) {
        window.scrollBy(0, window.innerHeight);
        const now = await frame();
        longestFrame = Math.max(longestFrame, now - previous);
        previous = now;
        frames += 1;
        maxCards = Math.max(maxCards, document.querySelectorAll('.session-card').length);
        still = window.scrollY === lastY ? still + 1 : 0;
        lastY = window.scrollY;
      }
      const end = performance.now();
      const during = bench.longTasks.filter((task) => task.start >= start && task.start <= end);
      return {
        frames,
        scrolledPx: window.scrollY,
        longTasks: during.length,
        longestTaskMs: Math.max(0, ...during.map((task) => task.duration)),
        longestFrameMs: longestFrame,
        cardsRendered: maxCards,
      };
    });
  } finally {
    await page.context().close();
  }
}

interface Toggle {
  /** Script from the click until the list shows the new filter (the click's own task when it renders at once). */
  listMs: number;
  /** All script time around the toggle, the URL update after the frame included (CDP ScriptDuration). */
  scriptMs: number;
  frameMs: number;
  results: string;
}

async function scriptDuration(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((metric) => metric.name === 'ScriptDuration')?.value ?? NaN) * 1000;
}

async function measureToggles(browser: Browser, baseUrl: string, throttle: number): Promise<Toggle[]> {
  const { page, cdp } = await openPage(browser, `${baseUrl}/tags/`, throttle);
  try {
    await waitForHydration(page);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1000);
    const toggles: Toggle[] = [];
    // The tag buttons are sorted by session count: the first five are the largest result sets.
    for (let tag = 0; tag < 5; tag++) {
      for (let pass = 0; pass < 2; pass++) {
        const before = await scriptDuration(cdp);
        const { listMs, frameMs, results } = await page.evaluate(async (i) => {
          const button = document.querySelectorAll<HTMLButtonElement>('.tag-toggle')[i]!;
          const heading = document.getElementById('results-title')!;
          const was = heading.textContent;
          const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
          const t0 = performance.now();
          button.click();
          // The click's task: a list rendered in it is ready for the next frame. A real click's
          // task ends with a microtask checkpoint, where React renders a discrete update; a
          // click() from this script gets that checkpoint only when the script yields, here.
          await null;
          let list = performance.now() - t0;
          if (heading.textContent === was) {
            // Rendered later (a transition): wall time until it shows, an upper bound on its script.
            while (heading.textContent === was && performance.now() - t0 < 5000) await frame();
            list = performance.now() - t0;
          }
          await frame();
          return { listMs: list, frameMs: performance.now() - t0, results: heading.textContent ?? '' };
        }, tag);
        // Let the URL update that follows the frame run, so the next toggle starts from it.
        await page.waitForTimeout(200);
        const after = await scriptDuration(cdp);
        toggles.push({ listMs, scriptMs: after - before, frameMs, results });
      }
    }
    return toggles;
  } finally {
    await page.context().close();
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const ms = (value: number) => (Number.isNaN(value) ? '—' : `${value.toFixed(value < 100 ? 1 : 0)} ms`);
const verdict = (pass: boolean) => (pass ? 'PASS' : 'MISS');

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  if (options.site) SITE_DIR = options.site;
  const executablePath = findChromium();
  if (!executablePath) {
    console.error(HOW_TO_GET_CHROMIUM);
    return 1;
  }
  let build: BuildResult | undefined;
  if (options.build) {
    console.log(`Generating the distinct ${options.reviews}-review corpus … (${describeLoad()})`);
    const contentDir = prepareCorpus(options.reviews);
    console.log(`Building ${path.relative(ROOT, SITE_DIR)}/ from ${path.relative(ROOT, contentDir)}/ … (${describeLoad()})`);
    build = await buildSite(contentDir);
    console.log(`Built in ${formatDuration(build.wallMs)} (${describeLoad()}): ${build.summary}`);
  } else if (!existsSync(path.join(SITE_DIR, 'index.html'))) {
    throw new Error(`No site in ${path.relative(ROOT, SITE_DIR)}/: run without --no-build first.`);
  }
  const indexText = readFileSync(path.join(SITE_DIR, 'data', 'index.json'));
  const sessions = (JSON.parse(indexText.toString('utf8')) as { sessions?: unknown[] }).sessions?.length ?? NaN;
  const packedText = readFileSync(path.join(SITE_DIR, PACKED_INDEX_PATH));
  const timelineHtml = readFileSync(path.join(SITE_DIR, 'index.html'));

  const { server, url } = await startStaticServer({ dir: SITE_DIR, base: '/' });
  const baseUrl = url.replace(/\/$/, '');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const version = browser.version();
  const loadBefore = describeLoad();
  const rows: Row[] = [];
  let missed = false;
  try {
    for (const throttle of options.throttle ? [1, 4] : [1]) {
      const label = throttle === 1 ? 'no throttling' : `${throttle}× CPU throttle`;
      if (options.only.has('first')) {
      const screens: FirstScreen[] = [];
      for (let run = 0; run < options.runs; run++) screens.push(await measureFirstScreen(browser, baseUrl, throttle));
      const firstScreen = median(screens.map((s) => s.cardsPaintedMs));
      const firstPass = firstScreen < TARGETS.firstScreenMs;
      if (throttle === 1) missed ||= !firstPass;
      rows.push(
        [`timeline first screen (${label})`, ms(firstScreen), `FCP ${ms(median(screens.map((s) => s.fcpMs)))}, hydrated ${ms(median(screens.map((s) => s.hydratedMs)))}`, `< ${TARGETS.firstScreenMs} ms`, throttle === 1 ? verdict(firstPass) : `(${verdict(firstPass)})`],
      );
      }
      if (throttle === 1 && options.only.has('scroll')) {
        const scroll = await measureScroll(browser, baseUrl);
        const scrollPass = scroll.longTasks <= TARGETS.longTasks;
        missed ||= !scrollPass;
        rows.push([
          'timeline scroll to the bottom: long tasks',
          String(scroll.longTasks),
          `longest task ${ms(scroll.longestTaskMs)}, longest frame ${ms(scroll.longestFrameMs)}; ${scroll.frames} frames, ${Math.round(scroll.scrolledPx / 1000)} K px, at most ${scroll.cardsRendered} cards in the DOM`,
          'none',
          verdict(scrollPass),
        ]);
      }
      if (options.only.has('toggle')) {
      const toggles = await measureToggles(browser, baseUrl, throttle);
      const script = median(toggles.map((t) => t.listMs));
      const togglePass = script <= TARGETS.toggleScriptMs;
      if (throttle === 1) missed ||= !togglePass;
      rows.push([
        `tag toggle, script until the list updates (${label})`,
        ms(script),
        `max ${ms(Math.max(...toggles.map((t) => t.listMs)))}; click → painted frame ${ms(median(toggles.map((t) => t.frameMs)))}; all script incl. the URL update after the frame ${ms(median(toggles.map((t) => t.scriptMs)))} (max ${ms(Math.max(...toggles.map((t) => t.scriptMs)))}); ${toggles.length} toggles`,
        `≤ ${TARGETS.toggleScriptMs} ms`,
        throttle === 1 ? verdict(togglePass) : `(${verdict(togglePass)})`,
      ]);
      }
      rows.push('rule');
    }
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
  rows.pop();

  console.log('');
  console.log(`Runtime on ${sessions.toLocaleString('en-US')} sessions (${path.relative(ROOT, SITE_DIR)}/), Chromium ${version}, ${VIEWPORT.width}×${VIEWPORT.height}, median of ${options.runs} loads`);
  console.log(`Load: ${loadBefore} before, ${describeLoad()} after.`);
  console.log('');
  console.log(
    formatTable(
      [{ header: 'what' }, { header: 'figure', align: 'right' }, { header: 'detail' }, { header: 'target' }, { header: '' }],
      rows,
    ),
  );
  console.log('');
  const sizes = (bytes: Buffer) => `${formatBytes(bytes.length)} raw, ${formatBytes(gzipSync(bytes).length)} gzipped`;
  console.log(`${PACKED_INDEX_PATH} (what the browser loads): ${sizes(packedText)}; data/index.json (build tools): ${sizes(indexText)}; timeline HTML: ${sizes(timelineHtml)}.`);
  if (build) console.log(`Build: ${formatDuration(build.wallMs)} wall; ${build.summary}`);
  console.log('Throttled rows are for information; PASS/MISS is judged without throttling.');
  reportSummary([
    ...rows.flatMap((row): SummaryRow[] =>
      row === 'rule' || !/^(PASS|MISS)$/.test(row[4] ?? '')
        ? []
        : [{ what: `runtime, ${sessions.toLocaleString('en-US')} sessions: ${row[0]}`, figure: row[1] ?? '', target: row[3] ?? '', met: row[4] === 'PASS' }],
    ),
    ...(build
      ? [{ what: `build of ${sessions.toLocaleString('en-US')} sessions (2,000 generated reviews)`, figure: formatDuration(build.wallMs), target: 'under 60 s', met: build.wallMs < 60_000 }]
      : []),
  ]);
  return missed ? 1 : 0;
}

runMain(main);
