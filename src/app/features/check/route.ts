/** `/check` (check-page.tsx): its meta, which keeps the page out of search engines (a tool, not content). */
import type { MetaFunction } from '../../head/meta.ts';

export const checkMeta: MetaFunction = ({ t }) => ({ title: t.checkTitle, description: t.checkIntro, noindex: true });
