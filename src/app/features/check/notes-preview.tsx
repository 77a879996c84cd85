/**
 * A write-up previewed as its session page will show it, rendered in the browser with
 * react-markdown and GFM under the build's rules (src/content/html/notes-html.ts): raw HTML
 * shown as text, URLs sanitised by react-markdown's default transform as micromark sanitises
 * them, the same URL policy (note-urls.ts), external links in a new tab without opener or
 * referrer, lazy images without referrer, placeholders for what cannot resolve here, tables in
 * their own scroll box, blog-engine markers hidden, and headings shifted so the highest is the
 * session page's `<h4>`.
 * A test renders every real write-up both ways and compares the trees.
 */
import type { ComponentProps } from 'react';
import ReactMarkdown, { type Components, type ExtraProps } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { isExternalUrl, isUnresolvableUrl } from '../../../content/html/note-urls.ts';
import { useMessages } from '../../i18n/i18n.ts';

/** The session page credits each write-up with an `<h3>`; the notes' headings start below it. */
const NOTES_TOP_HEADING = 4;

interface MdastNode {
  type: string;
  value?: string;
  children?: MdastNode[];
}

const MARKER_TEXT = /\{%[^\n]*?%\}|\{\{[<%][^\n]*?[>%]\}\}/g;

/**
 * Blog-engine markers are not content, as the build hides them (notes-html.ts `hideBlogMarkers`):
 * HTML comments (`<!-- more -->`), Liquid tags (`{% raw %}`) and Hugo shortcodes outside code go,
 * and so does a paragraph that held nothing else.
 */
function remarkHideBlogMarkers() {
  const clean = (node: MdastNode): boolean => {
    if (node.type === 'html' && /^<!--[\s\S]*-->\s*$/.test(node.value ?? '')) return false;
    if (node.type === 'text' && node.value !== undefined) node.value = node.value.replace(MARKER_TEXT, '');
    if (node.children) node.children = node.children.filter(clean);
    return !(node.type === 'paragraph' && node.children!.every((child) => child.type === 'text' && !child.value!.trim()));
  };
  return (tree: MdastNode) => {
    clean(tree);
  };
}

interface HastNode {
  type: string;
  tagName?: string;
  properties?: { id?: unknown };
  children?: HastNode[];
}

const headingRank = (node: HastNode) => (node.type === 'element' && /^h[1-6]$/.test(node.tagName ?? '') ? Number(node.tagName![1]) : 0);

function collectHeadings(node: HastNode, into: HastNode[]): HastNode[] {
  if (headingRank(node)) into.push(node);
  node.children?.forEach((child) => collectHeadings(child, into));
  return into;
}

/** As the build does: the highest of the notes' own headings becomes `h${top}`; GFM's footnotes label is at `top`. */
function rehypeShiftHeadings({ top }: { top: number }) {
  return (tree: HastNode) => {
    const headings = collectHeadings(tree, []);
    const isLabel = (h: HastNode) => h.properties?.id === 'footnote-label';
    const own = headings.filter((h) => !isLabel(h));
    const offset = own.length === 0 ? 0 : top - Math.min(...own.map(headingRank));
    for (const heading of headings) heading.tagName = `h${isLabel(heading) ? top : Math.min(6, Math.max(1, headingRank(heading) + offset))}`;
  };
}

function PreviewLink({ node: _node, href, children, ...props }: ComponentProps<'a'> & ExtraProps) {
  if (isUnresolvableUrl(href)) {
    return (
      <span className="unresolved-link" title={href || undefined}>
        {children}
      </span>
    );
  }
  return isExternalUrl(href) ? (
    <a {...props} href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  ) : (
    <a {...props} href={href}>
      {children}
    </a>
  );
}

function PreviewImage({ node: _node, alt, ...props }: ComponentProps<'img'> & ExtraProps) {
  const t = useMessages();
  if (isUnresolvableUrl(typeof props.src === 'string' ? props.src : undefined)) {
    return (
      <span className="missing-image" role="img" aria-label={t.missingImage(alt ?? '')}>
        {t.missingImage(alt ?? '')}
      </span>
    );
  }
  return <img {...props} alt={alt ?? ''} loading="lazy" decoding="async" referrerPolicy="no-referrer" />;
}

function PreviewTable({ node: _node, children, ...props }: ComponentProps<'table'> & ExtraProps) {
  const t = useMessages();
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t.table}>
      <table {...props}>{children}</table>
    </div>
  );
}

const components: Components = { a: PreviewLink, img: PreviewImage, table: PreviewTable };
const remarkPlugins = [remarkGfm, remarkHideBlogMarkers];
const rehypePlugins: NonNullable<ComponentProps<typeof ReactMarkdown>['rehypePlugins']> = [[rehypeShiftHeadings, { top: NOTES_TOP_HEADING }]];

export function NotesPreview({ markdown }: { markdown: string }) {
  return (
    <div className="prose">
      <ReactMarkdown remarkPlugins={remarkPlugins} rehypePlugins={rehypePlugins} components={components}>
        {markdown}
      </ReactMarkdown>
    </div>
  );
}
