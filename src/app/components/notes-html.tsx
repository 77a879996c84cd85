/**
 * A write-up's notes as the build rendered them (src/content/html/notes-html.ts), inserted as HTML so
 * the session page ships no markdown renderer.
 *
 * dangerouslySetInnerHTML is safe here because the string never comes from the browser or from
 * a post as such: our build wrote it with micromark, which escapes raw HTML in a post as text,
 * escapes every text and attribute value, and strips javascript:/data: and other unsafe URLs.
 * This component only adds words of ours, escaped, in the places the build marked for them.
 */
import { useMemo } from 'react';
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

export function NotesHtml({ html }: { html: string }) {
  const t = useMessages();
  const filled = useMemo(() => fillNotesMarks(html, t), [html, t]);
  return <div className="prose" dangerouslySetInnerHTML={{ __html: filled }} />;
}
