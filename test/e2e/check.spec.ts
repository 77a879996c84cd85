/**
 * /check in a real browser (ko-KR, Asia/Seoul): the pipeline in a Web Worker reads the five real
 * reviews exactly as `npm run -s content -- --json` does, nothing but the page's own files is
 * requested, the file downloads unchanged, and hostile files get their message while the page
 * stays responsive (a long check can be stopped). In English mode the page's own words are
 * English from hydration on.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Catalog } from '../../src/content/schema.ts';
import { hangulInCheckUi, writtenByAuthors } from '../app/check-hangul.ts';
import { at, expect, rootUrl, subpathUrl, test, waitForApp } from './fixtures.ts';

const root = path.resolve(import.meta.dirname, '../..');
const reviewsDir = path.join(root, 'content/reviews');
const reviewFiles = readdirSync(reviewsDir).sort();

/** What the CLI says of the real content folder. */
function cliCatalog(): Catalog {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/content.ts', '--json'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0 && result.status !== 1) throw new Error(`npm run content failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as Catalog;
}

/** Opens /check and waits until it can check (the curated data is in); records every request from then on. */
async function openCheck(page: Page): Promise<string[]> {
  await page.goto(at(rootUrl(), '/check/'));
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('후기 미리 확인하기');
  await expect(page.getByLabel(/파일 고르기/)).toBeEnabled();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(`${request.method()} ${request.url()}`));
  return requests;
}

/** Drops files on the drop zone as a browser's drag and drop would. */
async function drop(page: Page, files: { name: string; bytes: number[] | string | { fill: number; length: number } }[]): Promise<void> {
  const zone = page.getByText(/^(파일을 여기에 끌어다 놓기|Drop files here)$/).locator('..');
  const transfer = await page.evaluateHandle((given) => {
    const data = new DataTransfer();
    for (const file of given) {
      const bytes =
        typeof file.bytes === 'string'
          ? new TextEncoder().encode(file.bytes)
          : Array.isArray(file.bytes)
            ? Uint8Array.from(file.bytes)
            : new Uint8Array(file.bytes.length).fill(file.bytes.fill);
      data.items.add(new File([bytes], file.name));
    }
    return data;
  }, files);
  await zone.dispatchEvent('drop', { dataTransfer: transfer });
}

