// @vitest-environment jsdom
/** The inline loader pre-rendered pages use to start the app after their first paint, run for real. */
import { describe, expect, it } from 'vitest';
import { APP_MARKER, fillTemplate } from '../../src/vite/html.ts';

const template = `<!doctype html><html><head><title>talkshelf</title>
    <script type="module" crossorigin src="/assets/index.js"></script>
  </head><body><div id="root">${APP_MARKER}</div></body></html>`;

describe('the boot loader', () => {
  it('adds the entry script and the page preloads once the page has loaded (jsdom reports no paints)', async () => {
    const page = fillTemplate(template, { head: '<title>t</title>', html: '<main>본문</main>', state: '', preloads: ['/assets/page.js'] });
    document.documentElement.innerHTML = page.replace(/^<!doctype html>/, '');
    const loader = [...document.querySelectorAll('script:not([type])')].at(-1)!.textContent!;
    new Function(loader)();
    expect(document.head.querySelector('script[type="module"]')).toBeNull();
    window.dispatchEvent(new Event('load'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const entry = document.head.querySelector('script[type="module"]');
    expect(entry?.getAttribute('src')).toBe('/assets/index.js');
    expect(entry?.getAttribute('crossorigin')).toBe('');
    expect(document.head.querySelector('link[rel="modulepreload"]')?.getAttribute('href')).toBe('/assets/page.js');
  });
});
