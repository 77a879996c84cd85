import type { Labels } from '../data/labels.ts';
import { useMessages } from '../i18n/i18n.ts';
import { tagHref } from '../routes.ts';
import { AppLink } from './app-link.tsx';

export function TagList({ tags, labels }: { tags: readonly string[]; labels: Labels }) {
  const t = useMessages();
  if (tags.length === 0) return null;
  return (
    <ul className="tag-list" aria-label={t.tags}>
      {tags.map((tag) => (
        <li key={tag}>
          <AppLink className="tag" to={tagHref(tag)}>
            #{labels.tag(tag)}
          </AppLink>
        </li>
      ))}
    </ul>
  );
}
