import type { IndexFile } from '../content/schema.ts';
import { collectSpeakers } from './features/speakers/speakers-data.ts';
import {
  checkHref,
  companiesHref,
  companyHref,
  coverageHref,
  editionHref,
  favoritesHref,
  homeHref,
  tagsHref,
  reviewHref,
  searchHref,
  sessionHref,
  speakerHref,
  speakersHref,
  tagHref,
  topicsHref,
} from './routes.ts';

/** Every page the pre-renderer writes, and a redirect page for every session alias. */
export function staticPaths(index: IndexFile): {
  pages: string[];
  /** Pages written like the others but left out of the sitemap (noindex tools). */
  unlisted: string[];
  redirects: { from: string; to: string; title: string }[];
} {
  const pages = [
    homeHref(),
    ...index.editions.map((edition) => editionHref(edition.id)),
    ...index.sessions.map((session) => sessionHref(session.id)),
    tagsHref(),
    ...index.tags.map((tag) => tagHref(tag.id)),
    ...index.reviews.map((review) => reviewHref(review.id)),
    ...index.editions.map((edition) => coverageHref(edition.id)),
    speakersHref(),
    ...collectSpeakers(index).map((speaker) => speakerHref(speaker.id)),
    companiesHref(),
    ...index.companies.map((company) => companyHref(company.id)),
    topicsHref(),
    // Shells: the query and the starred list are only known in the browser.
    searchHref(),
    favoritesHref(),
  ];
  const redirects = index.sessions.flatMap((session) =>
    session.aliases.map((alias) => ({ from: sessionHref(alias), to: sessionHref(session.id), title: session.title })),
  );
  return { pages, unlisted: [checkHref()], redirects };
}
