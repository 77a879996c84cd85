import { indexQuery } from '../../data/queries.ts';
import { NotFoundError } from '../../data/transport.ts';
import type { RouteLoad } from '../../navigation/app-route.ts';

/** Any other path: load the index (for suggestions), then answer 404. */
export const notFoundLoad: RouteLoad = async ({ queryClient, params }) => {
  await queryClient.ensureQueryData(indexQuery());
  throw new NotFoundError('page', params['*'] ?? '');
};
