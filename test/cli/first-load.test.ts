import { describe, expect, it } from 'vitest';
import { firstLoadScripts } from '../../src/cli/first-load.ts';
import { APP_MARKER, fillTemplate } from '../../src/vite/html.ts';

const template = `<!doctype html><html><head><title>talkshelf</title>
    <script type="module" crossorigin src="/assets/index-a.js"></script>
  </head><body><div id="root">${APP_MARKER}</div></body></html>`;

describe('firstLoadScripts', () => {
  it('lists module scripts and module preloads once each, in order, and nothing else', () => {
    const html = `<!doctype html><html><head>
      <script>document.documentElement.dataset.theme = 'dark'</script>
      <script type="module" crossorigin src="/talkshelf/assets/index-a.js"></script>
      <link rel="stylesheet" crossorigin href="/talkshelf/assets/index-b.css">
      <link rel="manifest" href="/talkshelf/manifest.webmanifest">
      <link rel="modulepreload" crossorigin href="/talkshelf/assets/session-page-c.js" />
      <link rel="modulepreload" crossorigin href="/talkshelf/assets/index-a.js" />
      </head><body><script type="application/json" id="talkshelf-state">{}</script></body></html>`;
    expect(firstLoadScripts(html)).toEqual(['/talkshelf/assets/index-a.js', '/talkshelf/assets/session-page-c.js']);
  });

  it('reads the list a pre-rendered page starts after its first paint', () => {
    const page = fillTemplate(template, { head: '<title>t</title>', html: '', state: '', preloads: ['/assets/page-b.js'] });
    expect(firstLoadScripts(page)).toEqual(['/assets/index-a.js', '/assets/page-b.js']);
  });
});
