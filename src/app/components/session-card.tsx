import { memo } from 'react';
import type { SessionSummary } from '../../content/schema.ts';
import { editionStyle } from '../data/edition-color.ts';
import type { Labels } from '../data/labels.ts';
import { useMessages } from '../i18n/i18n.ts';
import { FavoriteButton } from './favorite-button.tsx';
import { SessionLink } from './session-link.tsx';
import { TagList } from './tag-list.tsx';

/**
 * Title, its edition and day (`context`, where sessions of several editions mix; the timeline,
 * already under an edition and a day, leaves it out), speakers and companies, tags, and how many
 * reviews covered the session. The kind shows only when it is not a talk (most are). Memoized:
 * a long list re-renders on every scroll step and toggle, and its cards' props rarely change.
 */
export const SessionCard = memo(function SessionCard({
  session,
  labels,
  headingLevel = 3,
  context = true,
}: {
  session: SessionSummary;
  labels: Labels;
  headingLevel?: 2 | 3 | 4;
  context?: boolean;
}) {
  const t = useMessages();
  const Heading = `h${headingLevel}` as const;
  const speakers = session.speakers.map((speaker) => speaker.name).join(', ');
  const companies = session.companies.map(labels.company).join(', ');
  return (
    <article className="session-card" data-empty-notes={session.emptyNotes || undefined} style={editionStyle(session.editionId)}>
      {context && (
        <p className="session-card__context">
          <span className="edition-mark">{labels.edition(session.editionId)}</span>
          {' · '}
          {t.day(labels.dayNumber(session.editionId, session.dayId))}
        </p>
      )}
      <div className="session-card__head">
        <Heading className="session-card__title">
          <SessionLink id={session.id}>{session.title}</SessionLink>
        </Heading>
        <FavoriteButton id={session.id} title={session.title} />
      </div>
      <p className="session-card__facts">
        {session.kind !== 'talk' && <span className="badge">{t.kind(session.kind)}</span>}
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
