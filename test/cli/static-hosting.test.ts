import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/cli/check-links.ts';
import { startStaticServer } from '../../src/cli/static-server.ts';

// A tiny build folder shaped like dist/ under a base path: Unicode folder names, an anchor,
// a 404 page, and a few deliberately broken links.
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'talkshelf-dist-'));
  const page = (body: string) => `<!doctype html><html><head><link rel="stylesheet" href="/base/assets/app.css"></head><body>${body}</body></html>`;
  await mkdir(path.join(dir, 'assets'));
  await mkdir(path.join(dir, 'sessions/2024/카카오-빌링'), { recursive: true });
  await mkdir(path.join(dir, 'reviews/r1'), { recursive: true });
  await writeFile(path.join(dir, 'assets/app.css'), 'body{}');
  await writeFile(
    path.join(dir, 'index.html'),
    page(
      '<a href="/base/sessions/2024/%EC%B9%B4%EC%B9%B4%EC%98%A4-%EB%B9%8C%EB%A7%81">ok</a>' +
        '<a href="/base/sessions/2024/카카오-빌링/">raw unicode</a>' +
        '<a href="/base/reviews/r1#h-2">anchor</a>' +
        '<a href="https://if.kakao.com/">external</a>' +
        '<a href="/base">the root folder without its slash</a>' +
        '<a href="/base/missing">broken</a>' +
        '<a href="/base/reviews/r1#nope">bad anchor</a>' +
        '<img src="/elsewhere.png">',
    ),
  );
  await writeFile(path.join(dir, 'sessions/2024/카카오-빌링/index.html'), page('<h1>세션</h1>'));
  await writeFile(path.join(dir, 'reviews/r1/index.html'), page('<h2 id="h-2">두 번째</h2>'));
  await writeFile(path.join(dir, '404.html'), page('<h1>없는 페이지</h1>'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('checkLinks', () => {
  it('resolves encoded and raw Unicode paths, folders and anchors, and reports each broken link with its page', async () => {
    const result = await checkLinks(dir, '/base/');
    expect(result.pages).toBe(4);
    expect(result.broken).toEqual([
      { page: 'index.html', attribute: 'href', url: '/base/missing', reason: 'no such file in the build' },
      { page: 'index.html', attribute: 'href', url: '/base/reviews/r1#nope', reason: 'no element with id "nope" on that page' },
      { page: 'index.html', attribute: 'src', url: '/elsewhere.png', reason: 'outside the base path /base/' },
    ]);
  });
});

describe('startStaticServer', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    ({ server, url } = await startStaticServer({ dir, base: '/base/' }));
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('serves folders as index.html, like GitHub Pages, with percent-encoded Unicode paths', async () => {
    const response = await fetch(`${url}sessions/2024/${encodeURIComponent('카카오-빌링')}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<h1>세션</h1>');
  });

  it('redirects a folder without its trailing slash, keeping the query', async () => {
    const response = await fetch(`${url}reviews/r1?tags=a,b`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/base/reviews/r1/?tags=a,b');
  });

  it.each(['nowhere', 'sessions/2024/none/', '../index.html'])('answers %s with 404.html and status 404, no SPA fallback', async (p) => {
    const response = await fetch(`${url}${p}`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('없는 페이지');
  });

  it('serves nothing outside the base path', async () => {
    const response = await fetch(url.replace('/base/', '/index.html'));
    expect(response.status).toBe(404);
  });
});
