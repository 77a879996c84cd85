import type { MetaFunction } from '../../head/meta.ts';

export const topicsMeta: MetaFunction = ({ t }) => ({ title: t.topicsTitle, description: t.topicsIntro });
