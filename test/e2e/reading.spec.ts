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

/**
 * In English mode, Hangul the app itself shows: every text node and aria-label, title or
 * placeholder on the page once what readers wrote is taken out (notes and the outline of their
 * headings; `written`: titles of sessions and reviews and speakers' names, wherever the UI quotes
 * them) and the language switch, which names Korean in Korean (lang="ko"). Curated labels (tags,
 * companies) count as the app's own. Installed before the page's scripts, it also records Hangul
 * that appears after <html lang> turned en.
 */
function watchForHangul(written: string[]): void {
  const hangul = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7A3]/;
  const writtenByReaders =
    '.prose, noscript, script, [lang="ko"], .outline, .session-card__title, .session__header h1, .review__header h1, ' +
    'a[href*="/speakers/"], a[href*="/sessions/"], a[href*="/reviews/"]';
  const ours = (text: string) => written.reduce((rest, quoted) => rest.split(quoted).join(''), text);
  const describe = (element: Element) => `${element.tagName.toLowerCase()}.${String(element.className).split(' ')[0]}`;
  const scan = (): string[] => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent && hangul.test(ours(node.textContent ?? '')) && !parent.closest(writtenByReaders)) found.push(`${describe(parent)}: ${node.textContent!.trim().slice(0, 40)}`);
    }
    for (const element of document.body.querySelectorAll('[aria-label], [title], [placeholder]')) {
      if (element.closest(writtenByReaders)) continue;
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = element.getAttribute(name);
        if (value && hangul.test(ours(value))) found.push(`${describe(element)}[${name}]: ${value.slice(0, 40)}`);
      }
    }
    return found;
  };
  const seen: string[] = [];
  Object.assign(window, { hangulInUi: scan, hangulAfterEnglish: seen });
  new MutationObserver(() => {
    if (document.documentElement.lang === 'en' && document.body) seen.push(...scan());
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['lang'] });
}

async function hangulInUi(page: Page): Promise<{ now: string[]; afterEnglish: string[] }> {
  return page.evaluate(() => {
    const w = window as unknown as { hangulInUi: () => string[]; hangulAfterEnglish: string[] };
    return { now: w.hangulInUi(), afterEnglish: [...new Set(w.hangulAfterEnglish)] };
  });
}

test('English mode: no Hangul in the UI or the tag chips on /tags and a session page once hydrated, nor on a navigation in the app; <html lang="en">', async ({ page }) => {
  const hangul = /[\uAC00-\uD7A3]/;
  // A session carrying a tag whose label is Korean, so its chips have an English label to show.
  const koreanTags = new Set(index.tags.filter((tag) => hangul.test(tag.label)).map((tag) => tag.id));
  const session = index.sessions.find((candidate) => candidate.reviewCount > 0 && candidate.tags.some((id) => koreanTags.has(id)))!;
  expect(session, 'a session with a Korean-labelled tag').toBeDefined();
  await page.addInitScript(() => localStorage.setItem('talkshelf.lang', 'en'));
  const written = [...index.sessions.map((s) => s.title), ...index.sessions.flatMap((s) => s.speakers.map((speaker) => speaker.name)), ...index.reviews.map((r) => r.title)];
  await page.addInitScript(watchForHangul, [...new Set(written)].sort((a, b) => b.length - a.length));

  await page.goto(at(rootUrl(), '/tags/'));
  await waitForApp(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('main h1')).toHaveText('Tags');
  expect(await page.title()).not.toMatch(hangul);
  expect(await hangulInUi(page)).toEqual({ now: [], afterEnglish: [] });

  await page.goto(at(rootUrl(), `/sessions/${session.id}/`));
  await waitForApp(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const chips = page.locator('.session .tag-list a');
  await expect(chips.first()).toBeVisible();
  for (const chip of await chips.allTextContents()) expect(chip).not.toMatch(hangul);
  expect(await hangulInUi(page)).toEqual({ now: [], afterEnglish: [] });

  // In the app: a tag chip to its tag page, whose title and filter are English too.
  const tag = index.tags.find((candidate) => candidate.id === session.tags.find((id) => koreanTags.has(id)))!;
  await page.locator('.session .tag-list').getByRole('link', { name: `#${tag.labelEn}` }).click();
  await expect(page.locator('main h1')).toHaveText(`#${tag.labelEn}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(await hangulInUi(page)).toEqual({ now: [], afterEnglish: [] });
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
