/** Companies loaders and meta: small and eager, so data loads in parallel with the page chunk. */
import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { loadedIndex } from '../../data/index-loader.ts';
import { indexQuery } from '../../data/queries.ts';
import { NotFoundError } from '../../data/transport.ts';
import type { MetaFunction } from '../../head/meta.ts';

export function companyLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    const index = await queryClient.ensureQueryData(indexQuery());
    const id = params.company ?? '';
    if (!index.companies.some((company) => company.id === id)) throw new NotFoundError('company', id);
    return null;
  };
}

export const companiesMeta: MetaFunction = ({ queryClient, t }) => {
  const index = loadedIndex(queryClient);
  if (!index) return null;
  return { title: t.companiesTitle, description: `${t.companiesIntro} · ${t.companyCount(index.companies.length)}` };
};

export const companyMeta: MetaFunction = ({ queryClient, params, t }) => {
  const company = loadedIndex(queryClient)?.companies.find((candidate) => candidate.id === params.company);
  if (!company) return null;
  return { title: company.name, description: `${company.name} · ${t.sessionCount(company.sessionCount)}` };
};
