/**
 * The tags filter as pure functions: which sessions match, and the counts next to each choice.
 *
 * A toggle must cost less than a frame at 25,000 sessions, so the work that does not depend on
 * the filter is done once per index (`indexSessions`): sessions in timeline order, each tag's
 * sessions as a list of positions in that order, and the unfiltered counts. A filter then visits
 * only the sessions its tags list (one tag: its list; several: marked in a typed array and read
 * back in order): no sort, and no pass over every session for the common one-tag filter.
 */
import type { IndexFile, SessionSummary } from '../../../content/schema.ts';
import { timelineOrder } from '../../data/timeline-order.ts';
import type { SessionFilter } from '../../routes.ts';

export interface SessionIndex {
  /** Timeline order: newest edition first, then day and position within the day. */
  sessions: readonly SessionSummary[];
  /** Tag id → positions in `sessions`, ascending. */
  byTag: ReadonlyMap<string, Int32Array>;
  /** Counts with no filter at all, the most common view. */
  all: FacetCounts;
}

export interface FacetCounts {
  /** Tag → sessions you would see with that tag chosen (in "all" mode, on top of the others). */
  tags: ReadonlyMap<string, number>;
  editions: ReadonlyMap<string, number>;
  companies: ReadonlyMap<string, number>;
}

/**
 * Once per index, like the timeline order it starts from: the page renders it for each visit,
 * the pre-renderer for every tag page. Read-only.
 */
const indexed = new WeakMap<IndexFile, SessionIndex>();

export function indexSessions(index: IndexFile): SessionIndex {
  let found = indexed.get(index);
  if (!found) {
    found = buildSessionIndex(index);
    indexed.set(index, found);
  }
  return found;
}

function buildSessionIndex(index: IndexFile): SessionIndex {
  const sessions = timelineOrder(index);
  const lists = new Map<string, number[]>();
  sessions.forEach((session, position) => {
    for (const tag of new Set(session.tags)) (lists.get(tag) ?? lists.set(tag, []).get(tag)!).push(position);
  });
  const byTag = new Map([...lists].map(([tag, positions]) => [tag, Int32Array.from(positions)]));
  const partial = { sessions, byTag, all: { tags: new Map(), editions: new Map(), companies: new Map() } };
  return { ...partial, all: count(partial, { tags: [], match: 'any' }) };
}

/**
 * Positions matching the filter's tags (ignoring edition and company), ascending; null for
 * "no tag chosen" (every position). One tag is its list as is; several are marked in a typed
 * array and read back in order.
 */
function tagged(index: SessionIndex, filter: SessionFilter): Int32Array | null {
  const { tags } = filter;
  if (tags.length === 0) return null;
  if (tags.length === 1) return index.byTag.get(tags[0]!) ?? new Int32Array(0);
  // "any" marks every position a tag lists; "all" counts them (16 bits: no index has 65,535
  // tags) and keeps the positions every tag listed. A tag named twice counts twice for every
  // session it lists, so the total still says "every tag".
  const marks = new Uint16Array(index.sessions.length);
  for (const tag of tags) {
    const positions = index.byTag.get(tag);
    if (positions) for (let k = 0; k < positions.length; k++) marks[positions[k]!] = filter.match === 'any' ? 1 : marks[positions[k]!]! + 1;
  }
  const wanted = filter.match === 'any' ? 1 : tags.length;
  const out: number[] = [];
  for (let i = 0; i < marks.length; i++) if (marks[i] === wanted) out.push(i);
  return Int32Array.from(out);
}

/** Calls `visit` with each position in `positions` (every position when null). */
function each(index: SessionIndex, positions: Int32Array | null, visit: (session: SessionSummary) => void): void {
  if (!positions) index.sessions.forEach((session) => visit(session));
  else for (let k = 0; k < positions.length; k++) visit(index.sessions[positions[k]!]!);
}

const inEdition = (session: SessionSummary, filter: SessionFilter) => !filter.edition || session.editionId === filter.edition;
const ofCompany = (session: SessionSummary, filter: SessionFilter) => !filter.company || session.companies.includes(filter.company);

export function filterSessions(index: SessionIndex, filter: SessionFilter): readonly SessionSummary[] {
  if (!isFiltered(filter)) return index.sessions;
  const out: SessionSummary[] = [];
  each(index, tagged(index, filter), (session) => {
    if (inEdition(session, filter) && ofCompany(session, filter)) out.push(session);
  });
  return out;
}

export function countFacets(index: SessionIndex, filter: SessionFilter): FacetCounts {
  return filter.tags.length === 0 && !filter.edition && !filter.company ? index.all : count(index, filter);
}

/** The counts, visiting only the sessions the chosen tags allow where a facet depends on them. */
function count(index: SessionIndex, filter: SessionFilter): FacetCounts {
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  const positions = tagged(index, filter);
  const editions = new Map<string, number>();
  const companies = new Map<string, number>();
  each(index, positions, (session) => {
    if (ofCompany(session, filter)) bump(editions, session.editionId);
    if (inEdition(session, filter)) for (const id of session.companies) bump(companies, id);
  });
  // In "any" mode a tag's count ignores the other chosen tags: with no edition or company
  // either, that is the unfiltered count.
  const tagsOpen = filter.match === 'any' || filter.tags.length === 0;
  if (tagsOpen && !filter.edition && !filter.company && index.all.tags.size > 0) return { tags: index.all.tags, editions, companies };
  const tags = new Map<string, number>();
  each(index, tagsOpen ? null : positions, (session) => {
    if (inEdition(session, filter) && ofCompany(session, filter)) for (const tag of session.tags) bump(tags, tag);
  });
  return { tags, editions, companies };
}

export function isFiltered(filter: SessionFilter): boolean {
  return filter.tags.length > 0 || !!filter.edition || !!filter.company;
}
