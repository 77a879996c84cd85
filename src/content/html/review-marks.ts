/**
 * The mark the build leaves in a review's HTML where a heading that opens a session links to its
 * page. The build cannot write the link itself: its words follow the reader's language, and its
 * href carries the router's base and comes from src/app/routes.ts, which the pipeline does not
 * import. The review page fills the mark in (src/app/features/review/review-body.tsx).
 * No dependencies: the app bundles this file.
 */

/** `sessionId` travels URI-encoded, so it never needs HTML escaping. */
export function sessionLinkMark(sessionId: string): string {
  return `<a class="heading-session-link" data-session="${encodeURIComponent(sessionId)}"></a>`;
}

/**
 * Finds the mark; group 1 is the URI-encoded session id. Only the build writes a raw `<` into
 * review HTML (micromark escapes a post's text and attributes), so a post cannot forge it.
 */
export const sessionLinkMarkPattern = /<a class="heading-session-link" data-session="([^"<>]*)"><\/a>/g;
