import { useMemo } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { SessionCard } from '../../components/session-card.tsx';
import { useIndex } from '../../data/hooks.ts';
import { createLabels } from '../../data/labels.ts';
import { useMessages } from '../../i18n/i18n.ts';
import { searchToFilter, tagsHref, type SessionFilter } from '../../routes.ts';
import { EmptyResult } from './empty-result.tsx';
import { FilterControls } from './filter-controls.tsx';
import { countFacets, filterSessions, timelineOrder } from './filter-sessions.ts';

/** `/tags` and `/tags/:tag`: every tag with its count, and the sessions the URL's filter selects. */
export function TagsPage() {
  const t = useMessages();
  const index = useIndex();
  const { tag: pathTag } = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const filter = searchToFilter(search, pathTag);
  const labels = useMemo(() => createLabels(index.companies, index.tags), [index]);
  const ordered = useMemo(() => timelineOrder(index), [index]);
  const results = filterSessions(ordered, filter);
  const counts = countFacets(ordered, filter);
  const tag = pathTag ? index.tags.find((candidate) => candidate.id === pathTag) : undefined;

  // A new history entry per change, so back undoes it; the scroll position stays put (a
  // query-string-only navigation keeps it: navigation/scroll-restoration.tsx).
  const change = (next: SessionFilter) => navigate(tagsHref(next));

  return (
    <div className="tags-page">
      <h1>{tag ? t.tagTitle(tag.label) : t.tagsTitle}</h1>
      <FilterControls index={index} filter={filter} counts={counts} onChange={change} />
      <section aria-labelledby="results-title" className="results">
        <h2 id="results-title" aria-live="polite">
          {t.resultCount(results.length)}
        </h2>
        {results.length === 0 ? (
          <EmptyResult filter={filter} labels={labels} />
        ) : (
          <ol className="session-list">
            {results.map((session) => (
              <li key={session.id}>
                <SessionCard session={session} labels={labels} headingLevel={3} />
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
