/** Favorites loader and meta: the list itself lives in the browser, the sessions in the index. */
import type { QueryClient } from '@tanstack/react-query';
import { indexQuery } from '../../data/queries.ts';
import type { MetaFunction } from '../../head/meta.ts';

export function favoritesLoader(queryClient: QueryClient) {
  return async () => {
    await queryClient.ensureQueryData(indexQuery());
    return null;
  };
}

export const favoritesMeta: MetaFunction = ({ t }) => ({ title: t.favoritesTitle, description: t.favoritesIntro });
