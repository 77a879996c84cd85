import { at, expect, readIndex, rootUrl, test, waitForApp } from './fixtures.ts';

const index = readIndex();
const billing = index.sessions.find((s) => s.title === '카카오 빌링 MySQL DB 샤딩 적용')!;

test.describe('a shared session link', () => {
  test('opens cold on a static server with its title and every review’s notes', async ({ page, problems }) => {
    const response = await page.goto(at(rootUrl(), `/sessions/${billing.id}`));
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: billing.title })).toBeVisible();
    await expect(page).toHaveTitle(/카카오 빌링 MySQL DB 샤딩 적용/);
    // Both reviews' notes, side by side: each is credited to its review.
    // Each write-up credits its review with a link to it; the outline links to the write-up.
    const credit = page.getByRole('link', { name: 'if(kakaoAI) 2024 참여 후기' }).first();
    await expect(credit).toBeVisible();
    await expect(credit).toHaveAttribute('href', /^\/reviews\/001_[^/]+\/$/);
    await expect(page.getByRole('navigation', { name: '목차' }).getByRole('link', { name: 'if(kakaoAI) 2024 참여 후기' })).toHaveAttribute('href', /^#from-001_/);
    await expect(page.getByText('ShardingSphere').first()).toBeVisible();
    await waitForApp(page);
    expect(problems.console).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
  });

  test('previews well: description, canonical URL, Open Graph and Twitter tags', async ({ page }) => {
    await page.goto(at(rootUrl(), `/sessions/${billing.id}`));
    const meta = (selector: string) => page.locator(selector).getAttribute('content');
    expect(await meta('meta[name="description"]')).toContain('권세원');
    expect(await meta('meta[property="og:title"]')).toContain(billing.title);
    expect(await meta('meta[property="og:site_name"]')).toBe('talkshelf');
    expect(await meta('meta[property="og:locale"]')).toBe('ko_KR');
    expect(await meta('meta[property="og:image"]')).toMatch(/^https?:\/\/.+\/og\.png$/);
    expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    // The page's own file on a static host: a crawler or a shared link pays no redirect.
    const canonicalPath = decodeURIComponent(new URL(canonical!).pathname);
    expect(canonicalPath).toBe(`/sessions/${billing.id}/`);
    const response = await page.request.get(canonical!.replace(new URL(canonical!).origin, new URL(rootUrl()).origin), { maxRedirects: 0 });
    expect(response.status()).toBe(200);
  });

  test('resolves an alias of a merged session to the session', async ({ page }) => {
    const merged = index.sessions.find((s) => s.aliases.length > 0)!;
    await page.goto(at(rootUrl(), `/sessions/${merged.aliases[0]}`));
    const [edition, slug] = merged.id.split('/').map(encodeURIComponent);
    await expect(page).toHaveURL(new RegExp(`/sessions/${edition}/${slug}/$`));
    await expect(page.getByRole('heading', { level: 1, name: merged.title })).toBeVisible();
  });
});

test('review pages show no blog-engine markers (<!-- truncate -->, Liquid, Hugo) as text', async ({ page }) => {
  for (const review of index.reviews) {
    await page.goto(at(rootUrl(), `/reviews/${review.id}`));
    await waitForApp(page);
    const text = await page.getByRole('main').innerText();
    // (A lone `-->` is a writer's arrow, and stays.)
    expect(text, review.id).not.toMatch(/<!--|\{%|\{\{</);
  }
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('every kind of page is readable from its pre-rendered HTML', async ({ page }) => {
    const review = index.reviews[0]!;
    const edition = index.editions[0]!;
    const tag = index.tags[0]!;
    const cases: [string, string][] = [
      ['/', '타임라인'],
      [`/editions/${edition.id}`, edition.name],
      [`/sessions/${billing.id}`, billing.title],
      ['/tags', '태그'],
      [`/tags/${tag.id}`, `#${tag.label}`],
      [`/reviews/${review.id}`, review.title],
    ];
    for (const [pathname, heading] of cases) {
      const response = await page.goto(at(rootUrl(), pathname));
      expect(response?.status(), pathname).toBe(200);
      await expect(page.getByRole('heading', { level: 1 }), pathname).toHaveText(heading);
    }
    await page.goto(at(rootUrl(), `/sessions/${billing.id}`));
    await expect(page.getByText('ShardingSphere').first()).toBeVisible();
  });

  test('the starred list, which lives in the browser, says it needs JavaScript instead of loading forever', async ({ page }) => {
    await page.goto(at(rootUrl(), '/favorites'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('내 세션');
    await expect(page.getByText('보려면 JavaScript를 켜야 합니다')).toBeVisible();
    await expect(page.getByRole('status')).toBeHidden();
  });
});

test.describe('an unknown address', () => {
  test('answers 404 and shows the not-found page with the closest sessions', async ({ page, problems }) => {
    const response = await page.goto(at(rootUrl(), '/sessions/2024/카카오-빌링-샤딩'));
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('찾을 수 없습니다');
    await expect(page.getByRole('link', { name: billing.title })).toBeVisible();
    await page.getByRole('link', { name: billing.title }).click();
    await expect(page.getByRole('heading', { level: 1, name: billing.title })).toBeVisible();
    expect(problems.console.filter((m) => !m.includes('404'))).toEqual([]);
  });
});
