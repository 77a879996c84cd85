/**
 * The route table, shared by the browser router, the pre-renderer's static handler and the tests.
 * Loaders and meta are eager (tiny); page components are lazy chunks, so a navigation fetches
 * data and code in parallel and react-markdown only ships with the session and review pages.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { PageLoading } from './components/status.tsx';
import { Layout } from './features/layout/layout.tsx';
import { RootError } from './features/layout/root-error.tsx';
import { RouteError } from './features/layout/route-error.tsx';
import { indexLoader } from './data/index-loader.ts';
import { notFoundLoader } from './features/not-found/route.ts';
import { reviewLoader, reviewMeta } from './features/review/route.ts';
import { sessionLoader, sessionMeta } from './features/session/route.ts';
import { tagsLoader, tagsMeta } from './features/tags/route.ts';
import { editionLoader, editionMeta, timelineMeta } from './features/timeline/route.ts';
import { companiesMeta, companyLoader, companyMeta } from './features/companies/route.ts';
import { coverageLoader, coverageMeta } from './features/review-coverage/route.ts';
import { favoritesMeta } from './features/favorites/route.ts';
import { searchMeta } from './features/search/route.ts';
import { speakerLoader, speakerMeta, speakersMeta } from './features/speakers/route.ts';
import { topicsMeta } from './features/topics/route.ts';
import type { RouteHandle } from './head/meta.ts';
import { paths } from './routes.ts';

const page = (route: RouteObject & { handle?: RouteHandle }): RouteObject => ({
  hydrateFallbackElement: <PageLoading />,
  ...route,
});

export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      id: 'root',
      path: '/',
      Component: Layout,
      errorElement: <RootError />,
      children: [
        {
          id: 'pages',
          errorElement: <RouteError />,
          children: [
            page({
              id: 'timeline',
              index: true,
              loader: indexLoader(queryClient),
              handle: { meta: timelineMeta },
              lazy: () => import('./features/timeline/timeline-page.tsx').then((m) => ({ Component: m.TimelinePage })),
            }),
            page({
              id: 'edition',
              path: paths.edition,
              loader: editionLoader(queryClient),
              handle: { meta: editionMeta },
              lazy: () => import('./features/timeline/timeline-page.tsx').then((m) => ({ Component: m.EditionPage })),
            }),
            page({
              id: 'session',
              path: paths.session,
              loader: sessionLoader(queryClient),
              handle: { meta: sessionMeta },
              lazy: () => import('./features/session/session-page.tsx').then((m) => ({ Component: m.SessionPage })),
            }),
            page({
              // One route for `/tags` and `/tags/:tag`, so moving between them keeps the page (and focus).
              id: 'tags',
              path: `${paths.tags}/:tag?`,
              loader: tagsLoader(queryClient),
              handle: { meta: tagsMeta, keepFocus: true },
              // The filter lives in the query string and needs no new data: only a new tag path reloads.
              shouldRevalidate: ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
                currentUrl.pathname !== nextUrl.pathname && defaultShouldRevalidate,
              lazy: () => import('./features/tags/tags-page.tsx').then((m) => ({ Component: m.TagsPage })),
            }),
            page({
              id: 'review',
              path: paths.review,
              loader: reviewLoader(queryClient),
              handle: { meta: reviewMeta },
              lazy: () => import('./features/review/review-page.tsx').then((m) => ({ Component: m.ReviewPage })),
            }),
            page({
              id: 'coverage',
              path: paths.coverage,
              loader: coverageLoader(queryClient),
              handle: { meta: coverageMeta },
              lazy: () => import('./features/review-coverage/coverage-page.tsx').then((m) => ({ Component: m.CoveragePage })),
            }),
            page({
              // Typing in the header box changes the query on every key: focus stays in the box.
              id: 'search',
              path: paths.search,
              handle: { meta: searchMeta, keepFocus: true },
              lazy: () => import('./features/search/search-page.tsx').then((m) => ({ Component: m.SearchPage })),
            }),
            page({
              id: 'speakers',
              path: paths.speakers,
              loader: indexLoader(queryClient),
              handle: { meta: speakersMeta },
              lazy: () => import('./features/speakers/speakers-page.tsx').then((m) => ({ Component: m.SpeakersPage })),
            }),
            page({
              id: 'speaker',
              path: paths.speaker,
              loader: speakerLoader(queryClient),
              handle: { meta: speakerMeta },
              lazy: () => import('./features/speakers/speakers-page.tsx').then((m) => ({ Component: m.SpeakerPage })),
            }),
            page({
              id: 'companies',
              path: paths.companies,
              loader: indexLoader(queryClient),
              handle: { meta: companiesMeta },
              lazy: () => import('./features/companies/companies-page.tsx').then((m) => ({ Component: m.CompaniesPage })),
            }),
            page({
              id: 'company',
              path: paths.company,
              loader: companyLoader(queryClient),
              handle: { meta: companyMeta },
              lazy: () => import('./features/companies/companies-page.tsx').then((m) => ({ Component: m.CompanyPage })),
            }),
            page({
              id: 'favorites',
              path: paths.favorites,
              loader: indexLoader(queryClient),
              handle: { meta: favoritesMeta },
              // The shared list is in the query string and needs no new data.
              shouldRevalidate: ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
                currentUrl.pathname !== nextUrl.pathname && defaultShouldRevalidate,
              lazy: () => import('./features/favorites/favorites-page.tsx').then((m) => ({ Component: m.FavoritesPage })),
            }),
            page({
              id: 'topics',
              path: paths.topics,
              loader: indexLoader(queryClient),
              handle: { meta: topicsMeta },
              lazy: () => import('./features/topics/topics-page.tsx').then((m) => ({ Component: m.TopicsPage })),
            }),
            page({ id: 'not-found', path: '*', loader: notFoundLoader(queryClient) }),
          ],
        },
      ],
    },
  ];
}
