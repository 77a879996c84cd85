/**
 * The index as the browser downloads it (`data/index-packed.json`, PackedIndexFile in
 * schema.ts): the same content as IndexFile in far fewer bytes. At 25,000 sessions
 * the plain index is ~15 MB, most of it repeats: every session id again in its day's list and
 * in each review's list, every speaker as a whole object on every session. Here session lists
 * are positions in `sessions`, speakers are positions in one table, and a session is a tuple.
 *
 * `unpackIndex(packIndex(index))` deep-equals `index` (test/content/packed-index.test.ts), so
 * the app works on IndexFile as before. Only types come from schema.ts: the app imports
 * `unpackIndex` (lazily, with the fetch) and zod must not reach the browser.
 */
import type { Edition, IndexFile, PackedIndexFile, PackedSession, SessionSummary, Speaker } from '../schema.ts';

const KINDS: readonly SessionSummary['kind'][] = ['talk', 'panel', 'keynote'];

export function packIndex(index: IndexFile): PackedIndexFile {
  const position = new Map(index.sessions.map((session, i) => [session.id, i]));
  const speakers: Speaker[] = [];
  const speakerPosition = new Map<string, number>();
  const speakerRef = (speaker: Speaker) => {
    const key = JSON.stringify(speaker);
    let at = speakerPosition.get(key);
    if (at === undefined) {
      at = speakers.push(speaker) - 1;
      speakerPosition.set(key, at);
    }
    return at;
  };
  // Ids missing from `sessions` stay as strings, so nothing is lost for a malformed index.
  const refs = (ids: readonly string[]) => ids.map((id) => position.get(id) ?? id);
  const sessions = index.sessions.map(
    (s): PackedSession => [
      // Ids are `<edition>/<slug>`: the edition is in the tuple already. An id without that
      // prefix (none today) is kept whole behind a '/', which no slug starts with.
      s.id.startsWith(`${s.editionId}/`) ? s.id.slice(s.editionId.length + 1) : `/${s.id}`,
      s.title,
      s.editionId,
      s.dayId,
      KINDS.indexOf(s.kind),
      s.speakers.map(speakerRef),
      s.companies,
      s.tags,
      s.link ?? 0,
      s.aliases,
      s.reviewCount,
      s.emptyNotes ? 1 : 0,
    ],
  );
  return {
    version: 1,
    editions: index.editions.map((edition) => ({ ...edition, days: edition.days.map((day) => ({ ...day, sessionIds: refs(day.sessionIds) })) })),
    speakers,
    sessions,
    reviews: index.reviews.map((review) => ({ ...review, sessionIds: refs(review.sessionIds) })),
    companies: index.companies,
    tags: index.tags,
  };
}

/**
 * The pre-renderer hands every page the same parsed file: unpack it once. Callers treat the
 * index as read-only, as they do any query data.
 */
const unpacked = new WeakMap<PackedIndexFile, IndexFile>();

export function unpackIndex(file: PackedIndexFile): IndexFile {
  const known = unpacked.get(file);
  if (known) return known;
  const index = unpackFile(file);
  unpacked.set(file, index);
  return index;
}

function unpackFile(file: PackedIndexFile): IndexFile {
  if (file.version !== 1) throw new Error(`data/index-packed.json has version ${String(file.version)}; this app reads version 1.`);
  const sessions = file.sessions.map(([slug, title, editionId, dayId, kind, speakers, companies, tags, link, aliases, reviewCount, emptyNotes]) => {
    const session: SessionSummary = {
      id: slug.startsWith('/') ? slug.slice(1) : `${editionId}/${slug}`,
      title,
      editionId,
      dayId,
      kind: KINDS[kind]!,
      speakers: speakers.map((at) => file.speakers[at]!),
      companies,
      tags,
      aliases,
      reviewCount,
      emptyNotes: emptyNotes === 1,
    };
    if (link !== 0) session.link = link;
    return session;
  });
  const ids = (refs: readonly (number | string)[]) => refs.map((ref) => (typeof ref === 'number' ? sessions[ref]!.id : ref));
  const editions: Edition[] = file.editions.map((edition) => ({ ...edition, days: edition.days.map((day) => ({ ...day, sessionIds: ids(day.sessionIds) })) }));
  return {
    editions,
    sessions,
    reviews: file.reviews.map((review) => ({ ...review, sessionIds: ids(review.sessionIds) })),
    companies: file.companies,
    tags: file.tags,
  };
}
