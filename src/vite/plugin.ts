/**
 * The thin Vite plugin: runs the content pipeline, serves its JSON in dev, and at build time
 * emits the JSON, pre-renders every route and writes the site files. All the parsing lives in
 * src/content; all the rendering lives in src/app.
 */
import { createHash } from 'node:crypto';
import { readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Environment, HtmlTagDescriptor, Plugin, ResolvedConfig, ViteBuilder } from 'vite';
import type { IndexFile } from '../content/schema.ts';
import { themeScript } from '../app/theme-script.ts';
import { ContentError, describeCache, describeDiagnostics, reviewCacheEnabled, runContentBuild, summarizeFiles } from './content-build.ts';
import { pageChunks, type ChunkInfo } from './page-chunks.ts';
import { checkNoPreloadDeps, PRELOAD_HELPER_ID, preloadHelperCode } from './preload-helper.ts';
import { setupDevServer } from './dev-server.ts';
import { prerender, type ServerEntry } from './prerender.ts';
import { annotateForTreeShaking, productionRouterAlias, productionRouterFiles } from './production-router.ts';
import { atomFeed, robotsTxt, sitemapXml, webManifest, type Site } from './site-files.ts';

export interface TalkshelfOptions {
  /** Folder of review files and curated data, relative to the Vite root. */
  contentDir?: string;
  /** Absolute origin the site is served from (canonical URLs, feed, sitemap). */
  siteUrl?: string;
  /**
   * The GitHub repository the site is built from, `owner/name` or `owner/name#branch` (default
   * TALKSHELF_REPOSITORY): the check page (/check) then links GitHub's "new file" page for a post.
   */
  repository?: string;
}

const SERVER_ENTRY = 'src/app/entry-server.tsx';
const DEV_CLIENT = '/src/vite/client/dev-diagnostics.ts';

export function talkshelf(options: TalkshelfOptions = {}): Plugin {
  let config: ResolvedConfig;
  let serverDir = '';
  const contentDir = () => path.resolve(config.root, options.contentDir ?? 'content');
  const ssrOutDir = () => path.resolve(config.root, serverDir);

  return {
    name: 'talkshelf',
    config(userConfig, { command }) {
      // One server bundle folder per client build folder: builds into different folders (the
      // benchmarks', the browser tests', `npm run build`) run at once in a shared working tree,
      // and each empties and deletes its server bundle.
      const root = userConfig.root ?? process.cwd();
      serverDir = serverBundleDir(path.resolve(root, userConfig.build?.outDir ?? 'dist'));
      // Two environments: the browser bundle and the server bundle used only to pre-render.
      // One resolved config for both: by default Vite bundles and loads vite.config.ts again
      // for each environment (about 0.1 s of a 2.3 s build here); each environment's own build
      // options (the server bundle's below) still apply, and the output is byte for byte the same.
      return {
        builder: { sharedConfigBuild: true },
        // No preload helper in the shell (first-load JavaScript, issue #6's budget): pre-rendered
        // pages preload their own chunks (page-chunks.ts, html.ts); on a client-side navigation a
        // page chunk's few shared imports follow it one round trip later. Vite's dynamic-import
        // helper is then a plain call (preload-helper.ts).
        build: { modulePreload: false },
        resolve: command === 'build' ? { alias: productionRouterAlias(root) } : {},
        environments: {
          ssr: {
            build: {
              outDir: serverDir,
              emptyOutDir: true,
              copyPublicDir: false,
              rollupOptions: { input: { 'entry-server': SERVER_ENTRY } },
            },
          },
        },
      };
    },
    configResolved(resolved) {
      config = resolved;
    },
    // Only builds read the production files (the alias above); the dev server keeps its own.
    transform: {
      filter: { id: productionRouterFiles },
      handler(code) {
        return { code: annotateForTreeShaking(code), map: null };
      },
    },
    // The browser bundle's dynamic imports need no preloading helper (preload-helper.ts).
    load: {
      order: 'pre',
      handler(id) {
        if (id === PRELOAD_HELPER_ID && withoutPreloads(this.environment)) return preloadHelperCode;
      },
    },
    // After Vite's own generateBundle, which writes each import's dependencies into its chunk.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        if (withoutPreloads(this.environment)) checkNoPreloadDeps(bundle);
      },
    },
    configureServer(server) {
      if (process.env.VITEST) return;
      setupDevServer(server, contentDir());
    },
    transformIndexHtml: {
      order: 'pre',
      handler(_html, ctx) {
        // Inline and first in <head>: a stored dark theme applies before the first paint.
        const tags: HtmlTagDescriptor[] = [{ tag: 'script', children: themeScript, injectTo: 'head-prepend' }];
        // The build writes these two files itself (they are not in public/), so Vite cannot
        // add the base path to them: we do.
        if (!ctx.server) {
          tags.push(
            { tag: 'link', attrs: { rel: 'manifest', href: `${config.base}manifest.webmanifest` }, injectTo: 'head' },
            { tag: 'link', attrs: { rel: 'alternate', type: 'application/atom+xml', title: 'talkshelf', href: `${config.base}feed.xml` }, injectTo: 'head' },
          );
        }
        if (ctx.server) tags.push({ tag: 'script', attrs: { type: 'module', src: DEV_CLIENT }, injectTo: 'body' });
        return tags;
      },
    },
    buildApp: {
      order: 'pre',
      async handler(builder) {
        try {
          await buildSite(builder, config, contentDir(), ssrOutDir(), options.siteUrl, options.repository);
        } finally {
          // The server bundle only serves pre-rendering: gone after every build, failed ones too.
          await rm(ssrOutDir(), { recursive: true, force: true });
        }
      },
    },
  };
}

