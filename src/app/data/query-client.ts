import { QueryClient } from '@tanstack/react-query';
import { bindJsonTransport, isNotFound, type JsonTransport } from './transport.ts';

export interface QueryClientOptions {
  transport?: JsonTransport;
  /** Retries after a failed load; 0 in tests that check the error state. */
  retry?: number;
}

/**
 * The static JSON never changes within a deploy: fresh forever, so hydrated data is not
 * refetched. Missing files are not retried.
 */
export function createQueryClient({ transport, retry = 2 }: QueryClientOptions = {}): QueryClient {
  const client = new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        gcTime: 30 * 60 * 1000,
        refetchOnWindowFocus: false,
        retry: (failures, error) => !isNotFound(error) && failures < retry,
        // 0.25 s, then 0.5 s: a failed navigation shows its error and retry within about a
        // second and a half plus the requests, not after React Query's 1 s, 2 s, 4 s… (issue #16).
        retryDelay: (failures) => Math.min(250 * 2 ** failures, 1_000),
      },
    },
  });
  if (transport) bindJsonTransport(client, transport);
  return client;
}
