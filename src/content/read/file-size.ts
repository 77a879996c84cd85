/**
 * The size limit on a post or curated file, shared by the Node loader (node/load.ts) and the
 * browser's check page (check/check-posts.ts), so both refuse the same files with the same words.
 */
import { createDiagnostic, DiagnosticCode } from '../diagnostics.ts';
import type { Diagnostic } from '../schema.ts';

/**
 * The largest post or curated file read, in bytes. A 20 MB post took 19 minutes and 4.7 GB
 * before running out of memory; the longest real post is under 100 kB.
 */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** `20.0 MB`: sizes as people read them. */
export function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`;
}

/** The file is over the limit and is not read. */
export function fileTooLargeDiagnostic(file: string, size: number): Diagnostic {
  return createDiagnostic({
    code: DiagnosticCode.fileTooLarge,
    severity: 'error',
    location: { file, line: 1, column: 1 },
    message: `The file is ${formatSize(size)} (${size} bytes), over the ${formatSize(MAX_FILE_BYTES)} a post or curated file may be, so it is not read`,
    hint: 'Split the post, or move what is not a post (an export, a dump) out of the content folder',
  });
}
