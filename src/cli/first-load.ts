/**
 * First-load JavaScript of a pre-rendered page: the scripts its HTML names, which is everything
 * the browser fetches before the page is interactive (the page module's chunks come from
 * src/vite/page-chunks.ts; a browser test checks that nothing else is fetched). Sizes are gzipped, each file on its own, as a static host sends them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { SCRIPTS_ELEMENT_ID } from '../vite/html.ts';

/**
 * The scripts a page loads on its own: module scripts and module preloads in its HTML, and the
 * list the pre-rendered pages start after their first paint (src/vite/html.ts), in order.
 */
export function firstLoadScripts(html: string): string[] {
  const urls: string[] = [];
  const add = (url: string | undefined) => {
    if (url && !urls.includes(url)) urls.push(url);
  };
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
    const isModuleScript = /^<script\b/.test(tag) && /\btype="module"/.test(tag);
    const isPreload = /^<link\b/.test(tag) && /\brel="modulepreload"/.test(tag);
    if (isModuleScript || isPreload) add(/\b(?:src|href)="([^"]+)"/.exec(tag)?.[1]);
  }
  const list = new RegExp(`<script type="application/json" id="${SCRIPTS_ELEMENT_ID}">([^<]*)</script>`).exec(html)?.[1];
  // Data files preloaded with the scripts (src/vite/html.ts) are not JavaScript.
  if (list) (JSON.parse(list) as string[]).filter((url) => !url.endsWith('.json')).forEach(add);
  return urls;
}

/** Gzip as static hosts and CDNs commonly do (zlib's default level), deterministic for a file. */
export function gzipBytes(bytes: Uint8Array): number {
  return gzipSync(bytes, { level: 6 }).length;
}

export interface FileSize {
  url: string;
  bytes: number;
  gzip: number;
}

/** The first-load files of `page` (a path like `/tags/kafka`) in the build at `dist`, built for `base`. */
export function measureFirstLoad(dist: string, base: string, page: string): FileSize[] {
  const html = readFileSync(path.join(dist, ...decodeURI(page).split('/').filter(Boolean), 'index.html'), 'utf8');
  return firstLoadScripts(html).map((url) => {
    if (!url.startsWith(base)) throw new Error(`${page}: script ${url} is outside the base path ${base}`);
    const bytes = readFileSync(path.join(dist, url.slice(base.length)));
    return { url, bytes: bytes.length, gzip: gzipBytes(bytes) };
  });
}
