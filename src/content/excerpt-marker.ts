/**
 * A blog engine's excerpt boundary (`<!-- truncate -->` in Docusaurus, `<!-- more -->` in
 * Jekyll, Hexo and Hugo) read as the post's excerpt: the text before it, as plain text, for a
 * post whose frontmatter gives no description. Markers inside fenced code do not count.
 */
const MARKER = /^[ \t]*<!--\s*(?:truncate|more)\s*-->[ \t]*$/im;
const LIMIT = 300;

export function excerptBeforeMarker(body: string): string | undefined {
  let before: string | undefined;
  let inFence = false;
  let offset = 0;
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    else if (!inFence && MARKER.test(line)) {
      before = body.slice(0, offset);
      break;
    }
    offset += line.length + 1;
  }
  if (before === undefined) return undefined;
  const text = before
    .replace(/^(```|~~~)[\s\S]*?^\1.*$/gm, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+|[-*_]{3,}\s*$)/gm, '')
    .replace(/[*_`~]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!text) return undefined;
  if (text.length <= LIMIT) return text;
  const cut = text.slice(0, LIMIT);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), LIMIT - 40))}…`;
}
