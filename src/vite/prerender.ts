/**
 * Writes one HTML file per route the catalog defines, as `<route>/index.html`, so any static
 * server resolves a deep link without rewrite rules, and the content is readable before (or
 * without) JavaScript.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { PACKED_INDEX_PATH } from '../content/emit/packed-index-path.ts';
import type { IndexFile } from '../content/schema.ts';
import { assertTemplate, fillTemplate, redirectPage } from './html.ts';

/** What the server bundle (src/app/entry-server.tsx) exports. */
export interface ServerEntry {
  render(
    url: string,
    options: { loadJson: (path: string) => Promise<unknown>; base: string; siteUrl?: string },
  ): Promise<{ status: number; html: string; head: string; state: string; module?: string; data?: string[] }>;
  staticPaths(index: IndexFile): { pages: string[]; unlisted?: string[]; redirects: { from: string; to: string; title: string }[] };
  notFoundHead(options: { base: string }): string;
  reviewHref(reviewId: string): string;
}

/** What writing a page needs from the client build. */
export interface ClientBuild {
  /** The built index.html every page is made from. */
  template: string;
  /**
   * The page module's chunks to preload (files relative to the build folder), by the module's
   * path from the project root as the server entry names it (`/src/app/features/…-page.tsx`).
   */
  preloadsFor?: (module: string) => string[];
}

export interface PrerenderOptions {
  entry: ServerEntry;
  /**
   * The client build, once it is done and the data files are in `outDir`: pages render before
   * it (in this thread) and are written after it.
   */
  client: ClientBuild | Promise<ClientBuild>;
  outDir: string;
  /** The emitted data files: `data/index.json` → JSON text. */
  files: Map<string, string>;
  /** `data/index.json`, parsed (the caller needs it too). */
  index: IndexFile;
  base: string;
  siteUrl: string;
  /**
   * URL of the built server entry, for worker threads that render pages in parallel. They read
   * the data files from `outDir`, so those must be written first. Without it, or with one
   * worker, pages render in this thread.
   */
  entryUrl?: string;
  /** Worker threads; default TALKSHELF_PRERENDER_WORKERS or the machine's core count. */
  workers?: number;
}

type RenderResult = Awaited<ReturnType<ServerEntry['render']>>;

/**
 * Files most pages read: parsed once and shared (read-only) by every page, instead of parsing
 * the same megabytes again per page at scale. The app unpacks the packed index once per parsed
 * file too (packed-index.ts).
 */
const SHARED_FILES = ['data/index.json', PACKED_INDEX_PATH];

/** Pages per message to a worker: enough to make messaging cheap, few enough to share the work. */
const BATCH = 40;
/** Below this many pages, starting workers (each loads the server bundle) costs more than it saves. */
const WORKERS_FROM_PAGES = 400;

/** An explicit count (option or TALKSHELF_PRERENDER_WORKERS) is obeyed; otherwise one per core for large sites. */
function workerCount(option: number | undefined, pages: number): number {
  const fromEnv = Number(process.env.TALKSHELF_PRERENDER_WORKERS);
  const asked = option ?? (Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : undefined);
  if (asked !== undefined) return Math.max(1, Math.min(8, asked));
  return pages < WORKERS_FROM_PAGES ? 1 : Math.min(8, availableParallelism());
}

export interface PrerenderResult {
  /** The pages the sitemap lists (the unlisted ones are written too). */
  pages: string[];
  redirects: number;
}

