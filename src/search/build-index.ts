/**
 * Catalog → `data/search-index.json`. Runs at build time (and in the dev server), never in the
 * browser: the page only loads the result.
 */
import MiniSearch from 'minisearch';
import type { Catalog } from '../content/schema.ts';
import { engineOptions, type IndexedDoc } from './engine-options.ts';
import { COMMON_TERM_RULE, findCommonTerms, type CommonTermRule } from './common-terms.ts';
import { createExcerpt } from './excerpt.ts';
import { SEARCH_INDEX_VERSION, type SearchDoc, type SearchIndexFile } from './index-file.ts';
import { packIndex } from './packed-index.ts';
import { createSynonymGroups, type TaxonomyTag } from './synonyms.ts';
import { tokenizeNotes } from './tokenize.ts';

export function buildSearchIndex(
  catalog: Catalog,
  taxonomy: readonly TaxonomyTag[],
  commonTermRule: CommonTermRule = COMMON_TERM_RULE,
): SearchIndexFile {
  const companyNames = new Map(catalog.companies.map((company) => [company.id, company.name]));
  const tagLabels = new Map(catalog.tags.map((tag) => [tag.id, tag.label]));
  const excerpts = catalog.sessions.map((session) => createExcerpt(session.writeUps.map((writeUp) => writeUp.markdown)));
  const noteTerms = excerpts.map(tokenizeNotes);
  const common = findCommonTerms(noteTerms, commonTermRule);
  const dayNumbers = new Map(catalog.editions.flatMap((edition) => edition.days.map((day) => [`${edition.id}/${day.id}`, day.number])));
  const docs: SearchDoc[] = [];
  const indexed: IndexedDoc[] = [];
  catalog.sessions.forEach((session, i) => {
    const speakers = session.speakers.map((speaker) => speaker.name);
    const excerpt = excerpts[i]!;
    docs.push([session.id, session.title, session.editionId, speakers.join(', '), excerpt, dayNumbers.get(`${session.editionId}/${session.dayId}`) ?? null]);
    indexed.push({
      i,
      title: session.title,
      people: session.speakers.flatMap((speaker) => [speaker.name, speaker.handle ?? '']).join(' '),
      companies: session.companies.flatMap((id) => [companyNames.get(id) ?? '', id]).join(' '),
      // Only the label and id: query words are expanded to every alias of a tag (see query.ts),
      // so indexing the aliases too would only make the index bigger.
      tags: session.tags.flatMap((id) => [tagLabels.get(id) ?? '', id.replace(/-/g, ' ')]).join(' '),
      notes: noteTerms[i]!.filter((term) => !common.has(term)).join(' '),
      commonNotes: noteTerms[i]!.filter((term) => common.has(term)).join(' '),
    });
  });
  const engine = new MiniSearch<IndexedDoc>(engineOptions);
  engine.addAll(indexed);
  return {
    version: SEARCH_INDEX_VERSION,
    editions: Object.fromEntries(catalog.editions.map((edition) => [edition.id, edition.name])),
    synonyms: createSynonymGroups(taxonomy),
    docs,
    index: packIndex(engine.toJSON()),
  };
}
