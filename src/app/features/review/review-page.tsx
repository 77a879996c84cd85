import { useParams } from 'react-router';
import { AppLink } from '../../components/app-link.tsx';
import { SessionLink } from '../../components/session-link.tsx';
import { useReview } from '../../data/use-review.ts';
import { formatDate, useLang, useMessages } from '../../i18n/i18n.ts';
import { editionHref } from '../../routes.ts';
import { ReviewBody } from './review-body.tsx';

/** `/reviews/:id`: the original post with its facts, each session heading linked to its page. */
export function ReviewPage() {
  const t = useMessages();
  const lang = useLang();
  const { review, edition, sessions } = useReview(useParams().id ?? '');
  return (
    <article className="review">
      <header className="review__header">
        {edition && (
          <p className="breadcrumb">
            <AppLink to={editionHref(edition.id)}>{edition.name}</AppLink>
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
      <ReviewBody html={review.html} />
    </article>
  );
}
