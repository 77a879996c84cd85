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

const catalogIds = new WeakMap<IndexFile, { sessions: Set<string>; reviews: Set<string> }>();

/**
 * The ids of the catalog's sessions and reviews, per index. A URL's id is only ever looked up
 * here: an id that is not one of them is not found, and no data file is asked for it (issue #16:
 * `/reviews/..%2Findex/` fetched `data/index.json` as a review).
 */
export function idsOf(index: IndexFile): { sessions: Set<string>; reviews: Set<string> } {
  let ids = catalogIds.get(index);
  if (!ids) {
    ids = { sessions: new Set(index.sessions.map((s) => s.id)), reviews: new Set(index.reviews.map((r) => r.id)) };
    catalogIds.set(index, ids);
  }
  return ids;
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
