/**
 * HTML rendered while the reviews were read, handed from `buildCatalog` to `emitStaticFiles`.
 *
 * Reviews are read on worker threads (review-threads.ts), and rendering their markdown is most
 * of the pipeline's work, so it happens there too (review.ts) and the emitter only assembles.
 * The catalog itself does not carry the HTML: it is the pipeline's data (`npm run content --
 * --json` prints it, the search index reads its markdown), and HTML in it would change both.
 * So the HTML waits here, keyed by the catalog's own write-up and review objects, and dies with
 * them. The emitter renders whatever it finds nothing for (a test's hand-made session, a copy of
 * the catalog, a write-up whose markdown was changed since), so the emitted files are the same
 * whether the HTML was rendered here or there.
 */
import { fillReviewTemplate, renderReviewHtml } from './review-html.ts';
import type { Review, WriteUp } from '../schema.ts';
import { renderWriteUpHtml } from './write-up-html.ts';

/** What the HTML was rendered from, checked before it is used. */
interface WriteUpHtml {
  markdown: string;
  empty: boolean;
  html: string;
}

interface ReviewHtml {
  body: string;
  bodyLine: number;
  lines: number[];
  anchors: string[];
  /** With a slot per heading for its session link (review-html.ts). */
  template: string;
}

const writeUpHtml = new WeakMap<WriteUp, WriteUpHtml>();
const reviewHtml = new WeakMap<Review, ReviewHtml>();

/** `html` is `writeUp`'s notes rendered by `renderWriteUpHtml`. */
export function rememberWriteUpHtml(writeUp: WriteUp, html: string): void {
  writeUpHtml.set(writeUp, { markdown: writeUp.markdown, empty: writeUp.empty, html });
}

/** `template` is `review`'s post rendered by `renderReviewTemplate`. */
export function rememberReviewTemplate(review: Review, template: string): void {
  reviewHtml.set(review, {
    body: review.body,
    bodyLine: review.bodyLine,
    lines: review.headings.map((h) => h.line),
    anchors: review.headings.map((h) => h.anchor),
    template,
  });
}

/** The write-up's notes as HTML: remembered, or rendered now. */
export function writeUpHtmlOf(writeUp: WriteUp): string {
  const found = writeUpHtml.get(writeUp);
  if (found && found.markdown === writeUp.markdown && found.empty === writeUp.empty) return found.html;
  return renderWriteUpHtml(writeUp.markdown, writeUp.empty);
}

/** The review's post as HTML with its session links: the remembered template filled in, or rendered now. */
export function reviewHtmlOf(review: Review): string {
  const found = reviewHtml.get(review);
  const same =
    found &&
    found.body === review.body &&
    found.bodyLine === review.bodyLine &&
    found.lines.length === review.headings.length &&
    review.headings.every((h, i) => h.line === found.lines[i] && h.anchor === found.anchors[i]);
  return same ? fillReviewTemplate(found.template, review.headings) : renderReviewHtml(review);
}
