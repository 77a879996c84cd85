/**
 * A write-up's markdown → the HTML the session page inserts as is, rendered once at build time
 * so the session page ships no markdown renderer (issue #6) and pre-rendering does not re-parse
 * every write-up for every page. The review page gets its whole post the same way
 * (review-html.ts), with ids on its headings.
 *
 * micromark's own HTML compiler with GFM: the parser react-markdown uses, so posts read as they
 * did when both pages rendered them with react-markdown (the parity tests still compare the
 * two on every real post). Chosen for speed: on 3,000 write-ups (1.6 M characters) of the
 * generated corpus it took 5.8 s of CPU, against 10.4 s for mdast → hast → HTML and 13.9 s for
 * react-markdown's server render, and 6.6 s with the rules pass below. Its safety defaults are
 * the ones we need: raw HTML in a post is escaped and shown as text, and URLs are sanitised like
 * react-markdown's defaultUrlTransform (javascript:, vbscript:, data: and any protocol but
 * http(s), mailto, irc(s) and xmpp become an empty URL; images keep only http and https).
 *
 * Then one pass over the tags micromark wrote applies the pages' rules (the react-markdown
 * components the pages used before, kept as the tests' reference in
 * test/content/reference-markdown.tsx): external links open in a new tab without opener or
 * referrer, images load lazily without referrer, links and images that cannot resolve here
 * become placeholders, tables scroll in their own box, and headings shift so the highest one
 * gets the level the page needs. Regular expressions are enough for that pass because micromark
 * escapes `&`, `<`, `>` and `"` in every text and attribute it writes: a raw `<` in its output
 * always starts a tag micromark made, and no attribute value holds a `"` or `>`.
 */
import { compile } from 'micromark';
import { gfmHtml } from 'micromark-extension-gfm';
import type { Event, HtmlExtension } from 'micromark-util-types';
import { parsePostEvents } from '../read/markdown-events.ts';
import { missingImageMark, tableScrollMark } from './notes-marks.ts';
import { isExternalUrl, isUnresolvableUrl } from './note-urls.ts';

/**
 * Writes each heading's source line at the start of its text, between NULs, for the rules pass
 * to turn into the heading's id: micromark writes `<hN>` without positions. The mark sits in the
 * heading's own output, so it travels with it where GFM moves content (a footnote's definition
 * is written at the end, and only if referenced). micromark replaces every NUL of its input by
 * U+FFFD, so no post can write this mark. An ATX heading with no text gets no mark (and no id).
 */
const headingLines: HtmlExtension = {
  enter: {
    atxHeadingText(token) {
      this.raw(`\u0000${token.start.line}\u0000`);
    },
    setextHeadingText(token) {
      this.raw(`\u0000${token.start.line}\u0000`);
    },
  },
};

/**
 * The token post-html.ts puts before each piece of a post it compiles in one go, and what it
 * writes: a NUL (no post can write one) and a line feed, so that micromark, which starts a block
 * on a new line unless its output is empty or ends in one, writes each piece as it would alone.
 */
export const PIECE_TOKEN = 'talkshelfPiece';
declare module 'micromark-util-types' {
  interface TokenTypeMap {
    talkshelfPiece: 'talkshelfPiece';
  }
}
export const PIECE_MARK = '\u0000piece\u0000\n';
const pieceMarks: HtmlExtension = {
  enter: {
    talkshelfPiece() {
      this.raw(PIECE_MARK);
    },
  },
};

// Built once: gfmHtml() creates fresh extension objects on every call.
const HTML_EXTENSIONS = [gfmHtml()];
const HTML_EXTENSIONS_WITH_LINES = [gfmHtml(), headingLines];
const HTML_EXTENSIONS_WITH_PIECES = [gfmHtml(), headingLines, pieceMarks];

/**
 * Every tag the rules touch, opening or closing, with a heading's line mark if one follows.
 * micromark writes no `>` inside attributes.
 */
const TAG = /<(\/?)(a|img|table|h[1-6])(?=[\s/>])([^>]*)>(?:\u0000(\d+)\u0000)?/g;
/** Headings of the notes themselves; GFM's footnote label carries attributes and is not one. */
const NOTES_HEADING = /<h([1-6])>/g;

/** What a page adds to one heading of the markdown. */
export interface PageHeading {
  /** The heading's `id`, already escaped for a double-quoted attribute. */
  id: string;
  /** HTML of the build's own to end the heading with (a mark the page fills in), or ''. */
  end: string;
}

export interface NotesHtmlOptions {
  /** Level the highest heading of the notes is rendered at (1–6). */
  topHeading: number;
  /**
   * For a page whose headings are link targets (the review page): what the heading at a
   * 1-based line of `markdown` gets. Without it headings get no id.
   */
  headingAt?: (line: number) => PageHeading | undefined;
}

