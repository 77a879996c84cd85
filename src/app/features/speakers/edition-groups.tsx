import type { IndexFile } from '../../../content/schema.ts';
import { SessionCard } from '../../components/session-card.tsx';
import type { Labels } from '../../data/labels.ts';
import { groupByEdition } from '../../data/timeline-order.ts';

/** Sessions under one heading per edition, newest first: a speaker's or a company's history. */
export function EditionGroups({
  index,
  sessionIds,
  labels,
  idPrefix,
}: {
  index: IndexFile;
  sessionIds: ReadonlySet<string>;
  labels: Labels;
  idPrefix: string;
}) {
  return (
    <>
      {groupByEdition(index, sessionIds).map(({ edition, sessions }) => (
        <section key={edition.id} aria-labelledby={`${idPrefix}-${edition.id}`}>
          <h2 id={`${idPrefix}-${edition.id}`}>{edition.name}</h2>
          <ol className="session-list">
            {sessions.map((session) => (
              <li key={session.id}>
                <SessionCard session={session} labels={labels} headingLevel={3} />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}