/**
 * Where the server bundle of a build into `clientOutDir` goes, relative to the project root:
 * one folder per client build folder, so builds into different folders at once do not share it.
 */
export function serverBundleDir(clientOutDir: string): string {
  return `node_modules/.talkshelf/server-${createHash('sha1').update(clientOutDir).digest('hex').slice(0, 10)}`;
}

/** The browser bundle, built without module preloads (as `config` sets unless overridden). */
function withoutPreloads(environment: Environment): boolean {
  return environment.config.consumer === 'client' && environment.config.build.modulePreload === false;
}

async function buildSite(
  builder: ViteBuilder,
  config: ResolvedConfig,
  contentDir: string,
  ssrOutDir: string,
  siteUrlOption: string | undefined,
  repository: string | undefined,
): Promise<void> {
  const { logger, root, base } = config;
  const timings = new Timings();
  const client = builder.environments.client;
  const server = builder.environments.ssr;
  if (!client || !server) throw new Error('talkshelf: the client and ssr build environments are missing.');
  // The server bundle and the content first, then the pages are rendered while the client
  // bundle finishes; each page is written once the client's template and chunks are known.
  // Never the content beside the client bundle: Rolldown bundles on its own threads but calls
  // the JavaScript plugins' hooks (React, CSS, HTML) on this one, and the pipeline's work is
  // synchronous, so running both at once stalled the client bundle for as long as the content
  // took (0.5 s alone, 2 s beside it). Rendering pages yields between pages, so the hooks
  // interleave with it.
  const clientBuild = timings.measure('client bundle', () => builder.build(client));
  clientBuild.catch(() => {}); // Awaited below; a content error must not leave it unhandled.
  await timings.measure('server bundle', () => builder.build(server));
  const content = await timings.measure('content', () => runContentBuild(contentDir, {
      cache: reviewCacheEnabled(),
      contentPath: path.relative(root, contentDir).split(path.sep).join('/'),
      ...(repository ? { repository } : {}),
    }));
  if (content.warnings.length > 0) {
    logger.warn(`[talkshelf] ${content.warnings.length} warning(s):\n${describeDiagnostics(content.warnings, contentDir, root)}`);
  }
  if (content.errors.length > 0) {
    // Fail once, listing every error, so an author fixes them all in one pass.
    throw new ContentError(
      `talkshelf: ${content.errors.length} content error(s) stop the build:\n${describeDiagnostics(content.errors, contentDir, root)}`,
    );
  }
  logger.info(`[talkshelf] ${summarizeFiles(content.catalog)}${describeCache(content.cache)}`);

  const outDir = path.resolve(root, client.config.build.outDir);
  // After the client bundle, which empties the build folder: the data files, then what pages need.
  const clientReady = clientBuild.then(async (output) => {
    await writeDataFiles(outDir, content.files);
    return {
      template: await readFile(path.join(outDir, 'index.html'), 'utf8'),
      preloadsFor: pageChunks(outputChunks(output, root)).preloadsFor,
    };
  });
  const indexJson = content.files.get('data/index.json');
  if (indexJson === undefined) throw new Error('talkshelf: the content pipeline emitted no data/index.json.');
  const index = JSON.parse(indexJson) as IndexFile;
  const entryUrl = pathToFileURL(path.join(ssrOutDir, 'entry-server.js')).href;
  const entry = (await import(entryUrl)) as ServerEntry;
  const siteUrl = new URL(base, siteUrlOption ?? process.env.SITE_URL ?? 'http://localhost:4173/').href;
  const result = await timings.measure('pre-render', () =>
    prerender({ entry, entryUrl, client: clientReady, outDir, files: content.files, index, base, siteUrl }),
  );

  const site: Site = {
    url: siteUrl,
    base,
    name: 'talkshelf',
    description: 'if(kakao) 참관 후기로 둘러보는 발표 모음',
  };
  await writeFile(path.join(outDir, 'sitemap.xml'), sitemapXml(site, result.pages));
  await writeFile(path.join(outDir, 'robots.txt'), robotsTxt(site));
  await writeFile(path.join(outDir, 'feed.xml'), atomFeed(site, index.reviews, entry.reviewHref));
  await writeFile(path.join(outDir, 'manifest.webmanifest'), webManifest(site));

  const indexBytes = Buffer.byteLength(indexJson);
  logger.info(
    `[talkshelf] pre-rendered ${result.pages.length} pages and ${result.redirects} redirects; ` +
      `index.json ${indexBytes} B (${Math.round(indexBytes / Math.max(1, index.sessions.length))} B per session); ` +
      `${timings.format()}`,
  );
}

