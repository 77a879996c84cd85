/**
 * Load a serialized index and answer queries: words are ANDed, each word may be written as any
 * spelling of a taxonomy tag, title matches come first, and every hit carries its title and a
 * snippet of the notes with the matched words marked.
 */
import MiniSearch, { type Query, type SearchOptions, type SearchResult } from 'minisearch';
import { engineOptions, type IndexedDoc } from './engine-options.ts';
import { FIELD_BOOST, SEARCH_FIELDS, SEARCH_INDEX_VERSION, type SearchIndexFile } from './index-file.ts';
import { createSnippet, findRanges, type Highlighted } from './highlight.ts';
import { findTermsInField, unpackIndex } from './packed-index.ts';
import { createSynonymTable } from './synonyms.ts';
import { compactKey, isPrefixTerm, isSyllable, splitQuery, tokenizeQueryWord } from './tokenize.ts';

export interface SearchHit {
  id: string;
  editionId: string;
  editionName: string;
  /** The session's day within its edition, null when unknown. */
  day: number | null;
  speakers: string;
  title: Highlighted;
  snippet: Highlighted;
  /** Some word of the query matched the title. */
  inTitle: boolean;
  score: number;
}

export interface SearchEngine {
  search(query: string, options?: { limit?: number }): SearchHit[];
  /** How many sessions the index holds. */
  size: number;
}

export interface ParsedQuery {
  /** null when the query has no word to look for. */
  tree: Query | null;
  /** Every spelling a match may have, for highlighting. */
  needles: string[];
}

const baseOptions: SearchOptions = {
  boost: { ...FIELD_BOOST },
  // Leaves of the query tree are single terms already.
  tokenize: (term) => [term],
  processTerm: (term) => term,
};

/** Where a word of one syllable is looked for: titles, people, companies and tags. */
const FIELDS_WITHOUT_NOTES = SEARCH_FIELDS.filter((field) => field !== 'notes' && field !== 'commonNotes');
/** Where a word with a term that is not common is looked for: all but the common note terms. */
const FIELDS_WITHOUT_COMMON_NOTES = SEARCH_FIELDS.filter((field) => field !== 'commonNotes');

/** Terms the notes of many sessions have (see common-terms.ts). */
export interface CommonTerms {
  has(term: string): boolean;
  /** Whether a prefix term may expand to a common one (`mon` → `monitoring`). */
  hasWithPrefix(term: string): boolean;
}

export function createCommonTerms(terms: Iterable<string>): CommonTerms {
  const set = new Set(terms);
  const sorted = [...set].sort();
  return {
    has: (term) => set.has(term),
    hasWithPrefix: (term) => sorted.some((common) => common.startsWith(term)),
  };
}

/**
 * One spelling → all its terms must match (`카프카` → 카프 AND 프카).
 *
 * A lone syllable is still being typed or is a particle; in the notes it would match most
 * sessions, so the notes are not indexed under it and it is looked for in the other fields only.
 * Next to other terms (`MySQL로`) it narrows nothing and is left out.
 *
 * Common note terms (see common-terms.ts) are left out too when the spelling has a rarer term
 * (`카카오페이` → 오페 AND 페이): the rarer terms already pick the sessions, and it is the common
 * ones whose postings are long. A spelling of common terms only is looked for everywhere.
 */
function spellingQuery(spelling: string, prefix: boolean, common: CommonTerms): Query | null {
  const terms = splitQuery(spelling).flatMap(tokenizeQueryWord);
  if (terms.length === 0) return null;
  const prefixOption = prefix ? (term: string) => isPrefixTerm(term) : false;
  const longer = terms.filter((term) => !isSyllable(term));
  if (longer.length === 0) return { combineWith: 'AND', prefix: prefixOption, fields: FIELDS_WITHOUT_NOTES, queries: terms };
  const isCommon = (term: string) => (prefix && isPrefixTerm(term) ? common.hasWithPrefix(term) : common.has(term));
  const rarer = longer.filter((term) => !isCommon(term));
  if (rarer.length === 0) return { combineWith: 'AND', prefix: prefixOption, queries: longer };
  return { combineWith: 'AND', prefix: prefixOption, fields: FIELDS_WITHOUT_COMMON_NOTES, queries: rarer };
}

