/** The `<head>` tags of a pre-rendered page: title, description, canonical, Open Graph, Twitter. */
import type { PageMeta } from './meta.ts';

/** Escapes text for an attribute value or element content; shared by every HTML writer. */
export function escapeAttribute(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export function headTags({
  meta,
  canonical,
  image,
  type = 'website',
}: {
  meta: PageMeta;
  canonical: string;
  image: string;
  type?: 'website' | 'article';
}): string {
  const title = escapeAttribute(meta.title);
  const description = escapeAttribute(meta.description);
  return [
    `<title>${title}</title>`,
    `<meta name="description" content="${description}" />`,
    `<link rel="canonical" href="${escapeAttribute(canonical)}" />`,
    `<meta property="og:site_name" content="talkshelf" />`,
    `<meta property="og:locale" content="ko_KR" />`,
    `<meta property="og:type" content="${type}" />`,
    `<meta property="og:title" content="${title}" />`,
    `<meta property="og:description" content="${description}" />`,
    `<meta property="og:url" content="${escapeAttribute(canonical)}" />`,
    `<meta property="og:image" content="${escapeAttribute(image)}" />`,
    // public/og.png: the default preview image, 1200×630 as link previews expect.
    `<meta property="og:image:width" content="1200" />`,
    `<meta property="og:image:height" content="630" />`,
    `<meta name="twitter:card" content="summary_large_image" />`,
    `<meta name="twitter:title" content="${title}" />`,
    `<meta name="twitter:description" content="${description}" />`,
    `<meta name="twitter:image" content="${escapeAttribute(image)}" />`,
    ...(meta.noindex ? ['<meta name="robots" content="noindex" />'] : []),
  ].join('\n    ');
}
