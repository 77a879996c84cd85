/**
 * Frontmatter: find the `---` block, parse it with the `yaml` library, and check it field by
 * field into a typed shape. Jekyll, Hexo, Hugo, Gatsby and Docusaurus disagree on spelling
 * (`author` vs `authors`, tags as a list or one space-separated string), so each field accepts
 * the spellings real posts use and reports anything else with its YAML position.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { createDiagnostic, DiagnosticCode } from '../diagnostics.ts';
import type { Diagnostic } from '../schema.ts';

/** Where the frontmatter and the body sit in the normalised text. */
export interface FrontmatterSplit {
  /** The YAML between the fences, or null when the post has no frontmatter. */
  yaml: string | null;
  /** 1-based line of the first YAML line. */
  yamlLine: number;
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
}

/** A field's position in the file, for diagnostics and tooling. */
export interface FieldPosition {
  line: number;
  column: number;
}

/** The frontmatter fields the pipeline understands, checked. */
export interface Frontmatter {
  title?: string;
  /** The date as written; parsed later so a bad one can be reported with its position. */
  date?: string;
  author?: string;
  description?: string;
  tags: string[];
  categories: string[];
  positions: Partial<Record<'title' | 'date' | 'tags', FieldPosition>>;
}

export type SplitResult = { ok: true; split: FrontmatterSplit } | { ok: false; diagnostic: Diagnostic };

const FENCE = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

