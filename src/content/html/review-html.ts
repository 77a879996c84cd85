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
 *
 * Rendering happens in two steps because the post is read on a worker thread (review.ts), before
 * the catalog knows which session each heading opens (that takes every review's headings):
 * `renderReviewTemplate` renders the post with a slot at the end of each heading, and
 * `fillReviewTemplate` turns the slots into session link marks once the catalog is merged, by
 * string substitution instead of a second render.
 */
import type { Event } from 'micromark-util-types';
import { parsePostEvents } from '../read/markdown-events.ts';
import { compileMarkup, finishNotesHtml, type PageHeading } from './notes-html.ts';
import { sessionLinkMark } from './review-marks.ts';
import type { Review, ReviewHeading } from '../schema.ts';

/** The page's `<h1>` is the review's title, so the post's highest heading becomes an `<h2>`. */
const REVIEW_TOP_HEADING = 2;

const ATTRIBUTE_ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;', '\u0000': '\ufffd' };

/**
 * GitHub's slugs drop most punctuation, but an anchor is a post's text all the same. A NUL
 * becomes U+FFFD, as micromark does with the post's text, so no anchor can write a slot.
 */
function escapeAttribute(value: string): string {
  return value.replace(/[&"<>\u0000]/g, (c) => ATTRIBUTE_ESCAPES[c]!);
}

/**
 * Where heading `index` ends in a template. Between NULs: micromark replaces every NUL of the
 * post by U+FFFD and anchors are escaped the same way, so only the renderer writes one. Distinct
 * from notes-html.ts's line marks (`NUL digits NUL`), which its rules pass has consumed by then.
 */
const slot = (index: number) => `\u0000s${index}\u0000`;
const SLOT = /\u0000s(\d+)\u0000/g;

/** What the template needs: the post and its headings' places and anchors, not their sessions. */
export type ReviewTemplateSource = Pick<Review, 'body' | 'bodyLine'> & { headings: readonly Pick<ReviewHeading, 'line' | 'anchor'>[] };

/**
 * The post's HTML with every listed heading ending in a slot for `fillReviewTemplate`. `events`
 * are the body's, when the caller parsed it already (`parsePostEvents`, post-html.ts).
 */
export function renderReviewTemplate(review: ReviewTemplateSource, events: Event[] = parsePostEvents(review.body)): string {
  return finishReviewTemplate(review, compileMarkup(events, true));
}

/** The same template from the post's markup (`compileMarkup` with heading lines), compiled by the caller. */
export function finishReviewTemplate(review: ReviewTemplateSource, markup: string): string {
  // Heading lines count in the file; the renderer counts in the body.
  const byBodyLine = new Map<number, PageHeading>();
  review.headings.forEach((heading, index) => {
    byBodyLine.set(heading.line - review.bodyLine + 1, { id: escapeAttribute(heading.anchor), end: slot(index) });
  });
  return finishNotesHtml(markup, { topHeading: REVIEW_TOP_HEADING, headingAt: (line) => byBodyLine.get(line) });
}

/** Each slot → the link mark of the session its heading opens, or nothing. */
export function fillReviewTemplate(template: string, headings: readonly Pick<ReviewHeading, 'sessionId'>[]): string {
  return template.replace(SLOT, (_slot, index: string) => {
    const sessionId = headings[Number(index)]?.sessionId;
    // A space, as between the heading's text and its link when react-markdown rendered it.
    return sessionId ? ` ${sessionLinkMark(sessionId)}` : '';
  });
}

export function renderReviewHtml(review: Pick<Review, 'body' | 'bodyLine' | 'headings'>): string {
  return fillReviewTemplate(renderReviewTemplate(review), review.headings);
}
