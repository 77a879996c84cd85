/** Search, favorites and the topic view in a real browser against the built site. */
import { at, expect, readIndex, rootUrl, test, unexpectedErrors, waitForApp, watchPage } from './fixtures.ts';

const index = readIndex();

test('"/" focuses search from anywhere; typing 카프 lists the Kafka talks; ArrowDown + Enter opens one', async ({ page, problems }) => {
  const session = index.sessions.find((s) => s.reviewCount > 1) ?? index.sessions[0]!;
  await page.goto(at(rootUrl(), `/sessions/${session.id}`));
  await waitForApp(page);
  await page.keyboard.press('/');
  const box = page.getByRole('searchbox', { name: '세션 검색' });
  await expect(box).toBeFocused();
  await page.keyboard.type('카프');
  await expect(page).toHaveURL(/\/search\/\?q=%EC%B9%B4%ED%94%84$/);
  const results = page.getByRole('list', { name: '검색 결과' });
  await expect(results.getByRole('link').first()).toContainText('카프카');
  await expect(results.locator('mark').first()).toHaveText('카프');
  // The search code and index loaded only now, on demand.
  await page.keyboard.press('ArrowDown');
  const first = results.getByRole('link').first();
  await expect(first).toBeFocused();
  const title = (await first.textContent())!;
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page).toHaveURL(/\/sessions\//);

  // Back returns to the search, reload keeps it (the query lives in the URL).
  await page.goBack();
  await expect(page).toHaveURL(/\/search\/\?q=/);
  await page.reload();
  await waitForApp(page);
  await expect(page.getByRole('searchbox', { name: '세션 검색' })).toHaveValue('카프');
  await expect(page.getByRole('list', { name: '검색 결과' }).getByRole('link').first()).toContainText('카프카');
  expect(problems.console).toEqual([]);
  expect(problems.failedRequests).toEqual([]);
});

test('"쿠버네티스" and "kubernetes" find the same sessions; nonsense says nothing matches', async ({ page }) => {
  const titles = async (query: string) => {
    await page.goto(at(rootUrl(), `/search?q=${encodeURIComponent(query)}`));
    await waitForApp(page);
    const list = page.getByRole('list', { name: '검색 결과' });
    await expect(list).toBeVisible();
    return (await list.getByRole('link').allTextContents()).sort();
  };
  const korean = await titles('쿠버네티스');
  expect(korean.length).toBeGreaterThan(0);
  expect(await titles('KUBERNETES')).toEqual(korean);
  await page.goto(at(rootUrl(), '/search?q=zzqxj'));
  await expect(page.getByRole('heading', { level: 2, name: '“zzqxj”에 맞는 세션이 없습니다.' })).toBeVisible();
});

test('favorites survive a reload, and the share link opens the same list in a fresh browser', async ({ page, browser, problems }) => {
  const [a, b] = index.sessions;
  await page.goto(rootUrl());
  await waitForApp(page);
  for (const session of [a!, b!]) {
    const star = page.getByRole('button', { name: `내 세션에 담기: ${session.title}` }).first();
    await star.click();
    await expect(star).toHaveAttribute('aria-pressed', 'true');
  }
  await page.reload();
  await waitForApp(page);
  await expect(page.getByRole('button', { name: `내 세션에 담기: ${a!.title}` }).first()).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '내 세션' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '내 세션' })).toBeVisible();
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 2 })).toHaveText([a!.title, b!.title, '목록 공유']);
  const href = await main.getByRole('link', { name: '공유받은 세션 목록' }).getAttribute('href');
  expect(href).toMatch(/^\/favorites\/\?ids=/);
  expect(problems.console).toEqual([]);

  // A friend: a new browser context, nothing stored, in the same Korean browser.
  const { locale, timezoneId } = test.info().project.use;
  const friend = await browser.newContext({ locale, timezoneId });
  const other = await friend.newPage();
  const otherProblems = await watchPage(other);
  await other.goto(new URL(href!, rootUrl()).href);
  await waitForApp(other);
  await expect(other.getByRole('heading', { level: 1, name: '공유받은 세션 목록' })).toBeVisible();
  await expect(other.getByRole('main').getByRole('heading', { level: 2 })).toHaveText([a!.title, b!.title]);
  await other.getByRole('button', { name: '모두 내 세션에 담기' }).click();
  await expect(other.getByText('모두 내 세션에 담겨 있습니다.')).toBeVisible();
  await other.reload();
  await waitForApp(other);
  await other.goto(at(rootUrl(), '/favorites'));
  await waitForApp(other);
  await expect(other.getByRole('main').getByRole('heading', { level: 2 })).toHaveText([a!.title, b!.title, '목록 공유']);
  expect(unexpectedErrors(otherProblems)).toEqual([]);
  await friend.close();
});

test('a corrupt stored favorites value does not break the page', async ({ page, problems }) => {
  await page.addInitScript(() => localStorage.setItem('talkshelf.favorites', '{"version":1,"ids":['));
  await page.goto(at(rootUrl(), '/favorites'));
  await waitForApp(page);
  await expect(page.getByText(/아직 별표한 세션이 없습니다/)).toBeVisible();
  expect(problems.console).toEqual([]);
});

test('the topic view shows sessions per tag and edition', async ({ page, problems }) => {
  await page.goto(at(rootUrl(), '/topics'));
  await waitForApp(page);
  const table = page.getByRole('table', { name: '태그별, 에디션별 세션 수' });
  const editions = [...index.editions].sort((x, y) => (x.year ?? -1) - (y.year ?? -1));
  await expect(table.getByRole('columnheader')).toHaveText(['태그', ...editions.map((e) => e.name), '합계']);
  // The busiest tag, counted from the index the build wrote.
  const counts = index.tags
    .map((tag) => ({ tag, per: editions.map((e) => index.sessions.filter((s) => s.editionId === e.id && s.tags.includes(tag.id)).length) }))
    .sort((x, y) => y.per.reduce((p, q) => p + q, 0) - x.per.reduce((p, q) => p + q, 0));
  const top = counts[0]!;
  const row = table.getByRole('row').nth(1);
  await expect(row.getByRole('rowheader')).toHaveText(`#${top.tag.label}`);
  await expect(row.getByRole('cell')).toHaveText([...top.per.map(String), String(top.per.reduce((p, q) => p + q, 0))]);
  // Bars are drawn, and as long as their counts say.
  const widths = await row.locator('.topic-bar').evaluateAll((bars) => bars.map((bar) => bar.getBoundingClientRect().width));
  const max = Math.max(...top.per);
  expect(widths[top.per.indexOf(max)]).toBeGreaterThan(0);
  expect(problems.console).toEqual([]);
});
