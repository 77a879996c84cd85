/**
 * What V8's `--trace-opt` says about a run: how many functions TurboFan compiled, how many it
 * compiled again, and the time the compiles took, for `npm run bench:pipeline -- --jit`.
 *
 * Why it is measured: with two review workers, TurboFan's compiles took about as much CPU as the
 * pipeline's own stages (docs/measurements.md, "2026-12-05 evening"). Each isolate compiles the
 * same code again, and V8 drops the optimized code of micromark's per-parse closures at full
 * collections, so a run compiles many functions more than once.
 *
 * V8 prints a line per finished compile:
 *   [completed compiling 0x… <JSFunction write (sfi = 0x…)> (target TURBOFAN) - took 0.003, 23.465, 0.030 ms]
 * The three times are the phases (prepare on the thread, execute on a background thread,
 * finalize); their sum is the compile's CPU. A function is identified by its name and its
 * SharedFunctionInfo address, so the same function compiled again counts as a recompile (in
 * another worker it has another address, and counts as a first compile there).
 */

export interface CompileSummary {
  /** Finished TurboFan compiles. */
  compiles: number;
  /** Compiles of a function compiled before, in the same isolate. */
  recompiles: number;
  /** CPU time of every compile, ms. */
  ms: number;
  /** CPU time of the recompiles, ms. */
  recompileMs: number;
}

const COMPLETED = /^\[completed compiling .*?<JSFunction (?:(\S+) )?\(sfi = (0x[0-9a-f]+)\)>.* - took ([\d.]+), ([\d.]+), ([\d.]+) ms\]/;

export function summarizeCompiles(trace: string): CompileSummary {
  const seen = new Set<string>();
  const summary: CompileSummary = { compiles: 0, recompiles: 0, ms: 0, recompileMs: 0 };
  for (const line of trace.split('\n')) {
    const m = COMPLETED.exec(line);
    if (!m) continue;
    const ms = Number(m[3]) + Number(m[4]) + Number(m[5]);
    const key = `${m[1] ?? ''} ${m[2]}`;
    summary.compiles++;
    summary.ms += ms;
    if (seen.has(key)) {
      summary.recompiles++;
      summary.recompileMs += ms;
    }
    seen.add(key);
  }
  return summary;
}