/**
 * The client build's chunks, with their source modules named from the project root
 * (`/src/app/features/tags/tags-page.tsx`) as the app's route table names them.
 */
function outputChunks(output: Awaited<ReturnType<ViteBuilder['build']>>, root: string): ChunkInfo[] {
  const outputs = Array.isArray(output) ? output : 'output' in output ? [output] : [];
  return outputs.flatMap(({ output: files }) =>
    files.flatMap((file) =>
      file.type === 'chunk'
        ? [{
            fileName: file.fileName,
            isEntry: file.isEntry,
            facadeModuleId: file.facadeModuleId && `/${path.relative(root, file.facadeModuleId).split(path.sep).join('/')}`,
            imports: file.imports,
          }]
        : [],
    ),
  );
}

/** Files written at once: one after another, 3,234 data files of 2,000 reviews took 4 s. */
const WRITES_AT_ONCE = 32;

async function writeDataFiles(outDir: string, files: ReadonlyMap<string, string>): Promise<void> {
  const dirs = new Set([...files.keys()].map((file) => path.dirname(path.join(outDir, file))));
  await Promise.all([...dirs].map((dir) => mkdir(dir, { recursive: true })));
  const queue = [...files];
  const writeNext = async () => {
    for (let next = queue.pop(); next; next = queue.pop()) await writeFile(path.join(outDir, next[0]), next[1]);
  };
  await Promise.all(Array.from({ length: WRITES_AT_ONCE }, writeNext));
}

/** Wall time of each build phase, reported so a slow build says where the time went. */
class Timings {
  private readonly started = performance.now();
  private readonly phases: [string, number][] = [];

  async measure<T>(name: string, run: () => Promise<T>): Promise<T> {
    const start = performance.now();
    try {
      return await run();
    } finally {
      this.phases.push([name, performance.now() - start]);
    }
  }

  format(): string {
    const parts = this.phases.map(([name, ms]) => `${name} ${Math.round(ms)} ms`);
    return `${Math.round(performance.now() - this.started)} ms (${parts.join(', ')})`;
  }
}
