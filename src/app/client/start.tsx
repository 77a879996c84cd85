/**
 * Boots the app in the browser. A pre-rendered page is hydrated with the data it was rendered
 * with (no refetch, no mismatch); anything else (dev server, 404.html, or a URL whose query string
 * the pre-render could not know, like `/tags?tags=kafka`) is rendered fresh.
 */
import { hydrate, type QueryClient } from '@tanstack/react-query';
import { hydrateRoot, createRoot, type Root } from 'react-dom/client';
import { StrictMode } from 'react';
import { UNSAFE_createBrowserHistory as createBrowserHistory } from 'react-router';
import { App } from '../app.tsx';
import { preloadChosenLang } from '../i18n/i18n.ts';
import { createQueryClient } from '../data/query-client.ts';
import { normalizeUrl, readState } from '../data/hydration-state.ts';
import type { JsonTransport } from '../data/transport.ts';
import type { History } from '../navigation/history-router.tsx';
import { routeLoadQuery } from '../navigation/route-page.tsx';
import { matchAppRoute } from '../router.tsx';
import { toBasename } from '../routes.ts';

function pathWithinBase(pathname: string, basename: string): string {
  if (basename === '/' || !pathname.startsWith(basename)) return pathname;
  return pathname.slice(basename.length) || '/';
}

export interface StartOptions {
  root: HTMLElement;
  base?: string;
  transport?: JsonTransport;
  onRecoverableError?: (error: unknown) => void;
}

export async function startClient({
  root,
  base = import.meta.env.BASE_URL,
  transport,
  onRecoverableError,
}: StartOptions): Promise<{ queryClient: QueryClient; history: History; root: Root; hydrated: boolean }> {
  const queryClient = createQueryClient(transport ? { transport } : {});
  const state = readState(document);
  if (state) hydrate(queryClient, state.queries);

  const basename = toBasename(base);
  const history = createBrowserHistory({ v5Compat: true });
  const pathname = pathWithinBase(window.location.pathname, basename);
  const here = `${pathname}${window.location.search}`;
  const canHydrate = !!state && root.firstElementChild !== null && normalizeUrl(state.url) === normalizeUrl(here);
  const app = (
    <StrictMode>
      <App history={history} queryClient={queryClient} basename={basename} />
    </StrictMode>
  );

  if (canHydrate) {
    // The page's code, before hydrating, so the first render matches the HTML without suspending.
    // Its data is in the dehydrated cache: this resolves without a request.
    const { route, params } = matchAppRoute(pathname);
    await Promise.all([queryClient.prefetchQuery(routeLoadQuery(route, params, queryClient)), route.page.preload(), preloadChosenLang()]);
    const reactRoot = hydrateRoot(root, app, onRecoverableError ? { onRecoverableError } : {});
    return { queryClient, history, root: reactRoot, hydrated: true };
  }

  // A fresh render has no Korean HTML to match: it starts in the chosen language.
  await preloadChosenLang();
  root.replaceChildren();
  const reactRoot = createRoot(root);
  reactRoot.render(app);
  return { queryClient, history, root: reactRoot, hydrated: false };
}