test('the five real reviews show exactly what `npm run content -- --json` says, and nothing leaves the browser', async ({ page }) => {
  const catalog = cliCatalog();
  const requests = await openCheck(page);
  await page.getByLabel(/파일 고르기/).setInputFiles(reviewFiles.map((name) => path.join(reviewsDir, name)));
  const results = page.getByRole('region', { name: '결과' });
  await expect(results).toBeVisible({ timeout: 20_000 });

  const companyName = new Map(catalog.companies.map((c) => [c.id, c.name]));
  for (const review of catalog.reviews) {
    const article = results.locator(`article[data-file="${review.file}"]`);
    const edition = catalog.editions.find((e) => e.id === review.editionId)!;
    await expect(article.locator('[data-edition]')).toHaveAttribute('data-edition', edition.id);
    await expect(article.locator('[data-edition]')).toHaveText(edition.name);
    await expect(article.locator('[data-day]')).toHaveAttribute('data-day', review.dayId ?? 'day-unknown');
    const sessions = review.sessionIds.map((id) => catalog.sessions.find((s) => s.id === id)!);
    await expect(article.locator('[data-session]')).toHaveCount(sessions.length);
    for (const [k, session] of sessions.entries()) {
      const card = article.locator('[data-session]').nth(k);
      await expect(card).toHaveAttribute('data-session', session.id);
      await expect(card.getByRole('heading', { level: 5 })).toHaveText(session.title);
      const speakers = session.speakers.map((s) =>
        [s.name, s.handle && `(${s.handle})`, s.role, s.company && `· ${companyName.get(s.company) ?? s.company}`].filter(Boolean).join(' '),
      );
      await expect(card.locator('[data-speakers]')).toHaveText(speakers.length ? speakers.join(', ') : '없음');
    }
    const diagnostics = catalog.diagnostics.filter((d) => d.file === review.file);
    const shown = article.locator('[data-code]');
    await expect(shown).toHaveCount(diagnostics.length);
    for (const [k, d] of diagnostics.entries()) {
      await expect(shown.nth(k)).toHaveAttribute('data-code', d.code);
      await expect(shown.nth(k)).toContainText(`줄 ${d.line}:${d.column} — ${d.message}`);
      await expect(shown.nth(k)).toContainText(`고치는 법: ${d.hint}`);
    }
  }

  // "Add it" downloads the file as dropped, under its name.
  const first = reviewFiles[0]!;
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    results.locator(`article[data-file="reviews/${first}"]`).getByRole('button', { name: `${first} 내려받기 (바꾸지 않은 그대로)` }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(first);
  expect(readFileSync(await download.path())).toEqual(readFileSync(path.join(reviewsDir, first)));

  // After the page loaded: only its own chunks (the worker's among them) and its data files.
  const own = new URL(rootUrl());
  const others = requests.filter((r) => {
    const [method, url] = r.split(' ') as [string, string];
    if (url.startsWith('blob:')) return false;
    const parsed = new URL(url);
    return !(method === 'GET' && parsed.origin === own.origin && /^\/(assets\/[^/]+\.(js|css)|data\/(check|index|index-packed)\.json)$/.test(parsed.pathname));
  });
  expect(others).toEqual([]);
  expect(requests.some((r) => /\/assets\/check-worker-[^/]+\.js$/.test(r))).toBe(true);
});

test('hostile files get the CLI’s messages, a long check can be stopped, and the page stays responsive', async ({ page }) => {
  test.setTimeout(60_000);
  await openCheck(page);
  const utf8 = (text: string) => [...Buffer.from(text, 'utf8')];
  await drop(page, [
    { name: 'binary.md', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 0] },
    { name: 'huge.md', bytes: { fill: 0x61, length: 5 * 1024 * 1024 + 1 } },
    { name: 'latin1.md', bytes: [...utf8('---\ntitle: caf'), 0xe9, ...utf8('\n---\n\n## 세션\n\n내용\n')] },
    { name: 'broken-yaml.md', bytes: utf8('---\ntitle: "if kakao 2019 후기\ndate: 2019-08-30\n---\n\n## 키노트\n\n- 좋았다\n') },
  ]);
  const results = page.getByRole('region', { name: '결과' });
  await expect(results).toBeVisible({ timeout: 20_000 });
  await expect(results.locator('article[data-file="reviews/binary.md"] [data-code="binary-file"]')).toContainText('not a text post');
  await expect(results.locator('article[data-file="reviews/huge.md"] [data-code="file-too-large"]')).toContainText('over the 5.0 MB a post or curated file may be');
  await expect(results.locator('article[data-file="reviews/latin1.md"] [data-code="invalid-utf8"]')).toContainText('줄 2:');
  await expect(results.locator('article[data-file="reviews/broken-yaml.md"] [data-code="yaml-invalid"]')).toContainText('not valid YAML');

  // A post just under the limit with thousands of sessions: stopped while the worker reads it.
  const heavy = Array.from({ length: 40_000 }, (_, k) => `## 발표 ${k} 제목 (카카오 - 홍길동${k})\n\n- 카프카와 레디스 이야기 ${k}\n`).join('\n');
  await drop(page, [{ name: 'heavy.md', bytes: `---\ntitle: if kakao 2024 후기\n---\n\n${heavy}` }]);
  await expect(page.getByText('확인하는 중…')).toBeVisible();
  // The page answers while the worker works: typing goes in at once.
  const started = Date.now();
  await page.getByLabel('후기 붙여넣기').fill('아직 읽는 중');
  await expect(page.getByLabel('후기 붙여넣기')).toHaveValue('아직 읽는 중');
  expect(Date.now() - started).toBeLessThan(2_000);
  await expect(page.getByText('확인하는 중…')).toBeVisible();
  await page.getByRole('button', { name: '멈추기' }).click();
  await expect(page.getByText('확인을 멈췄습니다.')).toBeVisible();
  await page.getByLabel('후기 붙여넣기').fill('---\ntitle: if kakao 2024 후기\n---\n\n## 카카오 빌링 MySQL DB 샤딩 적용\n\n- 샤딩\n');
  await page.getByRole('button', { name: '붙여넣은 글 확인' }).click();
  await expect(results.getByRole('heading', { level: 5, name: '카카오 빌링 MySQL DB 샤딩 적용' })).toBeVisible({ timeout: 20_000 });
  await expect(results).toContainText('이미 있는 세션');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the page and a report have no axe violations, ${scheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openCheck(page);
    await page.getByLabel(/파일 고르기/).setInputFiles(path.join(reviewsDir, reviewFiles[0]!));
    const results = page.getByRole('region', { name: '결과' });
    await expect(results).toBeVisible({ timeout: 20_000 });
    await results.getByText('미리보기').first().click();
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
  });
}

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });
  test('the pre-rendered page says checking needs JavaScript, and points to npm run content', async ({ page }) => {
    await page.goto(at(rootUrl(), '/check/'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('후기 미리 확인하기');
    await expect(page.getByText('확인하려면 JavaScript를 켜야 합니다')).toBeVisible();
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  });
});

test('under a base path the worker loads from the build and checks a post', async ({ page }) => {
  await page.goto(at(subpathUrl(), '/check/'));
  await waitForApp(page);
  await expect(page.getByText('확인하려면 JavaScript를 켜야 합니다')).toBeHidden();
  await expect(page.getByLabel(/파일 고르기/)).toBeEnabled();
  await page.getByLabel(/파일 고르기/).setInputFiles(path.join(reviewsDir, reviewFiles[0]!));
  await expect(page.locator(`article[data-file="reviews/${reviewFiles[0]}"] [data-edition]`)).toBeVisible({ timeout: 20_000 });
});