/** Cut the frontmatter block off the post. Only a fence on the very first line opens one. */
// Hexo reads a post whose fields start on line 1 with no opening `---`, up to a closing one.
const YAML_KEY_LINE = /^[A-Za-z_][\w-]*[ \t]*:(?:[ \t]|$)/;
const YAML_MORE_LINE = /^(?:[ \t]+\S|-[ \t]|[ \t]*$|#)/;
const OPEN_FRONTMATTER_LINES = 60;

/** Fields from line 1 down to a `---` line, every line a `key: value`, an item or indented. */
function splitOpenFrontmatter(text: string): SplitResult | null {
  const lines = text.split('\n', OPEN_FRONTMATTER_LINES + 1);
  if (!YAML_KEY_LINE.test(lines[0] ?? '')) return null;
  let offset = 0;
  for (const [k, current] of lines.entries()) {
    if (CLOSE.test(current)) {
      const end = offset + current.length;
      return { ok: true, split: { yaml: text.slice(0, offset), yamlLine: 1, body: text.slice(end + 1), bodyLine: k + 2 } };
    }
    if (!YAML_KEY_LINE.test(current) && !YAML_MORE_LINE.test(current)) return null;
    offset += current.length + 1;
  }
  return null;
}

export function splitFrontmatter(file: string, text: string): SplitResult {
  const firstBreak = text.indexOf('\n');
  const first = firstBreak === -1 ? text : text.slice(0, firstBreak);
  if (/^\+\+\+[ \t]*$/.test(first)) {
    return {
      ok: false,
      diagnostic: createDiagnostic({
        code: DiagnosticCode.frontmatterUnsupported,
        severity: 'error',
        location: { file, line: 1, column: 1 },
        message: 'TOML frontmatter (+++) is not supported',
        hint: 'Rewrite the frontmatter as YAML between --- lines',
      }),
    };
  }
  if (!FENCE.test(first)) return splitOpenFrontmatter(text) ?? { ok: true, split: { yaml: null, yamlLine: 1, body: text, bodyLine: 1 } };
  let offset = firstBreak + 1;
  let line = 2;
  while (firstBreak !== -1 && offset <= text.length) {
    const end = text.indexOf('\n', offset);
    const current = end === -1 ? text.slice(offset) : text.slice(offset, end);
    if (CLOSE.test(current)) {
      const yaml = text.slice(firstBreak + 1, offset);
      const body = end === -1 ? '' : text.slice(end + 1);
      return { ok: true, split: { yaml, yamlLine: 2, body, bodyLine: line + 1 } };
    }
    if (end === -1) break;
    offset = end + 1;
    line++;
  }
  return {
    ok: false,
    diagnostic: createDiagnostic({
      code: DiagnosticCode.frontmatterUnclosed,
      severity: 'error',
      location: { file, line: 1, column: 1, endLine: 1, endColumn: 4 },
      message: 'The frontmatter opened on line 1 is never closed',
      hint: 'Add a line with --- after the last frontmatter field',
    }),
  };
}

/**
 * The parser notices a missing closing quote where the YAML ends, lines below the mistake; the
 * author needs the line where the quote was opened.
 */
function findUnclosedQuote(yaml: string, errorOffset: number, yamlLine: number): FieldPosition | null {
  const lines = yaml.slice(0, errorOffset).split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    for (const q of ['"', "'"]) {
      const count = line.split(q).length - 1 - (q === '"' ? (line.match(/\\"/g)?.length ?? 0) : 0);
      const start = line.search(new RegExp(`:\\s*${q}`));
      if (count % 2 === 1 && start >= 0) return { line: yamlLine + i, column: line.indexOf(q, start) + 1 };
    }
  }
  return null;
}

/**
 * A frontmatter left open takes the post down to its first thematic break (`---`) as YAML; the
 * parser then fails at some line of the post, far from the mistake. When the failing line comes
 * after a blank line, the block of fields that starts on line 2 most likely ended at that blank
 * line: its last line is where the closing `---` belongs.
 */
function findUnclosedBlockEnd(split: FrontmatterSplit, errorLine: number): { lastLine: number; fenceLine: number } | null {
  const lines = (split.yaml ?? '').split('\n');
  const blank = lines.findIndex((l) => l.trim() === '');
  if (blank <= 0) return null;
  // Fields after a blank line (`key: value`, `- item`, indented) are YAML still, not the post.
  const next = lines.slice(blank).find((l) => l.trim() !== '');
  if (next === undefined || /^(?:[\w-]+[ \t]*:(?:[ \t]|$)|-[ \t]|[ \t])/.test(next)) return null;
  const lastLine = split.yamlLine + blank - 1;
  return errorLine > lastLine + 1 ? { lastLine, fenceLine: split.bodyLine - 1 } : null;
}

/** Split a tag string the way Hexo/Jekyll do: commas when there are any, otherwise spaces. */
export function splitTagString(value: string): string[] {
  const parts = value.includes(',') ? value.split(',') : value.split(/\s+/);
  return parts.map((p) => p.trim()).filter(Boolean);
}

export type FrontmatterResult =
  | { ok: true; frontmatter: Frontmatter; diagnostics: Diagnostic[] }
  | { ok: false; diagnostic: Diagnostic };

/** Parse and check the YAML of a split. `split.yaml === null` gives an empty frontmatter. */
export function parseFrontmatter(file: string, split: FrontmatterSplit): FrontmatterResult {
  const fm: Frontmatter = { tags: [], categories: [], positions: {} };
  if (split.yaml === null || split.yaml.trim() === '') return { ok: true, frontmatter: fm, diagnostics: [] };
  const lineCounter = new LineCounter();
  const doc = parseDocument(split.yaml, { version: '1.2', lineCounter, prettyErrors: false });
  const toFile = (offset: number): FieldPosition => {
    const p = lineCounter.linePos(offset);
    return { line: p.line + split.yamlLine - 1, column: p.col };
  };
  const firstError = doc.errors[0];
  if (firstError) {
    const pos = findUnclosedQuote(split.yaml, firstError.pos[0], split.yamlLine) ?? toFile(firstError.pos[0]);
    const raw = firstError.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').replace(/:$/, '');
    const quote = /^Missing closing (["'])quote/.exec(raw);
    const sentence = quote ? `the ${quote[1]} quote opened here is never closed` : raw;
    const unclosed = findUnclosedBlockEnd(split, pos.line);
    return {
      ok: false,
      diagnostic: createDiagnostic({
        code: DiagnosticCode.yamlInvalid,
        severity: 'error',
        location: { file, ...pos },
        message: `The frontmatter is not valid YAML: ${sentence}`,
        hint: unclosed
          ? `The frontmatter opened on line 1 is missing its closing --- after line ${unclosed.lastLine}, so the post is read as YAML down to the --- on line ${unclosed.fenceLine}; add a line with --- after line ${unclosed.lastLine}`
          : 'Fix the YAML; quote values that contain ": " or start with [ { * & ! | > \' " % @ `',
      }),
    };
  }
  const contents = doc.contents;
  if (contents === null) return { ok: true, frontmatter: fm, diagnostics: [] };
  if (!isMap(contents)) {
    const pos = toFile(contents.range?.[0] ?? 0);
    return {
      ok: false,
      diagnostic: createDiagnostic({
        code: DiagnosticCode.frontmatterNotMapping,
        severity: 'error',
        location: { file, ...pos },
        message: 'The frontmatter is not a list of `key: value` fields',
        hint: 'Write one `key: value` per line, for example `title: My post`',
      }),
    };
  }
  const diagnostics: Diagnostic[] = [];
  const invalid = (node: YamlNode | null, key: string, expected: string) => {
    const pos = toFile(node?.range?.[0] ?? 0);
    diagnostics.push(
      createDiagnostic({
        code: DiagnosticCode.frontmatterInvalidField,
        severity: 'warning',
        location: { file, ...pos },
        message: `Frontmatter field \`${key}\` should be ${expected}`,
        hint: `Change \`${key}\` to ${expected}; the field is ignored until then`,
      }),
    );
  };
  const scalarText = (node: unknown): string | undefined => {
    if (isScalar(node) && node.value !== null && typeof node.value !== 'object') {
      const s = String(node.value).trim();
      return s === '' ? undefined : s;
    }
    return undefined;
  };
  // A person may be `name`, `{ name: … }`, or a list of either (Docusaurus `authors`).
  const personText = (node: unknown): string | undefined => {
    const s = scalarText(node);
    if (s) return s;
    if (isMap(node)) return scalarText(node.get('name', true)) ?? scalarText(node.get('key', true));
    if (isSeq(node)) {
      const names = node.items.map(personText).filter((x): x is string => Boolean(x));
      return names.length ? names.join(', ') : undefined;
    }
    return undefined;
  };
  const listText = (node: unknown): string[] | undefined => {
    const s = scalarText(node);
    if (s !== undefined) return splitTagString(s);
    if (isSeq(node)) {
      const out: string[] = [];
      for (const item of node.items) {
        const t = scalarText(item);
        if (t) out.push(t);
      }
      return out;
    }
    if (isScalar(node) && (node.value === null || node.value === '')) return [];
    return undefined;
  };

  for (const pair of contents.items) {
    const keyName = isScalar(pair.key) ? String(pair.key.value).trim().toLowerCase() : '';
    const value = pair.value as YamlNode | null;
    const pos = value?.range ? toFile(value.range[0]) : isScalar(pair.key) && pair.key.range ? toFile(pair.key.range[0]) : undefined;
    switch (keyName) {
      case 'title': {
        const t = scalarText(value);
        if (t !== undefined) {
          fm.title = t;
          if (pos) fm.positions.title = pos;
        } else if (value && !(isScalar(value) && (value.value === null || value.value === ''))) invalid(value, 'title', 'a line of text');
        break;
      }
      case 'date':
      case 'pubdate':
      case 'published':
      case 'created': {
        if (fm.date !== undefined) break;
        const t = scalarText(value);
        if (t !== undefined) {
          fm.date = t;
          if (pos) fm.positions.date = pos;
        } else if (value && !(isScalar(value) && value.value === null)) invalid(value, keyName, 'a date like 2024-10-24');
        break;
      }
      case 'author':
      case 'authors': {
        const t = personText(value);
        if (t !== undefined) fm.author ??= t;
        else if (value && !(isScalar(value) && value.value === null)) invalid(value, keyName, 'a name or a list of names');
        break;
      }
      case 'description':
      case 'summary':
      case 'excerpt': {
        const t = scalarText(value);
        if (t !== undefined) fm.description ??= t;
        else if (value && !(isScalar(value) && value.value === null)) invalid(value, keyName, 'a line of text');
        break;
      }
      case 'tags':
      case 'keywords':
      case 'categories':
      case 'category': {
        const list = listText(value);
        const target = keyName === 'categories' || keyName === 'category' ? fm.categories : fm.tags;
        if (list !== undefined) {
          target.push(...list);
          if (keyName === 'tags' && pos) fm.positions.tags = pos;
        } else if (value) invalid(value, keyName, 'a list of words or one space-separated string');
        break;
      }
      default:
        // Layout, image, comments, permalink…: theme settings the catalog has no use for.
        break;
    }
  }
  return { ok: true, frontmatter: fm, diagnostics };
}
