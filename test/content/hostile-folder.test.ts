/**
 * The hostile folder of the benchmark (src/cli/hostile-corpus.ts, issue 13): every generated file
 * is accounted for in the catalog's files, each problem is a diagnostic in plain words, and no
 * stack trace leaks into any of them. Timing lives in `npm run bench:pipeline -- --hostile`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog, formatDiagnostic } from '../../src/content/node/index.ts';
import { generateHostileFolder } from '../../src/cli/hostile-corpus.ts';

const CONTENT = join(import.meta.dirname, '..', '..', 'content');
const curated = readdirSync(CONTENT, { withFileTypes: true })
  .filter((e) => e.isFile() && !e.name.startsWith('.'))
  .map((e) => ({ path: e.name, bytes: new Uint8Array(readFileSync(join(CONTENT, e.name))) }));

describe('the hostile folder', { timeout: 180_000 }, () => {
  const files = generateHostileFolder();

  it('has the 17 kinds of the issue, about 7 MB in all', () => {
    expect(files).toHaveLength(17);
    expect(new Set(files.map((f) => f.path)).size).toBe(17);
    const bytes = files.reduce((sum, f) => sum + f.bytes.length, 0);
    expect(bytes).toBeGreaterThan(7_000_000);
    expect(bytes).toBeLessThan(9_000_000);
  });

  it('accounts for every file, with no stack trace in any diagnostic', () => {
    const catalog = buildCatalog({ files: [...curated, ...files.map(({ path, bytes }) => ({ path, bytes }))] });
    const status = new Map(catalog.files.map((f) => [f.file, f.status]));
    for (const f of files) expect(status.get(f.path), f.path).toMatch(/^(ingested|warnings|rejected)$/);
    const byFile = new Map<string, string[]>();
    for (const d of catalog.diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d.code]);
    for (const d of catalog.diagnostics.map(formatDiagnostic)) expect(d).not.toMatch(/\n\s+at |RangeError|TypeError|Maximum call stack|internal error/);
    // Each broken file is reported as what is wrong with it.
    expect(byFile.get('reviews/empty.md')).toEqual(['empty-file']);
    expect(byFile.get('reviews/binary.png.md')).toEqual(['binary-file']);
    expect(byFile.get('reviews/latin1.md')).toEqual(['invalid-utf8']);
    expect(byFile.get('reviews/unclosed-frontmatter.md')).toContain('frontmatter-unclosed');
    expect(byFile.get('reviews/deep-quotes-5000.md')).toContain('nesting-too-deep');
    expect(byFile.get('reviews/nested-1000-deep.md')).toContain('nesting-too-deep');
    expect(byFile.get('reviews/xss.md')).toContain('unsafe-url');
    // The paragraphs too long for one parse, once each, at the paragraph's first line.
    for (const [file, line] of [['reviews/one-long-line.md', 6], ['reviews/links-and-images.md', 8]] as const) {
      const long = catalog.diagnostics.filter((d) => d.file === file && d.code === 'paragraph-too-long');
      expect(long.map((d) => d.line), file).toEqual([line]);
    }
    expect(catalog.diagnostics.filter((d) => d.code === 'paragraph-too-long')).toHaveLength(2);
    // The long posts are read: 2,500 sessions from one post.
    expect(catalog.sessions.filter((s) => s.writeUps.some((w) => w.reviewId === 'many-sessions')).length).toBe(2500);
  });
});
