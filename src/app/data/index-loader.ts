/**
 * Route helpers for pages that read only the index: the loader that makes sure it is there
 * (so the page renders without suspending), and the index as loaded, for `handle.meta`.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs, Params } from 'react-router';
import type { IndexFile } from '../../content/schema.ts';
import { indexQuery } from './queries.ts';
import { NotFoundError, type ResourceKind } from './transport.ts';

export function indexLoader(queryClient: QueryClient) {
  return async () => {
    await queryClient.ensureQueryData(indexQuery());
    return null;
  };
}

/** Meta functions run after the loader, so the index is in the cache when they ask. */
export function loadedIndex(queryClient: QueryClient): IndexFile | undefined {
  return queryClient.getQueryData<IndexFile>(indexQuery().queryKey);
}

/**
 * Loader for a page about one entry of the index (an edition, a tag, a speaker, a company):
 * an id the index does not know becomes the not-found page with suggestions. `id` returns
 * undefined when the route has no entry to check (`/tags` without a tag).
 */
export function indexEntryLoader(
  queryClient: QueryClient,
  kind: ResourceKind,
  id: (params: Params) => string | undefined,
  exists: (index: IndexFile, id: string) => boolean,
) {
  return async ({ params }: LoaderFunctionArgs) => {
    const index = await queryClient.ensureQueryData(indexQuery());
    const wanted = id(params);
    if (wanted !== undefined && !exists(index, wanted)) throw new NotFoundError(kind, wanted);
    return null;
  };
}
