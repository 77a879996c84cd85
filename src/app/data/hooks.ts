/**
 * Data hooks for route components. Loaders have already ensured the data, so these never
 * suspend on a normal navigation; they keep components typed with data that is always there.
 *
 * One module per hook (use-session.ts, use-review.ts, prefetch-session.ts): a module several
 * pages share is a chunk of its own, loaded whole, so each page's first load carries only the
 * hooks it calls.
 */
import { useSuspenseQuery } from '@tanstack/react-query';
import { indexQuery } from './queries.ts';

export function useIndex() {
  return useSuspenseQuery(indexQuery()).data;
}
