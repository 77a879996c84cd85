/**
 * The route table, shared by the browser, the pre-renderer and the tests, and the <Routes> that
 * renders it. Loads and meta are eager (tiny); page components are lazy chunks, so a navigation
 * fetches data and code in parallel and each page's code ships only with that page.
 */
import type { ComponentType } from 'react';
import { Route, Routes, matchRoutes, type Params } from 'react-router';
import { loadIndex } from './data/index-loader.ts';
import { Layout } from './features/layout/layout.tsx';
import { notFoundLoad } from './features/not-found/route.ts';
import { reviewLoad, reviewMeta } from './features/review/route.ts';
import { sessionLoad, sessionMeta } from './features/session/route.ts';
import { tagsLoad, tagsMeta } from './features/tags/route.ts';
import { editionLoad, editionMeta, timelineMeta } from './features/timeline/route.ts';
import { companiesMeta, companyLoad, companyMeta } from './features/companies/route.ts';
import { coverageLoad, coverageMeta } from './features/review-coverage/route.ts';
import { favoritesMeta } from './features/favorites/route.ts';
import { searchMeta } from './features/search/route.ts';
import { speakerLoad, speakerMeta, speakersMeta } from './features/speakers/route.ts';
import { topicsMeta } from './features/topics/route.ts';
import { checkMeta } from './features/check/route.ts';
import { lazyPage, type AppRoute } from './navigation/app-route.ts';
import { RoutePage } from './navigation/route-page.tsx';
import { paths } from './routes.ts';

/**
 * Every page module, each its own chunk. Keyed by the path from the project root, which is also
 * how the client build names the chunk's source, so the pre-renderer can preload it.
 */
const pageModules = import.meta.glob<Record<string, unknown>>('/src/app/features/*/*-page.tsx');

/** A route's page: the `component` that `module` exports, loaded on first use. */
function page(module: string, component: string): Pick<AppRoute, 'module' | 'page'> {
  const load = pageModules[module];
  if (!load) throw new Error(`No page module ${module}`);
  return { module, page: lazyPage(async () => (await load())[component] as ComponentType) };
}

export const appRoutes: readonly AppRoute[] = [
  {
    id: 'timeline',
    path: paths.home,
    load: loadIndex,
    meta: timelineMeta,
    ...page('/src/app/features/timeline/timeline-page.tsx', 'TimelinePage'),
  },
  {
    id: 'edition',
    path: paths.edition,
    load: editionLoad,
    meta: editionMeta,
    ...page('/src/app/features/timeline/timeline-page.tsx', 'EditionPage'),
  },
  {
    id: 'session',
    path: paths.session,
    load: sessionLoad,
    meta: sessionMeta,
    ownDataOnly: true,
    ...page('/src/app/features/session/session-page.tsx', 'SessionPage'),
  },
  {
    // One route for `/tags` and `/tags/:tag`, so moving between them keeps the page (and focus).
    id: 'tags',
    path: `${paths.tags}/:tag?`,
    load: tagsLoad,
    keepFocus: true,
    meta: tagsMeta,
    ...page('/src/app/features/tags/tags-page.tsx', 'TagsPage'),
  },
  {
    id: 'review',
    path: paths.review,
    load: reviewLoad,
    meta: reviewMeta,
    ownDataOnly: true,
    ...page('/src/app/features/review/review-page.tsx', 'ReviewPage'),
  },
  {
    id: 'coverage',
    path: paths.coverage,
    load: coverageLoad,
    meta: coverageMeta,
    ...page('/src/app/features/review-coverage/coverage-page.tsx', 'CoveragePage'),
  },
  {
    // Typing in the header box changes the query on every key: focus stays in the box.
    id: 'search',
    path: paths.search,
    keepFocus: true,
    meta: searchMeta,
    ...page('/src/app/features/search/search-page.tsx', 'SearchPage'),
  },
  {
    id: 'speakers',
    path: paths.speakers,
    load: loadIndex,
    meta: speakersMeta,
    ...page('/src/app/features/speakers/speakers-page.tsx', 'SpeakersPage'),
  },
  {
    id: 'speaker',
    path: paths.speaker,
    load: speakerLoad,
    meta: speakerMeta,
    ...page('/src/app/features/speakers/speakers-page.tsx', 'SpeakerPage'),
  },
  {
    id: 'companies',
    path: paths.companies,
    load: loadIndex,
    meta: companiesMeta,
    ...page('/src/app/features/companies/companies-page.tsx', 'CompaniesPage'),
  },
  {
    id: 'company',
    path: paths.company,
    load: companyLoad,
    meta: companyMeta,
    ...page('/src/app/features/companies/companies-page.tsx', 'CompanyPage'),
  },
  {
    id: 'favorites',
    path: paths.favorites,
    load: loadIndex,
    meta: favoritesMeta,
    ...page('/src/app/features/favorites/favorites-page.tsx', 'FavoritesPage'),
  },
  {
    id: 'topics',
    path: paths.topics,
    load: loadIndex,
    meta: topicsMeta,
    ...page('/src/app/features/topics/topics-page.tsx', 'TopicsPage'),
  },
  {
    id: 'check',
    path: paths.check,
    load: loadIndex,
    meta: checkMeta,
    ...page('/src/app/features/check/check-page.tsx', 'CheckPage'),
  },
  {
    // Its load always throws NotFoundError, so what shows is the not-found page.
    id: 'not-found',
    path: '*',
    load: notFoundLoad,
    module: '',
    page: lazyPage(async () => () => null),
  },
];

const matchable = appRoutes.map((route) => ({ path: route.path, route }));
/**
 * The last match: a page asks twice (its load, and the layout for focus handling), and
 * matchRoutes flattens and ranks every route on each call (pre-rendering thousands of pages
 * spent a tenth of its time matching). Read-only.
 */
let lastMatch: { pathname: string; route: AppRoute; params: Params } | undefined;

/** The route a URL shows, with its params; `pathname` is relative to the basename. */
export function matchAppRoute(pathname: string): { route: AppRoute; params: Params } {
  if (lastMatch?.pathname !== pathname) {
    const [match] = matchRoutes(matchable, pathname) ?? [];
    // The `*` route matches everything, so there is always a match.
    lastMatch = { pathname, route: match!.route.route, params: match!.params };
  }
  return lastMatch;
}

const keepsFocus = (pathname: string) => matchAppRoute(pathname).route.keepFocus ?? false;

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout keepsFocus={keepsFocus} />}>
        {appRoutes.map((route) => (
          <Route key={route.id} path={route.path} element={<RoutePage route={route} />} />
        ))}
      </Route>
    </Routes>
  );
}
