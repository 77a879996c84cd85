/**
 * Pre-renders one route to HTML for the build (src/vite/prerender.ts). Runs in Node with no HTTP:
 * data comes through `loadJson`, bound to a fresh QueryClient per call.
 */
import { QueryClientProvider, dehydrate } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { createQueryClient } from './data/query-client.ts';
import { serializeErrors, stateScript } from './data/hydration-state.ts';
import { isNotFound } from './data/transport.ts';
import { headTags, escapeAttribute } from './head/head-tags.ts';
import { errorMeta, notFoundMeta, resolveMeta, type PageMeta } from './head/meta.ts';
import { messages } from './i18n/i18n.ts';
import { createRoutes } from './router.tsx';
import { absoluteUrl, toBasename } from './routes.ts';

export { staticPaths } from './static-paths.ts';
/** The build's feed links each review to its page. */
export { reviewHref } from './routes.ts';

export interface RenderOptions {
  /** Loads `data/index.json`, `data/sessions/<id>.json`… (unencoded); missing → throw `{status: 404}` or return undefined. */
  loadJson: (path: string) => Promise<unknown>;
  /** Vite base: `/` or `/talkshelf/`. */
  base: string;
  /** Absolute site URL for canonical and Open Graph links: `https://example.github.io/talkshelf/`. */
  siteUrl?: string;
}

export interface RenderResult {
  /** 200, 404 (unknown id), 500 (load failure) or 301/302 (alias → canonical, see `redirect`). */
  status: number;
  /** Markup for inside `<div id="root">`. */
  html: string;
  /** `<title>`, description, canonical, Open Graph and Twitter tags. */
  head: string;
  /** One `<script type="application/json" id="talkshelf-state">` for entry-client. */
  state: string;
  /** For redirects: the target href without the base. */
  redirect?: string;
}

const t = messages.ko;

export async function render(url: string, options: RenderOptions): Promise<RenderResult> {
  const { loadJson, base, siteUrl } = options;
  const queryClient = createQueryClient({ transport: (path) => loadJson(path), retry: 0 });
  const routes = createRoutes(queryClient);
  const basename = toBasename(base);
  const handler = createStaticHandler(routes, { basename });
  const origin = siteUrl ? new URL(siteUrl).origin : 'http://localhost';
  const context = await handler.query(new Request(new URL(absoluteUrl(url, basename), origin)));

  if (context instanceof Response) {
    const location = context.headers.get('Location') ?? '/';
    const target = location.startsWith(basename) && basename !== '/' ? location.slice(basename.length) : location;
    const canonical = absoluteUrl(target, base, siteUrl);
    return {
      status: context.status,
      html: '',
      head: `<title>${escapeAttribute(t.siteName)}</title>\n    <link rel="canonical" href="${escapeAttribute(canonical)}" />\n    <meta http-equiv="refresh" content="0; url=${escapeAttribute(canonical)}" />`,
      state: '',
      redirect: target,
    };
  }

  const router = createStaticRouter(handler.dataRoutes, context);
  const html = renderToString(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </QueryClientProvider>
    </StrictMode>,
  );

  const errors = Object.values(context.errors ?? {});
  const notFound = errors.some(isNotFound);
  const meta: PageMeta =
    (notFound ? notFoundMeta(t) : errors.length > 0 ? errorMeta(t) : resolveMeta(context.matches.map((m) => ({ params: m.params, handle: m.route.handle })), queryClient, t)) ??
    { title: t.siteName, description: t.siteDescription };
  const pathOnly = url.split(/[?#]/)[0] ?? '/';
  const head = headTags({
    meta,
    canonical: absoluteUrl(pathOnly, base, siteUrl),
    image: absoluteUrl('/og.png', base, siteUrl),
    type: /^\/(sessions|reviews)\//.test(pathOnly) ? 'article' : 'website',
  });
  const state = stateScript({
    url,
    queries: dehydrate(queryClient),
    router: {
      loaderData: context.loaderData,
      actionData: context.actionData,
      errors: serializeErrors(context.errors),
    },
  });
  queryClient.clear();
  return { status: notFound ? 404 : errors.length > 0 ? 500 : context.statusCode, html, head, state };
}

/** Head tags for 404.html, which boots the app client-side for whatever URL was asked. */
export function notFoundHead({ base }: { base: string }): string {
  const meta = notFoundMeta(t);
  return [
    `<title>${escapeAttribute(meta.title)}</title>`,
    `<meta name="description" content="${escapeAttribute(meta.description)}" />`,
    `<meta property="og:image" content="${escapeAttribute(absoluteUrl('/og.png', base))}" />`,
  ].join('\n    ');
}
