/**
 * Stable ids for deep links. A session id depends on its edition and title only, never on file
 * names or order, so a link shared today keeps working when more reviews arrive.
 */
import { slug } from 'github-slugger';
import { memoizeString } from '../string-memo.ts';

/** GitHub's slug (lowercase, punctuation dropped, Hangul kept) with dash runs collapsed. */
export const slugifyTitle: (title: string) => string = memoizeString((title) =>
  slug(title.normalize('NFC'))
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, ''),
);

/**
 * The longest id (one URL segment), in UTF-8 bytes. An id names a data file (`<id>.json`) and a
 * page folder, and file systems refuse names over 255 bytes: a 94-syllable Korean title is
 * 280. The longest id of the real posts is 98 bytes, so theirs stay as they are.
 */
export const MAX_ID_BYTES = 120;

/** Hex digits of the hash that keeps two long ids with one prefix apart. */
const HASH_DIGITS = 8;

/** FNV-1a over the UTF-8 bytes: small, pure, and the same on every build and machine. */
function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash.toString(16).padStart(HASH_DIGITS, '0');
}

/**
 * `slug` when it fits in `MAX_ID_BYTES`; otherwise a readable prefix cut at a character, then
 * `-` and a hash of the whole slug: the same title always gets the same id, and two titles that
 * only differ after the prefix get different ones.
 */
export function boundId(slug: string): string {
  const encoder = new TextEncoder();
  if (encoder.encode(slug).length <= MAX_ID_BYTES) return slug;
  const room = MAX_ID_BYTES - HASH_DIGITS - 1;
  let prefix = '';
  let bytes = 0;
  for (const char of slug) {
    bytes += encoder.encode(char).length;
    if (bytes > room) break;
    prefix += char;
  }
  return `${prefix.replace(/-+$/, '')}-${hashText(slug)}`;
}

/** `<edition id>/<slug of title>`; a title with no letters at all still gets an id. */
export function createSessionId(editionId: string, title: string): string {
  return `${editionId}/${boundId(slugifyTitle(title) || 'session')}`;
}

/** The file's base name without extension, slugged: `reviews/000_b91a.txt` → `000_b91a`. */
export function createReviewId(path: string): string {
  const base = path.split('/').pop() ?? path;
  const stem = base.replace(/\.(md|markdown|txt)$/i, '');
  return boundId(slugifyTitle(stem) || 'review');
}

/** Speakers are keyed by name (or handle when there is no name). */
export function createSpeakerId(name: string, handle?: string): string {
  return boundId(slugifyTitle(name) || (handle ? slugifyTitle(handle) : '') || 'speaker');
}
