/**
 * Build time only: the taxonomy's tags, read from the same content files the catalog was built
 * from. Kept apart from synonyms.ts because the curated-file parser (yaml, zod) must never reach
 * the browser's search chunk.
 */
import type { ContentInput } from '../content/index.ts';
import { createEmptyCurated, identifyCuratedFile, loadCuratedFile } from '../content/catalog/curated.ts';
import { decodeText } from '../content/read/decode.ts';
import type { TaxonomyTag } from './synonyms.ts';

export function readTaxonomyTags(input: ContentInput): TaxonomyTag[] {
  const curated = createEmptyCurated();
  for (const file of input.files) {
    if (identifyCuratedFile(file.path) !== 'taxonomy') continue;
    const decoded = decodeText(file.path, file.bytes);
    // Problems in the file are the catalog's to report; here we take what parses.
    if (decoded.ok) loadCuratedFile(curated, 'taxonomy', file.path, decoded.text);
  }
  return curated.taxonomy.tags;
}
