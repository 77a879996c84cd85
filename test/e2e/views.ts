import type { IndexFile } from '../../src/content/schema.ts';

/** One address of each kind of view, with its page heading: what the sweeps below visit. */
export function oneOfEachView(index: IndexFile): { name: string; path: string; heading: string }[] {
  const session = index.sessions.find((s) => s.reviewCount > 1) ?? index.sessions[0]!;
  const review = index.reviews[0]!;
  const edition = index.editions[0]!;
  const tag = index.tags[0]!;
  const speaker = index.sessions.flatMap((s) => s.speakers)[0]!;
  const company = index.companies[0]!;
  return [
    { name: 'timeline', path: '/', heading: '타임라인' },
    { name: 'edition', path: `/editions/${edition.id}`, heading: edition.name },
    { name: 'session', path: `/sessions/${session.id}`, heading: session.title },
    { name: 'tags', path: '/tags?tags=kafka,redis&match=any', heading: '태그' },
    { name: 'tag', path: `/tags/${tag.id}`, heading: `#${tag.label}` },
    { name: 'review', path: `/reviews/${review.id}`, heading: review.title },
    { name: 'search', path: '/search?q=카프카', heading: '검색' },
    { name: 'speakers', path: '/speakers', heading: '발표자' },
    { name: 'speaker', path: `/speakers/${speaker.id}`, heading: speaker.name },
    { name: 'companies', path: '/companies', heading: '회사' },
    { name: 'company', path: `/companies/${company.id}`, heading: company.name },
    { name: 'favorites', path: '/favorites', heading: '내 세션' },
    { name: 'shared-favorites', path: `/favorites?ids=${index.sessions.slice(0, 2).map((s) => encodeURIComponent(s.id)).join(',')}`, heading: '공유받은 세션 목록' },
    { name: 'topics', path: '/topics', heading: '주제 흐름' },
    { name: 'coverage', path: `/editions/${edition.id}/coverage`, heading: '후기 커버리지' },
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
    '/search',
    '/speakers',
    ...[...new Set(index.sessions.flatMap((s) => s.speakers.map((speaker) => speaker.id)))].map((id) => `/speakers/${id}`),
    '/companies',
    ...index.companies.map((c) => `/companies/${c.id}`),
    '/favorites',
    '/topics',
    ...index.editions.map((e) => `/editions/${e.id}/coverage`),
  ];
}
