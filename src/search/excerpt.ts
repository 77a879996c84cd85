/**
 * A short plain-text excerpt of a session's notes: what the index searches besides the title
 * and what snippets are cut from. Bounded so the index grows with the number of sessions, not
 * with how much reviewers wrote.
 */

/** Characters of notes kept per session. */
export const EXCERPT_CHARS = 160;

/** Markdown → the words a reader sees: no code, no image, no URL, no syntax. */
export function stripMarkdown(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?(?:```|$)/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/^\s{0,3}(?:#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '')
    .replace(/[*_`~|]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The start of the notes, cut at a word boundary where one is near. */
export function createExcerpt(markdowns: readonly string[], limit = EXCERPT_CHARS): string {
  const text = markdowns.map(stripMarkdown).filter(Boolean).join(' · ');
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  const space = cut.lastIndexOf(' ');
  return `${space > limit * 0.7 ? cut.slice(0, space) : cut}…`;
}
