/**
 * Deep nesting never crashes and never costs more than its bytes (issue 16 item 4, issue 13): a
 * line opens at most MAX_NESTING block quotes and list items; past that its markers are text,
 * with one warning naming the file and the first line, and the rest of the post and folder read.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog, formatDiagnostic, loadContent } from '../../src/content/node/index.ts';
import { limitNesting, MAX_NESTING } from '../../src/content/read/nesting-limit.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const FOLDER = 'test/fixtures/deep-nesting';

describe('limitNesting', () => {
  it.each([
    ['quotes within the limit', '> > a\n>> b\n', '> > a\n>> b\n', []],
    ['a thematic break of many dashes', `${'- '.repeat(40)}\n`, `${'- '.repeat(40)}\n`, []],
    ['`>` past the limit', `x\n${'>'.repeat(40)} q\n`, `x\n${'>'.repeat(32)}\\${'>'.repeat(8)} q\n`, [{ line: 2, column: 33, markers: 40 }]],
    ['list items past the limit', `${'- '.repeat(34)}i`, `${'- '.repeat(32)}\\- - i`, [{ line: 1, column: 65, markers: 34 }]],
    ['ordered items past the limit', `${'1. '.repeat(33)}i`, `${'1. '.repeat(32)}1\\. i`, [{ line: 1, column: 97, markers: 33 }]],
    ['quotes and items mixed', `${'> - '.repeat(17)}z`, `${'> - '.repeat(16)}\\> - z`, [{ line: 1, column: 65, markers: 34 }]],
  ])('%s', (_, body, expected, lines) => {
    expect(MAX_NESTING).toBe(32);
    expect(limitNesting(body)).toEqual({ body: expected, lines });
  });

  it('costs one pass: 5 MB of markers on one line', () => {
    const r = limitNesting(`${'>'.repeat(5_000_000)} x`);
    expect(r.lines).toEqual([{ line: 1, column: 33, markers: 5_000_000 }]);
  });
});

describe('a post nested 5,000 deep', () => {
  it('is read with a warning at its first deep line; its sessions and the other post are read', async () => {
    const catalog = buildCatalog(await loadContent(join(ROOT, FOLDER)));
    expect(catalog.files.map((f) => `${f.file} ${f.status}`)).toEqual(['reviews/good-post.md ingested', 'reviews/quotes-and-lists-nested-5000-deep.md warnings']);
    expect(catalog.diagnostics.map(formatDiagnostic)).toEqual([
      'reviews/quotes-and-lists-nested-5000-deep.md:8:33 warning The line opens 5,000 nested block quotes or list items, more than the 32 levels a post may nest; ' +
        'from this column on it is read as text (and 2 more lines in the post). Nest at most 32 levels deep (a `>` or a list marker per level). nesting-too-deep',
    ]);
    expect(catalog.sessions.map((s) => s.title).sort()).toEqual(['Kafka 운영 노하우', '그 뒤의 세션', '목록 세션', '인용 세션']);
  });

  it('`npm run content` exits 0 with no stack trace', { timeout: 120_000 }, () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/content.ts', '--no-cache', FOLDER], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(r.stderr).not.toMatch(/RangeError|Maximum call stack|\n\s+at /);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('nesting-too-deep');
  });
});
