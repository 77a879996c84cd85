import type { IndexFile } from '../../src/content/schema';

/** One address of each kind of view, with its page heading: what the sweeps below visit. */
export function oneOfEachView(index: IndexFile): { name: string; path: string; heading: string }[] {
  const session = index.sessions.find((s) => s.reviewCount > 1) ?? index.sessions[0]!;
  const review = index.reviews[0]!;
  const edition = index.editions[0]!;
  const tag = index.tags[0]!;
  return [
    { name: 'timeline', path: '/', heading: '타임라인' },
    { name: 'edition', path: `/editions/${edition.id}`, heading: edition.name },
    { name: 'session', path: `/sessions/${session.id}`, heading: session.title },
    { name: 'tags', path: '/tags?tags=kafka,redis&match=any', heading: '태그' },
    { name: 'tag', path: `/tags/${tag.id}`, heading: `#${tag.label}` },
    { name: 'review', path: `/reviews/${review.id}`, heading: review.title },
    { name: 'not-found', path: '/sessions/2099/no-such-talk', heading: '찾을 수 없습니다' },
  ];
}

/** Every page the build pre-rendered, from its sitemap-equivalent: the catalog. */
export function everyPage(index: IndexFile): string[] {
  return [
    '/',
    '/tags',
    ...index.editions.map((e) => `/editions/${e.id}`),
    ...index.sessions.map((s) => `/sessions/${s.id}`),
    ...index.tags.map((t) => `/tags/${t.id}`),
    ...index.reviews.map((r) => `/reviews/${r.id}`),
  ];
}
