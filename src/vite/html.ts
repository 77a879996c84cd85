/**
 * Turns the built index.html into the page for one route. Pure string work on a template Vite
 * produced, so it is unit-tested without a build.
 */
import { escapeAttribute as escapeHtml } from '../app/head/head-tags.ts';

export const APP_MARKER = '<!--app-html-->';
const TITLE = /<title>[^<]*<\/title>/;

export interface PageParts {
  /** Tags for <head>: title, description, canonical, Open Graph… (replaces the template's title). */
  head: string;
  /** Server-rendered markup for #root. */
  html: string;
  /** Script tags with the state the client hydrates from. */
  state: string;
  /** URLs of the page's own JavaScript chunks, preloaded next to the entry script. */
  preloads?: readonly string[];
}

export function assertTemplate(template: string): void {
  if (!template.includes(APP_MARKER)) {
    throw new Error(`index.html has no ${APP_MARKER} marker inside <div id="root">; pre-rendered pages need it.`);
  }
  if (!TITLE.test(template)) throw new Error('index.html has no <title> to replace with each page’s head tags.');
}

export function fillTemplate(template: string, parts: PageParts): string {
  // Replacer functions, not strings: a `$&` in review text must not be read as a pattern.
  return template
    .replace(TITLE, () => parts.head)
    .replace('</head>', () => `${modulePreloads(parts.preloads ?? [])}</head>`)
    .replace(APP_MARKER, () => parts.html)
    .replace('</body>', () => `${parts.state}\n  </body>`);
}

function modulePreloads(hrefs: readonly string[]): string {
  // `crossorigin` as on Vite's entry <script>, so the preloaded module is the one the import uses.
  return hrefs.map((href) => `  <link rel="modulepreload" crossorigin href="${escapeHtml(href)}" />\n  `).join('');
}

/** A tiny page that sends an old or alternative URL to where its content lives now. */
export function redirectPage(target: string, title: string): string {
  const href = escapeHtml(target);
  return `<!doctype html>
<html lang="ko">
  <head>
    <meta charset="UTF-8" />
    <title>${escapeHtml(title)}</title>
    <meta name="robots" content="noindex" />
    <link rel="canonical" href="${href}" />
    <meta http-equiv="refresh" content="0; url=${href}" />
  </head>
  <body>
    <p><a href="${href}">${escapeHtml(title)}</a></p>
  </body>
</html>
`;
}
