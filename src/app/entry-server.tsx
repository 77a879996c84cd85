/**
 * Pre-renders one route to HTML for the build (src/vite/prerender.ts). Runs in Node with no HTTP:
 * data comes through `loadJson`, bound to a fresh QueryClient per call.
 */
import { QueryClientProvider, dehydrate } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { createQueryClient } from './data/query-client.ts';
import { inlineInPage } from './data/queries.ts';
import { stateScript } from './data/hydration-state.ts';
import { dataUrl, isNotFound } from './data/transport.ts';
import { headTags, escapeAttribute } from './head/head-tags.ts';
import { errorMeta, notFoundMeta, resolveMeta, type PageMeta } from './head/meta.ts';
import { defaultMessages } from './i18n/i18n.ts';
import { isRedirect } from './navigation/app-route.ts';
import { routeLoadQuery } from './navigation/route-page.tsx';
import { AppRoutes, matchAppRoute } from './router.tsx';
import { absoluteUrl, toBasename, withTrailingSlash } from './routes.ts';

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
  /** 200, 404 (unknown id), 500 (load failure) or 301 (alias → canonical, see `redirect`). */
  status: number;
  /** Markup for inside `<div id="root">`. */
  html: string;
  /** `<title>`, description, canonical, Open Graph and Twitter tags. */
  head: string;
  /** One `<script type="application/json" id="talkshelf-state">` for entry-client. */
  state: string;
  /** For redirects: the target href without the base. */
  redirect?: string;
  /** The page's source module from the project root, whose chunks the page should preload. */
  module?: string;
  /** URLs (with the base) of data files left out of `state`, which the client fetches before hydrating. */
  data?: string[];
}

const t = defaultMessages;

export async function render(url: string, options: RenderOptions): Promise<RenderResult> {
  const { loadJson, base, siteUrl } = options;
  const queryClient = createQueryClient({ transport: (path) => loadJson(path), retry: 0 });
  const basename = toBasename(base);
  const pathOnly = url.split(/[?#]/)[0] ?? '/';
  const { route, params } = matchAppRoute(pathOnly);

  // Load before rendering, as the browser does before hydrating: the render never suspends, and
  // a not-found or failed load renders its page straight from the cached error.
  let failure: unknown;
  try {
    await queryClient.fetchQuery(routeLoadQuery(route, params, queryClient));
  } catch (error) {
    failure = error;
  }

  if (isRedirect(failure)) {
    const canonical = absoluteUrl(withTrailingSlash(failure.to), base, siteUrl);
    return {
      status: 301,
      html: '',
      head: `<title>${escapeAttribute(t.siteName)}</title>\n    <link rel="canonical" href="${escapeAttribute(canonical)}" />\n    <meta http-equiv="refresh" content="0; url=${escapeAttribute(canonical)}" />`,
      state: '',
      redirect: failure.to,
    };
  }

  const html = renderToString(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <StaticRouter basename={basename} location={absoluteUrl(url, basename)}>
          <AppRoutes />
        </StaticRouter>
      </QueryClientProvider>
    </StrictMode>,
  );

  const notFound = isNotFound(failure);
  const meta: PageMeta =
    (notFound ? notFoundMeta(t) : failure ? errorMeta(t) : resolveMeta(route, params, queryClient, t)) ??
    { title: t.siteName, description: t.siteDescription };
  const head = headTags({
    meta,
    canonical: absoluteUrl(withTrailingSlash(pathOnly), base, siteUrl),
    image: absoluteUrl('/og.png', base, siteUrl),
    type: /^\/(sessions|reviews)\//.test(pathOnly) ? 'article' : 'website',
  });
  const { shouldDehydrateQuery, fetchedBeforeHydration } = inlineInPage(queryClient, { pageReadsIndex: failure !== undefined || !route.ownDataOnly });
  const state = stateScript({ url, queries: dehydrate(queryClient, { shouldDehydrateQuery }) });
  queryClient.clear();
  return {
    status: notFound ? 404 : failure ? 500 : 200,
    html,
    head,
    state,
    data: fetchedBeforeHydration.map((file) => dataUrl(base, file)),
    ...(failure ? {} : { module: route.module }),
  };
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
