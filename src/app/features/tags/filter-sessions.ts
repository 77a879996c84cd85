/**
 * The tags filter as pure functions: which sessions match, and the counts next to each choice.
 *
 * A toggle must cost less than a frame at 25,000 sessions, so the work that does not depend on
 * the filter is done once per index (`indexSessions`): sessions in timeline order, each tag's
 * sessions as a list of positions in that order, and each session's edition and companies as
 * small numbers. A filter then marks positions in a typed array and reads them back in order:
 * no sort, no string comparison per session.
 */
import type { IndexFile, SessionSummary } from '../../../content/schema.ts';
import type { SessionFilter } from '../../routes.ts';

export interface SessionIndex {
  /** Timeline order: newest edition first, then day and position within the day. */
  sessions: readonly SessionSummary[];
  /** Tag id → positions in `sessions`, ascending. */
  byTag: ReadonlyMap<string, Int32Array>;
  /** Position → edition number (position of the edition id in `editionIds`). */
  edition: Int32Array;
  editionIds: readonly string[];
  /** Company id → number, and each session's company numbers. */
  companyNumbers: ReadonlyMap<string, number>;
  companies: readonly Int32Array[];
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
  const editionIds: string[] = [];
  const editionNumbers = new Map<string, number>();
  const companyNumbers = new Map<string, number>();
  const edition = new Int32Array(sessions.length);
  const companies = sessions.map((session, position) => {
    for (const tag of new Set(session.tags)) (lists.get(tag) ?? lists.set(tag, []).get(tag)!).push(position);
    let number = editionNumbers.get(session.editionId);
    if (number === undefined) {
      number = editionIds.push(session.editionId) - 1;
      editionNumbers.set(session.editionId, number);
    }
    edition[position] = number;
    return Int32Array.from(session.companies, (id) => companyNumbers.get(id) ?? companyNumbers.set(id, companyNumbers.size).get(id)!);
  });
  const byTag = new Map([...lists].map(([tag, positions]) => [tag, Int32Array.from(positions)]));
  const allTagCounts = new Map([...byTag].map(([tag, positions]) => [tag, positions.length]));
  return { sessions, byTag, edition, editionIds, companyNumbers, companies, allTagCounts };
}

/** Positions matching the filter's tags (ignoring edition and company) marked 1, the others 0. */
function markTags(index: SessionIndex, filter: SessionFilter): Uint16Array {
  const n = index.sessions.length;
  const marks = new Uint16Array(n);
  if (filter.tags.length === 0) return marks.fill(1);
  const tags = [...new Set(filter.tags)];
  if (filter.match === 'any') {
    for (const tag of tags) {
      const positions = index.byTag.get(tag);
      if (positions) for (let k = 0; k < positions.length; k++) marks[positions[k]!] = 1;
    }
    return marks;
  }
  // "all": a position matches when every chosen tag marked it (16 bits: no index has 65,535 tags).
  for (const tag of tags) {
    const positions = index.byTag.get(tag);
    if (positions) for (let k = 0; k < positions.length; k++) marks[positions[k]!]! += 1;
  }
  for (let i = 0; i < n; i++) marks[i] = marks[i] === tags.length ? 1 : 0;
  return marks;
}

/** Edition and company tests for one position; -1 for a facet the filter leaves open. */
function facetTest(index: SessionIndex, filter: SessionFilter): { edition: number; company: number } {
  const edition = filter.edition === undefined ? -1 : index.editionIds.indexOf(filter.edition);
  const company = filter.company === undefined ? -1 : (index.companyNumbers.get(filter.company) ?? -2);
  // An edition or company no session has matches nothing: -2 never equals a number.
  return { edition: filter.edition !== undefined && edition < 0 ? -2 : edition, company };
}

function hasCompany(index: SessionIndex, position: number, company: number): boolean {
  return company === -1 || index.companies[position]!.includes(company);
}

export function filterSessions(index: SessionIndex, filter: SessionFilter): SessionSummary[] {
  const marks = markTags(index, filter);
  const { edition, company } = facetTest(index, filter);
  const out: SessionSummary[] = [];
  for (let i = 0; i < marks.length; i++) {
    if (marks[i] && (edition === -1 || index.edition[i] === edition) && hasCompany(index, i, company)) out.push(index.sessions[i]!);
  }
  return out;
}

export interface FacetCounts {
  /** Tag → sessions you would see with that tag chosen (in "all" mode, on top of the others). */
  tags: ReadonlyMap<string, number>;
  editions: ReadonlyMap<string, number>;
  companies: ReadonlyMap<string, number>;
}

export function countFacets(index: SessionIndex, filter: SessionFilter): FacetCounts {
  const marks = markTags(index, filter);
  const { edition, company } = facetTest(index, filter);
  const inEdition = (i: number) => edition === -1 || index.edition[i] === edition;
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

  // In "any" mode a tag's count ignores the other chosen tags; with no edition or company
  // either, that is every session: the precomputed counts.
  const tagsOpen = filter.match === 'any' || filter.tags.length === 0;
  let tags: ReadonlyMap<string, number> = index.allTagCounts;
  const editions = new Map<string, number>();
  const companies = new Map<string, number>();
  const companyIds = [...index.companyNumbers.keys()];
  const tagCounts = new Map<string, number>();
  const countTags = !(tagsOpen && edition === -1 && company === -1);
  for (let i = 0; i < marks.length; i++) {
    const session = index.sessions[i]!;
    const tagged = marks[i] === 1;
    const ofCompany = hasCompany(index, i, company);
    if (countTags && (tagsOpen || tagged) && inEdition(i) && ofCompany) for (const tag of session.tags) bump(tagCounts, tag);
    if (tagged && ofCompany) bump(editions, index.editionIds[index.edition[i]!]!);
    if (tagged && inEdition(i)) for (const number of index.companies[i]!) bump(companies, companyIds[number]!);
  }
  if (countTags) tags = tagCounts;
  return { tags, editions, companies };
}

export function isFiltered(filter: SessionFilter): boolean {
  return filter.tags.length > 0 || !!filter.edition || !!filter.company;
}
