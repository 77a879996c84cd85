/** Tags load and meta: small and eager, so data loads in parallel with the page chunk. */
import { indexEntryLoad, loadedIndex } from '../../data/index-loader.ts';
import type { MetaFunction } from '../../head/meta.ts';
import { tagLabel } from '../../data/labels.ts';

export const tagsLoad = indexEntryLoad(
  'tag',
  (params) => params.tag,
  (index, id) => index.tags.some((tag) => tag.id === id),
);

export const tagsMeta: MetaFunction = ({ queryClient, params, t }) => {
  const index = loadedIndex(queryClient);
  if (!index) return null;
  const tag = params.tag === undefined ? undefined : index.tags.find((candidate) => candidate.id === params.tag);
  if (tag) return { title: t.tagTitle(tagLabel(tag, t.lang)), description: `#${tagLabel(tag, t.lang)} · ${t.sessionCount(tag.sessionCount)}` };
  return { title: t.tagsTitle, description: index.tags.map((candidate) => `#${tagLabel(candidate, t.lang)}`).join(' ') };
};
