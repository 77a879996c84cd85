/**
 * URLs in a post that would run code (`javascript:`, `vbscript:`) or carry a whole document
 * (`data:`) if a page followed them. The renderers already make them plain text (notes-html.ts,
 * note-urls.ts); this names them for the author, disguised ones included: `&#106;avascript:`
 * and `java&#x09;script:` are `javascript:` to a browser, not a relative link.
 */

export type UnsafeScheme = 'javascript' | 'vbscript' | 'data';

export interface UnsafeUrl {
  scheme: UnsafeScheme;
  /** How the scheme is hidden in the markdown as written, or null when it is written plainly. */
  disguise: 'character references' | 'invisible characters' | null;
}

/**
 * Whether a block's markdown may hold such a URL: a link, definition or autolink, and a scheme
 * word or a character reference that could spell one. Cheap, so the link check parses only
 * blocks that need it.
 */
export function mayContainUnsafeUrl(source: string): boolean {
  return /\]\(|\]:|</.test(source) && /script|data|&/i.test(source);
}

/**
 * `url` as the markdown parser decoded it, `source` the markdown it was written as. A browser
 * drops leading spaces and controls and every tab and line break before it reads the scheme
 * (the URL standard), so they hide nothing here.
 */
export function findUnsafeUrl(url: string, source: string): UnsafeUrl | null {
  const read = url.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '').toLowerCase();
  const scheme = /^(javascript|vbscript|data):/.exec(read)?.[1] as UnsafeScheme | undefined;
  if (!scheme) return null;
  if (source.toLowerCase().includes(`${scheme}:`)) return { scheme, disguise: null };
  return { scheme, disguise: /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i.test(source) ? 'character references' : 'invisible characters' };
}

/** The sentence of the diagnostic: what the URL is and what the page does with it. */
export function describeUnsafeUrl(kind: 'link' | 'image', url: string, unsafe: UnsafeUrl): { message: string; hint: string } {
  // Controls a character reference put in the URL are shown as escapes, not as themselves.
  const visible = url.replace(/[\u0000-\u001f]/g, (c) => (c === '\t' ? '\\t' : c === '\n' ? '\\n' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
  const shown = visible.length > 60 ? `${visible.slice(0, 57)}…` : visible;
  const what = unsafe.disguise ? `a ${unsafe.scheme}: URL disguised with ${unsafe.disguise}` : `a ${unsafe.scheme}: URL`;
  const risk = unsafe.scheme === 'data' ? 'which can carry a whole page or script' : "which would run code in the reader's browser";
  const fate = kind === 'image' ? 'the page shows it as a missing image' : 'the page shows it as plain text';
  return {
    message: `The ${kind} "${shown}" is ${what}, ${risk}; ${fate}`,
    hint: kind === 'image' ? 'Put the image online and use its https:// URL' : 'Remove the link, or link an https:// page instead',
  };
}
