/**
 * `npm run content [-- --json] [-- --strict] [-- --no-cache] [dir]`: check a content folder the
 * way the build will. `npm run content -- --explain FILE [dir]` shows, for one post, every
 * candidate talk with the cues the pipeline saw and what it decided, and what decided the edition. Human report by default; `--json` prints the whole Catalog on stdout. Exit
 * code 1 when there are errors, or warnings with `--strict`. Bad content never ends in a stack
 * trace. Reviews unchanged since the last run come from the review cache
 * (node_modules/.talkshelf/cache, see src/content/node/review-cache-file.ts); `--no-cache` reads all.
 */
import { readFile, stat } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { createReviewContext, readCuratedFiles } from '../content/catalog/catalog.ts';
import { explainPost, formatExplanation } from '../content/explain.ts';
import { countCatalog, formatDiagnostic, loadContent, openReviewCache, summarizeCatalog, buildCatalogOnNode } from '../content/node/index.ts';

interface Options {
  json: boolean;
  strict: boolean;
  cache: boolean;
  dir: string;
  /** A post to explain instead of checking the folder. */
  explain?: string;
}

const USAGE = 'usage: npm run content -- [--json] [--strict] [--no-cache] [dir]\n       npm run content -- --explain FILE [dir]';

function parseArgs(argv: string[]): Options | string {
  const options: Options = { json: false, strict: false, cache: true, dir: 'content' };
  let dirSet = false;
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k]!;
    if (arg === '--json') options.json = true;
    else if (arg === '--strict') options.strict = true;
    else if (arg === '--no-cache') options.cache = false;
    else if (arg === '--explain') {
      options.explain = argv[++k];
      if (!options.explain) return `--explain needs a post to explain. ${USAGE}`;
    } else if (arg === '--help' || arg === '-h') return USAGE;
    else if (arg.startsWith('-')) return `Unknown option ${arg}. ${USAGE}`;
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
    return options === USAGE ? 0 : 2;
  }
  const info = await stat(options.dir).catch(() => null);
  if (!info?.isDirectory()) {
    process.stderr.write(`Content folder ${options.dir} does not exist or is not a folder.\n`);
    return 2;
  }
  if (options.explain) return explain(options.explain, options.dir);
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

/** `--explain FILE`: read one post in the folder's context (its curated files) and say why. */
async function explain(file: string, dir: string): Promise<number> {
  const bytes = await readFile(file).catch(() => null);
  if (!bytes) {
    process.stderr.write(`Cannot read ${file}: no such file, or not readable.\n`);
    return 2;
  }
  const folder = await loadContent(dir);
  const { curated } = readCuratedFiles(folder.files);
  const inside = relative(dir, file).split(sep).join('/');
  const path = inside.startsWith('..') ? file.split(sep).join('/') : inside;
  const explained = explainPost(path, new Uint8Array(bytes), createReviewContext(curated, folder.files.map((f) => f.path)));
  if ('work' in explained) {
    process.stdout.write(`${formatExplanation(explained)}\n`);
    if (explained.work.diagnostics.length) process.stdout.write(`\nDiagnostics:\n${explained.work.diagnostics.map(formatDiagnostic).join('\n')}\n`);
    return 0;
  }
  process.stdout.write(`${explained.diagnostics.map(formatDiagnostic).join('\n')}\n`);
  return 1;
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
