/**
 * The whole post, as the build rendered it (src/content/html/review-html.ts): each heading already
 * has the pipeline's anchor as its id (so `/reviews/:id#anchor` lands on it), and a heading that
 * opens a session ends with a mark this component turns into a link to the session page.
 *
 * The HTML is inserted as is for the reasons NotesHtml gives (src/app/components/notes-html.tsx):
 * the build wrote it with micromark, which escapes a post's raw HTML, text and attributes and
 * strips unsafe URLs; only our own words and hrefs are added here, escaped.
 */
import { use, useMemo, useRef, type MouseEvent } from 'react';
import { UNSAFE_NavigationContext as NavigationContext, useHref } from 'react-router';
import { sessionLinkMarkPattern } from '../../../content/html/review-marks.ts';
import { followInApp, isPlainClick } from '../../components/app-link.tsx';
import { fillNotesMarks, useBrokenImages } from '../../components/notes-html.tsx';
import { escapeAttribute } from '../../head/head-tags.ts';
import { useMessages, type Messages } from '../../i18n/i18n.ts';
import { decodeUrlPart, homeHref, sessionHref } from '../../routes.ts';

/** Each session link mark as the link the page shows: `href` built by `hrefFor(session id)`. */
export function fillSessionLinks(html: string, t: Pick<Messages, 'goToSession'>, hrefFor: (sessionId: string) => string): string {
  const label = escapeAttribute(t.goToSession);
  return html.replace(sessionLinkMarkPattern, (_mark, id: string) => {
    const href = escapeAttribute(hrefFor(decodeUrlPart(id)));
    return `<a class="heading-session-link" href="${href}">${label}</a>`;
  });
}

export function ReviewBody({ html }: { html: string }) {
  const t = useMessages();
  const { navigator } = use(NavigationContext);
  // The router's base as a prefix of our hrefs ('' at the root), as a <Link> would add it.
  const root = useHref(homeHref());
  const base = root === '/' ? '' : root;
  const filled = useMemo(
    () => fillSessionLinks(fillNotesMarks(html, t), t, (id) => base + sessionHref(id)),
    [html, t, base],
  );
  const ref = useRef<HTMLDivElement>(null);
  useBrokenImages(ref, filled);

  // The links are in the post's HTML, not AppLinks, so a plain click would load the whole app
  // again: follow it as an AppLink does, and leave other clicks (new tab, new window) to the browser.
  function followSessionLink(event: MouseEvent<HTMLDivElement>) {
    const link = event.target instanceof Element ? event.target.closest('a.heading-session-link') : null;
    const href = link?.getAttribute('href');
    if (!href || !isPlainClick(event)) return;
    event.preventDefault();
    followInApp(navigator, href);
  }

  return <div ref={ref} className="prose" onClick={followSessionLink} dangerouslySetInnerHTML={{ __html: filled }} />;
}
