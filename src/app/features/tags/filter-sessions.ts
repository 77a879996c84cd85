/**
 * The tags filter as pure functions: which sessions match, and the counts next to each choice.
 *
 * A toggle must cost less than a frame at 25,000 sessions, so the work that does not depend on
 * the filter is done once per index (`indexSessions`): sessions in timeline order, each tag's
 * sessions as a list of positions in that order, and the unfiltered tag counts. A filter then
 * marks positions in a typed array and reads them back in order: no sort, and no search through
 * each session's tags.
 */
import type { IndexFile, SessionSummary } from '../../../content/schema.ts';
import type { SessionFilter } from '../../routes.ts';

export interface SessionIndex {
  /** Timeline order: newest edition first, then day and position within the day. */
  sessions: readonly SessionSummary[];
  /** Tag id → positions in `sessions`, ascending. */
  byTag: ReadonlyMap<string, Int32Array>;
  /** Tag counts with no filter at all, the most common view. */
  allTagCounts: ReadonlyMap<string, number>;
}

/** Sessions in timeline order: newest edition first, then day and position within the day. */
export function timelineOrder(index: IndexFile): SessionSummary[] {
  const byId = new Map(index.sessions.map((session) => [session.id, session]));
  const editions = [...index.editions].sort((a, b) => b.year - a.year);
  const ordered = editions.flatMap((edition) => edition.days.flatMap((day) => day.sessionIds.flatMap((id) => byId.get(id) ?? [])));
  const seen = new Set(ordered.map((session) => session.id));
  return [...ordered, ...index.sessions.filter((session) => !seen.has(session.id))];
}

export function indexSessions(index: IndexFile): SessionIndex {
  const sessions = timelineOrder(index);
  const lists = new Map<string, number[]>();
  sessions.forEach((session, position) => {
    for (const tag of new Set(session.tags)) (lists.get(tag) ?? lists.set(tag, []).get(tag)!).push(position);
  });
  const byTag = new Map([...lists].map(([tag, positions]) => [tag, Int32Array.from(positions)]));
  return { sessions, byTag, allTagCounts: new Map([...lists].map(([tag, positions]) => [tag, positions.length])) };
}

/** Positions matching the filter's tags (ignoring edition and company) marked 1, the others 0. */
function markTags(index: SessionIndex, filter: SessionFilter): Uint16Array {
  const n = index.sessions.length;
  const marks = new Uint16Array(n);
  if (filter.tags.length === 0) return marks.fill(1);
  // "any" marks every position a tag lists; "all" counts them (16 bits: no index has 65,535
  // tags) and keeps the positions every tag listed. A tag named twice counts twice for every
  // session it lists, so the total still says "every tag".
  const { tags } = filter;
  for (const tag of tags) {
    const positions = index.byTag.get(tag);
    if (positions) for (let k = 0; k < positions.length; k++) marks[positions[k]!] = filter.match === 'any' ? 1 : marks[positions[k]!]! + 1;
  }
  if (filter.match === 'all') for (let i = 0; i < n; i++) marks[i] = marks[i] === tags.length ? 1 : 0;
  return marks;
}

const inEdition = (session: SessionSummary, filter: SessionFilter) => !filter.edition || session.editionId === filter.edition;
const ofCompany = (session: SessionSummary, filter: SessionFilter) => !filter.company || session.companies.includes(filter.company);

export function filterSessions(index: SessionIndex, filter: SessionFilter): SessionSummary[] {
  const marks = markTags(index, filter);
  return index.sessions.filter((session, i) => marks[i] && inEdition(session, filter) && ofCompany(session, filter));
}

export interface FacetCounts {
  /** Tag → sessions you would see with that tag chosen (in "all" mode, on top of the others). */
  tags: ReadonlyMap<string, number>;
  editions: ReadonlyMap<string, number>;
  companies: ReadonlyMap<string, number>;
}

export function countFacets(index: SessionIndex, filter: SessionFilter): FacetCounts {
  const marks = markTags(index, filter);
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  // In "any" mode a tag's count ignores the other chosen tags; with no edition or company
  // either, that is every session: the precomputed counts.
  const tagsOpen = filter.match === 'any' || filter.tags.length === 0;
  const countTags = !tagsOpen || !!filter.edition || !!filter.company;
  const tags = new Map<string, number>();
  const editions = new Map<string, number>();
  const companies = new Map<string, number>();
  index.sessions.forEach((session, i) => {
    const edition = inEdition(session, filter);
    const company = ofCompany(session, filter);
    if (countTags && (tagsOpen || marks[i]) && edition && company) for (const tag of session.tags) bump(tags, tag);
    if (marks[i] && company) bump(editions, session.editionId);
    if (marks[i] && edition) for (const id of session.companies) bump(companies, id);
  });
  return { tags: countTags ? tags : index.allTagCounts, editions, companies };
}

export function isFiltered(filter: SessionFilter): boolean {
  return filter.tags.length > 0 || !!filter.edition || !!filter.company;
}
