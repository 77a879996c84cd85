/**
 * The only file of the pipeline that touches the file system: read a content folder into the
 * `ContentInput` that `buildCatalog` takes, so everything else runs in tests without fs.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { ContentInput } from './catalog.ts';

/** Read every file under `dir` recursively, skipping dotfiles and node_modules. */
export async function loadContent(dir: string): Promise<ContentInput> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const paths: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    const rel = relative(dir, full).split(sep).join('/');
    if (rel.split('/').some((part) => part.startsWith('.') || part === 'node_modules')) continue;
    paths.push(rel);
  }
  paths.sort();
  const files = await Promise.all(paths.map(async (path) => ({ path, bytes: new Uint8Array(await readFile(join(dir, path))) })));
  return { files };
}
