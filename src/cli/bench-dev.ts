/**
 * `npm run bench:dev`: does the dev server keep up with a large content folder (issue 13)? With
 * the generated corpus (2,000 reviews by default, clean, content/'s curated files beside it)
 * under `vite` (TALKSHELF_CONTENT_DIR), it saves one review several times and measures, from the
 * file write:
 * - until the page hears of it: the dev server's `talkshelf:content` HMR event (the open page
 *   refetches its data on it), received on the HMR WebSocket as the page's client receives it;
 * - until the changed data is served: polling the review's data file (`data/reviews/<id>.json`,
 *   which the review page reads) until it holds the text just written.
 * Then a broken save (invalid YAML in the frontmatter): the event must carry the yaml-invalid
 * diagnostic, and the review's data must still be the last good content; then the file is put
 * back as it was.
 *
 *   npm run bench:dev [-- --reviews 2000] [--saves 5] [--seed n] [--check] [--checkout DIR]
 *
 * `--checkout DIR` runs the dev server of another checkout of the project (its own vite.config.ts
 * and src/vite; e.g. `git archive <commit> | tar -x -C DIR` with node_modules linked), for an A/B
 * of a change on the same corpus.
 *
 * Prints each save's times, their median and PASS/MISS against the target (under 500 ms);
 * exits 1 with --check when a target is missed. The first start fills the review cache
 * (node_modules/.talkshelf/cache), as a developer's first `npm run dev` does; that start's time
 * is printed too. Needs WebSocket (Node 22, or Node 20 with --experimental-websocket, which the
 * npm script passes).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SEED, generateCorpusWithManifest, writeCorpus } from './corpus.ts';
import { formatDuration, formatInteger } from './table.ts';
import { reportSummary } from './bench-summary.ts';
import { runMain } from './run-main.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TARGET_MS = 500;
/** How often the data file is asked for while waiting: the resolution of the "served" figure. */
const POLL_MS = 10;
const CONTENT_EVENT = 'talkshelf:content';

interface Options {
  reviews: number;
  saves: number;
  seed: number;
  check: boolean;
  /** The checkout whose dev server runs: this one by default. */
  checkout: string;
}

