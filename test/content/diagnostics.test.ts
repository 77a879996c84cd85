import { describe, expect, it } from 'vitest';
import { createDiagnostic, formatDiagnostic } from '../../src/content/diagnostics.ts';

describe('formatDiagnostic', () => {
  it('writes remark-lint style lines, naming related places', () => {
    const d = createDiagnostic({
      code: 'duplicate-session-id',
      severity: 'warning',
      location: { file: 'reviews/foo.md', line: 19, column: 10, endLine: 19, endColumn: 29 },
      message: 'Two different sessions get the id "2024/x"',
      hint: 'Give the headings distinct titles',
      related: [{ file: 'reviews/bar.md', line: 3, column: 1 }],
    });
    expect(formatDiagnostic(d)).toMatchInlineSnapshot(`
      "reviews/foo.md:19:10-19:29 warning Two different sessions get the id "2024/x". Give the headings distinct titles. duplicate-session-id
        see reviews/bar.md:3:1"
    `);
  });
});
