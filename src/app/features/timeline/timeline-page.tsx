import { useMemo } from 'react';
import { useParams } from 'react-router';
import { AppLink } from '../../components/app-link.tsx';
import type { Edition, IndexFile } from '../../../content/schema.ts';
import { useIndex } from '../../data/hooks.ts';
import { editionStyle } from '../../data/edition-color.ts';
import { createLabels } from '../../data/labels.ts';
import { useMessages } from '../../i18n/i18n.ts';
import { coverageHref, editionHref, homeHref } from '../../routes.ts';
import { EditionSessions, WINDOW_ABOVE, firstScreenCounts } from './edition-section.tsx';

/** Newest edition first; ties (two series in one year) keep the catalog's order. */
function newestFirst(editions: readonly Edition[]): Edition[] {
  return [...editions].sort((a, b) => (b.year ?? -1) - (a.year ?? -1));
}

function useTimelineData(index: IndexFile) {
  const { lang } = useMessages();
  return useMemo(() => {
    const editions = newestFirst(index.editions);
    return {
      sessions: new Map(index.sessions.map((session) => [session.id, session])),
      labels: createLabels(index.companies, index.tags, index.editions, lang),
      editions,
      firstScreen: index.sessions.length > WINDOW_ABOVE ? firstScreenCounts(editions) : null,
    };
  }, [index, lang]);
}

export function TimelinePage() {
  const t = useMessages();
  const index = useIndex();
  const { sessions, labels, editions, firstScreen } = useTimelineData(index);
  return (
    <div className="timeline">
      <h1>{t.timelineTitle}</h1>
      <p className="lead">{t.timelineIntro}</p>
      <nav aria-label={t.editionsNav} className="edition-nav">
        <ul>
          {editions.map((edition) => (
            <li key={edition.id} style={editionStyle(edition.id)}>
              <AppLink to={editionHref(edition.id)} className="edition-mark">
                {edition.name}
              </AppLink>
            </li>
          ))}
        </ul>
      </nav>
      {editions.map((edition) => (
        <section key={edition.id} className="edition" aria-labelledby={`edition-${edition.id}`} style={editionStyle(edition.id)}>
          <h2 id={`edition-${edition.id}`}>
            <AppLink to={editionHref(edition.id)}>{edition.name}</AppLink>
          </h2>
          <EditionSessions edition={edition} sessions={sessions} labels={labels} headingLevel={3} firstScreen={firstScreen} />
        </section>
      ))}
    </div>
  );
}

export function EditionPage() {
  const t = useMessages();
  const index = useIndex();
  const { edition: editionId } = useParams();
  const { sessions, labels } = useTimelineData(index);
  // The loader has checked that the edition exists.
  const edition = index.editions.find((e) => e.id === editionId)!;
  const count = edition.days.reduce((sum, day) => sum + day.sessionIds.length, 0);
  const firstScreen = useMemo(() => (count > WINDOW_ABOVE ? firstScreenCounts([edition]) : null), [edition, count]);
  return (
    <div className="timeline" style={editionStyle(edition.id)}>
      <p className="breadcrumb">
        <AppLink to={homeHref()}>{t.allEditions}</AppLink>
      </p>
      <h1 className="edition-title">{edition.name}</h1>
      <p className="lead">
        {[edition.venue, t.sessionCount(count)].filter(Boolean).join(' · ')}
        {' · '}
        <AppLink to={coverageHref(edition.id)}>{t.coverageLink}</AppLink>
      </p>
      <EditionSessions edition={edition} sessions={sessions} labels={labels} headingLevel={2} firstScreen={firstScreen} />
    </div>
  );
}
