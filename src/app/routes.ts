/**
 * Every route path and every href the app builds. Components never concatenate URLs: they call
 * these builders, so the pre-renderer, the router and the links always agree.
 *
 * Hrefs are relative to the router's basename (`import.meta.env.BASE_URL`); react-router adds
 * the base when it renders a <Link>. Use `absoluteUrl` for anything leaving the app (canonical
 * links, Open Graph, "copy link").
 *
 * Every href ends its path with a slash (`/tags/`, `/sessions/2024/x/`, `/tags/?tags=kafka`):
 * a page is the file `tags/index.html`, and a static host (GitHub Pages, S3, `npm run serve`)
 * answers `/tags` with a 301 to `/tags/`, a round trip for every link followed without the app
 * or opened in a new tab (issue #14). The route patterns in `paths` match either form.
 */

export const paths = {
  home: '/',
  edition: '/editions/:edition',
  /** Session ids contain one '/' (`2024/slug`), so the id is the splat. */
  session: '/sessions/*',
  tags: '/tags',
  tag: '/tags/:tag',
  review: '/reviews/:id',
  search: '/search',
  speakers: '/speakers',
  speaker: '/speakers/:speaker',
  companies: '/companies',
  company: '/companies/:company',
  favorites: '/favorites',
  topics: '/topics',
  coverage: '/editions/:edition/coverage',
  check: '/check',
} as const;

export type TagMatch = 'any' | 'all';

/** The whole tags filter; it lives in the URL (`?tags=kafka,redis&match=all&edition=2024`). */
export interface SessionFilter {
  tags: string[];
  match: TagMatch;
  edition?: string | undefined;
  company?: string | undefined;
}

export const emptyFilter: SessionFilter = { tags: [], match: 'any' };

function encodeSegments(id: string): string {
  return id.split('/').map(encodeURIComponent).join('/');
}

export function homeHref(): string {
  return paths.home;
}

export function editionHref(editionId: string): string {
  return `/editions/${encodeURIComponent(editionId)}/`;
}

export function sessionHref(sessionId: string): string {
  return `/sessions/${encodeSegments(sessionId)}/`;
}

/** Id of one review's write-up on a session page: `/sessions/2024/x#from-<review id>`. */
export function writeUpAnchor(reviewId: string): string {
  return `from-${reviewId}`;
}

export function tagHref(tagId: string): string {
  return `/tags/${encodeURIComponent(tagId)}/`;
}

export function tagsHref(filter: Partial<SessionFilter> = {}): string {
  const search = filterToSearch({ ...emptyFilter, ...filter });
  return search ? `${paths.tags}/?${search}` : `${paths.tags}/`;
}

export function reviewHref(reviewId: string, anchor?: string): string {
  const hash = anchor ? `#${encodeURIComponent(anchor)}` : '';
  return `/reviews/${encodeURIComponent(reviewId)}/${hash}`;
}

/** `/search?q=카프카`: the query lives in the URL, so a search can be shared and reloaded. */
export function searchHref(query = ''): string {
  return query ? `${paths.search}/?q=${encodeURIComponent(query)}` : `${paths.search}/`;
}

export function speakersHref(): string {
  return `${paths.speakers}/`;
}

export function speakerHref(speakerId: string): string {
  return `/speakers/${encodeURIComponent(speakerId)}/`;
}

export function companiesHref(): string {
  return `${paths.companies}/`;
}

export function companyHref(companyId: string): string {
  return `/companies/${encodeURIComponent(companyId)}/`;
}

/**
 * `/favorites`, or with `ids` the shareable `/favorites?ids=2024%2Fa,2023%2Fb`: each id encoded
 * (ids hold `/` and Hangul), commas between them.
 */
export function favoritesHref(ids?: readonly string[]): string {
  return ids && ids.length > 0 ? `${paths.favorites}/?ids=${ids.map(encodeURIComponent).join(',')}` : `${paths.favorites}/`;
}

/** The ids of a shared favorites link, in order, each once; null when the URL shares none. */
export function searchToFavoriteIds(search: URLSearchParams): string[] | null {
  const raw = search.get('ids');
  if (raw === null) return null;
  const ids = raw
    .split(',')
    .map((id) => id.trim().normalize('NFC'))
    .filter(Boolean);
  return [...new Set(ids)];
}

export function topicsHref(): string {
  return `${paths.topics}/`;
}

/** `/check/`: check a post in the browser before it is added (not indexed by search engines). */
export function checkHref(): string {
  return `${paths.check}/`;
}

export function coverageHref(editionId: string): string {
  return `/editions/${encodeURIComponent(editionId)}/coverage/`;
}

/** Query string for a filter, in a stable order, without defaults. Commas stay readable. */
export function filterToSearch(filter: SessionFilter): string {
  const parts: string[] = [];
  const tags = [...new Set(filter.tags)];
  if (tags.length > 0) parts.push(`tags=${tags.map(encodeURIComponent).join(',')}`);
  if (filter.match === 'all') parts.push('match=all');
  if (filter.edition) parts.push(`edition=${encodeURIComponent(filter.edition)}`);
  if (filter.company) parts.push(`company=${encodeURIComponent(filter.company)}`);
  return parts.join('&');
}

export function searchToFilter(search: URLSearchParams, pathTag?: string): SessionFilter {
  const fromQuery = (search.get('tags') ?? '')
    .split(',')
    .map((tag) => tag.trim().toLowerCase())
    .filter(Boolean);
  const tags = [...new Set(pathTag ? [pathTag, ...fromQuery] : fromQuery)];
  return {
    tags,
    match: search.get('match') === 'all' ? 'all' : 'any',
    edition: search.get('edition') || undefined,
    company: search.get('company') || undefined,
  };
}

/**
 * `decodeURIComponent` for a part of a URL the reader or a post wrote (a path, a #fragment):
 * a malformed escape (`#%FF`) comes back as written instead of throwing `URI malformed`, which
 * in a render or an effect blanked the whole app (issue #16).
 */
export function decodeUrlPart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/**
 * `/tags/kafka?x#y` → `/tags/kafka/?x#y`: the address of the page's own file on a static host
 * (`tags/kafka/index.html`). GitHub Pages, S3 and most file servers answer the address without
 * the slash with a redirect to this one, so every URL that leaves the app (canonical, sitemap,
 * feed, "copy link") ends in a slash and costs a reader no extra round trip.
 */
export function withTrailingSlash(href: string): string {
  const cut = href.search(/[?#]/);
  const pathname = cut < 0 ? href : href.slice(0, cut);
  if (pathname.endsWith('/')) return href;
  return `${pathname}/${cut < 0 ? '' : href.slice(cut)}`;
}

export function absoluteUrl(href: string, base: string, siteUrl?: string): string {
  const path = `${base.replace(/\/+$/, '')}${href}`;
  return siteUrl ? new URL(path, siteUrl).href : path;
}

/** Router basename from a Vite base: `/talkshelf/` → `/talkshelf`, `/` or `./` → `/`. */
export function toBasename(base: string): string {
  if (!base.startsWith('/')) return '/';
  const trimmed = base.replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed;
}
