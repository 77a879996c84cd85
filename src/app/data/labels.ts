import type { Company, Edition, Tag } from '../../content/schema.ts';

/**
 * A tag's label in the UI language (`lang`, as `Messages.lang` says it): in English the
 * taxonomy's `label_en` (`캐시` → `Caching`), else the label, which is often English already.
 */
export function tagLabel(tag: Pick<Tag, 'label' | 'labelEn'>, lang: string): string {
  return (lang === 'en' && tag.labelEn) || tag.label;
}

/** A company's name in the UI language: companies.yml's `name_en` in English, else its name. */
export function companyName(company: Pick<Company, 'name' | 'nameEn'>, lang: string): string {
  return (lang === 'en' && company.nameEn) || company.name;
}

/** Display names for the ids sessions carry; falls back to the id for anything unknown. */
export interface Labels {
  company: (id: string) => string;
  tag: (id: string) => string;
  /** An edition's name (`if(kakaoAI) 2024`), the id when unknown. */
  edition: (id: string) => string;
  /** A day's number within its edition, null when unknown. */
  dayNumber: (editionId: string, dayId: string) => number | null;
}

/** `lang`: the UI language the company and tag names are given in (Korean by default). */
export function createLabels(
  companies: readonly Company[],
  tags: readonly Tag[],
  editions: readonly Pick<Edition, 'id' | 'name' | 'days'>[] = [],
  lang = 'ko',
): Labels {
  const companyNames = new Map(companies.map((company) => [company.id, companyName(company, lang)]));
  const tagLabels = new Map(tags.map((tag) => [tag.id, tagLabel(tag, lang)]));
  const editionNames = new Map(editions.map((edition) => [edition.id, edition.name]));
  const dayNumbers = new Map(
    editions.flatMap((edition) => edition.days.map((day) => [`${edition.id}\u0000${day.id}`, day.number] as const)),
  );
  return {
    company: (id) => companyNames.get(id) ?? id,
    tag: (id) => tagLabels.get(id) ?? id,
    edition: (id) => editionNames.get(id) ?? id,
    dayNumber: (editionId, dayId) => dayNumbers.get(`${editionId}\u0000${dayId}`) ?? null,
  };
}
