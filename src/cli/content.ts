/**
 * `npm run content [-- --json] [-- --strict] [-- --no-cache] [dir]`: check a content folder the
 * way the build will. Human report by default; `--json` prints the whole Catalog on stdout. Exit
 * code 1 when there are errors, or warnings with `--strict`. Bad content never ends in a stack
 * trace. Reviews unchanged since the last run come from the review cache
 * (node_modules/.talkshelf/cache, see src/content/node/review-cache-file.ts); `--no-cache` reads all.
 */
import { stat } from 'node:fs/promises';
import { buildCatalog, countCatalog, loadContent, openReviewCache, summarizeCatalog, buildCatalogOnNode } from '../content/node/index.ts';

interface Options {
  json: boolean;
  strict: boolean;
  cache: boolean;
  dir: string;
}

function parseArgs(argv: string[]): Options | string {
  const options: Options = { json: false, strict: false, cache: true, dir: 'content' };
  let dirSet = false;
  for (const arg of argv) {
    if (arg === '--json') options.json = true;
    else if (arg === '--strict') options.strict = true;
    else if (arg === '--no-cache') options.cache = false;
    else if (arg === '--help' || arg === '-h') return 'usage: npm run content -- [--json] [--strict] [--no-cache] [dir]';
    else if (arg.startsWith('-')) return `Unknown option ${arg}. usage: npm run content -- [--json] [--strict] [--no-cache] [dir]`;
    else if (!dirSet) {
      options.dir = arg;
      dirSet = true;
    } else return `Only one folder can be checked at a time (got ${options.dir} and ${arg}).`;
  }
  return options;
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  if (typeof options === 'string') {
    process.stderr.write(`${options}\n`);
    return options.startsWith('usage') ? 0 : 2;
  }
  const info = await stat(options.dir).catch(() => null);
  if (!info?.isDirectory()) {
    process.stderr.write(`Content folder ${options.dir} does not exist or is not a folder.\n`);
    return 2;
  }
  const cache = options.cache ? openReviewCache(options.dir) : undefined;
  const catalog = buildCatalogOnNode(await loadContent(options.dir), { cache });
  // A cache that cannot be written (read-only node_modules) only costs the next run its speed.
  try {
    cache?.save();
  } catch {}
  if (options.json) process.stdout.write(`${JSON.stringify(catalog, null, 2)}\n`);
  else process.stdout.write(`${summarizeCatalog(catalog)}\n`);
  const counts = countCatalog(catalog);
  if (counts.errors > 0) return 1;
  if (options.strict && counts.warningDiagnostics > 0) return 1;
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Only a bug in the pipeline gets here; content problems are diagnostics.
    process.stderr.write(`talkshelf content: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 3;
  },
);
