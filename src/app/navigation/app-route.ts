/**
 * What a route is, without react-router's data router: a path, a `load` that makes sure the
 * page's data is in the query cache (and decides "not found" or "moved"), a `meta` for the
 * document head, and a lazily loaded page component.
 *
 * The data router (createBrowserRouter) would do the same with loaders, but it is 17 KB gzipped
 * more than react-router's declarative <Routes>, and the first-load budget (issue #6) is 105 KB
 * for everything. React Query already caches, dedupes and refetches our data, so a route only
 * needs to say what to load; RoutePage (route-page.tsx) suspends on it.
 */
import type { QueryClient } from '@tanstack/react-query';
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Params } from 'react-router';
import type { MetaFunction } from '../head/meta.ts';

export interface LoadArgs {
  params: Params;
  queryClient: QueryClient;
}

/**
 * Resolves once the page can render from the cache. Throws NotFoundError for an unknown id,
 * RedirectError for an id that moved, anything else for a failed load (offered a retry).
 */
export type RouteLoad = (args: LoadArgs) => Promise<unknown>;

/** A page that can be fetched ahead of rendering (before hydration, on hover). */
export interface LazyPage<Props extends object = object> {
  Component: LazyExoticComponent<ComponentType<Props>>;
  /** The component once `preload` has resolved: rendering it then never suspends. */
  loaded(): ComponentType<Props> | undefined;
  preload(): Promise<ComponentType<Props>>;
}

/**
 * A page's code failed to load (a network blip, or a deploy replaced the chunk). Asking again in
 * the same document does not help: the browser keeps a failed module import in its module map
 * and fails every later import() of that URL at once, so retrying means loading the page again.
 */
export class PageCodeError extends Error {
  override readonly name = 'PageCodeError';
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
  }
}

export function isPageCodeError(error: unknown): error is PageCodeError {
  return error instanceof PageCodeError;
}

export function lazyPage<Props extends object = object>(load: () => Promise<ComponentType<Props>>): LazyPage<Props> {
  let loaded: ComponentType<Props> | undefined;
  let pending: Promise<ComponentType<Props>> | undefined;
  const preload = () =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = undefined;
        throw error instanceof PageCodeError ? error : new PageCodeError(error);
      },
    ));
  return {
    Component: lazy(() => preload().then((component) => ({ default: component }))),
    loaded: () => loaded,
    preload,
  };
}

export interface AppRoute {
  id: string;
  /** A react-router path pattern, relative to the basename: `/sessions/*`, `/tags/:tag?`. */
  path: string;
  load?: RouteLoad;
  meta?: MetaFunction;
  /**
   * The page shows only its own data file; its load reads the index just to check the id, so a
   * pre-rendered page leaves the index out of its state.
   */
  ownDataOnly?: boolean;
  /** Navigations within this route keep keyboard focus where it is (filter controls, search box). */
  keepFocus?: boolean;
  /**
   * The page's source module, from the project root (`/src/app/features/tags/tags-page.tsx`):
   * the pre-renderer preloads that module's chunks in the page's HTML.
   */
  module: string;
  page: LazyPage;
}

/** A route moved (a merged session's old id): go to `to` instead, replacing the history entry. */
export class RedirectError extends Error {
  override readonly name = 'RedirectError';
  constructor(readonly to: string) {
    super(`Moved to ${to}`);
  }
}

export function isRedirect(error: unknown): error is RedirectError {
  return error instanceof RedirectError;
}
