/**
 * Boots the app in the browser. A pre-rendered page is hydrated with the data it was rendered
 * with (no refetch, no mismatch); anything else (dev server, 404.html, or a URL whose query string
 * the pre-render could not know, like `/tags?tags=kafka`) is rendered fresh.
 */
import { hydrate, type QueryClient } from '@tanstack/react-query';
import { hydrateRoot, createRoot, type Root } from 'react-dom/client';
import { StrictMode } from 'react';
import { createBrowserRouter, matchRoutes, type RouteObject } from 'react-router';
import { App } from '../app.tsx';
import { createQueryClient } from '../data/query-client.ts';
import { normalizeUrl, readState, toHydrationData } from '../data/hydration-state.ts';
import type { JsonTransport } from '../data/transport.ts';
import { createRoutes } from '../router.tsx';
import { toBasename } from '../routes.ts';

/** Lazy route modules the current URL needs, loaded before hydrating so the first render matches. */
async function resolveLazyRoutes(routes: RouteObject[], pathname: string, basename: string): Promise<void> {
  const matches = matchRoutes(routes, pathname, basename) ?? [];
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      const resolved = await route.lazy();
      Object.assign(route, { ...resolved, lazy: undefined });
    }),
  );
}

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
}: StartOptions): Promise<{ queryClient: QueryClient; router: ReturnType<typeof createBrowserRouter>; root: Root; hydrated: boolean }> {
  const queryClient = createQueryClient(transport ? { transport } : {});
  const state = readState(document);
  if (state) hydrate(queryClient, state.queries);

  const routes = createRoutes(queryClient);
  const basename = toBasename(base);
  const here = `${pathWithinBase(window.location.pathname, basename)}${window.location.search}`;
  const canHydrate = !!state && root.firstElementChild !== null && normalizeUrl(state.url) === normalizeUrl(here);

  if (canHydrate) {
    await resolveLazyRoutes(routes, window.location.pathname, basename);
    const router = createBrowserRouter(routes, { basename, hydrationData: toHydrationData(state.router) });
    const reactRoot = hydrateRoot(
      root,
      <StrictMode>
        <App router={router} queryClient={queryClient} />
      </StrictMode>,
      onRecoverableError ? { onRecoverableError } : {},
    );
    return { queryClient, router, root: reactRoot, hydrated: true };
  }

  root.replaceChildren();
  const router = createBrowserRouter(routes, { basename });
  const reactRoot = createRoot(root);
  reactRoot.render(
    <StrictMode>
      <App router={router} queryClient={queryClient} />
    </StrictMode>,
  );
  return { queryClient, router, root: reactRoot, hydrated: false };
}
