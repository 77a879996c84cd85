/** Timeline load and meta: small and eager, so data loads in parallel with the page chunk. */
import { indexEntryLoad, loadedIndex } from '../../data/index-loader.ts';
import type { MetaFunction } from '../../head/meta.ts';

export const editionLoad = indexEntryLoad(
  'edition',
  (params) => params.edition ?? '',
  (index, id) => index.editions.some((edition) => edition.id === id),
);

export const timelineMeta: MetaFunction = ({ queryClient, t }) => {
  const index = loadedIndex(queryClient);
  if (!index) return null;
  return { title: t.timelineTitle, description: `${t.siteDescription} · ${t.sessionCount(index.sessions.length)}` };
};

export const editionMeta: MetaFunction = ({ queryClient, params, t }) => {
  const edition = loadedIndex(queryClient)?.editions.find((e) => e.id === params.edition);
  if (!edition) return null;
  const count = edition.days.reduce((sum, day) => sum + day.sessionIds.length, 0);
  return { title: edition.name, description: `${edition.name} · ${t.sessionCount(count)}` };
};
