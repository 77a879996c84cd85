/**
 * Which pages `npm run lighthouse` audits: the timeline, and one session, tag and review page.
 * Of each kind it takes the page whose pre-rendered HTML is largest: pages of a kind share their
 * code, so the one with the most content is the one most likely to miss a budget, and the
 * choice follows the content instead of naming a slug that a content edit could remove.
 *
 * Each page is opened at the URL it declares canonical, the one search results, the sitemap and
 * shared links use, so a redirect on the way there (a static host adding a folder's trailing
 * slash) is measured as the visitor pays for it.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export interface AuditedPage {
  /** Short name for the table and the report files: `timeline`, `session`, … */
  name: string;
  /** Path from the site's base, percent-encoded, e.g. `tags/kafka`. */
  path: string;
}

/** Folders holding one pre-rendered page per sub-folder, and how deep those pages sit. */
const KINDS = [
  { name: 'session', folder: 'sessions', depth: 2 }, // sessions/<edition>/<slug>/index.html
  { name: 'tag', folder: 'tags', depth: 1 },
  { name: 'review', folder: 'reviews', depth: 1 },
] as const;

export function chooseDefaultPages(distDir: string, base = '/'): AuditedPage[] {
  const pages: AuditedPage[] = [{ name: 'timeline', path: readCanonicalPath(path.join(distDir, 'index.html'), base) ?? '' }];
  for (const kind of KINDS) {
    const largest = findLargestPage(path.join(distDir, kind.folder), kind.depth);
    if (!largest) {
      throw new Error(`No pre-rendered ${kind.name} page under ${path.join(distDir, kind.folder)}: did the build pre-render its routes?`);
    }
    const file = path.join(distDir, kind.folder, ...largest, 'index.html');
    pages.push({ name: kind.name, path: readCanonicalPath(file, base) ?? encodePath([kind.folder, ...largest]) });
  }
  return pages;
}

/** The path from `base` of the page's `<link rel="canonical">`, or undefined when it has none. */
export function readCanonicalPath(htmlFile: string, base: string): string | undefined {
  const html = readFileSync(htmlFile, 'utf8');
  const href = /<link\s+rel="canonical"\s+href="([^"]+)"/.exec(html)?.[1];
  if (!href) return undefined;
  const pathname = new URL(href.replaceAll('&amp;', '&'), 'http://site.invalid').pathname;
  return pathname.startsWith(base) ? pathname.slice(base.length) : undefined;
}

/** `--pages /,/tags/kafka`: pages named by their path from the base. */
export function parsePageList(list: string): AuditedPage[] {
  return list
    .split(',')
    .map((entry) => entry.trim().replace(/^\/+/, ''))
    .map((entry) => {
      const segments = decodeURI(entry).split('/');
      // Kept as given: `/tags/kafka/` measures the page without the static host's redirect.
      return { name: entry === '' ? 'timeline' : decodeURI(entry), path: encodePath(segments) };
    });
}

/** Each segment encoded as the browser would (Hangul slugs). */
function encodePath(segments: readonly string[]): string {
  return segments.map(encodeURIComponent).join('/');
}

/** Segments below `dir` of the largest `index.html` exactly `depth` folders down. */
function findLargestPage(dir: string, depth: number): string[] | undefined {
  let best: { segments: string[]; size: number } | undefined;
  const walk = (current: string, segments: string[]): void => {
    if (segments.length === depth) {
      const size = statSync(path.join(current, 'index.html'), { throwIfNoEntry: false })?.size;
      if (size !== undefined && (!best || size > best.size)) best = { segments, size };
      return;
    }
    const entries = readdirSync(current, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.isDirectory()) walk(path.join(current, entry.name), [...segments, entry.name]);
    }
  };
  if (statSync(dir, { throwIfNoEntry: false })?.isDirectory()) walk(dir, []);
  return best?.segments;
}
