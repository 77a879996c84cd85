import { loadedIndex } from '../../data/index-loader.ts';
import type { MetaFunction } from '../../head/meta.ts';

/** The same check as the edition page: the edition must exist. */
export { editionLoad as coverageLoad } from '../timeline/route.ts';

export const coverageMeta: MetaFunction = ({ queryClient, params, t }) => {
  const index = loadedIndex(queryClient);
  const edition = index?.editions.find((candidate) => candidate.id === params.edition);
  if (!edition) return null;
  const count = index!.sessions.filter((session) => session.editionId === edition.id).length;
  return { title: t.coverageTitle(edition.name), description: `${edition.name} · ${t.sessionCount(count)}` };
};
