/** Review load and meta: small and eager, so data loads in parallel with the page chunk. */
import type { ReviewFile } from '../../../content/schema.ts';
import { idsOf } from '../../data/index-loader.ts';
import { catalogIdKnown, indexQuery, noteCatalogId, reviewQuery } from '../../data/queries.ts';
import { NotFoundError } from '../../data/transport.ts';
import type { MetaFunction } from '../../head/meta.ts';
import type { RouteLoad } from '../../navigation/app-route.ts';

/**
 * Only an id of the catalog is fetched; any other is the not-found page, which suggests close
 * matches from the index (loaded here either way).
 */
export const reviewLoad: RouteLoad = async ({ queryClient, params }) => {
  const id = params.id ?? '';
  if (!catalogIdKnown(queryClient, 'review', id) && !queryClient.getQueryData(reviewQuery(id).queryKey)) {
    const index = await queryClient.ensureQueryData(indexQuery());
    if (!idsOf(index).reviews.has(id)) throw new NotFoundError('review', id);
    noteCatalogId(queryClient, 'review', id);
  }
  await queryClient.ensureQueryData(reviewQuery(id));
};

export const reviewMeta: MetaFunction = ({ queryClient, params, t }) => {
  const file = queryClient.getQueryData<ReviewFile>(reviewQuery(params.id ?? '').queryKey);
  if (!file) return null;
  const { review } = file;
  const description =
    review.description ?? [review.author ?? t.unknownAuthor, review.date, file.edition?.name].filter(Boolean).join(' · ');
  return { title: review.title, description };
};
