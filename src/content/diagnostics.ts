/**
 * Diagnostics: how every content problem is described.
 *
 * Modelled on remark-lint: a place, a severity, a plain sentence, a hint and a stable rule id,
 * so an author can grep for the code and a test can pin the exact wording.
 */
import type { Diagnostic, Severity, SourceLocation } from './schema.ts';

/** Every rule id the pipeline can emit, in one place so codes stay stable and documented. */
export const DiagnosticCode = {
  contentFolderMissing: 'content-folder-missing',
  contentFolderEmpty: 'content-folder-empty',
  fileTooLarge: 'file-too-large',
  fileUnreadable: 'file-unreadable',
  fileVanished: 'file-vanished',
  symlinkNotFollowed: 'symlink-not-followed',
  emptyFile: 'empty-file',
  binaryFile: 'binary-file',
  invalidUtf8: 'invalid-utf8',
  controlCharacter: 'control-character',
  frontmatterUnclosed: 'frontmatter-unclosed',
  frontmatterUnsupported: 'frontmatter-unsupported',
  yamlInvalid: 'yaml-invalid',
  headingWithoutWords: 'heading-without-words',
  /** A line opens more block quotes and list items than the nesting limit (read/nesting-limit.ts). */
  nestingTooDeep: 'nesting-too-deep',
  /** A paragraph longer than the paragraph limit, read in pieces (read/markdown-sections.ts). */
  paragraphTooLong: 'paragraph-too-long',
  /** YAML that only a lenient reader (libyaml, as Jekyll and PyYAML use) accepts. */
  yamlLenient: 'yaml-lenient',
  frontmatterNotMapping: 'frontmatter-not-mapping',
  frontmatterInvalidField: 'frontmatter-invalid-field',
  missingTitle: 'missing-title',
  dateInvalid: 'date-invalid',
  editionUnknown: 'edition-unknown',
  noSessions: 'no-sessions',
  sessionWithoutNotes: 'session-without-notes',
  duplicateSessionId: 'duplicate-session-id',
  duplicateReviewId: 'duplicate-review-id',
  brokenRelativeImage: 'broken-relative-image',
  brokenRelativeLink: 'broken-relative-link',
  unsafeUrl: 'unsafe-url',
  curatedYamlInvalid: 'curated-yaml-invalid',
  curatedInvalidEntry: 'curated-invalid-entry',
  curatedAliasBomb: 'curated-alias-bomb',
  mergeTargetMissing: 'merge-target-missing',
  /** A sources.yml entry names a review the folder does not have. */
  sourceReviewUnknown: 'source-review-unknown',
} as const;

export type DiagnosticCode = (typeof DiagnosticCode)[keyof typeof DiagnosticCode];

export interface DiagnosticInput {
  code: DiagnosticCode;
  severity: Severity;
  location: SourceLocation;
  message: string;
  hint: string;
  related?: SourceLocation[];
}

/** Build a Diagnostic; keeps the object shape in one place so every producer agrees. */
export function createDiagnostic(input: DiagnosticInput): Diagnostic {
  const { file, line, column, endLine, endColumn } = input.location;
  const d: Diagnostic = {
    file,
    line: Math.max(1, line),
    column: Math.max(1, column),
    code: input.code,
    severity: input.severity,
    message: input.message,
    hint: input.hint,
    related: input.related ?? [],
  };
  if (endLine !== undefined) d.endLine = endLine;
  if (endColumn !== undefined) d.endColumn = endColumn;
  return d;
}

function formatPlace(loc: SourceLocation): string {
  // The content folder (`.`) or a folder in it (`reviews/private/`): no line to point at.
  if (loc.file === '.' || loc.file.endsWith('/')) return loc.file;
  const start = `${loc.line}:${loc.column}`;
  if (loc.endLine === undefined || loc.endColumn === undefined) return `${loc.file}:${start}`;
  return `${loc.file}:${start}-${loc.endLine}:${loc.endColumn}`;
}

/**
 * One line per diagnostic, remark-lint style:
 * `reviews/foo.md:19:10 warning Message. Hint. rule-id`, then one indented line per related place.
 */
export function formatDiagnostic(d: Diagnostic): string {
  const sentence = (s: string) => (/[.!?]$/.test(s) ? s : `${s}.`);
  const head = `${formatPlace(d)} ${d.severity} ${sentence(d.message)} ${sentence(d.hint)} ${d.code}`;
  const related = (d.related ?? []).map((r) => `  see ${formatPlace(r)}`);
  return [head, ...related].join('\n');
}

/** Stable order for output: file, then line, then column, then code. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  if (a.column !== b.column) return a.column - b.column;
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}
