/**
 * Hostile addresses (issue #16): what a URL holds is only ever looked up, never followed.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderNotesHtml } from '../../src/content/html/notes-html.ts';
import { at, expect, readIndex, rootUrl, test, waitForApp } from './fixtures.ts';
import { E2E_DIST } from './paths.ts';

const root = path.resolve(import.meta.dirname, '../..');

test.describe('an id that climbs out of the data folder', () => {
  // A file someone else put on the same origin (a shared Pages host), shaped like a review.
  const planted = path.join(root, E2E_DIST, 'evil');
  test.beforeAll(() => {
    mkdirSync(planted, { recursive: true });
    const review = { review: { id: 'x', title: '심어 둔 파일', html: '<img src="x" onerror="document.title=\'pwned\'">' }, sessions: [] };
    writeFileSync(path.join(planted, 'x.json'), JSON.stringify(review));
  });
  test.afterAll(() => rmSync(planted, { recursive: true, force: true }));

  for (const address of ['reviews/..%2F..%2Fevil%2Fx/', 'reviews/..%2Findex/', 'sessions/2024/..%2F..%2F..%2Fevil%2Fx/']) {
    test(`/${address} is not found and fetches no file outside the data folder`, async ({ page }) => {
      const fetched: string[] = [];
      page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
      await page.goto(new URL(address, rootUrl()).href);
      await waitForApp(page);
      await expect(page.getByRole('heading', { level: 1 })).toContainText('찾을 수 없습니다');
      await expect(page.getByText('심어 둔 파일')).toHaveCount(0);
      expect(await page.title()).not.toBe('pwned');
      expect(fetched.filter((p) => /\/evil\/|\/data\/index\.json$/.test(p))).toEqual([]);
      // The only data the not-found page needs is the index, for its suggestions.
      expect(fetched.filter((p) => p.includes('/data/') && !p.endsWith('/data/index-packed.json'))).toEqual([]);
    });
  }
});

test('a link to a malformed fragment (#%FF) is a harmless no-op, clicked or loaded', async ({ page }) => {
  const review = readIndex().reviews[0]!;
  await page.goto(at(rootUrl(), `/reviews/${review.id}`));
  await waitForApp(page);
  // What the build writes for a post's `[x](#%FF)`, in the post's notes as the page shows them.
  const html = renderNotesHtml('[깨진 조각 링크](#%FF) [또 하나](#%E0%A4%A)', { topHeading: 2 });
  await page.locator('main .prose').first().evaluate((prose, markup) => prose.insertAdjacentHTML('afterbegin', markup), html);
  await page.getByRole('link', { name: '깨진 조각 링크' }).click();
  await expect(page).toHaveURL(/#%FF$/);
  await page.getByRole('link', { name: '또 하나' }).click();
  // micromark escapes the lone `%`: `#%E0%A4%25A`, still not valid UTF-8 when decoded.
  await expect(page).toHaveURL(/#%E0%A4%25A$/);
  await expect(page.getByRole('heading', { level: 1, name: review.title })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/#%FF$/);
  await expect(page.getByRole('heading', { level: 1, name: review.title })).toBeVisible();
  // Loaded fresh with the fragment, the page hydrates as usual.
  await page.goto(`${at(rootUrl(), `/reviews/${review.id}`)}#%FF`);
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1, name: review.title })).toBeVisible();
  // The fixture fails the test on any page error (URI malformed blanked the app).
});
