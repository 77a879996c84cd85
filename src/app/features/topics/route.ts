import type { QueryClient } from '@tanstack/react-query';
import { indexQuery } from '../../data/queries.ts';
import type { MetaFunction } from '../../head/meta.ts';

export function topicsLoader(queryClient: QueryClient) {
  return async () => {
    await queryClient.ensureQueryData(indexQuery());
    return null;
  };
}

export const topicsMeta: MetaFunction = ({ t }) => ({ title: t.topicsTitle, description: t.topicsIntro });
