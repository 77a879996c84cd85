import { useMemo, type ComponentProps } from 'react';
import type { ExtraProps } from 'react-markdown';
import { Link } from 'react-router';
import type { Review } from '../../../content/schema.ts';
import { Markdown } from '../../components/markdown.tsx';
import { useMessages } from '../../i18n/i18n.ts';
import { sessionHref } from '../../routes.ts';

type HeadingProps = ComponentProps<'h2'> & ExtraProps;

/**
 * The whole post. Each heading gets the pipeline's anchor (so `/reviews/:id#anchor` lands on it),
 * matched by source line, and a heading that opens a session links to the session page.
 */
export function ReviewBody({ review }: { review: Review }) {
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
