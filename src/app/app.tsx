import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { HistoryRouter, type History } from './navigation/history-router.tsx';
import { AppRoutes } from './router.tsx';

/** The providers around the routes; the browser entry and the tests render exactly this. */
export function App({ history, queryClient, basename }: { history: History; queryClient: QueryClient; basename?: string }) {
  useEffect(() => {
    // Marks the page interactive (hydrated or rendered), so browser tests and people measuring
    // the page know when React has taken over the pre-rendered HTML.
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return (
    <QueryClientProvider client={queryClient}>
      <HistoryRouter history={history} {...(basename ? { basename } : {})}>
        <AppRoutes />
      </HistoryRouter>
    </QueryClientProvider>
  );
}
