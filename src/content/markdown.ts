/**
 * Markdown → mdast with source positions, using the micromark/mdast stack react-markdown uses,
 * so what the pipeline calls a heading is what the app will render as one.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Root } from 'mdast';

/** Parse a post body (NFC, LF). Positions are relative to the body, 1-based lines. */
export function parseMarkdown(body: string): Root {
  return fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}
