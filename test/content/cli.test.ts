/** `npm run content` as an author runs it: spawned for real on fixture folders. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Catalog } from '../../src/content/schema.ts';

const ROOT = join(__dirname, '..', '..');

function runContent(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/content.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run content', { timeout: 120_000 }, () => {
  it('prints each review with edition, day and sessions, then diagnostics and the summary', () => {
    const r = runContent();
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('reviews/003_4bf890e34c6fded4.txt  if kakao 2019, day 1, 2019-08-30  "IF Kakao 참관기 Day01"');
    expect(r.stdout).toContain('  - 카프카, 산전수전 노하우 — 고승범(peter.ko)');
    expect(r.stdout).toContain('broken-relative-image');
    expect(r.stdout.trimEnd().split('\n').pop()).toBe(
      '5 reviews: 4 ingested, 1 with warnings, 0 rejected; 5 curated files; 3 editions, 26 sessions, 29 write-ups; 0 errors, 4 warnings',
    );
  });

  it('fails on warnings with --strict', () => {
    expect(runContent('--strict').code).toBe(1);
  });

  it('prints the whole catalog as JSON for any folder', () => {
    const r = runContent('--json', 'test/fixtures/blogs');
    expect(r.code).toBe(0);
    const catalog = Catalog.parse(JSON.parse(r.stdout));
    expect(catalog.editions.map((e) => e.id)).toEqual(['2024', 'deview-2023', 'feconf-2023', '2022']);
    expect(catalog.sessions[0]).toMatchObject({ id: expect.any(String), title: expect.any(String), writeUps: [expect.objectContaining({ reviewId: expect.any(String), line: expect.any(Number) })] });
  });

  it('lists every error of a broken folder at once, exits 1, and never prints a stack trace', () => {
    const r = runContent('test/fixtures/broken');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toMatch(/\n\s+at /);
    for (const code of ['empty-file', 'frontmatter-unclosed', 'yaml-invalid', 'missing-title', 'frontmatter-unsupported', 'frontmatter-not-mapping']) {
      expect(r.stdout).toContain(` ${code}`);
    }
    expect(r.stdout).toContain('14 reviews: 2 ingested, 9 with warnings, 3 rejected');
  });

  it('says so when the folder does not exist', () => {
    const r = runContent('test/fixtures/no-such-folder');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('Content folder test/fixtures/no-such-folder does not exist or is not a folder.\n');
  });
});
