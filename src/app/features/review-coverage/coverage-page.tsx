import { useMemo, type CSSProperties } from 'react';
import { useParams } from 'react-router';
import { AppLink } from '../../components/app-link.tsx';
import type { SessionSummary } from '../../../content/schema.ts';
import { SessionLink } from '../../components/session-link.tsx';
import { useIndex } from '../../data/hooks.ts';
import { useMessages } from '../../i18n/i18n.ts';
import { editionHref } from '../../routes.ts';

/** Which sessions of an edition several reviews wrote about, which only one, which none. */
export function CoveragePage() {
  const t = useMessages();
  const index = useIndex();
  const { edition: editionId } = useParams();
  // The loader has checked that the edition exists.
  const edition = index.editions.find((candidate) => candidate.id === editionId)!;
  const groups = useMemo(() => {
    const byId = new Map(index.sessions.map((session) => [session.id, session]));
    const sessions = edition.days.flatMap((day) => day.sessionIds.flatMap((id) => byId.get(id) ?? []));
    const byCount = (a: SessionSummary, b: SessionSummary) => b.reviewCount - a.reviewCount;
    return {
      total: sessions.length,
      several: sessions.filter((session) => session.reviewCount > 1).sort(byCount),
      one: sessions.filter((session) => session.reviewCount === 1),
      none: sessions.filter((session) => session.reviewCount === 0),
    };
  }, [index, edition]);
  const share = (n: number) => ({ '--share': groups.total ? n / groups.total : 0 }) as CSSProperties;
  const sections = [
    { id: 'several', title: t.coverageSeveral, sessions: groups.several },
    { id: 'one', title: t.coverageOne, sessions: groups.one },
    { id: 'none', title: t.coverageNone, sessions: groups.none },
  ].filter((section) => section.id !== 'none' || section.sessions.length > 0);

  return (
    <div className="coverage">
      <p className="breadcrumb">
        <AppLink to={editionHref(edition.id)}>{edition.name}</AppLink>
      </p>
      <h1>{t.coverageTitle(edition.name)}</h1>
      <p className="lead">{t.coverageSummary(groups.total, groups.several.length, groups.one.length)}</p>
      <div className="coverage-bar" aria-hidden="true" title={t.coverageChart}>
        {sections.map((section) => (
          <span key={section.id} className={`coverage-bar__part coverage-bar__part--${section.id}`} style={share(section.sessions.length)} />
        ))}
      </div>
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={`coverage-${section.id}`}>
          <h2 id={`coverage-${section.id}`}>
            <span className={`coverage-key coverage-key--${section.id}`} aria-hidden="true" />
            {section.title} ({section.sessions.length})
          </h2>
          <ul className="coverage-list">
            {section.sessions.map((session) => (
              <li key={session.id}>
                <SessionLink id={session.id}>{session.title}</SessionLink>{' '}
                <span className="muted">{t.reviewCount(session.reviewCount)}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
