/**
 * The shape of `data/search-index.json`: what the build writes and the search page loads.
 * Kept here rather than in src/content/schema.ts because the inverted index inside is
 * MiniSearch's serialisation, packed (see packed-index.ts), opaque to everything but src/search.
 */
import type { PackedIndex } from './packed-index.ts';

/** 2: the inverted index is packed; notes are indexed without lone syllables, common terms apart. */
export const SEARCH_INDEX_VERSION = 2;

/** Where the build writes the index, relative to the site base (next to `data/index.json`). */
export const SEARCH_INDEX_PATH = 'data/search-index.json';

/** One session as search results show it; the position in `docs` is its document id. */
export type SearchDoc = [
  id: string,
  title: string,
  editionId: string,
  /** Speaker names, comma-separated. */
  speakers: string,
  /** A bounded plain-text excerpt of the notes, for snippets. */
  excerpt: string,
  /** The session's day within its edition (1-based), null when no review tells. */
  day?: number | null,
];

export interface SearchIndexFile {
  version: typeof SEARCH_INDEX_VERSION;
  /** Edition id → display name. */
  editions: Record<string, string>;
  /** Each group lists every spelling of one taxonomy tag: label, id and aliases. */
  synonyms: string[][];
  docs: SearchDoc[];
  index: PackedIndex;
}

/** Indexed fields, and how much a match in each counts. Title matches also sort first. */
export const SEARCH_FIELDS = ['title', 'people', 'companies', 'tags', 'notes', 'commonNotes'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];
export const FIELD_BOOST: Record<SearchField, number> = { title: 4, people: 2, companies: 2, tags: 1.5, notes: 1, commonNotes: 1 };
