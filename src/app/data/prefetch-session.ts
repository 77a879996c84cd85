/** For links to session pages (see hooks.ts). */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { sessionQuery } from './queries.ts';

/** Warm the cache for a session page before the user clicks (hover or keyboard focus). */
export function usePrefetchSession(id: string) {
  const client = useQueryClient();
  return useCallback(() => {
    void client.prefetchQuery(sessionQuery(id));
  }, [client, id]);
}
