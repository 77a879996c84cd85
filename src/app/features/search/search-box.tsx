/**
 * The header search box, on every page. Part of the shell, so it stays tiny: no search code,
 * only navigation. Typing goes to `/search?q=…` (one history entry per search, not per key);
 * "/" anywhere focuses it; ArrowDown moves into the results.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useHref, useMatch, useNavigate, useSearchParams } from 'react-router';
import { searchIndexQuery } from '../../data/queries.ts';
import { useMessages } from '../../i18n/i18n.ts';
import { paths, searchHref } from '../../routes.ts';

export const searchInputId = 'site-search';
export const searchResultsId = 'search-results';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function SearchBox() {
  const t = useMessages();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  // A static host may have redirected `/search?q=…` to `/search/?q=…`: match, do not compare.
  const onSearchPage = useMatch(paths.search) !== null;
  const urlQuery = onSearchPage ? (params.get('q') ?? '') : '';
  const [value, setValue] = useState(urlQuery);
  const input = useRef<HTMLInputElement>(null);
  const action = useHref(searchHref());

  // Back/forward between searches, or leaving the search page, shows that page's query.
  useEffect(() => {
    setValue(urlQuery);
  }, [urlQuery]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  // On the search page every key refines the same search (replace). From another page the
  // first search gets a history entry of its own, after a short pause so a burst of keys is one
  // navigation: the router commits the new location in a transition, so a key pressed before
  // that would otherwise push a second entry or replace the page being left.
  const committedOnSearch = useRef(onSearchPage);
  useLayoutEffect(() => {
    committedOnSearch.current = onSearchPage;
  }, [onSearchPage]);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const search = (query: string, { now = false } = {}) => {
    clearTimeout(timer.current);
    const go = () => void navigate(searchHref(query), { replace: committedOnSearch.current });
    if (now || committedOnSearch.current) go();
    else timer.current = setTimeout(go, 150);
  };

  return (
    <form
      role="search"
      className="site-search"
      action={action}
      method="get"
      onSubmit={(event) => {
        event.preventDefault();
        search(value, { now: true });
      }}
    >
      <input
        ref={input}
        id={searchInputId}
        type="search"
        name="q"
        value={value}
        aria-label={t.searchLabel}
        placeholder={t.searchPlaceholder}
        aria-keyshortcuts="/"
        aria-controls={onSearchPage ? searchResultsId : undefined}
        autoComplete="off"
        // Start loading the index as soon as someone shows intent to search.
        onFocus={() => void queryClient.prefetchQuery(searchIndexQuery())}
        onChange={(event) => {
          setValue(event.target.value);
          search(event.target.value);
        }}
        onKeyDown={(event) => {
          if (event.key !== 'ArrowDown') return;
          const first = document.querySelector<HTMLElement>(`#${searchResultsId} a`);
          if (!first) return;
          event.preventDefault();
          first.focus();
        }}
      />
    </form>
  );
}
