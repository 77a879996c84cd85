/**
 * The outline of a long page (a review, a session's write-ups): its sections and their headings,
 * each a link to its anchor. On a desktop it stands beside the article and follows the scroll
 * (sticky, the section being read marked with aria-current="location"); on a phone it is a
 * "목차" disclosure above the notes, closed. Both are in the pre-rendered HTML, so the links
 * work without JavaScript; CSS shows one of the two (pages.css, .outline--aside / --inline).
 */
import { useEffect, useState } from 'react';
import { useMessages } from '../i18n/i18n.ts';

export interface OutlineEntry {
  id: string;
  label: string;
  children?: OutlineEntry[];
}

const headingPattern = /<h([1-6])(\s[^>]*)?>([\s\S]*?)<\/h\1>/g;
const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/** A heading's text from its HTML: tags dropped, the escapes micromark writes read back. */
function headingText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => entities[entity] ?? entity)
    .trim();
}

/**
 * Every heading of rendered notes (levels `from`..`to`) with its id. A heading without one gets
 * `${prefix}-${n}`, written into the returned HTML, so the same function run at pre-rendering and
 * in the browser gives the same ids.
 */
export function outlineHeadings(
  html: string,
  prefix: string,
  from = 2,
  to = 4,
): { html: string; headings: (OutlineEntry & { level: number })[] } {
  const headings: (OutlineEntry & { level: number })[] = [];
  let n = 0;
  const out = html.replace(headingPattern, (whole, level: string, attributes: string | undefined, inner: string) => {
    const depth = Number(level);
    const existing = /\sid="([^"]*)"/.exec(attributes ?? '')?.[1];
    const id = existing ?? `${prefix}-${++n}`;
    const label = headingText(inner);
    if (depth >= from && depth <= to && label) headings.push({ id, label, level: depth });
    return existing ? whole : `<h${level} id="${id}"${attributes ?? ''}>${inner}</h${level}>`;
  });
  return { html: out, headings };
}

/**
 * Headings as a two-level tree: each heading under the nearest shallower one before it. A level
 * held by one heading only (a post's title repeated as its one h2) does not make the top level:
 * the level under it does, so the outline is not a single entry.
 */
export function nestHeadings(headings: (OutlineEntry & { level: number })[]): OutlineEntry[] {
  const levels = [...new Set(headings.map((heading) => heading.level))].sort();
  const count = (level: number) => headings.filter((heading) => heading.level === level).length;
  const top = levels.find((level) => count(level) > 1) ?? levels[0] ?? 1;
  const tree: OutlineEntry[] = [];
  for (const { id, label, level } of headings) {
    const parent = tree.at(-1);
    if (level > top && parent) (parent.children ??= []).push({ id, label });
    else if (level < top) continue;
    else tree.push({ id, label });
  }
  return tree;
}

function flatIds(entries: OutlineEntry[]): string[] {
  return entries.flatMap((entry) => [entry.id, ...flatIds(entry.children ?? [])]);
}

/** The id of the last section whose start has scrolled past the top of the viewport (or the first). */
function useActiveSection(ids: string[]): string | undefined {
  const [active, setActive] = useState<string>();
  const key = ids.join('\u0000');
  useEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      let current: string | undefined;
      for (const id of ids) {
        const element = document.getElementById(id);
        if (!element) continue;
        if (element.getBoundingClientRect().top <= 96) current = id;
        else break;
      }
      setActive(current ?? ids[0]);
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule, { passive: true });
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [key]);
  return active;
}

function OutlineList({ entries, active }: { entries: OutlineEntry[]; active: string | undefined }) {
  return (
    <ol>
      {entries.map((entry) => (
        <li key={entry.id}>
          <a href={`#${encodeURIComponent(entry.id)}`} aria-current={entry.id === active ? 'location' : undefined}>
            {entry.label}
          </a>
          {entry.children && entry.children.length > 0 && <OutlineList entries={entry.children} active={active} />}
        </li>
      ))}
    </ol>
  );
}

/** The sticky outline beside the article (desktop); render <InlineOutline> too for phones. */
export function AsideOutline({ entries }: { entries: OutlineEntry[] }) {
  const t = useMessages();
  const active = useActiveSection(flatIds(entries));
  return (
    <nav className="outline outline--aside" aria-label={t.outline}>
      <p className="outline__title" aria-hidden="true">
        {t.outline}
      </p>
      <OutlineList entries={entries} active={active} />
    </nav>
  );
}

/** The outline as a closed disclosure at the top of the article (phones). */
export function InlineOutline({ entries }: { entries: OutlineEntry[] }) {
  const t = useMessages();
  return (
    <details className="outline outline--inline">
      <summary>{t.outline}</summary>
      <nav aria-label={t.outline}>
        <OutlineList entries={entries} active={undefined} />
      </nav>
    </details>
  );
}
