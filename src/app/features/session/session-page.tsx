import { useMemo } from 'react';
import { useParams } from 'react-router';
import { AsideOutline, InlineOutline, nestHeadings, outlineHeadings, type OutlineEntry } from '../../components/outline.tsx';
import { editionStyle } from '../../data/edition-color.ts';
import { AppLink } from '../../components/app-link.tsx';
import type { SessionSummary } from '../../../content/schema.ts';
import { SessionLink } from '../../components/session-link.tsx';
import { useSession } from '../../data/use-session.ts';
import { formatDate, useLang, useMessages } from '../../i18n/i18n.ts';
import { CopyLinkButton } from '../../components/copy-link-button.tsx';
import { FavoriteButton } from '../../components/favorite-button.tsx';
import { editionHref, sessionHref, writeUpAnchor } from '../../routes.ts';
import { sessionIdFromParams } from './route.ts';
import { SessionFacts } from './session-facts.tsx';
import { WriteUpCard } from './write-up.tsx';

export function SessionPage() {
  const t = useMessages();
  const lang = useLang();
  const file = useSession(sessionIdFromParams(useParams()));
  const { session, edition, day } = file;
  const reviews = new Map(file.reviews.map((review) => [review.id, review]));
  const date = formatDate(day.date, lang);
  // Each write-up's headings get ids (outline.tsx), and the page an outline when its notes are
  // longer than about a screen: the write-ups, each with its headings.
  const { htmls, outline } = useMemo(() => {
    const htmls = new Map<string, string>();
    const outline: OutlineEntry[] = [];
    let length = 0;
    for (const writeUp of session.writeUps) {
      const anchor = writeUpAnchor(writeUp.reviewId);
      const { html, headings } = outlineHeadings(writeUp.html, `${anchor}-${writeUp.anchor}`, 1, 6);
      htmls.set(`${writeUp.reviewId}#${writeUp.anchor}`, html);
      length += writeUp.html.length;
      const title = reviews.get(writeUp.reviewId)?.title ?? writeUp.reviewId;
      if (!outline.some((entry) => entry.id === anchor)) outline.push({ id: anchor, label: title, children: nestHeadings(headings) });
    }
    return { htmls, outline: length > 2400 && outline.length + outline.flatMap((entry) => entry.children ?? []).length >= 3 ? outline : [] };
  }, [session.writeUps, file.reviews]);
  const outlined = outline.length > 0;

  return (
    <div className={outlined ? 'reading reading--outlined' : 'reading'}>
    <article className="session">
      <header className="session__header">
        <p className="breadcrumb" style={editionStyle(edition.id)}>
          <AppLink to={editionHref(edition.id)} className="edition-mark">
            {edition.name}
          </AppLink>
          {' · '}
          {t.day(day.number)}
          {date && ` · ${date}`}
        </p>
        <h1>{session.title}</h1>
        <p className="session__badges">
          {session.kind !== 'talk' && <span className="badge">{t.kind(session.kind)}</span>}
          {session.emptyNotes && <span className="badge badge--muted">{t.emptyNotes}</span>}
          <FavoriteButton id={session.id} title={session.title} />
          <CopyLinkButton to={sessionHref(session.id)} label={t.copySessionLink} />
        </p>
        <SessionFacts file={file} />
      </header>

      <section aria-labelledby="writeups-title" className="writeups-section">
        <h2 id="writeups-title">{t.writeUps(session.reviewCount)}</h2>
        {outlined && <InlineOutline entries={outline} />}
        {session.writeUps.length === 0 ? (
          <p className="muted">{t.noWriteUps}</p>
        ) : (
          <div className="writeups">
            {session.writeUps.map((writeUp) => (
              <WriteUpCard
                key={`${writeUp.reviewId}#${writeUp.anchor}`}
                sessionId={session.id}
                writeUp={writeUp}
                html={htmls.get(`${writeUp.reviewId}#${writeUp.anchor}`) ?? writeUp.html}
                review={reviews.get(writeUp.reviewId)}
              />
            ))}
          </div>
        )}
      </section>

      <nav aria-label={t.sessionNav} className="pager">
        <Neighbour session={file.previous} label={t.previousSession} rel="prev" />
        <Neighbour session={file.next} label={t.nextSession} rel="next" />
      </nav>

      {file.related.length > 0 && (
        <section aria-labelledby="related-title">
          <h2 id="related-title">{t.relatedSessions}</h2>
          <ul className="related">
            {file.related.map((related) => (
              <li key={related.id}>
                <SessionLink id={related.id}>{related.title}</SessionLink>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
    {outlined && <AsideOutline entries={outline} />}
    </div>
  );
}

function Neighbour({ session, label, rel }: { session: SessionSummary | null; label: string; rel: string }) {
  if (!session) return <span className={`pager__${rel}`} />;
  return (
    <p className={`pager__${rel}`}>
      <span className="pager__label">{label}</span>
      <SessionLink id={session.id} rel={rel}>
        {session.title}
      </SessionLink>
    </p>
  );
}
