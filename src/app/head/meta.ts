/**
 * Page titles and descriptions. Each route's `handle.meta` computes them from the query cache;
 * the pre-renderer turns them into head tags and the client into `document.title`, so both
 * always agree.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { Params } from 'react-router';
import type { Messages } from '../i18n/i18n.ts';

export interface PageMeta {
  title: string;
  description: string;
}

export interface MetaArgs {
  params: Params;
  queryClient: QueryClient;
  t: Messages;
}

/** Returns null when the data it needs is missing (the route errored). */
export type MetaFunction = (args: MetaArgs) => PageMeta | null;

export interface RouteHandle {
  meta?: MetaFunction;
  /** Navigations within this route keep keyboard focus where it is (filter controls). */
  keepFocus?: boolean;
}

export function pageTitle(title: string | null, t: Messages): string {
  return title ? `${title} · ${t.siteName}` : t.siteName;
}

interface MatchLike {
  params: Params;
  handle?: unknown;
}

/** The deepest route's meta, as a full document title plus description. */
export function resolveMeta(
  matches: readonly MatchLike[],
  queryClient: QueryClient,
  t: Messages,
): PageMeta | null {
  for (let i = matches.length - 1; i >= 0; i--) {
    const match = matches[i]!;
    const meta = (match.handle as RouteHandle | undefined)?.meta;
    if (!meta) continue;
    const found = meta({ params: match.params, queryClient, t });
    return found && { title: pageTitle(found.title, t), description: found.description };
  }
  return null;
}

export function notFoundMeta(t: Messages): PageMeta {
  return { title: pageTitle(t.notFoundTitle, t), description: t.siteDescription };
}

export function errorMeta(t: Messages): PageMeta {
  return { title: pageTitle(t.errorTitle, t), description: t.siteDescription };
}
