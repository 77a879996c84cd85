/**
 * Which talks are one session (issue 16, items 10 and 11), on test/fixtures/merges-parts: parts
 * and numbers tell talks apart, a close title still merges and is listed as such, and a heading
 * with no words is reported instead of vanishing.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readTitleMarks } from '../../src/content/catalog/merge.ts';
import { buildCatalog, formatDiagnostic, loadContent } from '../../src/content/node/index.ts';
import type { Catalog } from '../../src/content/schema.ts';

const ROOT = join(__dirname, '..', '..');
const FIXTURE = join('test', 'fixtures', 'merges-parts');

describe('merging write-ups into sessions', () => {
  let catalog: Catalog;
  beforeAll(async () => {
    catalog = buildCatalog(await loadContent(join(ROOT, FIXTURE)));
  });

  it('keeps talks apart that a number or part tells apart', () => {
    expect(catalog.sessions.map((s) => s.title).sort()).toEqual(
      ['Tiny session 1', 'Tiny session 3', '카카오 빌링 MySQL 샤딩 적용', '카프카 운영 노하우 1부', '카프카 운영 노하우 2부'].sort(),
    );
  });

  it('merges a close title of the same talk, keeping the other title as an alias', () => {
    const billing = catalog.sessions.find((s) => s.title === '카카오 빌링 MySQL 샤딩 적용')!;
    expect(billing.writeUps.map((w) => w.reviewId).sort()).toEqual(['close-title', 'parts-two']);
    expect(billing.aliases).toEqual(['if-kakao-2019/카카오-빌링-mysql-db-샤딩-적용']);
  });

  it('reports a heading with no words instead of dropping it silently', () => {
    expect(catalog.diagnostics.map(formatDiagnostic)).toContain(
      'reviews/parts-one.md:14:1 warning The heading "!!!" has no words, so it is read as part of the post, not as a session. Give the heading the talk\'s title, or make it plain text if it is only decoration. heading-without-words',
    );
  });

  it.each([
    ['카프카 운영 노하우 1부', '1'],
    ['Part 2. 카프카', '2'],
    ['Kubernetes 2.0 이야기 (상)', '2.0 상'],
    ['하루 만에 만드는 앱', ''],
  ])('the marks of %s are %j', (title, marks) => {
    expect(readTitleMarks(title)).toBe(marks);
  });
});

describe('npm run content', () => {
  it('lists every merge of write-ups whose titles differ', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/content.ts', '--no-cache', FIXTURE], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stdout).toContain(
      [
        'Merged although the titles differ (a close title, or merges.yml; list them in merges.yml to keep or part them):',
        '  if-kakao-2019/카카오-빌링-mysql-샤딩-적용  "카카오 빌링 MySQL 샤딩 적용"',
        '      reviews/parts-two.md:14  카카오 빌링 MySQL 샤딩 적용 / 권세원',
        '      reviews/close-title.md:6  카카오 빌링 MySQL DB 샤딩 적용 / 권세원',
      ].join('\n'),
    );
  });
});
