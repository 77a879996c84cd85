/**
 * The index's sessions in timeline order: newest edition first, then day and place in the day.
 * Worked out once per index and shared: the tag filter, every speaker page and every company
 * page need it, and pre-rendering a big site renders thousands of those pages from one index
 * (regrouping every session per page was a tenth of pre-rendering 25,000 sessions). Read-only.
 */
import type { Edition, IndexFile, SessionSummary } from '../../content/schema.ts';

interface Timeline {
  /** Sessions in timeline order; those no edition day lists come last, in index order. */
  order: readonly SessionSummary[];
  /** Where each session a day lists sits: its edition and its position in `order`. */
  places: ReadonlyMap<string, { edition: Edition; position: number; session: SessionSummary }>;
}

const timelines = new WeakMap<IndexFile, Timeline>();

function timelineOf(index: IndexFile): Timeline {
  let timeline = timelines.get(index);
  if (!timeline) {
    const byId = new Map(index.sessions.map((session) => [session.id, session]));
    const order: SessionSummary[] = [];
    const places = new Map<string, { edition: Edition; position: number; session: SessionSummary }>();
    for (const edition of [...index.editions].sort((a, b) => (b.year ?? -1) - (a.year ?? -1))) {
      for (const day of edition.days) {
        for (const id of day.sessionIds) {
          const session = byId.get(id);
          if (!session) continue;
          if (!places.has(id)) places.set(id, { edition, position: order.length, session });
          order.push(session);
        }
      }
    }
    const seen = new Set(order.map((session) => session.id));
    order.push(...index.sessions.filter((session) => !seen.has(session.id)));
    timeline = { order, places };
    timelines.set(index, timeline);
  }
  return timeline;
}

export function timelineOrder(index: IndexFile): readonly SessionSummary[] {
  return timelineOf(index).order;
}

/** Some sessions grouped by edition, newest edition first, each group in timeline order. */
export function groupByEdition(index: IndexFile, sessionIds: ReadonlySet<string>): { edition: Edition; sessions: SessionSummary[] }[] {
  const { places } = timelineOf(index);
  const placed = [...sessionIds].flatMap((id) => places.get(id) ?? []).sort((a, b) => a.position - b.position);
  const groups: { edition: Edition; sessions: SessionSummary[] }[] = [];
  for (const { edition, session } of placed) {
    const last = groups[groups.length - 1];
    if (last?.edition === edition) last.sessions.push(session);
    else groups.push({ edition, sessions: [session] });
  }
  return groups;
}
