/**
 * Dev server side of the plugin: serves the catalog's JSON from memory, rebuilds it when a file
 * in content/ changes, and tells the open page (which refetches its data and shows the
 * diagnostics) without a restart.
 */
import path from 'node:path';
import type { ViteDevServer } from 'vite';
import { describeCache, describeDiagnostics, reviewCacheEnabled, summarizeFiles } from './content-build.ts';
import type { Diagnostic } from '../content/schema.ts';
import { DevContent, type ContentChange, type DevContentBuild } from './dev-content.ts';

export const CONTENT_EVENT = 'talkshelf:content';

export interface ContentEventPayload {
  /** Increases with every rebuild, so a page can tell new content from a repeat. */
  version: number;
  diagnostics: { text: string; severity: 'error' | 'warning' }[];
  summary: string;
}

export function setupDevServer(server: ViteDevServer, contentDir: string): void {
  const { logger, root, base } = server.config;
  const content = new DevContent(contentDir, {
    cache: reviewCacheEnabled(),
    contentPath: path.relative(root, contentDir).split(path.sep).join('/'),
    repository: process.env.TALKSHELF_REPOSITORY,
  });
  let version = 0;
  let current: Promise<DevContentBuild> = rebuild('everything');
  current.then(reportProblems, () => {});

  async function rebuild(change: ContentChange): Promise<DevContentBuild> {
    const started = performance.now();
    const build = await content.rebuild(change);
    version += 1;
    const read = change === 'everything' ? '' : `; ${build.filesRead} file(s) read again`;
    logger.info(`[talkshelf] ${summarizeFiles(build.catalog)}${describeCache(build.cache)}${read}; ${Math.round(performance.now() - started)} ms`, { timestamp: true });
    return build;
  }

  // Each diagnostic's text, once: a review's diagnostics are the same objects from build to
  // build while the review is unchanged (the review cache keeps its result).
  const texts = new WeakMap<Diagnostic, string>();
  function textOf(d: Diagnostic): string {
    let text = texts.get(d);
    if (text === undefined) texts.set(d, (text = describeDiagnostics([d], contentDir, root).trim() || `${path.relative(root, contentDir)}/${d.file}`));
    return text;
  }

  // The terminal lists a problem when it first appears; a save with 2,000 reviews would
  // otherwise print every warning of the folder again (600 KB with the generated corpus).
  let listed = new Set<string>();
  function reportProblems(build: DevContentBuild): void {
    const problems = [...build.errors, ...build.warnings];
    const now = new Set(problems.map(textOf));
    const fresh = problems.filter((d) => !listed.has(textOf(d)));
    const fixed = [...listed].filter((text) => !now.has(text)).length;
    listed = now;
    if (problems.length > 0 || fixed > 0) {
      const counts = version === 1 ? '' : ` (${fresh.length} new${fixed ? `, ${fixed} fixed` : ''})`;
      const log = build.errors.length > 0 ? logger.error : problems.length > 0 ? logger.warn : logger.info;
      log(`[talkshelf] ${problems.length} content problem(s)${counts}${fresh.length ? `:\n${fresh.map((d) => `  ${textOf(d)}`).join('\n')}` : ''}`);
    }
    for (const file of build.kept) logger.warn(`[talkshelf] ${keptNote(file)}`);
  }

  function keptNote(file: string): string {
    const prefix = path.relative(root, contentDir).split(path.sep).join('/');
    return `${prefix ? `${prefix}/` : ''}${file}: the site shows its last version read without errors until they are fixed`;
  }

  /** The page's list: what this build brought first (the panel shows the first ones), errors before warnings. */
  function payload(build: DevContentBuild): ContentEventPayload {
    const problems = [...build.errors, ...build.warnings].map((d) => ({ severity: d.severity, text: textOf(d) }));
    const kept = build.kept.map((file) => ({ severity: 'warning' as const, text: keptNote(file) }));
    const isNew = (p: { text: string }) => version > 1 && !listed.has(p.text);
    return {
      version,
      summary: summarizeFiles(build.catalog),
      diagnostics: [...problems.filter(isNew), ...kept, ...problems.filter((p) => !isNew(p))],
    };
  }

  // Several editors write a file in two steps; coalesce the events into one rebuild. A changed
  // file is read again alone; a file added or deleted reads the folder again.
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: Set<string> | 'everything' = new Set();
  const onEvent = (kind: 'change' | 'add' | 'unlink') => (file: string) => {
    if (!isInside(contentDir, file)) return;
    if (kind !== 'change') pending = 'everything';
    else if (pending !== 'everything') pending.add(path.relative(contentDir, file).split(path.sep).join('/'));
    clearTimeout(timer);
    timer = setTimeout(() => {
      const change: ContentChange = pending === 'everything' ? 'everything' : { files: pending };
      pending = new Set();
      // After the build before it: a rebuild reads the previous one's files.
      current = current.catch(() => undefined).then(() => rebuild(change));
      current.then(
        (build) => {
          // The page first: the terminal's list can wait for the event to be on its way.
          server.ws.send({ type: 'custom', event: CONTENT_EVENT, data: payload(build) });
          reportProblems(build);
          content.saveCacheSoon();
        },
        (error: unknown) => logger.error(`[talkshelf] content rebuild failed: ${String(error)}`),
      );
    }, 50);
  };
  server.watcher.add(contentDir);
  server.watcher.on('add', onEvent('add')).on('change', onEvent('change')).on('unlink', onEvent('unlink'));
  server.watcher.on('addDir', onEvent('add')).on('unlinkDir', onEvent('unlink'));
  server.httpServer?.on('close', () => content.saveCache());
  current.then(() => content.saveCache(), () => {});

  // A page that connects later still gets the current diagnostics.
  server.ws.on('connection', () => {
    current.then((build) => server.ws.send({ type: 'custom', event: CONTENT_EVENT, data: payload(build) }), () => {});
  });

  // Registered before Vite's own middlewares, so the SPA fallback never answers a data URL.
  const dataPrefix = `${base}data/`;
  server.middlewares.use((req, res, next) => {
      const url = req.url?.split('?')[0] ?? '';
      if (!url.startsWith(dataPrefix)) return next();
      let key: string;
      try {
        key = `data/${decodeURIComponent(url.slice(dataPrefix.length))}`;
      } catch {
        res.statusCode = 400;
        return res.end('Malformed URL');
      }
      current.then(
        (build) => {
          const body = build.files.get(key);
          res.statusCode = body === undefined ? 404 : 200;
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.setHeader('Cache-Control', 'no-store');
          res.end(body ?? JSON.stringify({ error: `No data file ${key}` }));
        },
        (error: unknown) => next(error),
      );
  });
}

function isInside(dir: string, file: string): boolean {
  const relative = path.relative(dir, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
