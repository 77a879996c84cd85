/** The tags filter as pure functions: which sessions match, and the counts next to each choice. */
import type { IndexFile, SessionSummary } from '../../../content/schema.ts';
import type { SessionFilter } from '../../routes.ts';

type Facet = 'tags' | 'edition' | 'company';

function matches(session: SessionSummary, filter: SessionFilter, ignore?: Facet): boolean {
  if (ignore !== 'edition' && filter.edition && session.editionId !== filter.edition) return false;
  if (ignore !== 'company' && filter.company && !session.companies.includes(filter.company)) return false;
  if (ignore === 'tags' || filter.tags.length === 0) return true;
  return filter.match === 'all'
    ? filter.tags.every((tag) => session.tags.includes(tag))
    : filter.tags.some((tag) => session.tags.includes(tag));
}

/** Sessions in timeline order: newest edition first, then day and position within the day. */
export function timelineOrder(index: IndexFile): SessionSummary[] {
  const byId = new Map(index.sessions.map((session) => [session.id, session]));
  const editions = [...index.editions].sort((a, b) => b.year - a.year);
  const ordered = editions.flatMap((edition) => edition.days.flatMap((day) => day.sessionIds.flatMap((id) => byId.get(id) ?? [])));
  const seen = new Set(ordered.map((session) => session.id));
  return [...ordered, ...index.sessions.filter((session) => !seen.has(session.id))];
}

export function filterSessions(sessions: readonly SessionSummary[], filter: SessionFilter): SessionSummary[] {
  return sessions.filter((session) => matches(session, filter));
}

export interface FacetCounts {
  /** Tag → sessions you would see with that tag chosen (in "all" mode, on top of the others). */
  tags: Map<string, number>;
  editions: Map<string, number>;
  companies: Map<string, number>;
}

export function countFacets(sessions: readonly SessionSummary[], filter: SessionFilter): FacetCounts {
  const tags = new Map<string, number>();
  const editions = new Map<string, number>();
  const companies = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const session of sessions) {
    const tagBase = filter.match === 'all' ? matches(session, filter) : matches(session, filter, 'tags');
    if (tagBase) session.tags.forEach((tag) => bump(tags, tag));
    if (matches(session, filter, 'edition')) bump(editions, session.editionId);
    if (matches(session, filter, 'company')) session.companies.forEach((company) => bump(companies, company));
  }
  return { tags, editions, companies };
}

export function isFiltered(filter: SessionFilter): boolean {
  return filter.tags.length > 0 || !!filter.edition || !!filter.company;
}
