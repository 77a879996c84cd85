/**
 * The markdown parsers `npm run bench:parsers` compares (src/cli/bench-parsers.ts runs them,
 * src/cli/measure-parsers.ts measures one), and the shape of one measured run.
 */

/** Each parser's name and what it does, in the order the table lists them. */
export const PARSERS = {
  'micromark-events': 'micromark + GFM, events (the pipeline’s one parse of a post)',
  'micromark-mdast': 'micromark + GFM → mdast (fromMarkdown, as markdown-blocks.ts calls it)',
  'micromark-html': 'micromark + GFM → HTML (micromark() with gfm and gfmHtml)',
  'markdown-it-parse': 'markdown-it, parse to tokens (linkify on)',
  'markdown-it-render': 'markdown-it, parse + render to HTML (linkify on)',
} as const;
export type ParserName = keyof typeof PARSERS;

export function isParserName(name: string): name is ParserName {
  return Object.hasOwn(PARSERS, name);
}

export interface ParserMeasurement {
  parser: ParserName;
  /** Per post, in the folder's order: path, characters, CPU and wall time of one parse. */
  posts: { path: string; characters: number; cpuMs: number; wallMs: number }[];
  /** process.resourceUsage().maxRSS before parsing (bodies loaded, warm-up done) and at the end, in MiB. */
  rssBeforeMb: number;
  peakRssMb: number;
}
