/**
 * Bytes → text, the way the rest of the pipeline wants it: UTF-8 without BOM, LF line ends,
 * NFC Hangul. Blogs hand us all of CRLF, BOMs and decomposed (NFD) Hangul (macOS file names and
 * some editors produce it), and an author must still get positions that match their file, so
 * the result keeps a map back to the original line and column.
 */
import { createDiagnostic, DiagnosticCode } from '../diagnostics.ts';
import type { Diagnostic } from '../schema.ts';

export interface LineMap {
  /** Map a 1-based line/column of the normalised text to the file as written. */
  toOriginal(line: number, column: number): { line: number; column: number };
}

export type DecodeResult =
  | {
      ok: true;
      text: string;
      lineMap: LineMap;
      hadBom: boolean;
      hadCrlf: boolean;
      hadNfd: boolean;
      /** Warnings about what decoding removed (control characters, see `CONTROL`). */
      diagnostics: Diagnostic[];
    }
  | { ok: false; diagnostic: Diagnostic };

/**
 * Characters no post means to contain and no reader can see: C0 and C1 controls but tab and line
 * ends, a stray NUL included; bidi embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069) and marks, which reorder what a title or name shows ("Trojan Source"); zero
 * width spaces and mid-text BOMs, which make two equal-looking titles differ. They are removed
 * from the text, so from every title, name and note, each line with one getting a warning.
 * Zero width (non-)joiners stay: emoji sequences and some scripts need them.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

const CONTROL_NAMES: Record<number, string> = {
  0x0000: 'NUL',
  0x061c: 'ARABIC LETTER MARK',
  0x200b: 'ZERO WIDTH SPACE',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
};

/** `text` without the characters `CONTROL` matches. */
export function stripControls(text: string): string {
  return text.replace(CONTROL, '');
}

/** `U+202E (RIGHT-TO-LEFT OVERRIDE)`. */
function nameControl(char: string): string {
  const code = char.codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return `${hex} (${CONTROL_NAMES[code] ?? 'control character'})`;
}

/** Lines reported one by one before the rest are only counted, so a hostile file stays cheap. */
const CONTROL_LINES_REPORTED = 10;

/** What the pipeline reads of one line: controls removed, Hangul composed. */
function normalizeLine(line: string): string {
  return line.replace(CONTROL, '').normalize('NFC');
}

// Magic numbers of files people drop into a posts folder by mistake (images, PDFs, archives).
const MAGIC: { name: string; bytes: number[] }[] = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46] },
  { name: 'ZIP archive', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'WebP/RIFF file', bytes: [0x52, 0x49, 0x46, 0x46] },
];

/** Name the binary format of `bytes`, or null when they look like text. */
export function detectBinary(bytes: Uint8Array): string | null {
  for (const m of MAGIC) {
    if (m.bytes.every((b, i) => bytes[i] === b)) return m.name;
  }
  // Git's heuristic, a NUL byte in the first 8000 bytes, made lenient for a post with a stray
  // NUL or two (a bad paste): binary means more than 1 byte in 100 is NUL, or not UTF-8 at all.
  const limit = Math.min(bytes.length, 8000);
  let nul = 0;
  for (let i = 0; i < limit; i++) if (bytes[i] === 0) nul++;
  if (nul === 0) return null;
  if (nul * 100 > limit || findInvalidUtf8(bytes) >= 0) return 'binary file';
  return null;
}

/** Offset of the first byte that is not valid UTF-8, or -1. */
export function findInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    if (i + need >= n) return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** 1-based line/column of a byte offset, counting CRLF, CR and LF as one line break each. */
function locateByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const b = bytes[i];
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return { line, column: prefix.length + 1 };
}

/**
 * Column map for one line whose normalised form differs from the original: the smallest
 * original prefix whose normalised length reaches the wanted column. Normalised length never
 * shrinks as the prefix grows, so a binary search is enough; only NFD lines and lines with
 * control characters pay for it.
 */
