/**
 * Route helpers for pages that read only the index: the load that makes sure it is there (so
 * the page renders without suspending), and the index as loaded, for a route's `meta`.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { Params } from 'react-router';
import type { IndexFile } from '../../content/schema.ts';
import type { RouteLoad } from '../navigation/app-route.ts';
import { indexQuery } from './queries.ts';
import { NotFoundError, type ResourceKind } from './transport.ts';

export const loadIndex: RouteLoad = ({ queryClient }) => queryClient.ensureQueryData(indexQuery());

/** Meta functions run after the load, so the index is in the cache when they ask. */
export function loadedIndex(queryClient: QueryClient): IndexFile | undefined {
  return queryClient.getQueryData<IndexFile>(indexQuery().queryKey);
}

/**
 * Load for a page about one entry of the index (an edition, a tag, a speaker, a company): an id
 * the index does not know becomes the not-found page with suggestions. `id` returns undefined
 * when the route has no entry to check (`/tags` without a tag).
 */
export function indexEntryLoad(
  kind: ResourceKind,
  id: (params: Params) => string | undefined,
  exists: (index: IndexFile, id: string) => boolean,
): RouteLoad {
  return async ({ queryClient, params }) => {
    const index = await queryClient.ensureQueryData(indexQuery());
    const wanted = id(params);
    if (wanted !== undefined && !exists(index, wanted)) throw new NotFoundError(kind, wanted);
  };
}
