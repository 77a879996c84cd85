import { memo } from 'react';
import type { SessionSummary } from '../../content/schema.ts';
import type { Labels } from '../data/labels.ts';
import { useMessages } from '../i18n/i18n.ts';
import { FavoriteButton } from './favorite-button.tsx';
import { SessionLink } from './session-link.tsx';
import { TagList } from './tag-list.tsx';

/**
 * Title, kind, speakers and companies, tags, and how many reviews covered the session. Memoized:
 * a long list re-renders on every scroll step and toggle, and its cards' props rarely change.
 */
export const SessionCard = memo(function SessionCard({
  session,
  labels,
  headingLevel = 3,
}: {
  session: SessionSummary;
  labels: Labels;
  headingLevel?: 2 | 3 | 4;
}) {
  const t = useMessages();
  const Heading = `h${headingLevel}` as const;
  const speakers = session.speakers.map((speaker) => speaker.name).join(', ');
  const companies = session.companies.map(labels.company).join(', ');
  return (
    <article className="session-card" data-empty-notes={session.emptyNotes || undefined}>
      <div className="session-card__head">
        <Heading className="session-card__title">
          <SessionLink id={session.id}>{session.title}</SessionLink>
        </Heading>
        <FavoriteButton id={session.id} title={session.title} />
      </div>
      <p className="session-card__facts">
        <span className="badge">{t.kind(session.kind)}</span>
        {session.emptyNotes && (
          <span className="badge badge--muted" title={t.emptyNotesHint}>
            {t.emptyNotes}
          </span>
        )}
        <span className="session-card__reviews">{t.reviewCount(session.reviewCount)}</span>
      </p>
      {(speakers || companies) && (
        <dl className="session-card__people">
          {speakers && (
            <div>
              <dt>{t.speakers}</dt>
              <dd>{speakers}</dd>
            </div>
          )}
          {companies && (
            <div>
              <dt>{t.companies}</dt>
              <dd>{companies}</dd>
            </div>
          )}
        </dl>
      )}
      <TagList tags={session.tags} labels={labels} />
    </article>
  );
});
