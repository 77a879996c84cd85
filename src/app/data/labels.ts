import type { Company, Tag } from '../../content/schema.ts';

/** Display names for the ids sessions carry; falls back to the id for anything unknown. */
export interface Labels {
  company: (id: string) => string;
  tag: (id: string) => string;
}

export function createLabels(companies: readonly Company[], tags: readonly Tag[]): Labels {
  const companyNames = new Map(companies.map((company) => [company.id, company.name]));
  const tagLabels = new Map(tags.map((tag) => [tag.id, tag.label]));
  return {
    company: (id) => companyNames.get(id) ?? id,
    tag: (id) => tagLabels.get(id) ?? id,
  };
}
