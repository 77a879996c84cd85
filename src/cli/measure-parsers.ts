/**
 * One measured run of one markdown parser over every review body of a folder, in a process of
 * its own so that its peak memory (maxRSS) belongs to this parser alone. Started by
 * src/cli/bench-parsers.ts; prints one `BENCH_RESULT {…}` line for it to read.
 *
 *   node --import tsx src/cli/measure-parsers.ts --parser markdown-it-render --dir .bench/parsers-corpus-2000 [--repeat 20]
 *
 * Bodies are read as the pipeline reads them (decoded, frontmatter split off) before any timing.
 * Each post's parse is timed on its own, CPU (user + system) and wall; `--repeat n` parses each
 * post n times in a row and reports the time of one (the real posts are too short to time once).
 * A warm-up pass over the first posts runs before the timed one, so the figures are of the
 * parsers' code, not of V8 compiling it.
 */
import MarkdownIt from 'markdown-it';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { loadContent } from '../content/node/index.ts';
import { isReviewPath } from '../content/review.ts';
import { decodeText } from '../content/read/decode.ts';
import { splitFrontmatter } from '../content/read/frontmatter.ts';
import { parsePostEvents } from '../content/read/markdown-events.ts';
import { parseMarkdownTree } from '../content/read/markdown-blocks.ts';
import { isParserName, PARSERS, type ParserMeasurement, type ParserName } from './parsers-compared.ts';

const RESULT_PREFIX = 'BENCH_RESULT ';

// Built once, as the pipeline builds its extensions once.
const MICROMARK_GFM = [gfm()];
const MICROMARK_GFM_HTML = [gfmHtml()];
// GFM's autolink literals are on in micromark's GFM; linkify is markdown-it's counterpart. Tables
// and strikethrough are in its default preset; raw HTML stays escaped in both (their defaults).
const MARKDOWN_IT = new MarkdownIt({ linkify: true });

/** Each parser as a function of the body; the result is returned so the work cannot be skipped. */
const PARSE: Record<ParserName, (body: string) => unknown> = {
  'micromark-events': (body) => parsePostEvents(body),
  'micromark-mdast': (body) => parseMarkdownTree(body),
  'micromark-html': (body) => micromark(body, { extensions: MICROMARK_GFM, htmlExtensions: MICROMARK_GFM_HTML }),
  'markdown-it-parse': (body) => MARKDOWN_IT.parse(body, {}),
  'markdown-it-render': (body) => MARKDOWN_IT.render(body),
};

/** Every review's body, as the pipeline reads it: decoded, frontmatter split off. */
async function readBodies(dir: string): Promise<{ path: string; body: string }[]> {
  const input = await loadContent(dir);
  const bodies: { path: string; body: string }[] = [];
  for (const file of input.files) {
    if (!isReviewPath(file.path)) continue;
    const decoded = decodeText(file.path, file.bytes);
    if (!decoded.ok) continue;
    const split = splitFrontmatter(file.path, decoded.text);
    if (split.ok) bodies.push({ path: file.path, body: split.split.body });
  }
  return bodies;
}

const WARM_UP_POSTS = 20;

function measureParser(parser: ParserName, bodies: { path: string; body: string }[], repeat: number): ParserMeasurement {
  const parse = PARSE[parser];
  let sink = 0;
  for (const { body } of bodies.slice(0, WARM_UP_POSTS)) for (let i = 0; i < repeat; i++) sink ^= parse(body) ? 1 : 0;
  const rssBeforeMb = process.resourceUsage().maxRSS / 1024;
  const posts: ParserMeasurement['posts'] = [];
  for (const { path, body } of bodies) {
    const cpu = process.cpuUsage();
    const wall = performance.now();
    for (let i = 0; i < repeat; i++) sink ^= parse(body) ? 1 : 0;
    const wallMs = (performance.now() - wall) / repeat;
    const used = process.cpuUsage(cpu);
    posts.push({ path, characters: body.length, cpuMs: (used.user + used.system) / 1000 / repeat, wallMs });
  }
  if (sink === 2) console.log('unreachable'); // keeps `sink` alive
  return { parser, posts, rssBeforeMb, peakRssMb: process.resourceUsage().maxRSS / 1024 };
}

function option(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

const args = process.argv.slice(2);
const parser = option(args, '--parser');
const dir = option(args, '--dir');
const repeat = Number(option(args, '--repeat') ?? '1');
if (!parser || !isParserName(parser) || !dir || !Number.isInteger(repeat) || repeat < 1) {
  console.error(`usage: measure-parsers.ts --parser <${Object.keys(PARSERS).join('|')}> --dir <content folder> [--repeat n]`);
  process.exit(2);
}
const result = measureParser(parser, await readBodies(dir), repeat);
console.log(RESULT_PREFIX + JSON.stringify(result));
