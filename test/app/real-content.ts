/** The real pipeline output for /work/main/content, built once per test file that asks for it. */
import path from 'node:path';
import { buildCatalog, emitStaticFiles, loadContent } from '../../src/content/node/index.ts';
import type { IndexFile } from '../../src/content/schema.ts';

export async function buildRealContent() {
  // vitest runs from the repository root; jsdom gives import.meta.url an http scheme.
  const contentDir = path.resolve(process.cwd(), 'content');
  const catalog = buildCatalog(await loadContent(contentDir));
  const files = emitStaticFiles(catalog) as Map<string, unknown>;
  return { catalog, files, index: files.get('data/index.json') as IndexFile };
}
