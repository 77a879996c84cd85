/** Search meta: the page itself loads the index (lazily), so there is no loader. */
import type { MetaFunction } from '../../head/meta.ts';

export const searchMeta: MetaFunction = ({ t }) => ({ title: t.searchTitle, description: t.searchIntro });
