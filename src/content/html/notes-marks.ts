/**
 * The marks the build leaves in notes HTML where the page must put words in the reader's
 * language. Notes are rendered once, at build time (notes-html.ts), but a table's scroll box
 * has a label and an image that cannot be shown has a text, and both must follow the language
 * switch (Korean by default, English on request). So the HTML carries these language-neutral
 * marks and the app fills them in on every render (src/app/components/notes-html.tsx).
 * No dependencies: the app bundles this file.
 */

/** Opens the keyboard-focusable scroll box around a table; the page adds its `aria-label`. */
export const tableScrollMark = '<div class="table-scroll" tabindex="0" role="region" data-label="table">';

/**
 * An image the page cannot show. `alt` must already be escaped for both text and a
 * double-quoted attribute (no raw `&`, `<`, `>` or `"`): the page copies it into both.
 */
export function missingImageMark(alt: string): string {
  return `<span class="missing-image" role="img" data-alt="${alt}"></span>`;
}

/**
 * Finds either mark; group 1 is the escaped alt of a missing image. Only the build writes a raw
 * `<` into notes HTML (text and attributes are escaped), so the marks cannot be forged by a post.
 */
export const notesMarkPattern =
  /<div class="table-scroll" tabindex="0" role="region" data-label="table">|<span class="missing-image" role="img" data-alt="([^"<>]*)"><\/span>/g;
