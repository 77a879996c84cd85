/**
 * Shared pieces of the browser tests: the two served builds, the catalog they were built from,
 * and a page that records every console message, page error and failed request.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import type { IndexFile } from '../../src/content/schema.ts';
import { E2E_DIST } from './paths.ts';

export { expect };

const root = path.resolve(import.meta.dirname, '../..');

/** The catalog index the served build holds (the build ran in global setup). */
export function readIndex(): IndexFile {
  return JSON.parse(readFileSync(path.join(root, E2E_DIST, 'data/index.json'), 'utf8')) as IndexFile;
}

export function rootUrl(): string {
  const url = process.env.E2E_ROOT_URL;
  if (!url) throw new Error('E2E_ROOT_URL is not set: run the browser tests through playwright.config.ts.');
  return url;
}

export function subpathUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: run the browser tests through playwright.config.ts.');
  return url;
}

/** `/sessions/2024/x?y` → absolute URL on a served build, each path segment encoded. */
export function at(site: string, href: string): string {
  const [pathname = '', query] = href.split('?');
  const encoded = pathname
    .split('/')
    .map((s) => encodeURIComponent(decodeURIComponent(s)))
    .join('/');
  return new URL(`${encoded.replace(/^\//, '')}${query === undefined ? '' : `?${query}`}`, site).href;
}

export interface PageProblems {
  console: string[];
  failedRequests: string[];
}

// A 1×1 transparent PNG: reviews embed images from other hosts (i.imgur.com and the like), which
// this offline sandbox cannot reach. Images from outside the site are answered with it, so "no
// console errors" is about our code, not the network. Only images: any other request that leaves
// the site is aborted and so fails the test as a failed request.
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

/**
 * Records what goes wrong in `page`: console errors and warnings, page errors, failed requests.
 * Images from other hosts get the pixel above; any other request leaving the site is aborted.
 */
export async function watchPage(page: Page): Promise<PageProblems> {
  const problems: PageProblems = { console: [], failedRequests: [] };
  await page.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) =>
    route.request().resourceType() === 'image'
      ? route.fulfill({ status: 200, contentType: 'image/png', body: PIXEL })
      : route.abort('blockedbyclient'),
  );
  // A not-found address answers 404 with the not-found page: Chromium logs that as "Failed to
  // load resource" against the page itself. That is the page's answer, not a problem.
  const notFoundDocuments = new Set<string>();
  page.on('response', (response) => {
    if (response.status() === 404 && response.request().resourceType() === 'document') notFoundDocuments.add(response.url());
  });
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    if (message.text().startsWith('Failed to load resource') && notFoundDocuments.has(message.location().url)) return;
    problems.console.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.console.push(`pageerror: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => {
    // Moving to the next page cancels what the last one still had in flight (the favicon, say):
    // that is the test navigating, not a broken request. Anything else counts.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.failedRequests.push(`failed ${request.url()}: ${request.failure()?.errorText}`);
  });
  return problems;
}

/** The console errors and page errors among `problems`, but those a test expects. */
export function unexpectedErrors(problems: PageProblems, expected: RegExp | null = null): string[] {
  return problems.console.filter((message) => !message.startsWith('warning: ') && !expected?.test(message));
}

export const test = base.extend<{ problems: PageProblems; expectedConsole: RegExp | null }>({
  /** Console errors a test causes on purpose (requests it makes fail), by pattern. */
  expectedConsole: [null, { option: true }],
  // Automatic: every test fails on a console error or an uncaught page error in its page, whether
  // or not it looks at `problems` (hydration errors are console errors, and show nothing else).
  // A page a test opens in a context of its own: `watchPage` it and check `unexpectedErrors`.
  problems: [
    async ({ page, expectedConsole }, use) => {
      const problems = await watchPage(page);
      await use(problems);
      expect(unexpectedErrors(problems, expectedConsole), 'console errors and page errors').toEqual([]);
    },
    { auto: true },
  ],
});

/** Waits until React has hydrated the pre-rendered page (the client marks <html> when done). */
export async function waitForApp(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true', null, { timeout: 10_000 });
}
