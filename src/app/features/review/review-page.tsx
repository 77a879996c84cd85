import { useMemo } from 'react';
import { useParams } from 'react-router';
import { AppLink } from '../../components/app-link.tsx';
import { AsideOutline, InlineOutline, nestHeadings, outlineHeadings } from '../../components/outline.tsx';
import { SessionLink } from '../../components/session-link.tsx';
import { editionStyle } from '../../data/edition-color.ts';
import { useReview } from '../../data/use-review.ts';
import { formatDate, useLang, useMessages } from '../../i18n/i18n.ts';
import { editionHref } from '../../routes.ts';
import { ReviewBody } from './review-body.tsx';

/**
 * `/reviews/:id`: the original post with its facts (author, date, a link to the original when
 * the post gives its address, and says so when it does not), each session heading linked to its
 * page, and an outline of its headings beside it (outline.tsx).
 */
export function ReviewPage() {
  const t = useMessages();
  const lang = useLang();
  const { review, edition, sessions } = useReview(useParams().id ?? '');
  const outline = useMemo(() => nestHeadings(outlineHeadings(review.html, 'h', 2, 4).headings), [review.html]);
  const outlined = outline.length >= 2 && review.html.length > 4000;
  return (
    <div className={outlined ? 'reading reading--outlined' : 'reading'}>
      <article className="review">
        <header className="review__header">
          {edition && (
            <p className="breadcrumb" style={editionStyle(edition.id)}>
              <AppLink to={editionHref(edition.id)} className="edition-mark">
                {edition.name}
              </AppLink>
            </p>
          )}
          <h1>{review.title}</h1>
          <dl className="facts" aria-label={t.reviewFacts}>
            <div>
              <dt>{t.author}</dt>
              <dd>{review.author ?? t.unknownAuthor}</dd>
            </div>
            {review.date && (
              <div>
                <dt>{t.date}</dt>
                <dd>
                  <time dateTime={review.date}>{formatDate(review.date, lang)}</time>
                </dd>
              </div>
            )}
            <div>
              <dt>{t.originalPostLabel}</dt>
              <dd>
                {review.url ? (
                  <a href={review.url} rel="noopener">
                    {t.originalPost}
                  </a>
                ) : (
                  <span className="muted">{t.noOriginalLink}</span>
                )}
              </dd>
            </div>
            {review.tags.length > 0 && (
              <div>
                <dt>{t.tags}</dt>
                <dd>{review.tags.map((tag) => `#${tag}`).join(' ')}</dd>
              </div>
            )}
          </dl>
          {review.description && <p className="lead">{review.description}</p>}
        </header>
        {sessions.length > 0 && (
          <nav aria-label={t.sessionsInReview} className="review__sessions">
            <h2>{t.sessionsInReview}</h2>
            <ul>
              {sessions.map((session) => (
                <li key={session.id}>
                  <SessionLink id={session.id}>{session.title}</SessionLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {outlined && <InlineOutline entries={outline} />}
        <ReviewBody html={review.html} />
      </article>
      {outlined && <AsideOutline entries={outline} />}
    </div>
  );
}
