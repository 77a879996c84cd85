import { describe, expect, it } from 'vitest';
import { firstLoadScripts } from '../../src/cli/first-load.ts';

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
});
