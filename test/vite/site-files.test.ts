import { describe, expect, it } from 'vitest';
import type { ReviewSummary } from '../../src/content/schema.ts';
import { absoluteUrl, atomFeed, robotsTxt, sitemapXml, webManifest, type Site } from '../../src/vite/site-files.ts';

const site: Site = { url: 'https://example.org/talkshelf/', base: '/talkshelf/', name: 'talkshelf', description: '후기 & 발표' };

const review = (over: Partial<ReviewSummary>): ReviewSummary => ({
  id: 'r',
  file: 'reviews/r.md',
  title: 'T',
  date: null,
  tags: [],
  editionId: '2024',
  dayId: null,
  sessionIds: [],
  ...over,
});

describe('absoluteUrl', () => {
  it.each([
    ['/', 'https://example.org/talkshelf/'],
    ['/sessions/2024/카카오-빌링', 'https://example.org/talkshelf/sessions/2024/%EC%B9%B4%EC%B9%B4%EC%98%A4-%EB%B9%8C%EB%A7%81'],
    // Already-encoded paths are not encoded twice.
    ['/sessions/2024/%EC%B9%B4', 'https://example.org/talkshelf/sessions/2024/%EC%B9%B4'],
    ['/tags?x', 'https://example.org/talkshelf/tags%3Fx'],
  ])('%s → %s', (pathname, expected) => {
    expect(absoluteUrl(site, pathname)).toBe(expected);
  });
});

describe('site files', () => {
  it('lists every page in the sitemap with absolute, escaped URLs', () => {
    const xml = sitemapXml(site, ['/', '/tags/kafka']);
    expect(xml).toContain('<loc>https://example.org/talkshelf/</loc>');
    expect(xml).toContain('<loc>https://example.org/talkshelf/tags/kafka/</loc>');
    expect(xml.match(/<url>/g)).toHaveLength(2);
  });

  it('points robots.txt at the sitemap', () => {
    expect(robotsTxt(site)).toContain('Sitemap: https://example.org/talkshelf/sitemap.xml');
  });

  it('writes a deterministic Atom feed, newest review first, escaping review text', () => {
    const feed = atomFeed(
      site,
      [
        review({ id: 'old', title: 'Old <b>', date: '2018-09-04', author: 'A&B' }),
        review({ id: 'undated', title: 'No date' }),
        review({ id: 'new', title: 'New', date: '2024-10-26', tags: ['kafka'], description: '"quoted"' }),
      ],
      (id) => `/reviews/${id}`,
    );
    const order = [...feed.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1]);
    expect(order).toEqual(['talkshelf', 'New', 'Old &#60;b&#62;', 'No date']);
    expect(feed).toContain('<updated>2024-10-26T00:00:00Z</updated>');
    expect(feed).toContain('<name>A&#38;B</name>');
    expect(feed).toContain('<category term="kafka" />');
    expect(feed).toContain('<link href="https://example.org/talkshelf/reviews/new/" />');
    // The undated review borrows the newest date instead of the build clock.
    expect(feed.match(/<updated>2024-10-26T00:00:00Z<\/updated>/g)).toHaveLength(3);
  });

  it('scopes the web app manifest to the base path', () => {
    const manifest = JSON.parse(webManifest(site)) as { start_url: string; scope: string; icons: { src: string }[] };
    expect(manifest.start_url).toBe('/talkshelf/');
    expect(manifest.scope).toBe('/talkshelf/');
    expect(manifest.icons.every((i) => i.src.startsWith('/talkshelf/'))).toBe(true);
  });
});
