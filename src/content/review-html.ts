/**
 * A review's whole post → the HTML its page inserts as is, rendered once at build time with the
 * write-ups' renderer and rules (notes-html.ts), so the review page ships no markdown renderer
 * and does not parse the post again while it hydrates (issue #6: 2–5 s of blocking time on a
 * phone).
 *
 * On top of the notes' rules, each heading of the post gets the anchor the pipeline gave it as
 * its id (session pages link to `/reviews/<id>#<anchor>`), matched by source line, and a
 * heading that opens a session ends with a link to that session's page, left as a mark the page
 * fills in (review-marks.ts).
 */
import { renderNotesHtml, type PageHeading } from './notes-html.ts';
import { sessionLinkMark } from './review-marks.ts';
import type { Review } from './schema.ts';

/** The page's `<h1>` is the review's title, so the post's highest heading becomes an `<h2>`. */
const REVIEW_TOP_HEADING = 2;

const ATTRIBUTE_ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };

/** GitHub's slugs drop most punctuation, but an anchor is a post's text all the same. */
function escapeAttribute(value: string): string {
  return value.replace(/[&"<>]/g, (c) => ATTRIBUTE_ESCAPES[c]!);
}

export function renderReviewHtml(review: Pick<Review, 'body' | 'bodyLine' | 'headings'>): string {
  // Heading lines count in the file; the renderer counts in the body.
  const byBodyLine = new Map<number, PageHeading>();
  for (const heading of review.headings) {
    byBodyLine.set(heading.line - review.bodyLine + 1, {
      id: escapeAttribute(heading.anchor),
      // A space, as between the heading's text and its link when react-markdown rendered it.
      end: heading.sessionId ? ` ${sessionLinkMark(heading.sessionId)}` : '',
    });
  }
  return renderNotesHtml(review.body, { topHeading: REVIEW_TOP_HEADING, headingAt: (line) => byBodyLine.get(line) });
}
