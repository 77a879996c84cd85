/**
 * What the pre-rendered page hands to the client: the URL it was rendered for and the dehydrated
 * query cache (which also holds the rendered route's "loaded" entry, so hydrating needs no
 * request). Serialised for an inline `<script type="application/json">`: review text is
 * untrusted, so nothing in it may end the element or change how the HTML parser reads it.
 *
 * A script element's text ends only at `</script`, and `<!--` is the only other sequence that
 * changes the parser's state inside it (into the "escaped" states, where `<script` nests). So
 * every `</` becomes `<\/` and every `<!--` becomes `<\u0021--`, both the same string to
 * JSON.parse, and no other character needs escaping. (Escaping every `<`, `>` and `&` as
 * `\u003c`… made a post's HTML half again as long in the page.) U+2028 and U+2029 are escaped
 * too, so the text stays valid JavaScript should anything ever evaluate it.
 */
import type { DehydratedState } from '@tanstack/react-query';
import { decodeUrlPart } from '../routes.ts';

export const stateElementId = 'talkshelf-state';

export interface PageState {
  /** Pathname + search without the base, as rendered: `/sessions/2024/x`. */
  url: string;
  queries: DehydratedState;
}

const unsafe: Record<string, string> = {
  '</': '<\\/',
  '<!--': '<\\u0021--',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

export function serializeState(state: PageState): string {
  return JSON.stringify(state).replace(/<\/|<!--|[\u2028\u2029]/g, (found) => unsafe[found]!);
}

export function stateScript(state: PageState): string {
  return `<script type="application/json" id="${stateElementId}">${serializeState(state)}</script>`;
}

export function readState(doc: Document): PageState | null {
  const text = doc.getElementById(stateElementId)?.textContent;
  if (!text) return null;
  try {
    return JSON.parse(text) as PageState;
  } catch {
    return null;
  }
}

/** `/tags/` and `/tags`, `%EC%B9%B4` and `카`: the same page. */
export function normalizeUrl(url: string): string {
  const parsed = new URL(url, 'http://talkshelf.invalid');
  const pathname = decodeUrlPart(parsed.pathname).normalize('NFC').replace(/\/+$/, '') || '/';
  return `${pathname}${parsed.search}`;
}
