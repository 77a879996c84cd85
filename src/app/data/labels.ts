import type { Company, Edition, Tag } from '../../content/schema.ts';

/** Display names for the ids sessions carry; falls back to the id for anything unknown. */
export interface Labels {
  company: (id: string) => string;
  tag: (id: string) => string;
  /** An edition's name (`if(kakaoAI) 2024`), the id when unknown. */
  edition: (id: string) => string;
  /** A day's number within its edition, null when unknown. */
  dayNumber: (editionId: string, dayId: string) => number | null;
}

export function createLabels(
  companies: readonly Company[],
  tags: readonly Tag[],
  editions: readonly Pick<Edition, 'id' | 'name' | 'days'>[] = [],
): Labels {
  const companyNames = new Map(companies.map((company) => [company.id, company.name]));
  const tagLabels = new Map(tags.map((tag) => [tag.id, tag.label]));
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
