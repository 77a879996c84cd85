/**
 * How each benchmark hands its headline figures to `npm run bench`, which runs them all and
 * prints one table: when TALKSHELF_BENCH_SUMMARY names a file, a benchmark appends its rows
 * there as JSON lines. Run on its own, a benchmark only prints its own report.
 */
import { appendFileSync } from 'node:fs';

export interface SummaryRow {
  /** What was measured: `pipeline, 2,000 reviews`, `first-load JS, session page`. */
  what: string;
  /** The figure as people read it: `4.2 s`, `106,963 B`. */
  figure: string;
  /** The target in words, empty when there is none: `under 5 s`. */
  target: string;
  /** Whether the figure meets the target; undefined when there is no target. */
  met?: boolean | undefined;
}

export const SUMMARY_ENV = 'TALKSHELF_BENCH_SUMMARY';

export function reportSummary(rows: readonly SummaryRow[]): void {
  const file = process.env[SUMMARY_ENV];
  if (!file) return;
  appendFileSync(file, rows.map((row) => `${JSON.stringify(row)}\n`).join(''));
}
