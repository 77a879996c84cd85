/**
 * The MiniSearch options the index is built and loaded with: they must be the same on both
 * sides, so they live in one place.
 */
import type { Options } from 'minisearch';
import { SEARCH_FIELDS, type SearchField } from './index-file.ts';
import { tokenizeForIndex } from './tokenize.ts';

export interface IndexedDoc {
  /** Position in `SearchIndexFile.docs`. */
  i: number;
  title: string;
  people: string;
  companies: string;
  tags: string;
  /** The notes' terms (tokenizeNotes) other than common ones, space-separated. */
  notes: string;
  /** The notes' common terms (see common-terms.ts), space-separated. */
  commonNotes: string;
}

/** Fields that hold terms already, because which field a note term goes to is decided per index. */
const TERM_FIELDS: ReadonlySet<string> = new Set<SearchField>(['notes', 'commonNotes']);

export const engineOptions: Options<IndexedDoc> = {
  idField: 'i',
  fields: [...SEARCH_FIELDS],
  storeFields: [],
  tokenize: (text, field) => (field && TERM_FIELDS.has(field) ? text.split(' ').filter(Boolean) : tokenizeForIndex(text)),
  // tokenizeForIndex already folds case and normalises.
  processTerm: (term) => term,
};
