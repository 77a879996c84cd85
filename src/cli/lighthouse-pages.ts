/**
 * Which pages `npm run lighthouse` audits: the timeline, and one session, tag and review page.
 * Of each kind it takes the page whose pre-rendered HTML is largest: pages of a kind share their
 * code, so the one with the most content is the one most likely to miss a budget, and the
 * choice follows the content instead of naming a slug that a content edit could remove.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export interface AuditedPage {
  /** Short name for the table and the report files: `timeline`, `session`, … */
  name: string;
  /** Path from the site's base, percent-encoded the way the app's links are, e.g. `tags/kafka`. */
  path: string;
}

/** Folders holding one pre-rendered page per sub-folder, and how deep those pages sit. */
const KINDS = [
  { name: 'session', folder: 'sessions', depth: 2 }, // sessions/<edition>/<slug>/index.html
  { name: 'tag', folder: 'tags', depth: 1 },
  { name: 'review', folder: 'reviews', depth: 1 },
] as const;

export function chooseDefaultPages(distDir: string): AuditedPage[] {
  const pages: AuditedPage[] = [{ name: 'timeline', path: '' }];
  for (const kind of KINDS) {
    const largest = findLargestPage(path.join(distDir, kind.folder), kind.depth);
    if (!largest) {
      throw new Error(`No pre-rendered ${kind.name} page under ${path.join(distDir, kind.folder)}: did the build pre-render its routes?`);
    }
    pages.push({ name: kind.name, path: encodePath([kind.folder, ...largest]) });
  }
  return pages;
}

/** `--pages /,/tags/kafka`: pages named by their path from the base. */
export function parsePageList(list: string): AuditedPage[] {
  return list
    .split(',')
    .map((entry) => entry.trim().replace(/^\/+/, ''))
    .map((entry) => ({ name: entry === '' ? 'timeline' : decodeURI(entry), path: encodePath(decodeURI(entry).split('/').filter(Boolean)) }));
}

/**
 * The app links to pages without a trailing slash (`/tags/kafka`), so that is what a visitor
 * opens from a shared link; each segment is encoded as the browser would (Hangul slugs).
 */
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