/** A word → the word as typed (prefix search) OR any other spelling of the tag it names (exact). */
function wordQuery(word: string, synonyms: ReadonlyMap<string, string[]>, common: CommonTerms, needles: string[]): Query | null {
  const typed = spellingQuery(word, true, common);
  needles.push(word);
  const alternatives: Query[] = typed ? [typed] : [];
  for (const spelling of synonyms.get(compactKey(word)) ?? []) {
    if (compactKey(spelling) === compactKey(word)) continue;
    const query = spellingQuery(spelling, false, common);
    if (query) {
      alternatives.push(query);
      needles.push(...splitQuery(spelling));
    }
  }
  if (alternatives.length === 0) return null;
  return alternatives.length === 1 ? alternatives[0]! : { combineWith: 'OR', queries: alternatives };
}

export function parseQuery(query: string, synonyms: ReadonlyMap<string, string[]>, common: CommonTerms = createCommonTerms([])): ParsedQuery {
  const words = splitQuery(query);
  const needles: string[] = [];
  // A multi-word spelling typed whole (`Kafka Streams`, `분산 락`) is one word for synonyms.
  const units = words.length > 1 && synonyms.has(compactKey(query)) ? [words.join(' ')] : words;
  const groups = units.flatMap((unit) => wordQuery(unit, synonyms, common, needles) ?? []);
  if (groups.length === 0) return { tree: null, needles };
  return { tree: groups.length === 1 ? groups[0]! : { combineWith: 'AND', queries: groups }, needles };
}

/**
 * The first `limit` results with title matches before the rest, each group in MiniSearch's
 * score order. One pass that stops once a page of title matches is found: a common word can
 * match most sessions, and sorting them all only to keep fifty is what a query would spend.
 */
function pickTitlesFirst(results: readonly SearchResult[], limit: number): { result: SearchResult; inTitle: boolean }[] {
  const inTitle: SearchResult[] = [];
  const rest: SearchResult[] = [];
  for (const result of results) {
    if (inTitle.length >= limit) break;
    if (Object.values(result.match).some((fields) => fields.includes('title'))) inTitle.push(result);
    else if (rest.length < limit) rest.push(result);
  }
  return [
    ...inTitle.map((result) => ({ result, inTitle: true })),
    ...rest.map((result) => ({ result, inTitle: false })),
  ].slice(0, limit);
}

export function loadSearchIndex(file: SearchIndexFile): SearchEngine {
  if (file.version !== SEARCH_INDEX_VERSION) {
    throw new Error(`Search index version ${String(file.version)} is not ${SEARCH_INDEX_VERSION}: rebuild the site.`);
  }
  const engine = MiniSearch.loadJS<IndexedDoc>(unpackIndex(file.index), engineOptions);
  const synonyms = createSynonymTable(file.synonyms);
  const common = createCommonTerms(findTermsInField(file.index, 'commonNotes'));
  return {
    size: file.docs.length,
    search(query, { limit = 50 } = {}) {
      const { tree, needles } = parseQuery(query, synonyms, common);
      if (!tree) return [];
      const results = engine.search(tree, baseOptions);
      const ranked = pickTitlesFirst(results, limit);
      return ranked.map(({ result, inTitle }) => {
        const [id, title, editionId, speakers, excerpt, day = null] = file.docs[result.id as number]!;
        return {
          id,
          editionId,
          day,
          editionName: file.editions[editionId] ?? editionId,
          speakers,
          title: { text: title, ranges: findRanges(title, needles) },
          snippet: createSnippet(excerpt, needles),
          inTitle,
          score: result.score,
        };
      });
    },
  };
}
