import { AppLink } from '../../components/app-link.tsx';
import type { Labels } from '../../data/labels.ts';
import { useMessages } from '../../i18n/i18n.ts';
import { tagsHref, type SessionFilter } from '../../routes.ts';

/** No session matches: say so and offer each way to loosen the filter. */
export function EmptyResult({ filter, labels }: { filter: SessionFilter; labels: Labels }) {
  const t = useMessages();
  const options: { key: string; label: string; href: string }[] = [];
  if (filter.match === 'all' && filter.tags.length > 1) {
    options.push({ key: 'any', label: t.useAny, href: tagsHref({ ...filter, match: 'any' }) });
  }
  for (const tag of filter.tags) {
    options.push({ key: `tag-${tag}`, label: t.removeTag(labels.tag(tag)), href: tagsHref({ ...filter, tags: filter.tags.filter((id) => id !== tag) }) });
  }
  if (filter.edition) options.push({ key: 'edition', label: t.clearEdition, href: tagsHref({ ...filter, edition: undefined }) });
  if (filter.company) options.push({ key: 'company', label: t.clearCompany, href: tagsHref({ ...filter, company: undefined }) });
  options.push({ key: 'all', label: t.clearFilter, href: tagsHref() });
  return (
    <div className="empty-result">
      <p>{t.noResults}</p>
      <p>{t.loosen}</p>
      <ul>
        {options.map((option) => (
          <li key={option.key}>
            <AppLink to={option.href}>
              {option.label}
            </AppLink>
          </li>
        ))}
      </ul>
    </div>
  );
}
