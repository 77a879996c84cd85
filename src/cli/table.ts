/**
 * A plain-text table for command-line reports (the benchmark, and later rows such as search
 * query time or build time). Pads by display width, so Hangul cells line up in a terminal.
 */

export interface Column {
  header: string;
  align?: 'left' | 'right';
}

/** A row of cells, or a rule: a horizontal line between groups of rows. */
export type Row = readonly string[] | 'rule';

export function formatTable(columns: readonly Column[], rows: readonly Row[]): string {
  const widths = columns.map((column, i) =>
    Math.max(displayWidth(column.header), ...rows.map((row) => (row === 'rule' ? 0 : displayWidth(row[i] ?? '')))),
  );
  const line = (cells: readonly string[]): string =>
    columns
      .map((column, i) => pad(cells[i] ?? '', widths[i] ?? 0, column.align ?? 'left'))
      .join(' | ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('-+-');
  return [line(columns.map((c) => c.header)), rule, ...rows.map((row) => (row === 'rule' ? rule : line(row)))].join('\n');
}

function pad(text: string, width: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? fill + text : text + fill;
}

/** Columns a terminal gives the text: East Asian wide characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6);
    width += wide ? 2 : 1;
  }
  return width;
}

/** `12,345` */
export function formatInteger(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

/** `1,234 ms` or `12.3 s` */
export function formatDuration(ms: number): string {
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${formatInteger(ms)} ms`;
}

/** `3.4 MB` (decimal megabytes) */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  if (bytes >= 1e3) return `${(bytes / 1e3).toFixed(1)} KB`;
  return `${bytes} B`;
}
