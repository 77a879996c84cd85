/**
 * English labels of the curated tags and companies (taxonomy.yml `label_en`, companies.yml
 * `name_en`) reach the catalog JSON the English UI reads, on the real content folder; a tag or
 * company without one has none there, and the UI shows its label.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog, emitStaticFiles, loadContent } from '../../src/content/node/index.ts';
import type { IndexFile, SessionFile } from '../../src/content/schema.ts';
import { companyName, tagLabel } from '../../src/app/data/labels.ts';

const catalog = buildCatalog(await loadContent(path.resolve(import.meta.dirname, '../../content')));
const files = emitStaticFiles(catalog) as Map<string, unknown>;
const index = files.get('data/index.json') as IndexFile;
const hangul = /[\uAC00-\uD7A3]/;

describe('English labels', () => {
  it('every tag and company of the real catalog whose label is Korean has an English one, without Hangul', () => {
    const korean = [...index.tags.map((t) => [t.label, t.labelEn]), ...index.companies.map((c) => [c.name, c.nameEn])].filter(([label]) => hangul.test(label!));
    expect(korean.length).toBeGreaterThan(5);
    for (const [label, english] of korean) expect(english, label).toMatch(/^[^\uAC00-\uD7A3]+$/);
    expect(index.tags.find((t) => t.id === 'cache')).toEqual({ id: 'cache', label: '캐시', labelEn: 'Caching', sessionCount: expect.any(Number) });
    // A label in English already needs no second one.
    expect(index.tags.find((t) => t.id === 'kafka')).not.toHaveProperty('labelEn');
  });

  it('a session file carries them for its own tags and companies; the UI picks by language, the label when there is no English one', () => {
    const session = catalog.sessions.find((s) => s.tags.includes('sharding'))!;
    const file = files.get(`data/sessions/${session.id}.json`) as SessionFile;
    const sharding = file.tags.find((t) => t.id === 'sharding')!;
    expect([tagLabel(sharding, 'ko'), tagLabel(sharding, 'en')]).toEqual(['샤딩', 'Sharding']);
    const kakao = file.companies.find((c) => c.id === 'kakao')!;
    expect([companyName(kakao, 'ko'), companyName(kakao, 'en')]).toEqual(['카카오', 'Kakao']);
    expect(tagLabel({ label: 'MySQL' }, 'en')).toBe('MySQL');
  });
});
