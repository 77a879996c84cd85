/**
 * Route helpers for pages that read only the index: the loader that makes sure it is there
 * (so the page renders without suspending), and the index as loaded, for `handle.meta`.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { IndexFile } from '../../content/schema.ts';
import { indexQuery } from './queries.ts';

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