function parseOptions(argv: readonly string[]): Options {
  const value = (name: string, fallback: number): number => {
    const i = argv.indexOf(name);
    const n = Number(i >= 0 ? argv[i + 1] : fallback);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${name} takes a positive integer`);
    return n;
  };
  const checkout = argv.indexOf('--checkout');
  return {
    reviews: value('--reviews', 2000),
    saves: value('--saves', 5),
    seed: value('--seed', DEFAULT_SEED),
    check: argv.includes('--check'),
    checkout: checkout >= 0 && argv[checkout + 1] ? resolve(argv[checkout + 1]!) : ROOT,
  };
}

function prepareCorpus(options: Options): string {
  const dir = join(ROOT, '.bench', `dev-corpus-${options.reviews}`);
  writeCorpus(generateCorpusWithManifest({ reviews: options.reviews, seed: options.seed, clean: true }).files, dir, true);
  const contentDir = join(ROOT, 'content');
  for (const entry of readdirSync(contentDir, { withFileTypes: true })) {
    if (entry.isFile() && !entry.name.startsWith('.')) copyFileSync(join(contentDir, entry.name), join(dir, entry.name));
  }
  return dir;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

interface DevServer {
  child: ChildProcess;
  origin: string;
  log: string[];
}

function startDevServer(checkout: string, contentDir: string, port: number): DevServer {
  const child = spawn(process.execPath, ['node_modules/vite/bin/vite.js', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    cwd: checkout,
    env: { ...process.env, TALKSHELF_CONTENT_DIR: contentDir, NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: string[] = [];
  const keep = (chunk: Buffer) => log.push(...chunk.toString().split('\n').filter(Boolean));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  return { child, origin: `http://127.0.0.1:${port}`, log };
}

/** GET `path` until `accept` says yes; the time it answered so. */
async function pollUntil(url: string, accept: (status: number, body: string) => boolean, timeoutMs: number): Promise<{ at: number; body: string }> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url, { cache: 'no-store' });
      const body = await response.text();
      if (accept(response.status, body)) return { at: performance.now(), body };
    } catch {
      // Not listening yet.
    }
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${url}`);
    await sleep(POLL_MS);
  }
}

interface ContentEvent {
  version: number;
  diagnostics: { text: string; severity: string }[];
  summary: string;
}

/** The HMR WebSocket as Vite's client opens it; every `talkshelf:content` event with its arrival time. */
async function listenForContentEvents(origin: string): Promise<{ events: { at: number; payload: ContentEvent }[]; close: () => void }> {
  // Vite accepts the HMR socket only with the token its client script carries.
  const client = await (await fetch(`${origin}/@vite/client`)).text();
  const token = /const wsToken = "([^"]+)"/.exec(client)?.[1];
  if (!token) throw new Error("no HMR token in Vite's client script");
  return new Promise((done, fail) => {
    const socket = new WebSocket(`${origin.replace(/^http/, 'ws')}/?token=${encodeURIComponent(token)}`, 'vite-hmr');
    const events: { at: number; payload: ContentEvent }[] = [];
    socket.addEventListener('message', (message) => {
      const data = JSON.parse(String(message.data)) as { type: string; event?: string; data?: ContentEvent };
      if (data.type === 'custom' && data.event === CONTENT_EVENT && data.data) events.push({ at: performance.now(), payload: data.data });
    });
    socket.addEventListener('open', () => done({ events, close: () => socket.close() }));
    socket.addEventListener('error', () => fail(new Error(`no HMR WebSocket at ${origin}`)));
  });
}

/** Waits for the next content event after `count` seen ones. */
async function nextEvent(events: { at: number; payload: ContentEvent }[], count: number, timeoutMs: number) {
  const deadline = performance.now() + timeoutMs;
  while (events.length <= count) {
    if (performance.now() > deadline) throw new Error('timed out waiting for the talkshelf:content event');
    await sleep(2);
  }
  return events[count]!;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A review in the middle of the folder, its file and its data URL. */
async function pickReview(server: DevServer, contentDir: string): Promise<{ file: string; dataUrl: string }> {
  const index = JSON.parse((await pollUntil(`${server.origin}/data/index.json`, (s) => s === 200, 600_000)).body) as { reviews: { id: string; file: string }[] };
  // From the middle on, the first with plain `---` frontmatter (no BOM, no CRLF) to break later.
  const middle = Math.floor(index.reviews.length / 2);
  const review = [...index.reviews.slice(middle), ...index.reviews.slice(0, middle)].find((r) => readFileSync(join(contentDir, r.file), 'utf8').startsWith('---\n'));
  if (!review) throw new Error('no review with plain frontmatter in the corpus');
  return { file: join(contentDir, review.file), dataUrl: `${server.origin}/data/reviews/${encodeURIComponent(review.id)}.json` };
}

interface SaveTiming {
  eventMs: number;
  servedMs: number;
}

/** Writes `text` to `file`; times until the event and until the data file holds `marker`. */
async function timeSave(file: string, text: string, marker: string, dataUrl: string, events: { at: number; payload: ContentEvent }[]): Promise<SaveTiming> {
  const seen = events.length;
  const written = performance.now();
  writeFileSync(file, text);
  const [event, served] = await Promise.all([nextEvent(events, seen, 60_000), pollUntil(dataUrl, (s, body) => s === 200 && body.includes(marker), 60_000)]);
  return { eventMs: event.at - written, servedMs: served.at - written };
}

/** Invalid YAML in the frontmatter: the diagnostic must arrive and the last good content stay. */
async function brokenSave(file: string, lastGood: string, marker: string, dataUrl: string, events: { at: number; payload: ContentEvent }[]) {
  // Other text than the last good save's, so the data tells which version it is.
  const brokenMarker = '깨진 저장의 문단';
  const broken = `${lastGood.replace(marker, brokenMarker).replace(/^---\n/, '---\nbroken: [unclosed\n')}`;
  if (!broken.startsWith('---\nbroken:')) throw new Error(`${file} has no frontmatter to break`);
  const seen = events.length;
  const written = performance.now();
  writeFileSync(file, broken);
  const event = await nextEvent(events, seen, 60_000);
  const diagnostic = event.payload.diagnostics.find((d) => d.text.includes('yaml-invalid'));
  const response = await fetch(dataUrl, { cache: 'no-store' });
  const body = await response.text();
  const lastGoodStays = response.status === 200 && body.includes(marker) && !body.includes(brokenMarker);
  return { eventMs: event.at - written, diagnostic: diagnostic?.text, lastGoodStays, status: response.status };
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  if (typeof WebSocket === 'undefined') throw new Error('No WebSocket in this Node: run it as `npm run bench:dev` (node --experimental-websocket) or on Node 22');
  const load = () => loadavg().map((n) => n.toFixed(2)).join(', ');
  console.log(`talkshelf dev server benchmark — node ${process.version}; load average ${load()}`);
  process.stdout.write(`  generating ${formatInteger(options.reviews)} reviews…`);
  const contentDir = prepareCorpus(options);
  process.stdout.write(' starting vite…');
  const started = performance.now();
  if (options.checkout !== ROOT) console.log(`  the dev server of ${options.checkout}`);
  const server = startDevServer(options.checkout, contentDir, await freePort());
  try {
    const review = await pickReview(server, contentDir);
    const startMs = performance.now() - started;
    process.stdout.write(` first data served after ${formatDuration(startMs)}\n`);
    const listener = await listenForContentEvents(server.origin);
    await nextEvent(listener.events, 0, 60_000); // The event that answers a connection.
    const original = readFileSync(review.file, 'utf8');
    const timings: SaveTiming[] = [];
    let text = original;
    let marker = '';
    try {
      for (let save = 1; save <= options.saves; save++) {
        marker = `벤치 저장 ${save} ${Date.now()}`;
        text = `${original}\n\n${marker}\n`;
        const timing = await timeSave(review.file, text, marker, review.dataUrl, listener.events);
        timings.push(timing);
        console.log(`  save ${save}: event after ${formatDuration(timing.eventMs)}, data served after ${formatDuration(timing.servedMs)} (load ${loadavg()[0]!.toFixed(2)})`);
        await sleep(1000);
      }
      const broken = await brokenSave(review.file, text, marker, review.dataUrl, listener.events);
      console.log(`  broken save: event after ${formatDuration(broken.eventMs)}; diagnostic: ${broken.diagnostic ?? 'none'}; the review's data: ${broken.status}, ${broken.lastGoodStays ? 'the last good content' : 'NOT the last good content'}`);
      return report(options, startMs, timings, broken, server, load);
    } finally {
      writeFileSync(review.file, original);
      listener.close();
    }
  } catch (error) {
    console.error(`\nvite's last lines:\n${server.log.slice(-15).join('\n')}\n`);
    throw error;
  } finally {
    server.child.kill('SIGTERM');
  }
}

