/**
 * `npm run serve` against hostile requests (issue 16, item 16): sent as raw request targets with
 * node:http, since fetch would resolve `/.//data` and `..` before they left the test.
 */
import { request, type Server } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodePathSegments, startStaticServer } from '../../src/cli/static-server.ts';

const SITE = path.join(import.meta.dirname, '..', 'fixtures', 'hostile-requests');

let server: Server;
let port: number;
beforeAll(async () => {
  ({ server } = await startStaticServer({ dir: SITE }));
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

interface Answer {
  status: number;
  location: string | undefined;
  allow: string | undefined;
  body: string;
}

/** One request with `target` sent exactly as written. */
function send(method: string, target: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path: target }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, location: res.headers.location, allow: res.headers.allow, body }));
    });
    req.on('error', reject);
    req.end(method === 'POST' || method === 'PUT' ? 'x=1' : undefined);
  });
}

describe('npm run serve against hostile requests', () => {
  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])('answers %s with 405 and Allow: GET, HEAD', async (method) => {
    const answer = await send(method, '/data/index.json');
    expect(answer).toMatchObject({ status: 405, allow: 'GET, HEAD' });
    expect(answer.body).not.toContain('secret');
  });

  it('still serves GET and HEAD', async () => {
    expect((await send('GET', '/data/index.json')).status).toBe(200);
    const head = await send('HEAD', '/data/index.json');
    expect(head).toMatchObject({ status: 200, body: '' });
  });

  it.each(['/sessions/..%2fdata/index.json', '/sessions/..%2Fdata%2Findex.json', '/sessions/a/..%2f..%2fdata/index.json', '/sessions/..%5cdata/index.json', '/%2e%2e%2fdata/index.json'])(
    'never decodes an encoded slash into a separator: %s is not found',
    async (target) => {
      const answer = await send('GET', target);
      expect(answer.status).toBe(404);
      expect(answer.body).toContain('not found');
    },
  );

  it.each(['//data', '/.//data', '//data?x=1', '/sessions/..//data', '///data'])('never redirects %s to a protocol-relative URL', async (target) => {
    const answer = await send('GET', target);
    if (answer.location !== undefined) expect(answer.location).toMatch(/^\/(?!\/)/);
    expect(answer.location ?? '').not.toMatch(/^\/\//);
  });

  it('redirects a folder reached through doubled slashes to its one-slash path', async () => {
    expect(await send('GET', '/.//data')).toMatchObject({ status: 301, location: '/data/' });
    expect(await send('GET', '//sessions//a?q=1')).toMatchObject({ status: 301, location: '/sessions/a/?q=1' });
  });

  it('answers a request target that is not a path with 404', async () => {
    expect((await send('GET', 'http://elsewhere/data/index.json')).status).toBe(404);
  });
});

describe('decodePathSegments', () => {
  it.each([
    ['sessions/2024/%EC%B9%B4%EC%B9%B4%EC%98%A4', ['sessions', '2024', '카카오']],
    ['a/', ['a', '']],
    ['..%2fdata', undefined],
    ['a%5cb', undefined],
    ['%00', undefined],
    ['%E0%A4%A', undefined],
    ['%2e%2e', undefined],
  ])('%s → %j', (relative, expected) => {
    expect(decodePathSegments(relative)).toEqual(expected);
  });
});
