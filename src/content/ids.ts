/**
 * Stable ids for deep links. A session id depends on its edition and title only, never on file
 * names or order, so a link shared today keeps working when more reviews arrive.
 */
import { slug } from 'github-slugger';

/** GitHub's slug (lowercase, punctuation dropped, Hangul kept) with dash runs collapsed. */
export function slugifyTitle(title: string): string {
  return slug(title.normalize('NFC')).replace(/-{2,}/g, '-').replace(/^-+|-+$/g, '');
}

/** `<edition id>/<slug of title>`; a title with no letters at all still gets an id. */
export function createSessionId(editionId: string, title: string): string {
  return `${editionId}/${slugifyTitle(title) || 'session'}`;
}

/** The file's base name without extension, slugged: `reviews/000_b91a.txt` → `000_b91a`. */
export function createReviewId(path: string): string {
  const base = path.split('/').pop() ?? path;
  const stem = base.replace(/\.(md|markdown|txt)$/i, '');
  return slugifyTitle(stem) || 'review';
}

/** Speakers are keyed by name (or handle when there is no name). */
export function createSpeakerId(name: string, handle?: string): string {
  return slugifyTitle(name) || (handle ? slugifyTitle(handle) : '') || 'speaker';
}
