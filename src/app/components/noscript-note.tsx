import type { ReactNode } from 'react';
import type { Tag } from '../../content/schema.ts';
import { useMessages } from '../i18n/i18n.ts';
import { homeHref, tagHref, tagsHref } from '../routes.ts';
import { AppLink } from './app-link.tsx';

/**
 * For readers without JavaScript, in the pre-rendered HTML only: what this page cannot do
 * without it, and the pages that work anyway (each tag's page, the timeline). A browser running
 * scripts never shows a <noscript>, and React leaves its content alone when it hydrates.
 */
export function NoScriptNote({ message, tags }: { message: string; tags?: readonly Tag[] }) {
  const t = useMessages();
  const links: ReactNode[] = tags
    ? tags.map((tag) => (
        <li key={tag.id}>
          <AppLink to={tagHref(tag.id)}>#{tag.label}</AppLink>
        </li>
      ))
    : [
        <li key="tags">
          <AppLink to={tagsHref()}>{t.tagsTitle}</AppLink>
        </li>,
        <li key="home">
          <AppLink to={homeHref()}>{t.timelineTitle}</AppLink>
        </li>,
      ];
  return (
    <noscript>
      <div className="noscript-note">
        <p>{message}</p>
        <ul className="inline-list">{links}</ul>
      </div>
    </noscript>
  );
}