function report(options: Options, startMs: number, timings: SaveTiming[], broken: Awaited<ReturnType<typeof brokenSave>>, server: DevServer, load: () => string): number {
  const served = median(timings.map((t) => t.servedMs));
  const event = median(timings.map((t) => t.eventMs));
  const rebuilds = server.log.filter((line) => line.includes('[talkshelf]') && line.includes('reviews,')).slice(-3);
  console.log(`\nvite's own lines about the last rebuilds:\n${rebuilds.map((l) => `  ${l.trim()}`).join('\n')}`);
  console.log(`\n${formatInteger(options.reviews)} reviews, median of ${timings.length} saves: event ${formatDuration(event)}, data served ${formatDuration(served)}; start ${formatDuration(startMs)}; load average ${load()}`);
  const checks = [
    { what: `dev server, a save to its data served, ${formatInteger(options.reviews)} reviews`, figure: formatDuration(served), target: `under ${formatDuration(TARGET_MS)}`, met: served < TARGET_MS },
    { what: 'dev server, a broken save shows its diagnostic', figure: broken.diagnostic ? 'yes' : 'no', target: 'yes', met: Boolean(broken.diagnostic) },
    { what: 'dev server, the last good content stays after a broken save', figure: broken.lastGoodStays ? 'yes' : 'no', target: 'yes', met: broken.lastGoodStays },
  ];
  for (const check of checks) console.log(`${check.met ? 'PASS' : 'MISS'}  ${check.what}: ${check.figure} (target ${check.target})`);
  reportSummary(checks);
  return options.check && checks.some((c) => !c.met) ? 1 : 0;
}

runMain(main);
