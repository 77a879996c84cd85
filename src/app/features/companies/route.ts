/** Companies loaders and meta: small and eager, so data loads in parallel with the page chunk. */
import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import type { IndexFile } from '../../../content/schema.ts';
import { indexQuery } from '../../data/queries.ts';
import { NotFoundError } from '../../data/transport.ts';
import type { MetaFunction } from '../../head/meta.ts';

export function companiesLoader(queryClient: QueryClient) {
  return async () => {
    await queryClient.ensureQueryData(indexQuery());
    return null;
  };
}

export function companyLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    const index = await queryClient.ensureQueryData(indexQuery());
    const id = params.company ?? '';
    if (!index.companies.some((company) => company.id === id)) throw new NotFoundError('company', id);
    return null;
  };
}

const getIndex = (queryClient: QueryClient) => queryClient.getQueryData<IndexFile>(indexQuery().queryKey);

export const companiesMeta: MetaFunction = ({ queryClient, t }) => {
  const index = getIndex(queryClient);
  if (!index) return null;
  return { title: t.companiesTitle, description: `${t.companiesIntro} · ${t.companyCount(index.companies.length)}` };
};

export const companyMeta: MetaFunction = ({ queryClient, params, t }) => {
  const company = getIndex(queryClient)?.companies.find((candidate) => candidate.id === params.company);
  if (!company) return null;
  return { title: company.name, description: `${company.name} · ${t.sessionCount(company.sessionCount)}` };
};
