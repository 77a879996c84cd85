import path from 'node:path';
import { checkLinks } from '../../src/cli/check-links.ts';
import { at, expect, readIndex, rootUrl, subpathUrl, test, waitForApp } from './fixtures.ts';
import { E2E_DIST, E2E_SUBPATH, E2E_SUBPATH_DIST } from './paths.ts';
import { oneOfEachView } from './views.ts';

const root = path.resolve(import.meta.dirname, '../..');
const index = readIndex();

test('every href and src in both builds resolves to a file in the build or an external URL', async () => {
  for (const [dir, base] of [[E2E_DIST, '/'], [E2E_SUBPATH_DIST, E2E_SUBPATH]] as const) {
    const result = await checkLinks(path.join(root, dir), base);
    expect(result.pages).toBeGreaterThan(index.sessions.length);
    expect(result.broken.map((b) => `${b.page}: ${b.attribute}="${b.url}" ${b.reason}`)).toEqual([]);
  }
});

test('under a base path, every view loads and navigates with no request outside it and no 404', async ({ page, problems }) => {
  const views = oneOfEachView(index).filter((v) => v.name !== 'not-found');
  // A page load and hydration each (every step keeps its own timeout for a hang), then the
  // navigation checks: about 1.5 s a view on a loaded 2-core CI machine, over the default 30 s.
  test.setTimeout(30_000 + views.length * 3_000);
  const requests: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.hostname === '127.0.0.1') requests.push(url.pathname);
  });
  for (const view of views) {
    await page.goto(at(subpathUrl(), view.path));
    await waitForApp(page);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(view.heading);
  }
  // Client-side navigation keeps the base path too.
  await page.goto(subpathUrl());
  await waitForApp(page);
  await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '태그' }).click();
  await expect(page).toHaveURL(/\/talkshelf\/tags\/$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/talkshelf\/$/);

  expect(requests.filter((p) => !p.startsWith(E2E_SUBPATH))).toEqual([]);
  expect(problems.failedRequests).toEqual([]);
  expect(problems.console).toEqual([]);
});

test('under a base path, an unknown address gets 404.html, which boots the app with suggestions', async ({ page }) => {
  const session = index.sessions[0]!;
  const response = await page.goto(at(subpathUrl(), `/sessions/${session.id}-typo`));
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('찾을 수 없습니다');
  await page.getByRole('link', { name: session.title }).first().click();
  await expect(page).toHaveURL(new RegExp(`^${subpathUrl()}sessions/`));
  await expect(page.getByRole('heading', { level: 1, name: session.title })).toBeVisible();
});

test('the site files are there and point into the base path', async ({ request }) => {
  const sitemap = await (await request.get(`${subpathUrl()}sitemap.xml`)).text();
  expect(sitemap.match(/<loc>/g)?.length).toBeGreaterThan(index.sessions.length);
  expect(sitemap).toContain('/talkshelf/sessions/');
  expect(await (await request.get(`${subpathUrl()}robots.txt`)).text()).toContain('/talkshelf/sitemap.xml');
  const feed = await (await request.get(`${subpathUrl()}feed.xml`)).text();
  expect(feed.match(/<entry>/g)).toHaveLength(index.reviews.length);
  const manifest = (await (await request.get(`${subpathUrl()}manifest.webmanifest`)).json()) as { start_url: string };
  expect(manifest.start_url).toBe('/talkshelf/');
});

test('every internal link and every alias page is answered directly, never with a redirect', async ({ page, request }) => {
  test.setTimeout(90_000);
  const hrefs = new Set<string>();
  for (const view of oneOfEachView(index).filter((v) => v.name !== 'not-found')) {
    await page.goto(at(rootUrl(), view.path));
    await waitForApp(page);
    for (const href of await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))) {
      const url = new URL(href);
      if (url.origin === new URL(rootUrl()).origin) hrefs.add(`${url.pathname}${url.search}`);
    }
  }
  expect(hrefs.size).toBeGreaterThan(20);
  const redirected: string[] = [];
  for (const href of hrefs) {
    const response = await request.get(new URL(href, rootUrl()).href, { maxRedirects: 0 });
    if (response.status() !== 200) redirected.push(`${response.status()} ${href}`);
  }
  expect(redirected).toEqual([]);

  // A merged session's old address: a stub page that names the icon (no /favicon.ico 404) and
  // sends the reader to the session's own page, slash and all.
  const merged = index.sessions.find((s) => s.aliases.length > 0)!;
  const stub = await (await request.get(at(rootUrl(), `/sessions/${merged.aliases[0]}/`), { maxRedirects: 0 })).text();
  expect(stub).toMatch(/<link rel="icon" href="\/icon\.svg"/);
  const target = /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(stub)![1]!;
  expect(target).toMatch(/\/$/);
  expect((await request.get(new URL(target, rootUrl()).href, { maxRedirects: 0 })).status()).toBe(200);
});
