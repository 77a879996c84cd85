/**
 * What the pre-rendered page hands to the client: the URL it was rendered for, the dehydrated
 * query cache and the router's hydration data (errors flattened to plain objects and revived as
 * the same classes). Serialised for an inline `<script type="application/json">`: review text is
 * untrusted, so `<`, `>`, `&` and the JS line separators are escaped and `</script>` can never
 * appear inside.
 */
import type { DehydratedState } from '@tanstack/react-query';
import type { HydrationState } from 'react-router';
import { LoadError, NotFoundError, isNotFound, type ResourceKind } from './transport.ts';

export const stateElementId = 'talkshelf-state';

type SerializedError = { type: 'not-found'; kind: ResourceKind; id: string } | { type: 'error'; message: string };

export interface PageState {
  /** Pathname + search without the base, as rendered: `/sessions/2024/x`. */
  url: string;
  queries: DehydratedState;
  router: {
    loaderData: Record<string, unknown>;
    actionData: Record<string, unknown> | null;
    errors: Record<string, SerializedError> | null;
  };
}

export function serializeErrors(errors: Record<string, unknown> | null): PageState['router']['errors'] {
  if (!errors) return null;
  return Object.fromEntries(
    Object.entries(errors).map(([routeId, error]): [string, SerializedError] => [
      routeId,
      isNotFound(error)
        ? { type: 'not-found', kind: error.kind, id: error.id }
        : { type: 'error', message: error instanceof Error ? error.message : String(error) },
    ]),
  );
}

export function toHydrationData(router: PageState['router']): HydrationState {
  const errors = router.errors
    ? Object.fromEntries(
        Object.entries(router.errors).map(([routeId, error]) => [
          routeId,
          error.type === 'not-found' ? new NotFoundError(error.kind, error.id) : new LoadError(error.message, ''),
        ]),
      )
    : null;
  return { loaderData: router.loaderData, actionData: router.actionData, errors };
}

const unsafe: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

export function serializeState(state: PageState): string {
  return JSON.stringify(state).replace(/[<>&\u2028\u2029]/g, (char) => unsafe[char]!);
}

export function stateScript(state: PageState): string {
  return `<script type="application/json" id="${stateElementId}">${serializeState(state)}</script>`;
}

export function readState(doc: Document): PageState | null {
  const text = doc.getElementById(stateElementId)?.textContent;
  if (!text) return null;
  try {
    return JSON.parse(text) as PageState;
  } catch {
    return null;
  }
}

/** `/tags/` and `/tags`, `%EC%B9%B4` and `카`: the same page. */
export function normalizeUrl(url: string): string {
  const parsed = new URL(url, 'http://talkshelf.invalid');
  const pathname = decodeURIComponent(parsed.pathname).normalize('NFC').replace(/\/+$/, '') || '/';
  return `${pathname}${parsed.search}`;
}
