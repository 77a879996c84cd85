/**
 * One queryOptions factory per static JSON file. Route loaders (`ensureQueryData`), hover
 * prefetching, the pre-renderer and the hooks all use these, so they share one cache entry.
 */
import { queryOptions } from '@tanstack/react-query';
import type { IndexFile, ReviewFile, SessionFile } from '../../content/schema';
import { fetchJson } from './transport';

export const queryKeys = {
  index: ['index'] as const,
  session: (id: string) => ['session', id] as const,
  review: (id: string) => ['review', id] as const,
};

export function indexQuery() {
  return queryOptions({
    queryKey: queryKeys.index,
    queryFn: ({ client, signal }) =>
      fetchJson<IndexFile>('data/index.json', { client, signal, kind: 'index', id: 'index' }),
  });
}

export function sessionQuery(id: string) {
  return queryOptions({
    queryKey: queryKeys.session(id),
    queryFn: ({ client, signal }) =>
      fetchJson<SessionFile>(`data/sessions/${id}.json`, { client, signal, kind: 'session', id }),
  });
}

export function reviewQuery(id: string) {
  return queryOptions({
    queryKey: queryKeys.review(id),
    queryFn: ({ client, signal }) =>
      fetchJson<ReviewFile>(`data/reviews/${id}.json`, { client, signal, kind: 'review', id }),
  });
}
