import { useQuery } from '@tanstack/react-query';
import { useMemo, type KeyboardEvent } from 'react';
import { useSearchParams } from 'react-router';
import type { SearchEngine } from '../../../search/query.ts';
import { NoScriptNote } from '../../components/noscript-note.tsx';
import { LoadFailed } from '../../components/status.tsx';
import { SessionLink } from '../../components/session-link.tsx';
import { searchIndexQuery } from '../../data/queries.ts';
import { useMessages } from '../../i18n/i18n.ts';
import { editionStyle } from '../../data/edition-color.ts';
import { HighlightedText } from './highlighted-text.tsx';
import { searchInputId, searchResultsId } from './search-box.tsx';

export function SearchPage() {
  const t = useMessages();
  const [params] = useSearchParams();
  const query = params.get('q') ?? '';
  const hasQuery = query.trim() !== '';
  const index = useQuery({ ...searchIndexQuery(), enabled: hasQuery });

  return (
    <div className="search-page">
      <h1>{t.searchTitle}</h1>
      <p className="lead">{t.searchIntro}</p>
      <NoScriptNote message={t.searchNeedsScript} />
      {!hasQuery ? (
        <p className="muted">{t.searchHint}</p>
      ) : index.isError ? (
        <LoadFailed onRetry={() => void index.refetch()} detail={index.error.message} />
      ) : !index.data ? (
        <p className="page-loading" role="status">
          {t.searchLoading}
        </p>
      ) : (
        <SearchResults engine={index.data} query={query.trim()} />
      )}
    </div>
  );
}

function SearchResults({ engine, query }: { engine: SearchEngine; query: string }) {
  const t = useMessages();
  const hits = useMemo(() => engine.search(query), [engine, query]);
  return (
    <section aria-labelledby="search-count">
      <div role="status">
        <h2 id="search-count" className="search-count">
          {hits.length > 0 ? t.searchCount(query, hits.length) : t.searchEmpty(query)}
        </h2>
      </div>
      {hits.length === 0 ? (
        <p className="muted">{t.searchEmptyHint}</p>
      ) : (
        <ol id={searchResultsId} className="search-results" aria-label={t.searchResults} onKeyDown={moveFocus}>
          {hits.map((hit) => (
            <li key={hit.id} className="search-result">
              <h3 className="search-result__title">
                <SessionLink id={hit.id}>
                  <HighlightedText value={hit.title} />
                </SessionLink>
              </h3>
              <p className="search-result__facts" style={editionStyle(hit.editionId)}>
                <span className="edition-mark">{hit.editionName}</span>
                {' · '}
                {[t.day(hit.day), hit.speakers].filter(Boolean).join(' · ')}
              </p>
              {hit.snippet.text && (
                <p className="search-result__snippet">
                  <HighlightedText value={hit.snippet} />
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/**
 * Arrow keys move between result links (and from the first back up to the search box); Enter
 * opens the focused one, as any link does. Tab still walks the page in order.
 */
function moveFocus(event: KeyboardEvent<HTMLOListElement>) {
  const links = [...event.currentTarget.querySelectorAll<HTMLAnchorElement>('a')];
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  let next: HTMLElement | null | undefined;
  if (event.key === 'ArrowDown') next = links[Math.min(at + 1, links.length - 1)];
  else if (event.key === 'ArrowUp') next = at <= 0 ? document.getElementById(searchInputId) : links[at - 1];
  else if (event.key === 'Home') next = links[0];
  else if (event.key === 'End') next = links.at(-1);
  else return;
  event.preventDefault();
  next?.focus();
}
