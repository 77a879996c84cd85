/**
 * `data/check.json` for the check page: the curated files exactly as the build read them, so a
 * post checked in the browser is read against the same editions, companies, tags and merges.
 * Pure: the Vite plugin (src/vite/content-build.ts) writes it with the other data files.
 */
import { isReviewFile, type ContentInput } from '../catalog/catalog.ts';
import { identifyCuratedFile } from '../catalog/curated.ts';
import type { CheckDataFile } from '../schema.ts';

export { CHECK_DATA_PATH } from './check-data-path.ts';

export interface CheckSite {
  /** The content folder relative to the repository root, forward slashes: `content`. */
  contentPath: string;
  /** `owner/name` or `owner/name#branch` (branch `main` when not given), if the site has one. */
  repository?: string | undefined;
}

/** `owner/name` or `owner/name#branch`; anything else names no repository. */
export function parseRepository(value: string | undefined): CheckDataFile['repository'] {
  const m = /^([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)(?:#([^\s#]+))?$/.exec(value?.trim() ?? '');
  return m ? { owner: m[1]!, name: m[2]!.replace(/\.git$/, ''), branch: m[3] ?? 'main' } : null;
}

/** The folder most posts are in (`reviews`), where a new one goes; `reviews` for an empty site. */
function findReviewsFolder(paths: string[]): string {
  const counts = new Map<string, number>();
  for (const p of paths) {
    const folder = p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '';
    counts.set(folder, (counts.get(folder) ?? 0) + 1);
  }
  let best: [string, number] | undefined;
  for (const entry of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (!best || entry[1] > best[1]) best = entry;
  return best ? best[0] : 'reviews';
}

export function emitCheckData(input: ContentInput, site: CheckSite): CheckDataFile {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const curated = input.files.filter((f) => identifyCuratedFile(f.path)).map((f) => ({ path: f.path, text: decoder.decode(f.bytes) }));
  const reviews = input.files.filter((f) => isReviewFile(f.path)).map((f) => f.path);
  const otherPaths = input.files.filter((f) => !isReviewFile(f.path) && !identifyCuratedFile(f.path)).map((f) => f.path);
  return { curated, otherPaths, contentPath: site.contentPath, reviewsFolder: findReviewsFolder(reviews), repository: parseRepository(site.repository) };
}
