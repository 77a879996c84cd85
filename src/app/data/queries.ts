/**
 * One queryOptions factory per static JSON file. Route loaders (`ensureQueryData`), hover
 * prefetching, the pre-renderer and the hooks all use these, so they share one cache entry.
 */
import { defaultShouldDehydrateQuery, queryOptions, type Query, type QueryClient } from '@tanstack/react-query';
import { PACKED_INDEX_PATH } from '../../content/packed-index-path.ts';
import type { IndexFile, PackedIndexFile, ReviewFile, SessionFile } from '../../content/schema.ts';
import { SEARCH_INDEX_PATH, type SearchIndexFile } from '../../search/index-file.ts';
import { fetchJson } from './transport.ts';

export const queryKeys = {
  index: ['index'] as const,
  session: (id: string) => ['session', id] as const,
  review: (id: string) => ['review', id] as const,
  searchIndex: ['search-index'] as const,
};

/**
 * The index, downloaded packed (src/content/packed-index.ts) and unpacked by code that loads
 * with it: pre-rendered pages carry the index unpacked in their state, so most visits never
 * need that code.
 */
export function indexQuery() {
  return queryOptions({
    queryKey: queryKeys.index,
    queryFn: async ({ client, signal }): Promise<IndexFile> => {
      const [file, { unpackIndex }] = await Promise.all([
        fetchJson<PackedIndexFile>(PACKED_INDEX_PATH, { client, signal, kind: 'index', id: 'index' }),
        import('../../content/packed-index.ts'),
      ]);
      return unpackIndex(file);
    },
  });
}

/**
 * Above this many sessions a pre-rendered page does not carry the index in its state script:
 * at 25,000 sessions the index is megabytes, and every page that reads it (each speaker, tag and
 * company page) would inline its own copy. Such a page hydrates after fetching data/index.json,
 * which the browser caches across pages; its HTML shows the content before that either way.
 */
const INLINE_INDEX_MAX_SESSIONS = 500;

/** Which queries a pre-rendered page hands to the client (`dehydrate`'s shouldDehydrateQuery). */
export function inlineInPage(queryClient: QueryClient): (query: Query) => boolean {
  const index = queryClient.getQueryData<IndexFile>(queryKeys.index);
  const inlineIndex = !index || index.sessions.length <= INLINE_INDEX_MAX_SESSIONS;
  // Without the index, the route's "loaded" entry must not say it is loaded either, so the
  // client runs the route's load (which fetches the index) before hydrating.
  return (query) =>
    defaultShouldDehydrateQuery(query) && (inlineIndex || (query.queryKey[0] !== 'index' && query.queryKey[0] !== 'route'));
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
