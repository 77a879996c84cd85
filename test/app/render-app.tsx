/**
 * Renders the app as a reader meets it: the real route table, the real providers and a real
 * QueryClient, with a transport that serves catalog JSON from memory instead of HTTP.
 */
import { act, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { UNSAFE_createMemoryHistory as createMemoryHistory, type To } from 'react-router';
import { App } from '../../src/app/app.tsx';
import { createQueryClient } from '../../src/app/data/query-client.ts';
import type { JsonTransport } from '../../src/app/data/transport.ts';
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

/** What tests do with the URL: navigate like the browser's buttons and read where they are. */
export interface TestRouter {
  navigate(to: To | number): Promise<void>;
  readonly location: { pathname: string; search: string; hash: string };
}

export function renderApp(
  path: string,
  { transport = memoryTransport(), retry = 0 }: { transport?: JsonTransport; retry?: number } = {},
) {
  const queryClient = createQueryClient({ transport, retry });
  const history = createMemoryHistory({ initialEntries: [path], v5Compat: true });
  const router: TestRouter = {
    // A synchronous act: tests may leave the promise unawaited, and overlapping async acts
    // would leak into the next test. What the page then loads, tests wait for by what they see.
    navigate: async (to) => {
      act(() => {
        if (typeof to === 'number') history.go(to);
        else history.push(to);
      });
    },
    get location() {
      return history.location;
    },
  };
  const user = userEvent.setup();
  const view = render(<App history={history} queryClient={queryClient} />);
  return { ...view, router, queryClient, user };
}

/** The router's current URL as a reader would type it (decoded). */
export function currentUrl(router: TestRouter): string {
  const { pathname, search, hash } = router.location;
  return decodeURIComponent(`${pathname}${search}${hash}`);
}
