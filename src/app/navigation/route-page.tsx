/**
 * Renders one route: runs its `load` through React Query (so the pre-rendered page's dehydrated
 * cache satisfies it without a request, and navigations dedupe and cache it), suspends until the
 * data and the page's code are there, and turns a failed load into the right page: not found
 * with suggestions, a redirect for a moved id, or a message with a retry.
 */
import { queryOptions, useQueryClient, useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { Component, Suspense, type ReactNode } from 'react';
import { Navigate, useLocation, useParams, type Params } from 'react-router';
import { LoadFailed, PageLoading } from '../components/status.tsx';
import { isNotFound } from '../data/transport.ts';
import { errorMeta, resolveMeta } from '../head/meta.ts';
import { useDocumentTitle } from '../head/use-document-title.ts';
import { useMessages } from '../i18n/i18n.ts';
import { isPageCodeError, isRedirect, lazyPage, type AppRoute } from './app-route.ts';

/** Only readers who hit a wrong URL need the not-found page and its suggestion finder. */
const notFoundPage = lazyPage(() => import('../features/not-found/not-found.tsx').then((m) => m.NotFound));

/** The cache entry that says "this route's data is loaded": keyed by route and params. */
export function routeLoadQuery(route: AppRoute, params: Params, queryClient: QueryClient) {
  return queryOptions({
    queryKey: ['route', route.id, params] as const,
    queryFn: async () => {
      try {
        await Promise.all([route.load?.({ params, queryClient }), route.page.preload()]);
        return true;
      } catch (error) {
        if (isNotFound(error)) await notFoundPage.preload();
        throw error;
      }
    },
    // Never retried here: each data file retries on its own (query-client.ts), and retrying the
    // route on top of that multiplied the attempts (nine, 12–22 s under a progress bar before
    // the error showed, issue #16). Not found and moved are answers anyway; failed code needs
    // a reload (PageCodeError).
    retry: false,
  });
}

export function RoutePage({ route }: { route: AppRoute }) {
  const params = useParams();
  const queryClient = useQueryClient();
  const query = routeLoadQuery(route, params, queryClient);
  // A known answer renders at once, on the server too (where error boundaries do not run).
  const known = queryClient.getQueryState(query.queryKey);
  if (known?.status === 'error' && (isNotFound(known.error) || isRedirect(known.error))) {
    return <RouteFailure error={known.error} onRetry={() => {}} />;
  }
  return <LoadedPage route={route} query={query} />;
}

function LoadedPage({ route, query }: { route: AppRoute; query: ReturnType<typeof routeLoadQuery> }) {
  useSuspenseQuery(query);
  const params = useParams();
  const queryClient = useQueryClient();
  const t = useMessages();
  useDocumentTitle(resolveMeta(route, params, queryClient, t)?.title);
  const Page = route.page.loaded() ?? route.page.Component;
  return <Page />;
}

export function RouteFailure({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  if (isNotFound(error)) {
    const NotFound = notFoundPage.loaded() ?? notFoundPage.Component;
    return <NotFound kind={error.kind} id={error.id} />;
  }
  if (isRedirect(error)) return <Navigate to={error.to} replace />;
  return <RouteLoadFailed error={error} onRetry={onRetry} />;
}

function RouteLoadFailed({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const t = useMessages();
  useDocumentTitle(errorMeta(t).title);
  // The browser will not import failed code again in this document: load the page afresh.
  const retry = isPageCodeError(error) ? () => window.location.reload() : onRetry;
  return <LoadFailed onRetry={retry} detail={error instanceof Error ? error.message : undefined} />;
}

/**
 * Where pages render: a Suspense boundary (kept across navigations, so inside a navigation's
 * transition the old page stays until the new one is ready) inside an error boundary that
 * resets when the location changes.
 */
export function RouteOutlet({ children }: { children: ReactNode }) {
  const location = useLocation();
  const queryClient = useQueryClient();
  return (
    <RouteErrorBoundary
      resetKey={`${location.pathname}${location.search}`}
      onRetry={() => void queryClient.resetQueries({ queryKey: ['route'], type: 'inactive' })}
    >
      <Suspense fallback={<PageLoading />}>{children}</Suspense>
    </RouteErrorBoundary>
  );
}

interface BoundaryProps {
  resetKey: string;
  onRetry: () => void;
  children: ReactNode;
}

class RouteErrorBoundary extends Component<BoundaryProps, { error: unknown; failed: boolean; resetKey: string }> {
  override state = { error: undefined as unknown, failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown) {
    return { error, failed: true };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: { resetKey: string }) {
    return props.resetKey === state.resetKey ? null : { error: undefined, failed: false, resetKey: props.resetKey };
  }

  private retry = () => {
    this.props.onRetry();
    this.setState({ error: undefined, failed: false });
  };

  override render() {
    if (this.state.failed) return <RouteFailure error={this.state.error} onRetry={this.retry} />;
    return this.props.children;
  }
}
