/**
 * Markdown → mdast with source positions, using the micromark/mdast stack react-markdown uses,
 * so what the pipeline calls a heading is what the app will render as one.
 */
import type { Root } from 'mdast';
import { parsePostTree } from './markdown-blocks.ts';

/** Parse a post body (NFC, LF). Positions are relative to the body, 1-based lines. */
export function parseMarkdown(body: string): Root {
  return parsePostTree(body);
}