export function renderNotesHtml(markdown: string, options: NotesHtmlOptions): string {
  return finishNotesHtml(compileMarkup(parsePostEvents(markdown), options.headingAt !== undefined), options);
}

/**
 * The two halves of `renderNotesHtml` for events parsed already: all of `parsePostEvents`' for
 * some markdown, or a run of its root-level blocks, whose one compile may get two sets of rules
 * (post-html.ts: a write-up's blocks in the review page and on the session page).
 * `compileMarkup` is micromark's HTML, with each heading's line mark if `headingLines`;
 * `finishNotesHtml` applies the pages' rules, and drops line marks when there is no `headingAt`.
 * With `pieces`, each `talkshelfPiece` token writes `PIECE_MARK` (post-html.ts cuts there).
 */
export function compileMarkup(events: Event[], headingLines: boolean, pieces = false): string {
  return compile({ htmlExtensions: pieces ? HTML_EXTENSIONS_WITH_PIECES : headingLines ? HTML_EXTENSIONS_WITH_LINES : HTML_EXTENSIONS })(events);
}

/**
 * Blog-engine markup that is not content, as micromark wrote it (escaped, since a post's raw HTML
 * is shown as text): HTML comments (Docusaurus's `<!-- truncate -->`, Hexo's `<!-- more -->`),
 * Liquid tags (`{% raw %}`, `{% endraw %}`) and Hugo shortcodes (`{{< youtube x >}}`,
 * `{{% note %}}`). Code blocks and inline code keep them: there they are the subject.
 */
const BLOG_MARKERS = /&lt;!--[\s\S]*?--&gt;|\{%[^\n]*?%\}|\{\{(?:&lt;|%)[^\n]*?(?:&gt;|%)\}\}/g;
const CODE = /(<pre[\s>][\s\S]*?<\/pre>|<code[\s>][\s\S]*?<\/code>)/;

/** `html` without blog-engine markers, and without the paragraphs that held nothing else. */
export function hideBlogMarkers(html: string): string {
  if (!html.includes('&lt;!--') && !html.includes('{%') && !html.includes('{{')) return html;
  return html
    .split(CODE)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(BLOG_MARKERS, '').replace(/<p>\s*<\/p>\n?/g, '')))
    .join('');
}

function attribute(attributes: string, name: string): string | undefined {
  return new RegExp(` ${name}="([^"]*)"`).exec(attributes)?.[1];
}

export function finishNotesHtml(markup: string, { topHeading, headingAt }: NotesHtmlOptions): string {
  const html = hideBlogMarkers(markup);
  let highest = 7;
  for (const match of html.matchAll(NOTES_HEADING)) highest = Math.min(highest, Number(match[1]));
  // A write-up's `####` under the page's credit heading reads as a sub-section, and a post's
  // own `#` never competes with the page's `<h1>`.
  const shift = highest === 7 ? 0 : topHeading - highest;
  // Which tag each open `<a>` became: a link label can hold another link (a footnote
  // reference), so closing tags pair up through a stack. Headings do not nest.
  const openLinks: ('a' | 'span')[] = [];
  let openHeading = topHeading;
  let headingEnd = '';

  return html.replace(TAG, (tag, slash: string, name: string, attributes: string, line: string | undefined) => {
    const closing = slash === '/';
    if (name === 'table') return closing ? '</table></div>' : `${tableScrollMark}<table>`;
    if (name === 'a') {
      if (closing) return `</${openLinks.pop() ?? 'a'}>`;
      const href = attribute(attributes, 'href');
      if (isUnresolvableUrl(href)) {
        openLinks.push('span');
        return href ? `<span class="unresolved-link" title="${href}">` : '<span class="unresolved-link">';
      }
      openLinks.push('a');
      return isExternalUrl(href) ? `<a${attributes} target="_blank" rel="noopener noreferrer">` : tag;
    }
    if (name === 'img') {
      const src = attribute(attributes, 'src');
      if (isUnresolvableUrl(src)) return missingImageMark(attribute(attributes, 'alt') ?? '');
      return `<img${attributes.replace(/\s*\/$/, '')} loading="lazy" decoding="async" referrerpolicy="no-referrer" />`;
    }
    if (closing) return `${headingEnd}</h${openHeading}>`;
    // GFM's "Footnotes" label titles a section of the notes, whatever their own headings are.
    const footnotes = attributes.includes(' id="footnote-label"');
    openHeading = footnotes ? topHeading : Math.min(6, Math.max(1, Number(name[1]) + shift));
    const page = line === undefined ? undefined : headingAt?.(Number(line));
    headingEnd = page?.end ?? '';
    return page ? `<h${openHeading} id="${page.id}">` : `<h${openHeading}${attributes}>`;
  });
}
