/**
 * How the app gets its static JSON. In the browser it fetches `${BASE_URL}data/…`; the
 * pre-renderer and the tests hand in their own transport (reading the emitted files from memory),
 * bound to one QueryClient so concurrent renders never share state.
 */
import type { QueryClient } from '@tanstack/react-query';

/**
 * Loads one file by its path relative to the site base, unencoded, exactly as the pipeline names
 * it: `data/index.json`, `data/sessions/2024/카카오-빌링.json`. Resolve `undefined` (or throw an
 * error with `status: 404` or `code: 'ENOENT'`) when the file does not exist.
 */
export type JsonTransport = (path: string, init: { signal?: AbortSignal }) => Promise<unknown>;

export type ResourceKind = 'index' | 'session' | 'review' | 'edition' | 'tag' | 'speaker' | 'company' | 'search' | 'page';

/** The resource does not exist: a 404 page with suggestions, never a retry. */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
  readonly status = 404;
  constructor(
    readonly kind: ResourceKind,
    readonly id: string,
  ) {
    super(`${kind} not found: ${id}`);
  }
}

/** Anything else that went wrong loading a file (network, server, bad JSON): worth a retry. */
export class LoadError extends Error {
  override readonly name = 'LoadError';
  constructor(
    message: string,
    readonly path: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export function isNotFound(error: unknown): error is NotFoundError {
  return error instanceof NotFoundError;
}

/**
 * A file of the site's data folder: `data/…` with no empty, `.` or `..` segment. Ids come from
 * URLs, and `/reviews/..%2F..%2Fevil%2Fx/` gives the id `../../evil/x`: encoded or not, the
 * browser resolves those segments, and the request would leave the folder (issue #16).
 */
export function isDataPath(path: string): boolean {
  const segments = path.split('/');
  return segments.length > 1 && segments[0] === 'data' && segments.every((s) => s !== '' && s !== '.' && s !== '..');
}

/** The URL the browser fetches a data file at: under the base, one encoded segment at a time. */
export function dataUrl(base: string, path: string): string {
  if (!isDataPath(path)) throw new Error(`Not a file of the data folder: ${JSON.stringify(path)}`);
  return `${base.endsWith('/') ? base : `${base}/`}${path.split('/').map(encodeURIComponent).join('/')}`;
}

/** The browser transport: `fetch` against the Vite base. */
export function createHttpTransport(base: string = import.meta.env.BASE_URL): JsonTransport {
  return async (path, { signal }) => {
    const response = await fetch(dataUrl(base, path), { signal: signal ?? null });
    if (response.status === 404) return undefined;
    if (!response.ok) throw new LoadError(`HTTP ${response.status} for ${path}`, path, response.status);
    return response.json();
  };
}

const transports = new WeakMap<QueryClient, JsonTransport>();
let defaultTransport: JsonTransport | undefined;

/** Replace the transport for every QueryClient that has none of its own. */
export function setJsonTransport(transport: JsonTransport | undefined): void {
  defaultTransport = transport;
}

/** Give one QueryClient its own transport (the pre-renderer, each test). */
export function bindJsonTransport(client: QueryClient, transport: JsonTransport): void {
  transports.set(client, transport);
}

function transportFor(client: QueryClient | undefined): JsonTransport {
  const bound = client && transports.get(client);
  if (bound) return bound;
  defaultTransport ??= createHttpTransport();
  return defaultTransport;
}

function isMissing(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { status, code } = error as { status?: unknown; code?: unknown };
  return status === 404 || code === 'ENOENT';
}

/**
 * Load `path` through the client's transport. Throws NotFoundError(kind, id) when the file is
 * missing and LoadError for anything else.
 */
export async function fetchJson<T>(
  path: string,
  options: { client?: QueryClient; signal?: AbortSignal; kind?: ResourceKind; id?: string } = {},
): Promise<T> {
  const { client, signal, kind = 'page', id = path } = options;
  // Nothing outside the data folder is ever asked for, whatever transport answers.
  if (!isDataPath(path)) throw new NotFoundError(kind, id);
  let json: unknown;
  try {
    json = await transportFor(client)(path, signal ? { signal } : {});
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof LoadError) throw error;
    if (isMissing(error)) throw new NotFoundError(kind, id);
    if (signal?.aborted) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new LoadError(message, path);
  }
  if (json === undefined || json === null) throw new NotFoundError(kind, id);
  return json as T;
}
