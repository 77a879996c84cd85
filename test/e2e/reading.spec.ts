/**
 * The reading experience (issue 14): the notes' measure, their headings' sizes, the phone header,
 * the outline of a long page, cards that carry their edition and day, the tag filter on a phone,
 * the pages' notes for readers without JavaScript, and English mode. Computed styles and boxes,
 * never pixels.
 */
import type { Page } from '@playwright/test';
import { at, expect, readIndex, rootUrl, test, waitForApp } from './fixtures.ts';

const index = readIndex();
/** The longest review (most headings): the one an outline is for. */
const longReview = [...index.reviews].sort((a, b) => b.sessionIds.length - a.sessionIds.length)[0]!;
const sessionWithNotes = index.sessions.find((session) => session.reviewCount > 0 && !session.emptyNotes)!;

/** Characters per line of a notes column: its content width over the advance of a Hangul syllable in its font. */
async function measure(page: Page, selector: string): Promise<{ perLine: number; width: number; syllable: number }> {
  return page.locator(selector).first().evaluate((prose) => {
    const probe = document.createElement('span');
    probe.textContent = '가'.repeat(20);
    probe.style.whiteSpace = 'nowrap';
    prose.append(probe);
    const syllable = probe.getBoundingClientRect().width / 20;
    probe.remove();
    const style = getComputedStyle(prose);
    const width = prose.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return { perLine: width / syllable, width, syllable };
  });
}

test.describe('reading at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('a review reads at 35-45 Hangul syllables a line, keep-all, headings never smaller than its text', async ({ page }) => {
    await page.goto(at(rootUrl(), `/reviews/${longReview.id}/`));
    await waitForApp(page);
    const { perLine } = await measure(page, '.review .prose');
    expect(perLine).toBeGreaterThanOrEqual(35);
    expect(perLine).toBeLessThanOrEqual(45);
    const sizes = await page.locator('.review .prose').evaluate((prose) => {
      const body = parseFloat(getComputedStyle(prose.querySelector('p, li') ?? prose).fontSize);
      const headings = [...prose.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => ({
        tag: h.tagName,
        size: parseFloat(getComputedStyle(h).fontSize),
      }));
      return { body, headings, wordBreak: getComputedStyle(prose).wordBreak, overflowWrap: getComputedStyle(prose).overflowWrap };
    });
    expect(sizes.headings.length).toBeGreaterThan(0);
    for (const heading of sizes.headings) expect(heading.size, heading.tag).toBeGreaterThanOrEqual(sizes.body);
    expect(sizes.wordBreak).toBe('keep-all');
    expect(sizes.overflowWrap).toBe('break-word');
  });

  test("a session's write-up reads at 35-45 syllables a line, its headings (h4 in notes) not smaller than its text", async ({ page }) => {
    await page.goto(at(rootUrl(), `/sessions/${sessionWithNotes.id}/`));
    await waitForApp(page);
    const { perLine } = await measure(page, '.writeup .prose');
    expect(perLine).toBeGreaterThanOrEqual(35);
    expect(perLine).toBeLessThanOrEqual(45);
    // Every heading level a write-up can hold, against the notes' text size.
    const sizes = await page.locator('.writeup .prose').first().evaluate((prose) => {
      const body = parseFloat(getComputedStyle(prose).fontSize);
      return ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((tag) => {
        const heading = document.createElement(tag);
        heading.textContent = '제목';
        prose.append(heading);
        const size = parseFloat(getComputedStyle(heading).fontSize);
        heading.remove();
        return { tag, size, body };
      });
    });
    for (const { tag, size, body } of sizes) expect(size, tag).toBeGreaterThanOrEqual(body);
  });

  test('a long review has an outline beside it that follows the scroll', async ({ page }) => {
    await page.goto(at(rootUrl(), `/reviews/${longReview.id}/`));
    await waitForApp(page);
    const outline = page.getByRole('navigation', { name: '목차' });
    await expect(outline).toBeVisible();
    expect(await outline.evaluate((nav) => getComputedStyle(nav).position)).toBe('sticky');
    const links = outline.getByRole('link');
    expect(await links.count()).toBeGreaterThan(3);
    await expect(outline.locator('a[aria-current="location"]')).toHaveCount(1);
    const third = links.nth(3);
    const target = decodeURIComponent((await third.getAttribute('href'))!.slice(1));
    await page.locator(`[id="${target}"]`).evaluate((heading) => heading.scrollIntoView());
    await expect(third).toHaveAttribute('aria-current', 'location');
    // The outline stays in view while the page scrolls.
    const box = await outline.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(100);
  });

  test('cards where editions mix show edition and day, and no talk badge', async ({ page }) => {
    await page.goto(at(rootUrl(), '/tags/'));
    await waitForApp(page);
    const first = page.locator('.session-card').first();
    await expect(first.locator('.session-card__context')).toContainText(/일차|날짜 미상/);
    await expect(first.locator('.edition-mark')).not.toBeEmpty();
    await expect(page.locator('.session-card .badge', { hasText: /^발표$/ })).toHaveCount(0);
  });
});

