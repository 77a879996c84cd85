/**
 * The files a static site needs besides its pages: sitemap, robots.txt, an Atom feed of the
 * reviews and a web app manifest. Pure functions of the catalog and the site's address.
 */
import type { ReviewSummary } from '../content/schema.ts';
import { escapeAttribute as escapeHtml } from '../app/head/head-tags.ts';
import { compareText } from '../app/data/compare-text.ts';
import { withTrailingSlash } from '../app/routes.ts';

export interface Site {
  /** Absolute URL of the site's root, base path included, ending in `/`. */
  url: string;
  /** The base path the build lives under (`/` or `/talkshelf/`). */
  base: string;
  name: string;
  description: string;
}

/** `/sessions/2024/x` → absolute URL under the site, each segment percent-encoded once. */
export function absoluteUrl(site: Site, pathname: string): string {
  const encoded = pathname
    .split('/')
    .map((segment) => encodeURIComponent(safeDecode(segment)))
    .join('/');
  return new URL(encoded.replace(/^\//, ''), site.url).href;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function sitemapXml(site: Site, paths: string[]): string {
  const urls = paths.map((p) => `  <url><loc>${escapeHtml(absoluteUrl(site, withTrailingSlash(p)))}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.join('\n')}
</urlset>
`;
}

export function robotsTxt(site: Site): string {
  return `User-agent: *
Allow: /

Sitemap: ${absoluteUrl(site, '/sitemap.xml')}
`;
}

/**
 * Atom needs an `updated` per entry; a review without a date takes the newest date of the
 * feed, so the output stays deterministic (no build clock).
 */
export function atomFeed(site: Site, reviews: ReviewSummary[], reviewPath: (id: string) => string): string {
  const dated = [...reviews].sort((a, b) => compareText(b.date ?? '', a.date ?? '') || compareText(a.id, b.id));
  const newest = dated.find((r) => r.date)?.date ?? '1970-01-01';
  const entries = dated.map((review) => {
    const link = absoluteUrl(site, withTrailingSlash(reviewPath(review.id)));
    const updated = `${review.date ?? newest}T00:00:00Z`;
    const author = review.author ? `\n    <author><name>${escapeHtml(review.author)}</name></author>` : '';
    const summary = review.description ? `\n    <summary>${escapeHtml(review.description)}</summary>` : '';
    const categories = review.tags.map((t) => `\n    <category term="${escapeHtml(t)}" />`).join('');
    return `  <entry>
    <title>${escapeHtml(review.title)}</title>
    <id>${escapeHtml(link)}</id>
    <link href="${escapeHtml(link)}" />
    <updated>${updated}</updated>${author}${summary}${categories}
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${escapeHtml(site.name)}</title>
  <subtitle>${escapeHtml(site.description)}</subtitle>
  <id>${escapeHtml(site.url)}</id>
  <link href="${escapeHtml(site.url)}" />
  <link rel="self" href="${escapeHtml(absoluteUrl(site, '/feed.xml'))}" />
  <author><name>${escapeHtml(site.name)}</name></author>
  <updated>${newest}T00:00:00Z</updated>
${entries.join('\n')}
</feed>
`;
}

export function webManifest(site: Site): string {
  return `${JSON.stringify(
    {
      name: site.name,
      short_name: site.name,
      description: site.description,
      lang: 'ko',
      start_url: site.base,
      scope: site.base,
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#1f2937',
      icons: [
        { src: `${site.base}icon.svg`, sizes: 'any', type: 'image/svg+xml' },
        { src: `${site.base}icon-192.png`, sizes: '192x192', type: 'image/png' },
        { src: `${site.base}icon-512.png`, sizes: '512x512', type: 'image/png' },
      ],
    },
    null,
    2,
  )}\n`;
}
