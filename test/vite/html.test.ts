import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { escapeAttribute as escapeHtml } from '../../src/app/head/head-tags.ts';
import { APP_MARKER, assertTemplate, fillTemplate, redirectPage } from '../../src/vite/html.ts';

const template = `<!doctype html>
<html lang="ko">
  <head>
    <title>talkshelf</title>
    <script type="module" src="/assets/index.js"></script>
  </head>
  <body>
    <div id="root">${APP_MARKER}</div>
  </body>
</html>`;

describe('fillTemplate', () => {
  it('puts head tags in place of the title, markup in #root and state before </body>', () => {
    const page = fillTemplate(template, {
      head: '<title>세션 · talkshelf</title>',
      html: '<main>본문</main>',
      state: '<script id="state" type="application/json">{}</script>',
    });
    expect(page).toContain('<title>세션 · talkshelf</title>');
    expect(page).not.toContain('<title>talkshelf</title>');
    expect(page).toContain('<div id="root"><main>본문</main></div>');
    expect(page).toMatch(/<script id="state"[^>]*>\{\}<\/script>\n {2}<\/body>/);
  });

  it("starts the app and the page's chunks after the first paint, not while the page paints", () => {
    const page = fillTemplate(template.replace('<script type="module" src', '<script type="module" crossorigin src'), {
      head: '<title>t</title>',
      html: '',
      state: '',
      preloads: ['/talkshelf/assets/session-page-x.js'],
    });
    expect(page).not.toMatch(/<script type="module"|rel="modulepreload"/);
    expect(page).toContain('<script type="application/json" id="talkshelf-scripts">["/assets/index.js","/talkshelf/assets/session-page-x.js"]</script>');
  });

  it('copies review text literally, even when it looks like a replacement pattern', () => {
    const page = fillTemplate(template, { head: '<title>$& $1</title>', html: "<p>$' and $`</p>", state: '' });
    expect(page).toContain('<title>$& $1</title>');
    expect(page).toContain("<p>$' and $`</p>");
  });
});

describe('assertTemplate', () => {
  it.each([
    [template.replace(APP_MARKER, ''), /no <!--app-html--> marker/],
    [template.replace('<title>talkshelf</title>', ''), /no <title>/],
  ])('rejects a template that cannot hold a pre-rendered page (%#)', (broken, message) => {
    expect(() => assertTemplate(broken)).toThrow(message);
  });

  it('accepts the index.html Vite builds from', () => {
    expect(() => assertTemplate(readFileSync(new URL('../../index.html', import.meta.url), 'utf8'))).not.toThrow();
  });
});

describe('escapeHtml and redirectPage', () => {
  it('escapes every character that could open markup or end an attribute', () => {
    expect(escapeHtml(`<img src=x onerror="a('b')">&`)).toBe('&#60;img src=x onerror=&#34;a(&#39;b&#39;)&#34;&#62;&#38;');
  });

  it('writes a redirect that works without JavaScript, is not indexed and names the site icon', () => {
    const page = redirectPage('/talkshelf/sessions/2024/ai-finance-tech/', 'AI "Finance" Tech', '/talkshelf/');
    expect(page).toContain('<meta http-equiv="refresh" content="0; url=/talkshelf/sessions/2024/ai-finance-tech/" />');
    expect(page).toContain('<link rel="canonical" href="/talkshelf/sessions/2024/ai-finance-tech/" />');
    // Without it the browser asks for /favicon.ico, which the build has not: a 404 per redirect.
    expect(page).toContain('<link rel="icon" href="/talkshelf/icon.svg" type="image/svg+xml" />');
    expect(page).toContain('<meta name="robots" content="noindex" />');
    expect(page).toContain('<title>AI &#34;Finance&#34; Tech</title>');
  });
});
