import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { summarizeCompiles } from '../../src/cli/turbofan-trace.ts';

// Lines as Node 20's V8 prints them with --trace-opt (from the script below).
const TRACE = `[marking 0x0eed04348df1 <JSFunction work (sfi = 0x2c8eeca99069)> for optimization to TURBOFAN, ConcurrencyMode::kConcurrent, reason: small function]
[compiling method 0x0eed04348df1 <JSFunction work (sfi = 0x2c8eeca99069)> (target TURBOFAN), mode: ConcurrencyMode::kConcurrent]
[completed compiling 0x0eed04348df1 <JSFunction work (sfi = 0x2c8eeca99069)> (target TURBOFAN) - took 0.008, 0.510, 0.006 ms]
[completed optimizing 0x0eed04348df1 <JSFunction work (sfi = 0x2c8eeca99069)> (target TURBOFAN)]
[completed compiling 0x2c8eeca99571 <JSFunction (sfi = 0x2c8eeca98fa9)> (target TURBOFAN) OSR - took 0.004, 0.855, 0.015 ms]
[completed compiling 0x22078ef03669 <JSFunction work (sfi = 0x2c8eeca99069)> (target TURBOFAN) - took 0.008, 0.475, 0.008 ms]
[completed compiling 0x2c8eeca99571 <JSFunction (sfi = 0x2c8eeca98fa9)> (target TURBOFAN) OSR - took 0.007, 5.455, 0.020 ms]
`;

// `work` is optimized for numbers, deoptimized by strings, and optimized again.
const DEOPTS = `function work(v) { let r = v; for (let i = 0; i < 50; i++) r = r + v; return r; }
let s = 0;
for (let i = 0; i < 2e5; i++) s = (s + work(i)) % 1000;
let t = 0;
for (let i = 0; i < 2e5; i++) t += work('x' + (i % 10)).length;
console.log(s, t);`;

describe('summarizeCompiles', () => {
  it('counts each finished compile once, a function compiled again as a recompile, and sums the three phases', () => {
    const summary = summarizeCompiles(TRACE);
    expect(summary.compiles).toBe(4);
    expect(summary.recompiles).toBe(2);
    expect(summary.ms).toBeCloseTo(0.524 + 0.874 + 0.491 + 5.482, 3);
    expect(summary.recompileMs).toBeCloseTo(0.491 + 5.482, 3);
  });

  it('reads what this Node prints: a function deoptimized and optimized again is a recompile', () => {
    const run = spawnSync(process.execPath, ['--trace-opt', '-e', DEOPTS], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    const summary = summarizeCompiles(run.stdout);
    expect(summary.compiles).toBeGreaterThanOrEqual(2);
    expect(summary.recompiles).toBeGreaterThanOrEqual(1);
    expect(summary.recompileMs).toBeGreaterThan(0);
    expect(summary.recompileMs).toBeLessThan(summary.ms);
  });

  it('finds nothing in output without compiles', () => {
    expect(summarizeCompiles('BENCH_RESULT {}\n')).toEqual({ compiles: 0, recompiles: 0, ms: 0, recompileMs: 0 });
  });
});
