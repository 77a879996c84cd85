import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { AppLink } from '../../components/app-link.tsx';
import type { IndexFile, SessionSummary } from '../../../content/schema.ts';
import { CopyLinkButton } from '../../components/copy-link-button.tsx';
import { SessionCard } from '../../components/session-card.tsx';
import { PageLoading } from '../../components/status.tsx';
import { addFavorites, useFavorites } from '../../data/favorite-list.ts';
import { useIndex } from '../../data/hooks.ts';
import { createLabels, type Labels } from '../../data/labels.ts';
import { useMessages } from '../../i18n/i18n.ts';
import { favoritesHref, searchToFavoriteIds } from '../../routes.ts';

/** `/favorites`: my starred sessions; `/favorites?ids=…`: a list someone shared. */
export function FavoritesPage() {
  const index = useIndex();
  const [params] = useSearchParams();
  const shared = searchToFavoriteIds(params);
  const { lang } = useMessages();
  const labels = useMemo(() => createLabels(index.companies, index.tags, index.editions, lang), [index, lang]);
  return shared ? <SharedList ids={shared} index={index} labels={labels} /> : <MyList index={index} labels={labels} />;
}

/** Sessions for ids, in the ids' order; ids of sessions since merged resolve through aliases. */
function resolveSessions(index: IndexFile, ids: readonly string[]): { sessions: SessionSummary[]; unknown: number } {
  const byId = new Map<string, SessionSummary>();
  for (const session of index.sessions) {
    byId.set(session.id, session);
    for (const alias of session.aliases) if (!byId.has(alias)) byId.set(alias, session);
  }
  const sessions: SessionSummary[] = [];
  let unknown = 0;
  for (const id of ids) {
    const session = byId.get(id);
    if (!session) unknown++;
    else if (!sessions.includes(session)) sessions.push(session);
  }
  return { sessions, unknown };
}

function SessionList({ sessions, labels }: { sessions: SessionSummary[]; labels: Labels }) {
  return (
    <ol className="session-list">
      {sessions.map((session) => (
        <li key={session.id}>
          <SessionCard session={session} labels={labels} headingLevel={2} />
        </li>
      ))}
    </ol>
  );
}

function MyList({ index, labels }: { index: IndexFile; labels: Labels }) {
  const t = useMessages();
  const favorites = useFavorites();
  const { sessions } = useMemo(() => resolveSessions(index, favorites ?? []), [index, favorites]);
  const shareHref = favoritesHref(sessions.map((session) => session.id));
  return (
    <div className="favorites">
      <h1>{t.favoritesTitle}</h1>
      <p className="lead">{t.favoritesIntro}</p>
      {favorites === null ? (
        // Only the pre-rendered page has no list yet: the browser reads it on hydration.
        <>
          <PageLoading />
          <p className="muted needs-script">{t.favoritesNeedScript}</p>
        </>
      ) : sessions.length === 0 ? (
        <p className="muted">{t.favoritesEmpty}</p>
      ) : (
        <>
          <SessionList sessions={sessions} labels={labels} />
          <section aria-labelledby="favorites-share" className="favorites__share">
            <h2 id="favorites-share">{t.favoritesShare}</h2>
            <p>
              {t.favoritesShareHint} <AppLink to={shareHref}>{t.sharedTitle}</AppLink>
            </p>
            <CopyLinkButton to={shareHref} label={t.copyFavoritesLink} />
          </section>
        </>
      )}
    </div>
  );
}

function SharedList({ ids, index, labels }: { ids: string[]; index: IndexFile; labels: Labels }) {
  const t = useMessages();
  const favorites = useFavorites();
  const { sessions, unknown } = useMemo(() => resolveSessions(index, ids), [index, ids.join(',')]);
  const missing = sessions.filter((session) => !(favorites ?? []).includes(session.id));
  return (
    <div className="favorites">
      <p className="breadcrumb">
        <AppLink to={favoritesHref()}>{t.goToFavorites}</AppLink>
      </p>
      <h1>{t.sharedTitle}</h1>
      <p className="lead">{t.sharedIntro(sessions.length)}</p>
      {unknown > 0 && <p className="muted">{t.sharedUnknown(unknown)}</p>}
      {sessions.length > 0 && (
        <p>
          {favorites !== null && missing.length === 0 ? (
            <span role="status">{t.sharedAllAdded}</span>
          ) : (
            <button
              type="button"
              className="button"
              disabled={favorites === null}
              onClick={() => addFavorites(sessions.map((session) => session.id))}
            >
              {t.sharedAddAll}
            </button>
          )}
        </p>
      )}
      <SessionList sessions={sessions} labels={labels} />
    </div>
  );
}
