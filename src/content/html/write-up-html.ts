/**
 * A write-up's notes → the HTML its session page inserts (notes-html.ts), at the level that page
 * needs. Used where reviews are read (review.ts), so the rendering runs on the worker threads,
 * and by the emitter for a write-up it has no HTML for.
 */
import { finishNotesHtml, renderNotesHtml } from './notes-html.ts';

/** The session page credits each write-up with an `<h3>`, so the notes' own headings start below it. */
const NOTES_TOP_HEADING = 4;

export function renderWriteUpHtml(markdown: string, empty: boolean): string {
  return empty ? '' : renderNotesHtml(markdown, { topHeading: NOTES_TOP_HEADING });
}

/** The same HTML from the markup of the write-up's blocks (`compileMarkup`), compiled by the caller. */
export function finishWriteUpHtml(markup: string): string {
  return finishNotesHtml(markup, { topHeading: NOTES_TOP_HEADING });
}
