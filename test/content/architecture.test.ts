/**
 * The shape of the code, checked: the content pipeline's core bundles for a browser (no `node:`
 * import reaches it, so the check page can run it in a Web Worker), it imports nothing from the
 * app or the Vite plugin, and no module of src/ imports itself back through others.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const SRC = join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** Relative imports that load code (type-only imports are erased and make no cycle). */
function valueImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'(\.{1,2}\/[^']+)'/gm)) out.push(resolve(dirname(file), m[1]!));
  for (const m of text.matchAll(/^import\s+'(\.{1,2}\/[^']+)'/gm)) out.push(resolve(dirname(file), m[1]!));
  return out;
}

describe('the content pipeline core', () => {
  it('bundles for a browser: nothing it imports needs Node', async () => {
    const result = await build({
      entryPoints: [join(SRC, 'content', 'index.ts')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
      metafile: true,
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((p) => p.includes('src/content/node/'))).toBe(false);
    expect(inputs.some((p) => p.startsWith('node:'))).toBe(false);
    expect(result.outputFiles[0]!.text).not.toMatch(/from\s*["']node:/);
  });

  it('imports nothing from the app, the Vite plugin or the command-line scripts', () => {
    const core = sourceFiles(join(SRC, 'content')).filter((f) => !f.includes(`${join('content', 'node')}`));
    for (const file of core) {
      const text = readFileSync(file, 'utf8');
      expect(text, relative(ROOT, file)).not.toMatch(/from '(?:\.\.\/)+(?:app|vite|cli)\//);
      expect(text, relative(ROOT, file)).not.toMatch(/from '(?:node:|vite|react|@vitejs)/);
    }
  });
});

describe('src/', () => {
  it('has no import cycles', () => {
    const files = sourceFiles(SRC);
    const known = new Set(files);
    const graph = new Map(files.map((f) => [f, valueImports(f).filter((t) => known.has(t))]));
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (f: string) => {
      state.set(f, 'open');
      stack.push(f);
      for (const t of graph.get(f) ?? []) {
        if (state.get(t) === 'open') cycles.push([...stack.slice(stack.indexOf(t)), t].map((p) => relative(SRC, p)).join(' → '));
        else if (!state.has(t)) visit(t);
      }
      stack.pop();
      state.set(f, 'done');
    };
    for (const f of files) if (!state.has(f)) visit(f);
    expect(cycles).toEqual([]);
  });
});
