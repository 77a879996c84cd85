/**
 * Writes one HTML file per route the catalog defines, as `<route>/index.html`, so any static
 * server resolves a deep link without rewrite rules, and the content is readable before (or
 * without) JavaScript.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { IndexFile } from '../content/schema.ts';
import { assertTemplate, fillTemplate, redirectPage } from './html.ts';

/** What the server bundle (src/app/entry-server.tsx) exports. */
export interface ServerEntry {
  render(
    url: string,
    options: { loadJson: (path: string) => Promise<unknown>; base: string; siteUrl?: string },
  ): Promise<{ status: number; html: string; head: string; state: string; module?: string }>;
  staticPaths(index: IndexFile): { pages: string[]; redirects: { from: string; to: string; title: string }[] };
  notFoundHead(options: { base: string }): string;
  reviewHref(reviewId: string): string;
}

export interface PrerenderOptions {
  entry: ServerEntry;
  template: string;
  outDir: string;
  /** The emitted data files: `data/index.json` → JSON text. */
  files: Map<string, string>;
  base: string;
  siteUrl: string;
  /**
   * The page module's chunks to preload (files relative to the build folder), by the module's
   * path from the project root as the server entry names it (`/src/app/features/…-page.tsx`).
   */
  preloadsFor?: (module: string) => string[];
}

export interface PrerenderResult {
  pages: string[];
  redirects: number;
}

export async function prerender(options: PrerenderOptions): Promise<PrerenderResult> {
  const { entry, template, outDir, files, base, siteUrl, preloadsFor = () => [] } = options;
  assertTemplate(template);
  const index = JSON.parse(files.get('data/index.json') ?? 'null') as IndexFile | null;
  if (!index) throw new Error('The content pipeline emitted no data/index.json.');
  const loadJson = async (file: string) => {
    const text = files.get(file.replace(/^\//, ''));
    if (text === undefined) throw Object.assign(new Error(`No data file ${file}`), { status: 404 });
    return JSON.parse(text) as unknown;
  };

  const { pages, redirects } = entry.staticPaths(index);
  const failures: string[] = [];
  for (const page of pages) {
    const result = await entry.render(page, { loadJson, base, siteUrl });
    if (result.status !== 200) {
      failures.push(`${page} rendered with status ${result.status}`);
      continue;
    }
    const preloads = result.module ? preloadsFor(result.module).map((file) => joinBase(base, `/${file}`)) : [];
    await writePage(outDir, page, fillTemplate(template, { ...result, preloads }));
  }
  if (failures.length > 0) {
    throw new Error(`Pre-rendering failed for ${failures.length} route(s):\n  ${failures.join('\n  ')}`);
  }
  for (const redirect of redirects) {
    await writePage(outDir, redirect.from, redirectPage(joinBase(base, redirect.to), redirect.title));
  }
  // Static hosts answer unknown paths with 404.html: it boots the app, which shows the
  // not-found page with suggestions for whatever URL the visitor asked for.
  const notFound = fillTemplate(template, {
    head: `${entry.notFoundHead({ base })}\n    <meta name="robots" content="noindex" />`,
    html: '',
    state: '',
  });
  await writeFile(path.join(outDir, '404.html'), notFound);
  return { pages, redirects: redirects.length };
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

