import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../src/app/data/query-client.ts';
import { indexQuery, sessionQuery } from '../../src/app/data/queries.ts';
import { createHttpTransport, dataUrl, fetchJson, isDataPath, LoadError, NotFoundError } from '../../src/app/data/transport.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

function stubFetch(status: number, body: unknown = {}) {
  const calls: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    calls.push(url);
    return new Response(JSON.stringify(body), { status });
  });
  return calls;
}

describe('the HTTP transport', () => {
  it('fetches against the base with each path segment encoded', async () => {
    const calls = stubFetch(200, { ok: true });
    const client = createQueryClient({ transport: createHttpTransport('/talkshelf/') });
    await client.fetchQuery(sessionQuery('2024/카카오-빌링'));
    expect(calls).toEqual([`/talkshelf/data/sessions/2024/${encodeURIComponent('카카오-빌링')}.json`]);
  });

  it('turns a 404 into NotFoundError and other failures into LoadError', async () => {
    stubFetch(404);
    const client = createQueryClient({ transport: createHttpTransport('/'), retry: 0 });
    await expect(client.fetchQuery(sessionQuery('2024/x'))).rejects.toEqual(new NotFoundError('session', '2024/x'));
    stubFetch(500);
    await expect(client.fetchQuery(indexQuery())).rejects.toBeInstanceOf(LoadError);
  });
});

describe('the data folder', () => {
  const escapes = ['data/reviews/../../evil/x.json', 'data/reviews/../index.json', 'data/./x.json', 'data//x.json', 'evil/x.json', 'data', '../data/x.json'];

  it.each(escapes)('never asks any transport for %s: not found', async (path) => {
    const transport = vi.fn(async () => ({ planted: true }));
    const client = createQueryClient({ transport, retry: 0 });
    await expect(fetchJson(path, { client, kind: 'review', id: 'x' })).rejects.toEqual(new NotFoundError('review', 'x'));
    expect(transport).not.toHaveBeenCalled();
  });

  it('builds URLs only under the base’s data folder', () => {
    expect(dataUrl('/talkshelf/', 'data/sessions/2024/a b.json')).toBe('/talkshelf/data/sessions/2024/a%20b.json');
    expect(isDataPath('data/reviews/..x.json')).toBe(true);
    for (const path of escapes) expect(() => dataUrl('/', path), path).toThrow(/Not a file of the data folder/);
  });
});

describe('a replacement transport (the pre-renderer’s loadJson)', () => {
  it('maps a thrown 404 or ENOENT to NotFoundError, anything else to LoadError', async () => {
    const missing = createQueryClient({
      transport: async () => {
        throw Object.assign(new Error('No data file'), { status: 404 });
      },
    });
    await expect(fetchJson('data/reviews/x.json', { client: missing, kind: 'review', id: 'x' })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    const broken = createQueryClient({
      transport: async () => {
        throw new Error('disk on fire');
      },
    });
    await expect(fetchJson('data/index.json', { client: broken })).rejects.toThrow(LoadError);
  });

  it('is bound per QueryClient, so two renders never share a transport', async () => {
    const a = createQueryClient({ transport: async () => ({ from: 'a' }) });
    const b = createQueryClient({ transport: async () => ({ from: 'b' }) });
    // A session file: the index query unpacks what it gets, which these stand-ins are not.
    const [fromA, fromB] = await Promise.all([a.fetchQuery(sessionQuery('x')), b.fetchQuery(sessionQuery('x'))]);
    expect(fromA).toEqual({ from: 'a' });
    expect(fromB).toEqual({ from: 'b' });
  });
});
