import { useMemo } from 'react';
import type { IndexFile } from '../../../content/schema.ts';
import { compareText } from '../../data/compare-text.ts';
import { companyName, tagLabel } from '../../data/labels.ts';
import { useMessages } from '../../i18n/i18n.ts';
import type { SessionFilter, TagMatch } from '../../routes.ts';
import type { FacetCounts } from './filter-sessions.ts';

/** Tag toggles, the any/all switch, and edition and company choices; every change is a new URL. */
export function FilterControls({
  index,
  filter,
  counts,
  onChange,
}: {
  index: IndexFile;
  filter: SessionFilter;
  counts: FacetCounts;
  onChange: (next: SessionFilter) => void;
}) {
  const t = useMessages();
  const toggleTag = (tag: string) =>
    onChange({
      ...filter,
      tags: filter.tags.includes(tag) ? filter.tags.filter((id) => id !== tag) : [...filter.tags, tag],
    });
  // Sorted once per index, not on every toggle.
  const { tags, editions, companies } = useMemo(
    () => ({
      tags: [...index.tags].sort((a, b) => b.sessionCount - a.sessionCount || compareText(tagLabel(a, t.lang), tagLabel(b, t.lang))),
      editions: [...index.editions].sort((a, b) => (b.year ?? -1) - (a.year ?? -1)),
      companies: index.companies.filter((company) => company.sessionCount > 0),
    }),
    [index, t.lang],
  );

  return (
    <section className="filter" aria-label={t.filterLegend}>
      <ul className="tag-toggles">
        {tags.map((tag) => {
          const pressed = filter.tags.includes(tag.id);
          return (
            <li key={tag.id}>
              <button
                type="button"
                className="tag-toggle"
                aria-pressed={pressed}
                onClick={() => toggleTag(tag.id)}
              >
                {t.tagToggle(tagLabel(tag, t.lang), counts.tags.get(tag.id) ?? 0)}
              </button>
            </li>
          );
        })}
      </ul>
      <div className="filter__row">
        <fieldset className="match-switch">
          <legend>{t.matchLabel}</legend>
          {(['any', 'all'] as TagMatch[]).map((match) => (
            <label key={match}>
              <input
                type="radio"
                name="match"
                value={match}
                checked={filter.match === match}
                onChange={() => onChange({ ...filter, match })}
              />
              {match === 'any' ? t.matchAny : t.matchAll}
            </label>
          ))}
        </fieldset>
        <label className="filter__select">
          <span>{t.edition}</span>
          <select value={filter.edition ?? ''} onChange={(e) => onChange({ ...filter, edition: e.target.value || undefined })}>
            <option value="">{t.anyEdition}</option>
            {editions.map((edition) => (
              <option key={edition.id} value={edition.id}>
                {t.tagToggle(edition.name, counts.editions.get(edition.id) ?? 0)}
              </option>
            ))}
          </select>
        </label>
        <label className="filter__select">
          <span>{t.companies}</span>
          <select value={filter.company ?? ''} onChange={(e) => onChange({ ...filter, company: e.target.value || undefined })}>
            <option value="">{t.anyCompany}</option>
            {companies.map((company) => (
              <option key={company.id} value={company.id}>
                {t.tagToggle(companyName(company, t.lang), counts.companies.get(company.id) ?? 0)}
              </option>
            ))}
          </select>
        </label>
      </div>
    </section>
  );
}
