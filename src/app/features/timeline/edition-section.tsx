import type { Edition, SessionSummary } from '../../../content/schema.ts';
import { SessionCard } from '../../components/session-card.tsx';
import type { Labels } from '../../data/labels.ts';
import { formatDate, useLang, useMessages } from '../../i18n/i18n.ts';

/** One edition: its days in order, each with its sessions in timeline order. */
export function EditionSessions({
  edition,
  sessions,
  labels,
  headingLevel,
}: {
  edition: Edition;
  sessions: ReadonlyMap<string, SessionSummary>;
  labels: Labels;
  /** Level of each day's heading; session cards sit one below. */
  headingLevel: 2 | 3;
}) {
  const t = useMessages();
  const lang = useLang();
  const DayHeading = `h${headingLevel}` as const;
  return (
    <>
      {edition.days.map((day) => {
        const daySessions = day.sessionIds.flatMap((id) => sessions.get(id) ?? []);
        const date = formatDate(day.date, lang);
        return (
          <section key={day.id} className="day" aria-labelledby={`${edition.id}-${day.id}`}>
            <DayHeading id={`${edition.id}-${day.id}`} className="day__title">
              {t.day(day.number)}
              {date && <span className="day__date"> · {date}</span>}
            </DayHeading>
            <ol className="session-list">
              {daySessions.map((session) => (
                <li key={session.id}>
                  <SessionCard session={session} labels={labels} headingLevel={headingLevel === 2 ? 3 : 4} />
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </>
  );
}
