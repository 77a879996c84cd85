import { at, expect, readIndex, rootUrl, test, waitForApp } from './fixtures.ts';

const index = readIndex();

test('timeline → tag filter (two tags, all) → session → back keeps the filter and the scroll', async ({ page, problems }) => {
  await page.goto(rootUrl());
  await waitForApp(page);
  await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '태그' }).click();
  await expect(page).toHaveURL(/\/tags\/$/);

  // Each choice is a navigation; wait for the page to show it before the next one.
  const kafka = page.getByRole('button', { name: /^Kafka \(\d+\)$/ });
  await kafka.click();
  await expect(kafka).toHaveAttribute('aria-pressed', 'true');
  // A second tag some Kafka talk also has (which one depends on what the pipeline tags).
  const kafkaTalks = index.sessions.filter((s) => s.tags.includes('kafka'));
  const partner = index.tags.find((t) => t.id !== 'kafka' && kafkaTalks.some((s) => s.tags.includes(t.id)))!;
  const other = page.getByRole('button', { name: new RegExp(`^${partner.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(\\d+\\)$`) });
  await other.click();
  await expect(other).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('radio', { name: '모두 포함' }).click();
  await expect(page.getByRole('radio', { name: '모두 포함' })).toBeChecked();
  await expect(page).toHaveURL(new RegExp(`\\?tags=kafka,${encodeURIComponent(partner.id)}&match=all$`));

  const expected = kafkaTalks.filter((s) => s.tags.includes(partner.id));
  expect(expected.length).toBeGreaterThan(0);
  const results = page.getByRole('main').getByRole('heading', { level: 3 });
  await expect(results).toHaveCount(expected.length);

  // A small phone, so the page scrolls: scroll down so there is a position to restore, then open
  // a session. On a phone the filter is a closed disclosure that says how many tags are on.
  await page.setViewportSize({ width: 360, height: 400 });
  const target = page.getByRole('link', { name: expected[expected.length - 1]!.title });
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await target.scrollIntoViewIfNeeded();
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled).toBeGreaterThan(0);
  await target.click();
  await expect(page.getByRole('heading', { level: 1, name: expected[expected.length - 1]!.title })).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`\\?tags=kafka,${encodeURIComponent(partner.id)}&match=all$`));
  await expect(results).toHaveCount(expected.length);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled - 50);
  const filter = page.getByRole('group').filter({ hasText: '필터 (2)' });
  await filter.getByText('필터 (2)').click();
  await expect(page.getByRole('radio', { name: '모두 포함' })).toBeChecked();
  await expect(page.getByRole('button', { name: /^Kafka \(\d+\)$/ })).toHaveAttribute('aria-pressed', 'true');

  // Reload: the filter lives in the URL, and the static server answers it without rewrites.
  await page.reload();
  await expect(page.getByText('필터 (2)')).toBeVisible();
  await expect(results).toHaveCount(expected.length);
  expect(problems.console).toEqual([]);
});

test('reload on every view keeps what it shows', async ({ page }) => {
  const session = index.sessions[0]!;
  const review = index.reviews[0]!;
  const views: [string, string][] = [
    ['/', '타임라인'],
    [`/editions/${index.editions[0]!.id}`, index.editions[0]!.name],
    [`/sessions/${session.id}`, session.title],
    ['/tags?tags=kafka', '태그'],
    [`/tags/${index.tags[0]!.id}`, `#${index.tags[0]!.label}`],
    [`/reviews/${review.id}`, review.title],
  ];
  for (const [pathname, heading] of views) {
    await page.goto(at(rootUrl(), pathname));
    await waitForApp(page);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 }), pathname).toHaveText(heading);
    await waitForApp(page);
  }
});

test('client-side navigation from a session to its review lands on the heading', async ({ page }) => {
  const billing = index.sessions.find((s) => s.title === '카카오 빌링 MySQL DB 샤딩 적용')!;
  await page.goto(at(rootUrl(), `/sessions/${billing.id}`));
  await waitForApp(page);
  await page.getByRole('link', { name: '원문에서 이 부분 보기' }).first().click();
  await expect(page).toHaveURL(/\/reviews\/[^#]+#/);
  const hash = decodeURIComponent(new URL(page.url()).hash.slice(1));
  await expect(page.locator(`[id="${hash}"]`)).toBeInViewport();
});

test('a link to the page the reader is on replaces the history entry; one to another page adds one', async ({ page, problems }) => {
  await page.goto(rootUrl());
  await waitForApp(page);
  const nav = page.getByRole('navigation', { name: '주 메뉴' });
  const entries = () => page.evaluate(() => window.history.length);
  const before = await entries();
  await nav.getByRole('link', { name: '타임라인' }).click();
  await nav.getByRole('link', { name: '타임라인' }).click();
  expect(await entries()).toBe(before);
  await nav.getByRole('link', { name: '태그' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '태그' })).toBeVisible();
  expect(await entries()).toBe(before + 1);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: '타임라인' })).toBeVisible();
  expect(problems.console).toEqual([]);
});

test('a fresh load starts at the top or its #anchor; only reload and back/forward return to the reader’s place', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto(rootUrl());
  await waitForApp(page);
  await page.evaluate(() => window.scrollTo(0, 1500));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(1500);

  // Typed into the address bar in the same tab: a new entry, at its top.
  await page.goto(at(rootUrl(), '/tags'));
  await waitForApp(page);
  expect(await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight)).toBeGreaterThan(1500);
  // Give a late restore its chance to happen (the position is written in an animation frame).
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await page.evaluate(() => window.scrollTo(0, 400));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(400);

  // A bookmark with an anchor lands at the anchor, not at a remembered place.
  const billing = index.sessions.find((s) => s.title === '카카오 빌링 MySQL DB 샤딩 적용')!;
  const review = index.reviews.find((r) => r.sessionIds.includes(billing.id))!;
  const anchored = page.locator(`[id="from-${review.id}"]`);
  await page.goto(`${at(rootUrl(), `/sessions/${billing.id}`)}#from-${encodeURIComponent(review.id)}`);
  await waitForApp(page);
  await expect(anchored).toBeInViewport();

  // Back to /tags, and to the timeline: each where the reader left it.
  await page.goBack();
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1, name: '태그' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(400);
  await page.reload();
  await waitForApp(page);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(400);
  await page.goBack();
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1, name: '타임라인' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(1500);
});
