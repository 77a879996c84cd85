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
  /**
   * URLs of the page's own JavaScript chunks, preloaded next to the entry script, and of the
   * data files (`.json`) its client fetches before hydrating, preloaded with them.
   */
  preloads?: readonly string[];
}

export function assertTemplate(template: string): void {
  if (!template.includes(APP_MARKER)) {
    throw new Error(`index.html has no ${APP_MARKER} marker inside <div id="root">; pre-rendered pages need it.`);
  }
  if (!TITLE.test(template)) throw new Error('index.html has no <title> to replace with each page’s head tags.');
}

export function fillTemplate(template: string, parts: PageParts): string {
  const { template: withoutEntry, entry } = takeEntryScript(template);
  const scripts = entry ? [entry, ...(parts.preloads ?? [])] : [];
  // Replacer functions, not strings: a `$&` in review text must not be read as a pattern.
  return withoutEntry
    .replace(TITLE, () => parts.head)
    .replace(APP_MARKER, () => parts.html)
    .replace('</body>', () => `${parts.state}\n${scripts.length > 0 ? bootScripts(scripts) : ''}  </body>`);
}

export const SCRIPTS_ELEMENT_ID = 'talkshelf-scripts';

const ENTRY_SCRIPT = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/;

/** Vite's entry `<script>`, taken out of the template, and its URL. */
function takeEntryScript(template: string): { template: string; entry?: string } {
  const match = ENTRY_SCRIPT.exec(template);
  if (!match) return { template };
  return { template: template.replace(ENTRY_SCRIPT, ''), entry: match[1]! };
}

/**
 * The app starts after the first paint. A pre-rendered page is complete without JavaScript, so
 * nothing it shows should wait for 100 KB of script: fetched in parallel, the script competes
 * with the HTML and CSS that paint the page, and on a slow connection (or an uncompressed
 * static host) it pushes the first and largest paint back by seconds. Once the page has painted,
 * the entry and the page's own chunks are fetched together (modulepreload, so the page chunk is not
 * a second round trip), with any data file the page's state left out (a fetch preload the app's
 * own fetch then takes), and the app hydrates what is already on screen.
 *
 * The list is JSON in the page (`npm run size` reads it back); the loader is a few bytes inline.
 */
function bootScripts(urls: readonly string[]): string {
  const list = JSON.stringify(urls).replace(/</g, '\\u003c');
  // Start on the first contentful paint as the browser reports it (its presentation time, not
  // the frame still being drawn). Not on the load event: on a busy device the load event can
  // come before the first paint. A page with nothing pre-rendered (404.html) starts at once;
  // a browser without paint timing, or a tab opened in the background, after three seconds.
  return (
    `  <script type="application/json" id="${SCRIPTS_ELEMENT_ID}">${list}</script>\n` +
    `  <script>(function(){var d=document,s=0;function go(){if(s++)return;` +
    `JSON.parse(d.getElementById('${SCRIPTS_ELEMENT_ID}').textContent).forEach(function(h,i){` +
    `var e=d.createElement(i?'link':'script');if(!i){e.type='module';e.src=h}else if(/\\.json$/.test(h)){e.rel='preload';e.setAttribute('as','fetch');e.href=h}` +
    `else{e.rel='modulepreload';e.href=h}` +
    `e.crossOrigin='';d.head.appendChild(e)})}` +
    `var r=d.getElementById('root');if(!r||!r.firstElementChild)return go();setTimeout(go,3000);` +
    `try{new PerformanceObserver(function(l){if(l.getEntriesByName('first-contentful-paint').length)setTimeout(go)})` +
    `.observe({type:'paint',buffered:true})}catch(e){}})()</script>\n`
  );
}

/**
 * A tiny page that sends an old or alternative URL to where its content lives now. It names the
 * site's icon like every other page: without it the browser asks for /favicon.ico, a 404.
 */
export function redirectPage(target: string, title: string, base = '/'): string {
  const href = escapeHtml(target);
  return `<!doctype html>
<html lang="ko">
  <head>
    <meta charset="UTF-8" />
    <title>${escapeHtml(title)}</title>
    <meta name="robots" content="noindex" />
    <link rel="icon" href="${escapeHtml(`${base}icon.svg`)}" type="image/svg+xml" />
    <link rel="canonical" href="${href}" />
    <meta http-equiv="refresh" content="0; url=${href}" />
  </head>
  <body>
    <p><a href="${href}">${escapeHtml(title)}</a></p>
  </body>
</html>
`;
}
