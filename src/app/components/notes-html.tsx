/**
 * A write-up's notes as the build rendered them (src/content/html/notes-html.ts), inserted as HTML so
 * the session page ships no markdown renderer.
 *
 * dangerouslySetInnerHTML is safe here because the string never comes from the browser or from
 * a post as such: our build wrote it with micromark, which escapes raw HTML in a post as text,
 * escapes every text and attribute value, and strips javascript:/data: and other unsafe URLs.
 * This component only adds words of ours, escaped, in the places the build marked for them.
 */
import { useEffect, useMemo, useRef, type RefObject } from 'react';
import { notesMarkPattern } from '../../content/html/notes-marks.ts';
import { escapeAttribute } from '../head/head-tags.ts';
import { useMessages, type Messages } from '../i18n/i18n.ts';

/**
 * The build's language-neutral marks with this language's words: the table box gets its label,
 * a missing image its text and name. The alt in a mark is already escaped for text and
 * attributes, so it is copied as is; only our own words are escaped here.
 */
export function fillNotesMarks(html: string, t: Pick<Messages, 'table' | 'missingImage'>): string {
  const table = `<div class="table-scroll" tabindex="0" role="region" aria-label="${escapeAttribute(t.table)}">`;
  // The message with a hole where the alt goes, so its wording stays in one place (i18n).
  const [before = '', after = ''] = t.missingImage('\u0000').split('\u0000').map(escapeAttribute);
  return html.replace(notesMarkPattern, (_mark, alt: string | undefined) => {
    if (alt === undefined) return table;
    const text = alt ? `${before}${alt}${after}` : escapeAttribute(t.missingImage(''));
    return `<span class="missing-image" role="img" aria-label="${text}">${text}</span>`;
  });
}

/** A picture that failed to load as the chip a missing one gets: its alt, in a line of its own size. */
function collapse(image: HTMLImageElement, t: Pick<Messages, 'missingImage'>): void {
  const chip = document.createElement('span');
  chip.className = 'missing-image';
  chip.setAttribute('role', 'img');
  const text = t.missingImage(image.alt.trim());
  chip.setAttribute('aria-label', text);
  chip.textContent = text;
  image.replaceWith(chip);
}

/**
 * Pictures in notes are hot-linked; one whose host is gone or refuses (or a reader offline) would
 * stay a 4:3 grey box. It becomes the small labelled chip instead: on its error event (caught on
 * the way down, since error does not bubble), and for one that failed before the page's script ran.
 */
export function useBrokenImages(ref: RefObject<HTMLElement | null>, html: string): void {
  const t = useMessages();
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    for (const image of root.querySelectorAll('img')) {
      if (image.complete && image.naturalWidth === 0 && image.getAttribute('src')) collapse(image, t);
    }
    const onError = (event: Event) => {
      if (event.target instanceof HTMLImageElement) collapse(event.target, t);
    };
    root.addEventListener('error', onError, true);
    return () => root.removeEventListener('error', onError, true);
  }, [ref, html, t]);
}

export function NotesHtml({ html }: { html: string }) {
  const t = useMessages();
  const ref = useRef<HTMLDivElement>(null);
  const filled = useMemo(() => fillNotesMarks(html, t), [html, t]);
  useBrokenImages(ref, filled);
  return <div ref={ref} className="prose" dangerouslySetInnerHTML={{ __html: filled }} />;
}
