import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { RouterProvider, type DataRouter } from 'react-router';

/** The providers around the router; the browser entry and the tests render exactly this. */
export function App({ router, queryClient }: { router: DataRouter; queryClient: QueryClient }) {
  useEffect(() => {
    // Marks the page interactive (hydrated or rendered), so browser tests and people measuring
    // the page know when React has taken over the pre-rendered HTML.
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
