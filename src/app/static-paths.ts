import type { IndexFile } from '../content/schema';
import { editionHref, homeHref, paths, reviewHref, sessionHref, tagHref } from './routes';

/** Every page the pre-renderer writes, and a redirect page for every session alias. */
export function staticPaths(index: IndexFile): {
  pages: string[];
  redirects: { from: string; to: string; title: string }[];
} {
  const pages = [
    homeHref(),
    ...index.editions.map((edition) => editionHref(edition.id)),
    ...index.sessions.map((session) => sessionHref(session.id)),
    paths.tags,
    ...index.tags.map((tag) => tagHref(tag.id)),
    ...index.reviews.map((review) => reviewHref(review.id)),
  ];
  const redirects = index.sessions.flatMap((session) =>
    session.aliases.map((alias) => ({ from: sessionHref(alias), to: sessionHref(session.id), title: session.title })),
  );
  return { pages, redirects };
}
