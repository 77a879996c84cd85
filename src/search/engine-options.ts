/**
 * The MiniSearch options the index is built and loaded with: they must be the same on both
 * sides, so they live in one place.
 */
import type { Options } from 'minisearch';
import { SEARCH_FIELDS } from './index-file.ts';
import { tokenizeForIndex } from './tokenize.ts';

export interface IndexedDoc {
  /** Position in `SearchIndexFile.docs`. */
  i: number;
  title: string;
  people: string;
  companies: string;
  tags: string;
  notes: string;
}

export const engineOptions: Options<IndexedDoc> = {
  idField: 'i',
  fields: [...SEARCH_FIELDS],
  storeFields: [],
  tokenize: tokenizeForIndex,
  // tokenizeForIndex already folds case and normalises.
  processTerm: (term) => term,
};
