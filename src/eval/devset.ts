/**
 * Read a gold-annotated set of posts the way the site would: the posts under `reviews/` beside
 * the site's own curated files (editions, companies, taxonomy), one catalog, then scored.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { buildCatalog, loadContent } from '../content/node/index.ts';
import type { Catalog } from '../content/schema.ts';
import { readFoundPosts, scorePost, totalScores, type GoldPost, type PostScore, type Totals } from './score.ts';

export interface DevsetResult {
  catalog: Catalog;
  scores: PostScore[];
  totals: Totals;
}

const CURATED = ['editions.yml', 'companies.yml', 'taxonomy.yml'];

export async function scoreDevset(goldPath: string, reviewsDir = join(dirname(goldPath), 'reviews'), curatedDir = 'content'): Promise<DevsetResult> {
  const gold = JSON.parse(await readFile(goldPath, 'utf8')) as GoldPost[];
  const posts = await loadContent(reviewsDir);
  const names = new Set(await readdir(curatedDir));
  const curated = await Promise.all(
    CURATED.filter((n) => names.has(n)).map(async (n) => ({ path: n, bytes: new Uint8Array(await readFile(join(curatedDir, n))) })),
  );
  const files = [...curated, ...posts.files.map((f) => ({ path: `reviews/${f.path}`, bytes: f.bytes }))];
  const catalog = buildCatalog({ files });
  const found = readFoundPosts(catalog);
  const scores = gold.map((g) => scorePost(g, found.get(basename(g.file)) ?? { file: g.file, series: null, year: null, sessions: [] }));
  return { catalog, scores, totals: totalScores(scores) };
}