test.describe('on a phone (390 px)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const path of ['/', '/tags/', `/reviews/${longReview.id}/`, `/sessions/${sessionWithNotes.id}/`, '/search/']) {
    test(`the header of ${path} is at most 110 px tall`, async ({ page }) => {
      await page.goto(at(rootUrl(), path));
      await waitForApp(page);
      const height = await page.locator('.site-header').evaluate((header) => header.getBoundingClientRect().height);
      expect(height).toBeLessThanOrEqual(110);
      // Nothing in it sticks out of the screen sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    });
  }

  test('on /tags the first results are in the first screen; the filter is a closed disclosure', async ({ page }) => {
    await page.goto(at(rootUrl(), '/tags/'));
    await waitForApp(page);
    const card = page.locator('.session-card').first();
    const top = await card.evaluate((element) => element.getBoundingClientRect().top);
    expect(top).toBeLessThan(844 - 100);
    const filter = page.locator('details.filter-disclosure');
    expect(await filter.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    await filter.locator('summary').click();
    await expect(page.locator('.tag-toggle').first()).toBeVisible();
  });

  test('a long review offers its outline as a collapsed 목차', async ({ page }) => {
    await page.goto(at(rootUrl(), `/reviews/${longReview.id}/`));
    await waitForApp(page);
    const disclosure = page.locator('details.outline--inline');
    await expect(disclosure.locator('summary')).toHaveText('목차');
    await expect(page.locator('nav.outline--aside')).toBeHidden();
    await disclosure.locator('summary').click();
    await expect(disclosure.getByRole('navigation', { name: '목차' }).getByRole('link').first()).toBeVisible();
  });
});

test('search and the tag filter say what needs JavaScript in the pre-rendered HTML, with links to the tag pages', async ({ request }) => {
  for (const path of ['/search/', '/tags/']) {
    const html = await (await request.get(at(rootUrl(), path))).text();
    const note = /<noscript>([\s\S]*?)<\/noscript>/.exec(html)?.[1] ?? '';
    expect(note, path).toContain('JavaScript');
    expect(note, path).toMatch(/href="[^"]*\/tags\/[^"]*"/);
  }
});

test('English mode: the UI, kinds and dates are English after hydration, and <html lang> says en', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('talkshelf.lang', 'en'));
  await page.goto(at(rootUrl(), '/tags/'));
  await waitForApp(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.site-nav')).toContainText('Timeline');
  await expect(page.locator('.session-card__context').first()).toContainText(/Day \d|Day unknown/);
  await page.goto(at(rootUrl(), `/reviews/${longReview.id}/`));
  await waitForApp(page);
  await expect(page.locator('.review .facts')).toContainText(/Author/);
  await expect(page.locator('.review .facts time')).toHaveText(/^[A-Z][a-z]{2} \d{1,2}, \d{4}$/);
});