function mapColumn(original: string, column: number): number {
  const want = column - 1;
  let lo = 0;
  let hi = original.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (normalizeLine(original.slice(0, mid)).length >= want) hi = mid;
    else lo = mid + 1;
  }
  return lo + 1;
}

/** Decode one file. Never throws: problems come back as a diagnostic. */
export function decodeText(file: string, bytes: Uint8Array): DecodeResult {
  const at = (line: number, column: number) => ({ file, line, column });
  // UTF-16 files (Windows Notepad's "Unicode") are full of NUL bytes; say what they are.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      ok: false,
      diagnostic: createDiagnostic({
        code: DiagnosticCode.invalidUtf8,
        severity: 'error',
        location: at(1, 1),
        message: 'The file is saved as UTF-16, not UTF-8',
        hint: 'Save the file as UTF-8',
      }),
    };
  }
  const binary = detectBinary(bytes);
  if (binary) {
    return {
      ok: false,
      diagnostic: createDiagnostic({
        code: DiagnosticCode.binaryFile,
        severity: 'error',
        location: at(1, 1),
        message: `The file is a ${binary}, not a text post`,
        hint: 'Move it out of the content folder or give it a non-review extension',
      }),
    };
  }
  const bad = findInvalidUtf8(bytes);
  if (bad >= 0) {
    const pos = locateByte(bytes, bad);
    return {
      ok: false,
      diagnostic: createDiagnostic({
        code: DiagnosticCode.invalidUtf8,
        severity: 'error',
        location: at(pos.line, pos.column),
        message: `Byte 0x${bytes[bad]!.toString(16).padStart(2, '0')} at offset ${bad} is not valid UTF-8`,
        hint: 'Save the file as UTF-8 (Korean posts are sometimes saved as EUC-KR/CP949)',
      }),
    };
  }
  let raw = new TextDecoder('utf-8').decode(bytes);
  const hadBom = raw.charCodeAt(0) === 0xfeff;
  if (hadBom) raw = raw.slice(1);
  if (raw.trim() === '') {
    return {
      ok: false,
      diagnostic: createDiagnostic({
        code: DiagnosticCode.emptyFile,
        severity: 'error',
        location: at(1, 1),
        message: 'The file is empty',
        hint: 'Write the post or delete the file',
      }),
    };
  }
  const hadCrlf = raw.includes('\r');
  const originalLines = raw.split(/\r\n|\r|\n/);
  let hadNfd = false;
  const diagnostics: Diagnostic[] = [];
  let controlLines = 0;
  // Only lines that normalising changes need a column map; keep their original text for it.
  const changed = new Map<number, string>();
  const lines = originalLines.map((l, i) => {
    const n = normalizeLine(l);
    if (n === l) return n;
    changed.set(i + 1, l);
    const stripped = l.replace(CONTROL, '');
    if (stripped.normalize('NFC') !== stripped) hadNfd = true;
    if (stripped !== l && ++controlLines <= CONTROL_LINES_REPORTED) {
      const found = [...new Set(l.match(CONTROL))].map(nameControl).join(', ');
      diagnostics.push(
        createDiagnostic({
          code: DiagnosticCode.controlCharacter,
          severity: 'warning',
          location: at(i + 1, l.search(CONTROL) + 1),
          message: `The line holds invisible control characters, ${found}; they are removed`,
          hint: 'Delete them: they are invisible, and a bidi override can make a title read backwards',
        }),
      );
    }
    return n;
  });
  if (controlLines > CONTROL_LINES_REPORTED) {
    const last = diagnostics.at(-1)!;
    last.message += ` (and so do ${controlLines - CONTROL_LINES_REPORTED} more lines, not listed)`;
  }
  const lineMap: LineMap = {
    toOriginal(line, column) {
      const original = changed.get(line);
      return { line, column: original === undefined ? column : mapColumn(original, column) };
    },
  };
  return { ok: true, text: lines.join('\n'), lineMap, hadBom, hadCrlf, hadNfd, diagnostics };
}
