/** Review load and meta: small and eager, so data loads in parallel with the page chunk. */
import type { ReviewFile } from '../../../content/schema.ts';
import { indexQuery, reviewQuery } from '../../data/queries.ts';
import { isNotFound } from '../../data/transport.ts';
import type { MetaFunction } from '../../head/meta.ts';
import type { RouteLoad } from '../../navigation/app-route.ts';

export const reviewLoad: RouteLoad = async ({ queryClient, params }) => {
  try {
    await queryClient.ensureQueryData(reviewQuery(params.id ?? ''));
  } catch (error) {
    // The not-found page suggests close matches from the index.
    if (isNotFound(error)) await queryClient.ensureQueryData(indexQuery());
    throw error;
  }
};

export const reviewMeta: MetaFunction = ({ queryClient, params, t }) => {
  const file = queryClient.getQueryData<ReviewFile>(reviewQuery(params.id ?? '').queryKey);
  if (!file) return null;
  const { review } = file;
  const description =
    review.description ?? [review.author ?? t.unknownAuthor, review.date, file.edition?.name].filter(Boolean).join(' · ');
  return { title: review.title, description };
};
