import { AppLink } from '../../components/app-link.tsx';
import type { RenderedWriteUp, ReviewCredit } from '../../../content/schema.ts';
import { NotesHtml } from '../../components/notes-html.tsx';
import { formatDate, useLang, useMessages } from '../../i18n/i18n.ts';
import { CopyLinkButton } from '../../components/copy-link-button.tsx';
import { reviewHref, sessionHref, writeUpAnchor } from '../../routes.ts';

/** One review's notes on the session, credited to the review with a link to the exact place. */
export function WriteUpCard({
  sessionId,
  writeUp,
  html,
  review,
}: {
  sessionId: string;
  writeUp: RenderedWriteUp;
  /** The notes' HTML with ids on their headings (session-page.tsx); the write-up's own by default. */
  html?: string;
  review: ReviewCredit | undefined;
}) {
  const t = useMessages();
  const lang = useLang();
  const titleId = `writeup-${writeUp.reviewId}-${writeUp.anchor}`;
  const date = formatDate(review?.date ?? null, lang);
  return (
    <article className="writeup" id={writeUpAnchor(writeUp.reviewId)} aria-labelledby={titleId}>
      <header className="writeup__credit">
        <h3 id={titleId}>
          <AppLink to={reviewHref(writeUp.reviewId)}>{review?.title ?? writeUp.reviewId}</AppLink>
        </h3>
        <p className="muted">
          {[t.by(review?.author), date].filter(Boolean).join(' · ')}
          {review?.url && (
            <>
              {' · '}
              <a href={review.url} rel="noopener">
                {t.originalPost}
              </a>
            </>
          )}
        </p>
        <p className="writeup__actions">
          <AppLink to={reviewHref(writeUp.reviewId, writeUp.anchor)}>{t.readInReview}</AppLink>
          <CopyLinkButton to={`${sessionHref(sessionId)}#${writeUpAnchor(writeUp.reviewId)}`} label={t.copyWriteUpLink} />
        </p>
      </header>
      {writeUp.empty ? (
        <p className="muted">{t.emptyWriteUp}</p>
      ) : (
        <NotesHtml html={html ?? writeUp.html} />
      )}
    </article>
  );
}
