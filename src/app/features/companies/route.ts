/** Companies load and meta: small and eager, so data loads in parallel with the page chunk. */
import { indexEntryLoad, loadedIndex } from '../../data/index-loader.ts';
import type { MetaFunction } from '../../head/meta.ts';
import { companyName } from '../../data/labels.ts';

export const companyLoad = indexEntryLoad(
  'company',
  (params) => params.company ?? '',
  (index, id) => index.companies.some((company) => company.id === id),
);

export const companiesMeta: MetaFunction = ({ queryClient, t }) => {
  const index = loadedIndex(queryClient);
  if (!index) return null;
  return { title: t.companiesTitle, description: `${t.companiesIntro} · ${t.companyCount(index.companies.length)}` };
};

export const companyMeta: MetaFunction = ({ queryClient, params, t }) => {
  const company = loadedIndex(queryClient)?.companies.find((candidate) => candidate.id === params.company);
  if (!company) return null;
  return { title: companyName(company, t.lang), description: `${companyName(company, t.lang)} · ${t.sessionCount(company.sessionCount)}` };
};