export async function prerender(options: PrerenderOptions): Promise<PrerenderResult> {
  const { entry, outDir, files, index, base, siteUrl } = options;
  const client = Promise.resolve(options.client).then((built) => {
    assertTemplate(built.template);
    return built;
  });
  client.catch(() => {}); // Awaited by every write; a failed client build must not go unhandled meanwhile.
  const shared = new Map<string, unknown>([['data/index.json', index]]);
  const loadJson = async (file: string) => {
    const name = file.replace(/^\//, '');
    if (shared.has(name)) return shared.get(name);
    const text = files.get(name);
    if (text === undefined) throw Object.assign(new Error(`No data file ${file}`), { status: 404 });
    const value = JSON.parse(text) as unknown;
    if (SHARED_FILES.includes(name)) shared.set(name, value);
    return value;
  };

  const { pages: listed, unlisted = [], redirects } = entry.staticPaths(index);
  const pages = [...listed, ...unlisted];
  const failures: string[] = [];
  const write = async (page: string, result: RenderResult) => {
    if (result.status !== 200) {
      failures.push(`${page} rendered with status ${result.status}`);
      return;
    }
    const { template, preloadsFor = () => [] } = await client;
    // The page's chunks, then the data files its state leaves out (already under the base).
    const preloads = [...(result.module ? preloadsFor(result.module).map((file) => joinBase(base, `/${file}`)) : []), ...(result.data ?? [])];
    await writePage(outDir, page, fillTemplate(template, { ...result, preloads }));
  };
  const workers = workerCount(options.workers, pages.length);
  if (options.entryUrl && workers > 1) {
    // Workers read the data files from the build folder, written with the client build.
    await client;
    await renderInWorkers(pages, workers, { entryUrl: options.entryUrl, outDir, base, siteUrl, shared: SHARED_FILES }, write);
  } else {
    // Rendered one after another; each is written as soon as the client build is there.
    const writing: Promise<void>[] = [];
    for (const page of pages) {
      const written = write(page, await entry.render(page, { loadJson, base, siteUrl }));
      written.catch(() => {}); // Awaited below, with the rest.
      writing.push(written);
    }
    await Promise.all(writing);
  }
  if (failures.length > 0) {
    throw new Error(`Pre-rendering failed for ${failures.length} route(s):\n  ${failures.join('\n  ')}`);
  }
  for (const redirect of redirects) {
    await writePage(outDir, redirect.from, redirectPage(joinBase(base, redirect.to), redirect.title, base));
  }
  // Static hosts answer unknown paths with 404.html: it boots the app, which shows the
  // not-found page with suggestions for whatever URL the visitor asked for.
  const notFound = fillTemplate((await client).template, {
    head: `${entry.notFoundHead({ base })}\n    <meta name="robots" content="noindex" />`,
    html: '',
    state: '',
  });
  await writeFile(path.join(outDir, '404.html'), notFound);
  return { pages: listed, redirects: redirects.length };
}

/**
 * Renders `pages` in `count` worker threads (prerender-worker.mjs), batch by batch as each
 * worker frees up, and hands each result to `write` here, so files are written by one thread.
 */
async function renderInWorkers(
  pages: readonly string[],
  count: number,
  workerData: { entryUrl: string; outDir: string; base: string; siteUrl: string; shared: readonly string[] },
  write: (page: string, result: RenderResult) => Promise<void>,
): Promise<void> {
  const batches: string[][] = [];
  for (let i = 0; i < pages.length; i += BATCH) batches.push(pages.slice(i, i + BATCH));
  let next = 0;
  let writing = Promise.resolve();
  let writeError: unknown;
  const url = new URL('./prerender-worker.mjs', import.meta.url);
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const send = () => {
        if (next >= batches.length) return resolve();
        const batch = next++;
        worker.postMessage({ batch, pages: batches[batch] });
      };
      worker.on('error', reject);
      worker.on('exit', (code) => (next < batches.length || code !== 0 ? reject(new Error(`A pre-rendering worker exited with code ${code}`)) : resolve()));
      worker.on('message', (message: { ready?: true; batch: number; results?: RenderResult[]; error?: string }) => {
        if (message.ready) return send();
        if (message.error) return reject(new Error(`Pre-rendering failed in a worker: ${message.error}`));
        const batchPages = batches[message.batch]!;
        const results = message.results!;
        writing = writing
          .then(async () => {
            for (let k = 0; k < batchPages.length; k++) await write(batchPages[k]!, results[k]!);
          })
          .catch((error: unknown) => {
            writeError ??= error;
          });
        send();
      });
    });
  const started = Array.from({ length: count }, () => new Worker(url, { workerData }));
  try {
    await Promise.all(started.map(run));
    await writing;
    if (writeError) throw writeError;
  } finally {
    await Promise.all(started.map((worker) => worker.terminate()));
  }
}

/** `/sessions/2024/x` → outDir/sessions/2024/x/index.html (decoded: the file system holds Unicode names). */
async function writePage(outDir: string, pathname: string, html: string): Promise<void> {
  const segments = pathname.split('/').filter(Boolean).map((s) => decodeURIComponent(s));
  if (segments.some((s) => s === '..' || s.includes(path.sep))) {
    throw new Error(`Refusing to write a page outside the build folder: ${pathname}`);
  }
  const dir = path.join(outDir, ...segments);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'index.html'), html);
}

function joinBase(base: string, pathname: string): string {
  return `${base.replace(/\/$/, '')}${pathname}`;
}

