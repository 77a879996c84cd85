/**
 * Data hooks for route components. Loaders have already ensured the data, so these never
 * suspend on a normal navigation; they keep components typed with data that is always there.
 */
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { indexQuery, reviewQuery, sessionQuery } from './queries.ts';

export function useIndex() {
  return useSuspenseQuery(indexQuery()).data;
}

export function useSession(id: string) {
  return useSuspenseQuery(sessionQuery(id)).data;
}

export function useReview(id: string) {
  return useSuspenseQuery(reviewQuery(id)).data;
}

/** Warm the cache for a session page before the user clicks (hover or keyboard focus). */
export function usePrefetchSession(id: string) {
  const client = useQueryClient();
  return useCallback(() => {
    void client.prefetchQuery(sessionQuery(id));
  }, [client, id]);
}
