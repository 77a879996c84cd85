/**
 * One queryOptions factory per static JSON file. Route loaders (`ensureQueryData`), hover
 * prefetching, the pre-renderer and the hooks all use these, so they share one cache entry.
 */
import { queryOptions } from '@tanstack/react-query';
import type { IndexFile, ReviewFile, SessionFile } from '../../content/schema.ts';
import { SEARCH_INDEX_PATH, type SearchIndexFile } from '../../search/index-file.ts';
import { fetchJson } from './transport.ts';

export const queryKeys = {
  index: ['index'] as const,
  session: (id: string) => ['session', id] as const,
  review: (id: string) => ['review', id] as const,
  searchIndex: ['search-index'] as const,
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

/**
 * The search index and the code that reads it, loaded together on first use and never part of
 * the first-load bundle: the dynamic import makes MiniSearch its own chunk. The value is a live
 * engine, not JSON, so it is neither shared structurally nor ever dehydrated (no page loads it
 * during pre-rendering).
 */
export function searchIndexQuery() {
  return queryOptions({
    queryKey: queryKeys.searchIndex,
    queryFn: async ({ client, signal }) => {
      const [file, { loadSearchIndex }] = await Promise.all([
        fetchJson<SearchIndexFile>(SEARCH_INDEX_PATH, { client, signal, kind: 'search', id: 'search-index' }),
        import('../../search/query.ts'),
      ]);
      return loadSearchIndex(file);
    },
    structuralSharing: false,
  });
}
