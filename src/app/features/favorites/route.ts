/** Favorites meta (the page loads with `loadIndex`): the list lives in the browser, the sessions in the index. */
import type { MetaFunction } from '../../head/meta.ts';

export const favoritesMeta: MetaFunction = ({ t }) => ({ title: t.favoritesTitle, description: t.favoritesIntro });
