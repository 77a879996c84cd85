import { useQuery } from '@tanstack/react-query';
import { AppLink } from '../../components/app-link.tsx';
import { indexQuery } from '../../data/queries.ts';
import type { ResourceKind } from '../../data/transport.ts';
import { notFoundMeta } from '../../head/meta.ts';
import { useDocumentTitle } from '../../head/use-document-title.ts';
import { useMessages } from '../../i18n/i18n.ts';
import { homeHref } from '../../routes.ts';
import { closestMatches } from './closest-matches.ts';

/** What an unknown session, tag, edition, review or path shows: the closest matches. */
export function NotFound({ kind, id }: { kind: ResourceKind; id: string }) {
  const t = useMessages();
  useDocumentTitle(notFoundMeta(t).title);
  // The loaders fetched the index before throwing, so this is already cached when it matters.
  const { data: index } = useQuery(indexQuery());
  const suggestions = index ? closestMatches(index, kind, id) : [];
  return (
    <section className="not-found" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t.notFoundTitle}</h1>
      <p>{t.notFound(kind, id)}</p>
      {suggestions.length > 0 && (
        <>
          <h2 id="suggestions-title">{t.suggestions}</h2>
          <ul className="suggestions" aria-labelledby="suggestions-title">
            {suggestions.map((suggestion) => (
              <li key={`${suggestion.kind}:${suggestion.id}`}>
                <AppLink to={suggestion.href}>{suggestion.label}</AppLink>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <AppLink to={homeHref()}>{t.goHome}</AppLink>
      </p>
    </section>
  );
}
