/** The review page's data (see hooks.ts). */
import { useSuspenseQuery } from '@tanstack/react-query';
import { reviewQuery } from './queries.ts';

export function useReview(id: string) {
  return useSuspenseQuery(reviewQuery(id)).data;
}
