/**
 * Synonyms come from the curated taxonomy (content/taxonomy.yml): every spelling of a tag (its
 * label, its English label, its id and its Korean and English aliases) means the same topic, so `쿠버네티스`,
 * `Kubernetes` and `k8s` find the same sessions. Runs in the browser too: no content imports here
 * (see taxonomy.ts for reading the file at build time).
 */
import { compactKey } from './tokenize.ts';

export interface TaxonomyTag {
  id: string;
  label: string;
  /** The English UI's label (`Caching` for 캐시): a reader in English mode searches by it. */
  label_en?: string | undefined;
  aliases: readonly string[];
}

/** One group of spellings per tag, each spelling once (by its compact key). */
export function createSynonymGroups(tags: readonly TaxonomyTag[]): string[][] {
  return tags
    .map((tag) => {
      const seen = new Set<string>();
      return [tag.label, ...(tag.label_en ? [tag.label_en] : []), tag.id.replace(/-/g, ' '), ...tag.aliases].filter((spelling) => {
        const key = compactKey(spelling);
        if (!key || seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    })
    .filter((group) => group.length > 1);
}

/** Compact spelling → every spelling of the tags it names (a spelling may name several). */
export function createSynonymTable(groups: readonly string[][]): Map<string, string[]> {
  const table = new Map<string, string[]>();
  for (const group of groups) {
    for (const spelling of group) {
      const key = compactKey(spelling);
      const known = table.get(key) ?? [];
      table.set(key, [...new Set([...known, ...group])]);
    }
  }
  return table;
}
