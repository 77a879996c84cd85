/**
 * The curated facts of content/ are true and say where they come from: every edition entry has
 * a source comment above it, and the one-day if kakao 2018 puts its talks on its real date.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCatalog, loadContent } from '../../src/content/node/index.ts';
import type { Catalog } from '../../src/content/schema.ts';

const CONTENT = join(__dirname, '..', '..', 'content');

describe('content/editions.yml', () => {
  it('gives a source for every edition it describes', () => {
    const lines = readFileSync(join(CONTENT, 'editions.yml'), 'utf8').split('\n');
    const editions = lines.flatMap((line, i) => (/^\s*- year:/.test(line) ? [i] : []));
    expect(editions.length).toBeGreaterThan(0);
    for (const i of editions) {
      let k = i - 1;
      const comment: string[] = [];
      while (k >= 0 && /^\s*#/.test(lines[k]!)) comment.unshift(lines[k--]!);
      expect(comment.join(' '), lines[i]).toMatch(/Sources?:.*(?:https:\/\/|review \d{3})/);
    }
  });
});

describe('a one-day edition', () => {
  let catalog: Catalog;
  beforeAll(async () => {
    catalog = buildCatalog(await loadContent(CONTENT));
  });

  it('holds all its talks on its one dated day, while the review that numbers no day keeps none', () => {
    const edition = catalog.editions.find((e) => e.id === '2018')!;
    expect(edition.days.map((d) => [d.id, d.date])).toEqual([['day-1', '2018-09-04']]);
    expect(catalog.reviews.find((r) => r.id === '002_c0a5c2683df2f7ca')!.dayId).toBeNull();
  });

  it('leaves a day whose date no source states undated, still a day', () => {
    const edition = catalog.editions.find((e) => e.id === '2019')!;
    expect(edition.days.map((d) => [d.id, d.date])).toEqual([
      ['day-1', '2019-08-29'],
      ['day-2', null],
    ]);
  });
});
