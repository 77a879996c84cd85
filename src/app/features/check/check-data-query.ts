/** The query for data/check.json, the site's curated files: fetched by the check page once it is there (the pre-rendered page does not carry it). */
import { queryOptions } from '@tanstack/react-query';
import { CHECK_DATA_PATH } from '../../../content/emit/check-data-path.ts';
import type { CheckDataFile } from '../../../content/schema.ts';
import { fetchJson } from '../../data/transport.ts';

export function checkDataQuery() {
  return queryOptions({
    queryKey: ['check-data'] as const,
    queryFn: ({ client, signal }) => fetchJson<CheckDataFile>(CHECK_DATA_PATH, { client, signal, kind: 'page', id: 'check' }),
    staleTime: Infinity,
  });
}
