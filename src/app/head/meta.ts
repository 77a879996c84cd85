/**
 * Page titles and descriptions. Each route's `meta` computes them from the query cache;
 * the pre-renderer turns them into head tags and the client into `document.title`, so both
 * always agree.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { Params } from 'react-router';
import type { Messages } from '../i18n/i18n.ts';

export interface PageMeta {
  title: string;
  description: string;
  /** Keep the page out of search engines (and the sitemap): a tool, not content. */
  noindex?: boolean;
}

export interface MetaArgs {
  params: Params;
  queryClient: QueryClient;
  t: Messages;
}

/** Returns null when the data it needs is missing (the route errored). */
export type MetaFunction = (args: MetaArgs) => PageMeta | null;

export function pageTitle(title: string | null, t: Messages): string {
  return title ? `${title} · ${t.siteName}` : t.siteName;
}

/** A route's meta, as a full document title plus description; null when its data is missing. */
export function resolveMeta(
  route: { meta?: MetaFunction | undefined },
  params: Params,
  queryClient: QueryClient,
  t: Messages,
): PageMeta | null {
  const found = route.meta?.({ params, queryClient, t });
  return found ? { ...found, title: pageTitle(found.title, t) } : null;
}

export function notFoundMeta(t: Messages): PageMeta {
  return { title: pageTitle(t.notFoundTitle, t), description: t.siteDescription };
}

export function errorMeta(t: Messages): PageMeta {
  return { title: pageTitle(t.errorTitle, t), description: t.siteDescription };
}
