// @vitest-environment jsdom
/** The inline loader pre-rendered pages use to start the app after their first paint, run for real. */
import { describe, expect, it, vi } from 'vitest';
import { APP_MARKER, fillTemplate } from '../../src/vite/html.ts';

const template = `<!doctype html><html><head><title>talkshelf</title>
    <script type="module" crossorigin src="/assets/index.js"></script>
  </head><body><div id="root">${APP_MARKER}</div></body></html>`;

describe('the boot loader', () => {
  it('waits for the first paint (jsdom reports none: the three-second net) before adding the entry script and the page preloads', async () => {
    vi.useFakeTimers();
    const page = fillTemplate(template, { head: '<title>t</title>', html: '<main>본문</main>', state: '', preloads: ['/assets/page.js'] });
    document.documentElement.innerHTML = page.replace(/^<!doctype html>/, '');
    const loader = [...document.querySelectorAll('script:not([type])')].at(-1)!.textContent!;
    new Function(loader)();
    expect(document.head.querySelector('script[type="module"]')).toBeNull();
    vi.advanceTimersByTime(2900);
    expect(document.head.querySelector('script[type="module"]')).toBeNull();
    vi.advanceTimersByTime(200);
    vi.useRealTimers();
    const entry = document.head.querySelector('script[type="module"]');
    expect(entry?.getAttribute('src')).toBe('/assets/index.js');
    expect(entry?.getAttribute('crossorigin')).toBe('');
    expect(document.head.querySelector('link[rel="modulepreload"]')?.getAttribute('href')).toBe('/assets/page.js');
  });

  it('preloads a data file the page left out of its state as a fetch the app can take over', () => {
    const data = '/data/reviews/%EC%B9%B4.json';
    const page = fillTemplate(template, { head: '<title>t</title>', html: '', state: '', preloads: ['/assets/page.js', data] });
    document.documentElement.innerHTML = page.replace(/^<!doctype html>/, '');
    new Function([...document.querySelectorAll('script:not([type])')].at(-1)!.textContent!)();
    expect([...document.head.querySelectorAll('link[rel="modulepreload"]')].map((l) => l.getAttribute('href'))).toEqual(['/assets/page.js']);
    const preload = document.head.querySelector('link[rel="preload"]');
    expect(preload?.getAttribute('href')).toBe(data);
    expect(preload?.getAttribute('as')).toBe('fetch');
    // Without crossorigin a fetch preload is never matched by the app's fetch().
    expect(preload?.getAttribute('crossorigin')).toBe('');
  });

  it('starts at once on a page with nothing pre-rendered (404.html)', () => {
    const page = fillTemplate(template, { head: '<title>t</title>', html: '', state: '' });
    document.documentElement.innerHTML = page.replace(/^<!doctype html>/, '');
    new Function([...document.querySelectorAll('script:not([type])')].at(-1)!.textContent!)();
    expect(document.head.querySelector('script[type="module"]')?.getAttribute('src')).toBe('/assets/index.js');
  });
});
