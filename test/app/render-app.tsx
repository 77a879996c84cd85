/**
 * Renders the app as a reader meets it: the real route table, the real providers and a real
 * QueryClient, with a transport that serves catalog JSON from memory instead of HTTP.
 */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { App } from '../../src/app/app.tsx';
import { createQueryClient } from '../../src/app/data/query-client.ts';
import type { JsonTransport } from '../../src/app/data/transport.ts';
import { createRoutes } from '../../src/app/router.tsx';
import { buildFixture } from './fixtures/catalog.ts';

export const fixture = buildFixture();

export function memoryTransport(files: ReadonlyMap<string, unknown> = fixture.files): JsonTransport {
  return async (path) => structuredClone(files.get(path));
}

/**
 * A transport whose answers wait until `release()` and that can fail on purpose, for loading
 * and error states. Every request is logged in `requests`.
 */
export function controlledTransport(files: ReadonlyMap<string, unknown> = fixture.files) {
  let gate: Promise<void> = Promise.resolve();
  let open: () => void = () => {};
  const failing = new Set<string>();
  const requests: string[] = [];
  const transport: JsonTransport = async (path) => {
    requests.push(path);
    await gate;
    if (failing.has(path)) throw new Error(`Server error for ${path}`);
    return structuredClone(files.get(path));
  };
  return {
    transport,
    requests,
    hold() {
      gate = new Promise((resolve) => (open = resolve));
    },
    release() {
      open();
    },
    fail(path: string) {
      failing.add(path);
    },
    recover(path: string) {
      failing.delete(path);
    },
  };
}

export function renderApp(
  path: string,
  { transport = memoryTransport(), retry = 0 }: { transport?: JsonTransport; retry?: number } = {},
) {
  const queryClient = createQueryClient({ transport, retry });
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(<App router={router} queryClient={queryClient} />);
  return { ...view, router, queryClient, user };
}

/** The router's current URL as a reader would type it (decoded). */
export function currentUrl(router: ReturnType<typeof createMemoryRouter>): string {
  const { pathname, search, hash } = router.state.location;
  return decodeURIComponent(`${pathname}${search}${hash}`);
}
