import AxeBuilder from '@axe-core/playwright';
import { at, expect, readIndex, rootUrl, test, waitForApp } from './fixtures.ts';
import { everyPage, oneOfEachView } from './views.ts';

const index = readIndex();

test('every pre-rendered page hydrates with no console error, hydration warning or failed request', async ({ page, problems }) => {
  const pages = everyPage(index);
  // Scaled to the pages (every step keeps its own timeout for a hang): a fixed 120 s ran out at
  // about 1.2 s a page on a loaded 2-core CI machine.
  test.setTimeout(30_000 + pages.length * 3_000);
  for (const pathname of pages) {
    const response = await page.goto(at(rootUrl(), pathname));
    expect(response?.status(), pathname).toBe(200);
    await waitForApp(page);
    expect(problems.console, pathname).toEqual([]);
    expect(problems.failedRequests, pathname).toEqual([]);
  }
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`accessibility, ${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    for (const view of oneOfEachView(index)) {
      test(`${view.name} has no axe violations`, async ({ page }) => {
        await page.goto(at(rootUrl(), view.path));
        await waitForApp(page);
        await expect(page.getByRole('heading', { level: 1 })).toContainText(view.heading);
        const results = await new AxeBuilder({ page }).analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
        expect(summary).toEqual([]);
      });
    }
  });
}

test.describe('keyboard', () => {
  test('a keyboard user skips to the content and reaches a session from the timeline', async ({ page }) => {
    await page.goto(rootUrl());
    await waitForApp(page);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: '본문으로 건너뛰기' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
    // Tab until a session link has focus, then follow it with Enter.
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press('Tab');
      const href = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
      if (href.includes('/sessions/')) break;
    }
    const focused = page.locator(':focus');
    const title = (await focused.textContent())!;
    // The focus ring is visible: an outline wider than zero.
    expect(await focused.evaluate((el) => parseFloat(getComputedStyle(el).outlineWidth))).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  });
});

for (const width of [360, 1280]) {
  test(`screenshots of each view at ${width} px`, async ({ page }, testInfo) => {
    test.setTimeout(60_000);
    await page.setViewportSize({ width, height: width === 360 ? 780 : 900 });
    for (const view of oneOfEachView(index)) {
      await page.goto(at(rootUrl(), view.path));
      await waitForApp(page);
      // Nothing may stick out sideways on a phone.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${view.name} at ${width}px`).toBeLessThanOrEqual(0);
      // Kept on disk under test-results/e2e/<this test>/ and attached to the report.
      const file = testInfo.outputPath(`${view.name}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      await testInfo.attach(`${view.name}-${width}.png`, { path: file, contentType: 'image/png' });
    }
  });
}
