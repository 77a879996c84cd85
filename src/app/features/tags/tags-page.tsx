import { startTransition, useDeferredValue, useMemo, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { SessionCard } from '../../components/session-card.tsx';
import { NoScriptNote } from '../../components/noscript-note.tsx';
import { VirtualList } from '../../components/virtual-list.tsx';
import { useIndex } from '../../data/hooks.ts';
import { createLabels, tagLabel } from '../../data/labels.ts';
import { useMessages } from '../../i18n/i18n.ts';
import { filterToSearch, searchToFilter, tagsHref, type SessionFilter } from '../../routes.ts';
import { EmptyResult } from './empty-result.tsx';
import { FilterControls } from './filter-controls.tsx';
import { countFacets, filterSessions, indexSessions } from './filter-sessions.ts';

/** Above this many results only the cards near the viewport are rendered (as on the timeline). */
const WINDOW_ABOVE = 150;
/** Results in the pre-rendered HTML of a long list: the first screen. */
const FIRST_SCREEN_CARDS = 12;

/** `/tags` and `/tags/:tag`: every tag with its count, and the sessions the URL's filter selects. */
export function TagsPage() {
  const t = useMessages();
  const index = useIndex();
  const { tag: pathTag } = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  // A change shows at once from here; the URL follows after that frame (see `change`), and
  // this is cleared in the same transition as that navigation, so the two always commit
  // together, even when "back" interrupts the navigation before it commits. It applies only
  // while the URL is still the one it was chosen on ("back" before the push even starts).
  const [pending, setPending] = useState<{ on: string; filter: SessionFilter } | null>(null);
  const url = `${pathTag ?? ''}?${search.toString()}`;
  const fromUrl = useMemo(() => searchToFilter(search, pathTag), [search, pathTag]);
  const filter = pending?.on === url ? pending.filter : fromUrl;
  // Keyed by the filter's query string, so the URL catching up with a pending filter reuses them.
  const key = filterToSearch(filter);
  const labels = useMemo(() => createLabels(index.companies, index.tags, index.editions, t.lang), [index, t.lang]);
  const sessionIndex = indexSessions(index);
  const results = useMemo(() => filterSessions(sessionIndex, filter), [sessionIndex, key]);
  // The counts beside each choice follow in a render of their own right after, so a toggle's
  // task renders only the list and its heading.
  const counted = useDeferredValue(filter);
  const counts = useMemo(() => countFacets(sessionIndex, counted), [sessionIndex, filterToSearch(counted)]);
  const tag = pathTag ? index.tags.find((candidate) => candidate.id === pathTag) : undefined;

  // A new history entry per change, so back undoes it; the scroll position stays put (a
  // query-string-only navigation keeps it: navigation/scroll-restoration.tsx). The list
  // updates in the click's own frame; pushState and the router's render (several ms on a slow
  // phone) wait until that frame is painted.
  const change = (next: SessionFilter) => {
    setPending({ on: url, filter: next });
    // Known limit: "back" pressed within that frame is followed by this push.
    requestAnimationFrame(() =>
      setTimeout(() =>
        startTransition(() => {
          setPending(null);
          navigate(tagsHref(next));
        }),
      ),
    );
  };

  return (
    <div className="tags-page">
      <h1>{tag ? t.tagTitle(tagLabel(tag, t.lang)) : t.tagsTitle}</h1>
      <NoScriptNote message={t.filterNeedsScript} tags={index.tags} />
      {/* Closed, so on a phone the first results are in the first screen; a desktop shows its
          content anyway (pages.css, ::details-content), with or without JavaScript. */}
      <details className="filter-disclosure">
        <summary>
          {t.filterToggle}
          {filter.tags.length > 0 && ` (${filter.tags.length})`}
        </summary>
        <FilterControls index={index} filter={filter} counts={counts} onChange={change} />
      </details>
      <section aria-labelledby="results-title" className="results">
        <h2 id="results-title" aria-live="polite">
          {t.resultCount(results.length)}
        </h2>
        {results.length === 0 ? (
          <EmptyResult filter={filter} labels={labels} />
        ) : (
          <VirtualList
            items={results}
            itemKey={(session) => session.id}
            windowed={results.length > WINDOW_ABOVE}
            initialCount={FIRST_SCREEN_CARDS}
            renderItem={(session) => <SessionCard session={session} labels={labels} headingLevel={3} />}
          />
        )}
      </section>
    </div>
  );
}
