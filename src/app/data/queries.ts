/**
 * One queryOptions factory per static JSON file. Route loaders (`ensureQueryData`), hover
 * prefetching, the pre-renderer and the hooks all use these, so they share one cache entry.
 */
import { defaultShouldDehydrateQuery, queryOptions, type Query, type QueryClient } from '@tanstack/react-query';
import { PACKED_INDEX_PATH } from '../../content/emit/packed-index-path.ts';
import type { IndexFile, PackedIndexFile, ReviewFile, SessionFile } from '../../content/schema.ts';
import { SEARCH_INDEX_PATH, type SearchIndexFile } from '../../search/index-file.ts';
import { fetchJson } from './transport.ts';

export const queryKeys = {
  index: ['index'] as const,
  catalogId: (kind: 'session' | 'review', id: string) => ['catalog-id', kind, id] as const,
  session: (id: string) => ['session', id] as const,
  review: (id: string) => ['review', id] as const,
  searchIndex: ['search-index'] as const,
};

/**
 * The index, downloaded packed (src/content/emit/packed-index.ts) and unpacked by code that loads
 * with it: pre-rendered pages carry the index unpacked in their state, so most visits never
 * need that code.
 */
export function indexQuery() {
  return queryOptions({
    queryKey: queryKeys.index,
    queryFn: async ({ client, signal }): Promise<IndexFile> => {
      const [file, { unpackIndex }] = await Promise.all([
        fetchJson<PackedIndexFile>(PACKED_INDEX_PATH, { client, signal, kind: 'index', id: 'index' }),
        import('../../content/emit/packed-index.ts'),
      ]);
      return unpackIndex(file);
    },
  });
}

/** The file each page-data query reads, by its key: one definition for fetching and pre-rendering. */
export const dataFiles = {
  session: (id: string) => `data/sessions/${id}.json`,
  review: (id: string) => `data/reviews/${id}.json`,
};

/**
 * Above this many sessions a pre-rendered page does not carry the index in its state script:
 * at 25,000 sessions the index is megabytes, and every page that reads it (each speaker, tag and
 * company page) would inline its own copy. Such a page hydrates after fetching the packed index
 * (preloaded after its first paint), which the browser caches across pages; its HTML shows the
 * content before that either way.
 */
const INLINE_INDEX_MAX_SESSIONS = 500;
/**
 * A session or review file above this many bytes (UTF-8 JSON) stays out of the state script
 * too. Its notes are already in the page as HTML, and the state would carry them a second time:
 * on a long review that doubled the page (100 KB), and on a slow or uncompressed connection the
 * first paint waits for every byte of the HTML. The client fetches the file instead, preloaded
 * as soon as the page has painted, before it hydrates.
 */
const INLINE_DATA_MAX_BYTES = 16_384;

export interface PageInlining {
  /** `dehydrate`'s shouldDehydrateQuery: which queries the page hands to the client. */
  shouldDehydrateQuery: (query: Query) => boolean;
  /** Data files left out, which the client fetches before hydrating: `data/reviews/x.json`. */
  fetchedBeforeHydration: string[];
}

/**
 * What a pre-rendered page carries in its state script, and what its client fetches instead.
 * `pageReadsIndex: false` for a page that shows only its own data file (a session, a review):
 * its load reads the index only to check the id and notes the answer (`catalogIdQuery`), which
 * the state carries instead of the index.
 */
export function inlineInPage(queryClient: QueryClient, { pageReadsIndex = true }: { pageReadsIndex?: boolean } = {}): PageInlining {
  const index = queryClient.getQueryData<IndexFile>(queryKeys.index);
  const smallIndex = !index || index.sessions.length <= INLINE_INDEX_MAX_SESSIONS;
  const encoder = new TextEncoder();
  const tooBig = new Set<Query>();
  const fetchedBeforeHydration: string[] = [];
  for (const query of queryClient.getQueryCache().getAll()) {
    const [kind, id] = query.queryKey;
    if ((kind !== 'session' && kind !== 'review') || typeof id !== 'string' || query.state.data === undefined) continue;
    if (encoder.encode(JSON.stringify(query.state.data)).length <= INLINE_DATA_MAX_BYTES) continue;
    tooBig.add(query);
    fetchedBeforeHydration.push(dataFiles[kind](id));
  }
  // Without everything it loads, the route's "loaded" entry must not say it is loaded either,
  // so the client runs the route's load (which fetches what is missing) before hydrating.
  const inlineIndex = smallIndex && pageReadsIndex;
  const inlineRoute = (inlineIndex || !pageReadsIndex) && tooBig.size === 0;
  // What the index query fetches when the state leaves out an index the client will need.
  if (index && !inlineIndex && pageReadsIndex) fetchedBeforeHydration.unshift(PACKED_INDEX_PATH);
  return {
    shouldDehydrateQuery: (query) =>
      defaultShouldDehydrateQuery(query) &&
      !tooBig.has(query) &&
      (query.queryKey[0] === 'route' ? inlineRoute : query.queryKey[0] !== 'index' || inlineIndex),
    fetchedBeforeHydration,
  };
}

/**
 * Ids from a URL are only fetched once the catalog has them (issue #16). A load that checked one
 * against the index notes it under this key, so a pre-rendered page's state says its own id is
 * known, and the client need not fetch the index to run the load again before hydrating.
 */
export function catalogIdKnown(queryClient: QueryClient, kind: 'session' | 'review', id: string): boolean {
  return queryClient.getQueryData(queryKeys.catalogId(kind, id)) === true;
}

export function noteCatalogId(queryClient: QueryClient, kind: 'session' | 'review', id: string): void {
  queryClient.setQueryData(queryKeys.catalogId(kind, id), true);
}

export function sessionQuery(id: string) {
  return queryOptions({
    queryKey: queryKeys.session(id),
    queryFn: ({ client, signal }) => fetchJson<SessionFile>(dataFiles.session(id), { client, signal, kind: 'session', id }),
  });
}

export function reviewQuery(id: string) {
  return queryOptions({
    queryKey: queryKeys.review(id),
    queryFn: ({ client, signal }) => fetchJson<ReviewFile>(dataFiles.review(id), { client, signal, kind: 'review', id }),
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
