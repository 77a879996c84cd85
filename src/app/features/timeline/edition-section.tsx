import type { Edition, SessionSummary } from '../../../content/schema.ts';
import { SessionCard } from '../../components/session-card.tsx';
import { VirtualList } from '../../components/virtual-list.tsx';
import type { Labels } from '../../data/labels.ts';
import { formatDate, useLang, useMessages } from '../../i18n/i18n.ts';

/**
 * Above this many sessions a page renders only the cards near the viewport: below it, the whole
 * timeline is cheap and find-in-page sees every card.
 */
export const WINDOW_ABOVE = 150;
/** Cards in the pre-rendered HTML of a windowed page: a first screen on any display, and then some. */
export const FIRST_SCREEN_CARDS = 12;

/** How many cards each day renders before the window is measured: the first screen's, in order. */
export function firstScreenCounts(editions: readonly Edition[], budget = FIRST_SCREEN_CARDS): Map<string, number> {
  const counts = new Map<string, number>();
  for (const edition of editions) {
    for (const day of edition.days) {
      const count = Math.min(budget, day.sessionIds.length);
      counts.set(dayKey(edition, day.id), count);
      budget -= count;
    }
  }
  return counts;
}

function dayKey(edition: Edition, dayId: string): string {
  return `${edition.id}/${dayId}`;
}

/** One edition: its days in order, each with its sessions in timeline order. */
export function EditionSessions({
  edition,
  sessions,
  labels,
  headingLevel,
  firstScreen,
}: {
  edition: Edition;
  sessions: ReadonlyMap<string, SessionSummary>;
  labels: Labels;
  /** Level of each day's heading; session cards sit one below. */
  headingLevel: 2 | 3;
  /** Cards each day pre-renders (firstScreenCounts); null when the page is short enough to render whole. */
  firstScreen: ReadonlyMap<string, number> | null;
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
            <VirtualList
              items={daySessions}
              itemKey={(session) => session.id}
              windowed={firstScreen !== null}
              initialCount={firstScreen?.get(dayKey(edition, day.id)) ?? 0}
              renderItem={(session) => (
                <SessionCard session={session} labels={labels} headingLevel={headingLevel === 2 ? 3 : 4} context={false} />
              )}
            />
          </section>
        );
      })}
    </>
  );
}
