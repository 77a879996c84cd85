/**
 * The reference the build-time HTML (src/content/html/notes-html.ts, review-html.ts) is compared
 * with: the react-markdown rendering both pages used before they got that HTML, as it was.
 * react-markdown with GFM, no raw HTML (shown as text, never parsed), link protocols sanitised by
 * the default urlTransform, external links in a new tab without opener or referrer, images lazy
 * and without referrer; on the review page, each heading with the pipeline's anchor (matched by
 * source line) and a session heading with a link to its session page. Blog-engine markers are
 * not content (issue #14): HTML comments, Liquid tags and Hugo shortcodes outside code are
 * dropped, and so is a paragraph that held nothing else. Test code only:
 * react-markdown is a devDependency and no page ships it.
 */
import { useMemo, type ComponentProps, type ReactNode } from 'react';
import ReactMarkdown, { type Components, type ExtraProps } from 'react-markdown';
import { Link } from 'react-router';
import remarkGfm from 'remark-gfm';
import { useMessages } from '../../src/app/i18n/i18n.ts';
import { sessionHref } from '../../src/app/routes.ts';
import { isExternalUrl, isUnresolvableUrl } from '../../src/content/html/note-urls.ts';
import type { Review } from '../../src/content/schema.ts';

interface HastNode {
  type: string;
  tagName?: string;
  children?: HastNode[];
}

const headingRank = (node: HastNode) => (node.type === 'element' && /^h[1-6]$/.test(node.tagName ?? '') ? Number(node.tagName![1]) : 0);

function collectHeadings(node: HastNode, into: HastNode[]): HastNode[] {
  if (headingRank(node)) into.push(node);
  node.children?.forEach((child) => collectHeadings(child, into));
  return into;
}

interface MdastNode {
  type: string;
  value?: string;
  children?: MdastNode[];
}

const MARKER_TEXT = /\{%[^\n]*?%\}|\{\{[<%][^\n]*?[>%]\}\}/g;

/** The mdast way of hiding blog-engine markers: comment nodes go, markers leave text nodes. */
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

/**
 * Shift headings so the highest one becomes `h${top}`: a write-up's `####` under the page's
 * `<h3>` credit reads as a sub-section, and a post's own `#` never competes with the page `<h1>`.
 */
function rehypeShiftHeadings({ top }: { top: number }) {
  return (tree: HastNode) => {
    const headings = collectHeadings(tree, []);
    if (headings.length === 0) return;
    const offset = top - Math.min(...headings.map(headingRank));
    for (const heading of headings) heading.tagName = `h${Math.min(6, Math.max(1, headingRank(heading) + offset))}`;
  };
}

function MarkdownLink({ node: _node, href, children, ...props }: ComponentProps<'a'> & ExtraProps) {
  if (isUnresolvableUrl(href)) {
    return (
      <span className="unresolved-link" title={href}>
        {children}
      </span>
    );
  }
  if (isExternalUrl(href)) {
    return (
      <a {...props} href={href} target="_blank" rel="noopener noreferrer">
        {children}
      </a>
    );
  }
  return (
    <a {...props} href={href}>
      {children}
    </a>
  );
}

function MarkdownImage({ node: _node, alt, ...props }: ComponentProps<'img'> & ExtraProps) {
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

function MarkdownTable({ node: _node, children, ...props }: ComponentProps<'table'> & ExtraProps) {
  const t = useMessages();
  // Wide tables scroll inside their own box (keyboard-focusable) instead of stretching a phone screen.
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t.table}>
      <table {...props}>{children}</table>
    </div>
  );
}

const baseComponents: Components = { a: MarkdownLink, img: MarkdownImage, table: MarkdownTable };

export function Markdown({
  children,
  topHeading,
  components,
}: {
  children: string;
  /** Level the highest heading in this markdown is rendered at. */
  topHeading: number;
  components?: Components;
}): ReactNode {
  return (
    <div className="prose">
      <ReactMarkdown
        remarkPlugins={[remarkGfm, remarkHideBlogMarkers]}
        rehypePlugins={[[rehypeShiftHeadings, { top: topHeading }]]}
        components={components ? { ...baseComponents, ...components } : baseComponents}
      >
        {children}
      </ReactMarkdown>
    </div>
  );
}

type HeadingProps = ComponentProps<'h2'> & ExtraProps;

/** The review page's body as it was: src/app/features/review/review-body.tsx before build-time HTML. */
export function ReferenceReviewBody({ review }: { review: Pick<Review, 'body' | 'bodyLine' | 'headings'> }) {
  const t = useMessages();
  const components = useMemo(() => {
    const byLine = new Map(review.headings.map((heading) => [heading.line, heading]));
    function Heading({ node, children, ...props }: HeadingProps) {
      const Tag = (node?.tagName ?? 'h2') as 'h2';
      const line = node?.position?.start.line;
      const heading = line === undefined ? undefined : byLine.get(line + review.bodyLine - 1);
      return (
        <Tag {...props} id={heading?.anchor}>
          {children}
          {heading?.sessionId && (
            <>
              {' '}
              <Link className="heading-session-link" to={sessionHref(heading.sessionId)}>
                {t.goToSession}
              </Link>
            </>
          )}
        </Tag>
      );
    }
    return { h2: Heading, h3: Heading, h4: Heading, h5: Heading, h6: Heading };
  }, [review, t]);

  return (
    <Markdown topHeading={2} components={components}>
      {review.body}
    </Markdown>
  );
}
