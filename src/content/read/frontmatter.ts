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
  /** The post's own address: an absolute http(s) URL from url, canonical or permalink. */
  url?: string;
  tags: string[];
  categories: string[];
  positions: Partial<Record<'title' | 'date' | 'tags', FieldPosition>>;
}

/** A split that had to guess where an unclosed frontmatter ends carries a warning saying so. */
export type SplitResult = { ok: true; split: FrontmatterSplit; diagnostic?: Diagnostic } | { ok: false; diagnostic: Diagnostic };

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
  return splitUnclosed(file, text);
}

/**
 * A frontmatter opened on line 1 and never closed: its fields are the block of `key: value`
 * lines below it, up to the first line that is not one (a blank line, a heading); the rest is
 * the post, read with a warning. Nothing is a field when line 2 is not.
 */
function splitUnclosed(file: string, text: string): SplitResult {
  const lines = text.split('\n');
  let last = 1;
  while (last + 1 < lines.length && (YAML_KEY_LINE.test(lines[last]!) || (last > 1 && /^(?:[ \t]+\S|-[ \t])/.test(lines[last]!)))) last++;
  const yaml = last > 1 ? `${lines.slice(1, last).join('\n')}\n` : null;
  const body = lines.slice(last).join('\n');
  const diagnostic = createDiagnostic({
    code: DiagnosticCode.frontmatterUnclosed,
    severity: 'warning',
    location: { file, line: 1, column: 1, endLine: 1, endColumn: 4 },
    message:
      last > 1
        ? `The frontmatter opened on line 1 is never closed; lines 2–${last} are read as its fields and the rest as the post`
        : 'The frontmatter opened on line 1 is never closed; the post is read without it',
    hint: last > 1 ? `Add a line with --- after line ${last}` : 'Add a line with --- after the last frontmatter field, or remove the --- on line 1',
  });
  return { ok: true, split: { yaml, yamlLine: 2, body, bodyLine: last + 1 }, diagnostic };
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

/** The yaml-invalid diagnostic for a parse error at `offset`: where the author needs to look. */
function describeYamlError(file: string, split: FrontmatterSplit, offset: number, message: string, toFile: (offset: number) => FieldPosition): Diagnostic {
  const yaml = split.yaml ?? '';
  const pos = findUnclosedQuote(yaml, offset, split.yamlLine) ?? toFile(offset);
  const raw = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').replace(/:$/, '');
  const quote = /^Missing closing (["'])quote/.exec(raw);
  const sentence = quote ? `the ${quote[1]} quote opened here is never closed` : raw;
  const unclosed = findUnclosedBlockEnd(split, pos.line);
  return createDiagnostic({
    code: DiagnosticCode.yamlInvalid,
    severity: 'error',
    location: { file, ...pos },
    message: `The frontmatter is not valid YAML: ${sentence}`,
    hint: unclosed
      ? `The frontmatter opened on line 1 is missing its closing --- after line ${unclosed.lastLine}, so the post is read as YAML down to the --- on line ${unclosed.fenceLine}; add a line with --- after line ${unclosed.lastLine}`
      : 'Fix the YAML; quote values that contain ": " or start with [ { * & ! | > \' " % @ `',
  });
}

/**
 * A quoted value that runs on at column 0 of the next lines (`description: 'one\ntwo'`): YAML
 * 1.2 wants those lines indented, libyaml does not mind. The same text with them indented by two
 * spaces (line numbers unchanged), or null when no quoted value runs on like that.
 */
export function repairFlowIndentation(yaml: string): string | null {
  const lines = yaml.split('\n');
  let open: "'" | '"' | null = null;
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    let from = 0;
    if (open) {
      if (/^\S/.test(line)) {
        line = `  ${line}`;
        lines[i] = line;
        changed = true;
      }
    } else {
      const start = /^(?:\s*-\s+|\s*[^\s:#'"][^:#]*:\s+)(['"])/.exec(line);
      if (!start) continue;
      open = start[1] as "'" | '"';
      from = start[0].length;
    }
    open = scanQuoted(line, from, open!);
  }
  // A quote never closed is a mistake no reader accepts, not a style.
  return changed && open === null ? lines.join('\n') : null;
}

/** Scan a line inside a quoted value from `from`; the quote still open at its end, or null. */
function scanQuoted(line: string, from: number, quote: "'" | '"'): "'" | '"' | null {
  for (let k = from; k < line.length; k++) {
    const c = line[k];
    if (quote === '"' && c === '\\') k++;
    else if (c === quote) {
      if (quote === "'" && line[k + 1] === "'") k++;
      else return null;
    }
  }
  return quote;
}

/**
 * The top-level one-line fields of YAML no parser reads (`title: "if kakao 2019 후기` with its
 * quote never closed), rewritten as valid YAML: each value as written, quotes trimmed, in
 * double quotes. Null when there is no such field.
 */
export function salvageFields(yaml: string): string | null {
  const out: string[] = [];
  for (const line of yaml.split('\n')) {
    const m = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$/.exec(line);
    if (!m || !m[2]) continue;
    const value = m[2].replace(/^(['"])(.*?)\1?$/, '$2');
    out.push(`${m[1]}: ${JSON.stringify(value)}`);
  }
  return out.length ? `${out.join('\n')}\n` : null;
}

/** Split a tag string the way Hexo/Jekyll do: commas when there are any, otherwise spaces. */
export function splitTagString(value: string): string[] {
  const parts = value.includes(',') ? value.split(',') : value.split(/\s+/);
  return parts.map((p) => p.trim()).filter(Boolean);
}

export type FrontmatterResult =
  /** `bodyLine`: where the post really starts when the YAML ran into it (an unclosed frontmatter). */
  | { ok: true; frontmatter: Frontmatter; diagnostics: Diagnostic[]; bodyLine?: number }
  | { ok: false; diagnostic: Diagnostic };

/** Parse and check the YAML of a split. `split.yaml === null` gives an empty frontmatter. */
export function parseFrontmatter(file: string, split: FrontmatterSplit): FrontmatterResult {
  const fm: Frontmatter = { tags: [], categories: [], positions: {} };
  if (split.yaml === null || split.yaml.trim() === '') return { ok: true, frontmatter: fm, diagnostics: [] };
  // Replaced when a repaired text is parsed, so positions always count in the text parsed.
  let lineCounter = new LineCounter();
  const toFile = (offset: number): FieldPosition => {
    const p = lineCounter.linePos(offset);
    return { line: p.line + split.yamlLine - 1, column: p.col };
  };
  let doc = parseDocument(split.yaml, { version: '1.2', lineCounter, prettyErrors: false });
  const diagnostics: Diagnostic[] = [];
  const firstError = doc.errors[0];
  if (firstError) {
    const problem = describeYamlError(file, split, firstError.pos[0], firstError.message, toFile);
    // Jekyll (libyaml) and Python generators read a quoted value that runs on at the start of
    // the next lines; read it as they do, and say so.
    const repaired = repairFlowIndentation(split.yaml);
    if (repaired !== null) lineCounter = new LineCounter();
    const again = repaired === null ? null : parseDocument(repaired, { version: '1.2', lineCounter, prettyErrors: false });
    if (again && again.errors.length === 0) {
      doc = again;
      diagnostics.push({
        ...problem,
        code: DiagnosticCode.yamlLenient,
        severity: 'warning',
        message: `${problem.message}; read as Jekyll and PyYAML read it (a quoted value continued at the start of the next line)`,
        hint: 'Indent the continued lines of the quoted value, or put it on one line, so every YAML reader agrees',
      });
    } else {
      // A frontmatter problem never costs the body. One left open took the post down to its
      // first `---` as YAML: its own block of fields is read, and the post starts after it.
      const unclosed = findUnclosedBlockEnd(split, problem.line);
      if (unclosed) {
        const fields = split.yaml.split('\n').slice(0, unclosed.lastLine - split.yamlLine + 1).join('\n');
        const head = parseFrontmatter(file, { ...split, yaml: `${fields}\n` });
        if (head.ok) {
          const { lastLine, fenceLine } = unclosed;
          const warning = createDiagnostic({
            code: DiagnosticCode.frontmatterUnclosed,
            severity: 'warning',
            location: { file, line: 1, column: 1, endLine: 1, endColumn: 4 },
            message: `The frontmatter opened on line 1 is not closed after its fields, so YAML runs on into the post down to the --- on line ${fenceLine}; lines 2–${lastLine} are read as its fields and the post from line ${lastLine + 1}`,
            hint: `Add a line with --- after line ${lastLine}`,
          });
          return { ...head, diagnostics: [warning, ...head.diagnostics], bodyLine: lastLine + 1 };
        }
      }
      // Still unreadable: its one-line `key: value` fields are taken as written (quotes trimmed),
      // as a person reading the file would; the rest is left out.
      const salvaged = salvageFields(split.yaml);
      if (salvaged) {
        const read = parseFrontmatter(file, { ...split, yaml: salvaged });
        if (read.ok && (read.frontmatter.title || read.frontmatter.date)) {
          const kept = { ...problem, severity: 'warning' as const, message: `${problem.message}; its one-line fields are read as written` };
          return { ...read, frontmatter: { ...read.frontmatter, positions: {} }, diagnostics: [kept, ...read.diagnostics] };
        }
      }
      const kept = { ...problem, severity: 'warning' as const, message: `${problem.message}; the post is read without its frontmatter` };
      return { ok: true, frontmatter: fm, diagnostics: [kept] };
    }
  }
  const contents = doc.contents;
  if (contents === null) return { ok: true, frontmatter: fm, diagnostics: [] };
  if (!isMap(contents)) {
    const pos = toFile(contents.range?.[0] ?? 0);
    const problem = createDiagnostic({
      code: DiagnosticCode.frontmatterNotMapping,
      severity: 'warning',
      location: { file, ...pos },
      message: 'The frontmatter is not a list of `key: value` fields; the post is read without it',
      hint: 'Write one `key: value` per line, for example `title: My post`',
    });
    return { ok: true, frontmatter: fm, diagnostics: [...diagnostics, problem] };
  }
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

  let lastEdited: { text: string; pos: FieldPosition | undefined } | undefined;
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
      case 'pub_date':
      case 'publishdate':
      case 'publish_date':
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
      // Hugo's and wiki generators' last edit: the post's date only when it gives no other.
      case 'lastmod':
      case 'updated': {
        const t = scalarText(value);
        if (t !== undefined && fm.date === undefined) lastEdited ??= { text: t, pos };
        break;
      }
      case 'author':
      case 'authors': {
        const t = personText(value);
        if (t !== undefined) fm.author ??= t;
        else if (value && !(isScalar(value) && value.value === null)) invalid(value, keyName, 'a name or a list of names');
        break;
      }
      // Where the post lives, so the site can link its original: only an absolute http(s) URL
      // (a relative permalink names no site).
      case 'url':
      case 'canonical':
      case 'canonical_url':
      case 'canonicalurl':
      case 'permalink': {
        const t = scalarText(value)?.trim();
        if (t && /^https?:\/\/[^\s/]+/i.test(t)) fm.url ??= t;
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
  if (fm.date === undefined && lastEdited) {
    fm.date = lastEdited.text;
    if (lastEdited.pos) fm.positions.date = lastEdited.pos;
  }
  return { ok: true, frontmatter: fm, diagnostics };
}
