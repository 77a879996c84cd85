/** The check page's English-mode tests (check.test.tsx in jsdom, e2e/check.spec.ts in Chromium): Hangul in the page's own words. */
import type { Catalog } from '../../src/content/schema.ts';

/**
 * Hangul in the check page's own words under `root`: every text node and aria-label, title or
 * placeholder, once what authors wrote is taken out. What authors wrote: the post's own lines (`pre`), its notes (`.prose`), the text area, the
 * language switch (which names Korean in Korean, lang="ko"), and `written`: titles, headings,
 * speakers' names and roles, file names, wherever the page quotes them. The pipeline's words
 * (lang="en" inside the page) quote the post in double quotes: those quotes are taken out too,
 * so a word of the pipeline's own in Korean would still be found. Not shown, so not scanned:
 * scripts (the pre-rendered page's data) and `<noscript>` notes.
 *
 * Self-contained (no imports, no outer names): the browser test sends its source to the page.
 */
export function hangulInCheckUi(root: ParentNode, written: readonly string[]): string[] {
  const hangul = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7A3]/;
  const notOurWords = '.prose, pre, textarea, [lang="ko"], script, style, noscript, template';
  const strip = (text: string, quoting: boolean) => {
    const rest = written.reduce((left, quoted) => left.split(quoted).join(''), text);
    return quoting ? rest.replace(/"[^"]*"|“[^”]*”/g, '') : rest;
  };
  const where = (element: Element) => `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ')[0]}` : ''}`;
  const found: string[] = [];
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root as Node, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest(notOurWords)) continue;
    const quoting = parent.closest('.check [lang="en"]') !== null;
    if (hangul.test(strip(node.textContent ?? '', quoting))) found.push(`${where(parent)}: ${node.textContent!.trim().slice(0, 60)}`);
  }
  for (const element of root.querySelectorAll('[aria-label], [title], [placeholder]')) {
    if (element.closest(notOurWords)) continue;
    for (const name of ['aria-label', 'title', 'placeholder']) {
      const value = element.getAttribute(name);
      if (value && hangul.test(strip(value, false))) found.push(`${where(element)}[${name}]: ${value.slice(0, 60)}`);
    }
  }
  return found;
}

/** What the authors of `catalog`'s reviews wrote that the check page quotes, longest first (so a title goes before a name in it), and `extra`. */
export function writtenByAuthors(catalog: Catalog, extra: readonly string[] = []): string[] {
  const words = [
    ...catalog.sessions.flatMap((s) => [s.title, ...s.writeUps.map((w) => w.heading), ...s.speakers.flatMap((p) => [p.name, p.role, p.handle])]),
    ...catalog.reviews.flatMap((r) => [r.title, r.file.slice(r.file.lastIndexOf('/') + 1)]),
    ...extra,
  ];
  return [...new Set(words.filter((word): word is string => !!word))].sort((a, b) => b.length - a.length);
}
