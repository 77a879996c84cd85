import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { indexQuery } from '../../data/queries.ts';
import { NotFoundError } from '../../data/transport.ts';

/** Any other path: load the index (for suggestions), then answer 404. */
export function notFoundLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    await queryClient.ensureQueryData(indexQuery());
    throw new NotFoundError('page', params['*'] ?? '');
  };
}