/**
 * Installed before the page's scripts: `hangulInUi()` scans the page now (hangulInCheckUi), and
 * `hangulAfterEnglish` collects what a scan finds on every change once <html lang> is en, so a
 * Korean word that shows for a moment after hydration is caught too.
 */
async function watchForHangul(page: Page, written: string[]): Promise<void> {
  await page.addInitScript({
    content: `(() => {
      const scan = ${hangulInCheckUi.toString()};
      const written = ${JSON.stringify(written)};
      const seen = [];
      Object.assign(window, { hangulInUi: () => scan(document.body, written), hangulAfterEnglish: seen });
      new MutationObserver(() => {
        if (document.documentElement.lang === 'en' && document.body) seen.push(...scan(document.body, written));
      }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['lang'] });
    })();`,
  });
}

async function hangulInUi(page: Page): Promise<{ now: string[]; afterEnglish: string[] }> {
  return page.evaluate(() => {
    const w = window as unknown as { hangulInUi: () => string[]; hangulAfterEnglish: string[] };
    return { now: w.hangulInUi(), afterEnglish: [...new Set(w.hangulAfterEnglish)] };
  });
}

test('English mode: the page’s own words are English once hydrated, before, while and after checking real, oversized, non-post and pasted posts; <html lang="en">', async ({ page }) => {
  test.setTimeout(60_000);
  const hangul = /[\uAC00-\uD7A3]/;
  const catalog = cliCatalog();
  await page.addInitScript(() => localStorage.setItem('talkshelf.lang', 'en'));
  await watchForHangul(page, writtenByAuthors(catalog, ['새로운 발표', '홍길동']));

  await page.goto(at(rootUrl(), '/check/'));
  await waitForApp(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check a review');
  await expect(page.getByLabel(/Choose files/)).toBeEnabled();
  expect(await page.title()).not.toMatch(hangul);
  await expect(page.getByText("Each file is read up to 5.0 MB (the build's limit).", { exact: false })).toBeVisible();
  expect(await hangulInUi(page)).toEqual({ now: [], afterEnglish: [] });

  await drop(page, [
    ...reviewFiles.map((name) => ({ name, bytes: [...readFileSync(path.join(reviewsDir, name))] })),
    { name: 'huge.md', bytes: { fill: 0x61, length: 5 * 1024 * 1024 + 1 } },
    { name: 'post.html', bytes: '<h1>x</h1>' },
  ]);
  const results = page.getByRole('region', { name: 'Results' });
  await expect(results).toBeVisible({ timeout: 20_000 });
  await expect(results.getByRole('article')).toHaveCount(reviewFiles.length + 2);
  for (const summary of await results.getByText('Preview', { exact: true }).all()) await summary.click();
  // A dated day, a kind, a tag's and a company's English label, the refusals in the page's words.
  const first = results.locator(`article[data-file="reviews/${reviewFiles[0]}"]`);
  await expect(first.locator('[data-day]')).toHaveText('Day 3 (Oct 24, 2024)');
  await expect(results.locator('[data-session] .facts').filter({ hasText: 'Sharding' }).first()).toContainText('Talk');
  await expect(results.locator('[data-speakers]').filter({ hasText: '· Kakao' }).first()).toBeVisible();
  await expect(results.locator('article[data-file="reviews/huge.md"] [data-code="file-too-large"]')).toContainText('Error file-too-large Line 1:1');
  await expect(results.locator('article[data-file="reviews/post.html"]').getByRole('alert')).toHaveText(/^post\.html is not read as a post/);

  await page.getByLabel('Paste a review').fill('---\ntitle: if kakao 2024 review\n---\n\n## 카카오 빌링 MySQL DB 샤딩 적용\n\n- 샤딩\n\n## 새로운 발표 (카카오 - 홍길동)\n\n- 카프카\n');
  await page.getByRole('button', { name: 'Check the pasted text' }).click();
  await expect(results.getByRole('heading', { level: 5, name: '새로운 발표' })).toBeVisible({ timeout: 20_000 });
  await expect(results).toContainText('Merges with the existing session “카카오 빌링 MySQL DB 샤딩 적용”');
  await expect(results).toContainText('A new session.');

  // A long check, and stopping it.
  const heavy = Array.from({ length: 40_000 }, (_, k) => `## 발표 ${k} 제목 (카카오 - 홍길동${k})\n\n- 카프카 ${k}\n`).join('\n');
  await drop(page, [{ name: 'heavy.md', bytes: `---\ntitle: if kakao 2024 review\n---\n\n${heavy}` }]);
  await expect(page.getByText('Checking…')).toBeVisible();
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByText('The check was stopped.')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(await hangulInUi(page)).toEqual({ now: [], afterEnglish: [] });
});
