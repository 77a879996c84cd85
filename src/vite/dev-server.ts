/**
 * Dev server side of the plugin: serves the catalog's JSON from memory, rebuilds it when a file
 * in content/ changes, and tells the open page (which refetches its data and shows the
 * diagnostics) without a restart.
 */
import path from 'node:path';
import type { ViteDevServer } from 'vite';
import { describeDiagnostics, reviewCacheEnabled, runContentBuild, summarizeFiles, type ContentBuild } from './content-build.ts';

export const CONTENT_EVENT = 'talkshelf:content';

export interface ContentEventPayload {
  /** Increases with every rebuild, so a page can tell new content from a repeat. */
  version: number;
  diagnostics: { text: string; severity: 'error' | 'warning' }[];
  summary: string;
}

export function setupDevServer(server: ViteDevServer, contentDir: string): void {
  const { logger, root, base } = server.config;
  let version = 0;
  let current: Promise<ContentBuild> = rebuild();

  async function rebuild(): Promise<ContentBuild> {
    const build = await runContentBuild(contentDir, { cache: reviewCacheEnabled() });
    version += 1;
    const problems = [...build.errors, ...build.warnings];
    logger.info(`[talkshelf] ${summarizeFiles(build.catalog)}`, { timestamp: true });
    if (problems.length > 0) {
      const log = build.errors.length > 0 ? logger.error : logger.warn;
      log(`[talkshelf] ${problems.length} content problem(s):\n${describeDiagnostics(problems, contentDir, root)}`);
    }
    return build;
  }

  function payload(build: ContentBuild): ContentEventPayload {
    const prefix = path.relative(root, contentDir);
    return {
      version,
      summary: summarizeFiles(build.catalog),
      diagnostics: [...build.errors, ...build.warnings].map((d) => ({
        severity: d.severity,
        text: describeDiagnostics([d], contentDir, root).trim() || `${prefix}/${d.file}`,
      })),
    };
  }

  // Several editors write a file in two steps; coalesce the events into one rebuild.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onChange = (file: string) => {
    if (!isInside(contentDir, file)) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      current = rebuild();
      current.then(
        (build) => server.ws.send({ type: 'custom', event: CONTENT_EVENT, data: payload(build) }),
        (error: unknown) => logger.error(`[talkshelf] content rebuild failed: ${String(error)}`),
      );
    }, 50);
  };
  server.watcher.add(contentDir);
  server.watcher.on('add', onChange).on('change', onChange).on('unlink', onChange);

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
