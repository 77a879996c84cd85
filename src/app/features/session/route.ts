/** Session load and meta: small and eager, so data loads in parallel with the page chunk. */
import type { Params } from 'react-router';
import type { SessionFile } from '../../../content/schema.ts';
import { idsOf } from '../../data/index-loader.ts';
import { catalogIdKnown, indexQuery, noteCatalogId, sessionQuery } from '../../data/queries.ts';
import { NotFoundError } from '../../data/transport.ts';
import type { MetaFunction } from '../../head/meta.ts';
import { RedirectError, type RouteLoad } from '../../navigation/app-route.ts';
import { sessionHref } from '../../routes.ts';

/** `/sessions/2024/slug/` → `2024/slug`, NFC (macOS can hand us decomposed Hangul). */
export function sessionIdFromParams(params: Params): string {
  return (params['*'] ?? '').replace(/\/+$/, '').normalize('NFC');
}

export const sessionLoad: RouteLoad = async ({ queryClient, params }) => {
  const id = sessionIdFromParams(params);
  // Only an id of the catalog is fetched; a cached file was (a link's prefetch, say).
  if (catalogIdKnown(queryClient, 'session', id) || queryClient.getQueryData(sessionQuery(id).queryKey)) {
    await queryClient.ensureQueryData(sessionQuery(id));
    return;
  }
  const index = await queryClient.ensureQueryData(indexQuery());
  if (idsOf(index).sessions.has(id)) {
    noteCatalogId(queryClient, 'session', id);
    await queryClient.ensureQueryData(sessionQuery(id));
    return;
  }
  // A merged session keeps its other ids as aliases; the index knows where they went.
  const canonical = index.sessions.find((session) => session.aliases.includes(id));
  if (canonical) throw new RedirectError(sessionHref(canonical.id));
  throw new NotFoundError('session', id);
};

export const sessionMeta: MetaFunction = ({ queryClient, params, t }) => {
  const file = queryClient.getQueryData<SessionFile>(sessionQuery(sessionIdFromParams(params)).queryKey);
  if (!file) return null;
  const { session, edition } = file;
  const speakers = session.speakers.map((speaker) => speaker.name).join(', ');
  const description = [edition.name, t.kind(session.kind), speakers, t.reviewCount(session.reviewCount)]
    .filter(Boolean)
    .join(' · ');
  return { title: session.title, description };
};
