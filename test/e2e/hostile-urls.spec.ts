/**
 * Hostile addresses (issue #16): what a URL holds is only ever looked up, never followed.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, rootUrl, test, waitForApp } from './fixtures.ts';
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
