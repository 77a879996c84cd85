/**
 * The pipeline on real posts from other blogs and conferences (test/fixtures/devset, copied byte
 * for byte from ../shared/devset with a careful reader's gold.json). Floors, not exact figures:
 * raise them as the reading improves; a drop below one is a regression.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { scoreDevset, type DevsetResult } from '../../src/eval/devset.ts';
import { sameSeries, splitGoldSpeakers, titleLikeness } from '../../src/eval/score.ts';

const ROOT = join(__dirname, '..', '..');
const DEVSET = join(ROOT, 'test', 'fixtures', 'devset');
const SHARED = join(ROOT, '..', 'shared', 'devset');

describe.runIf(existsSync(SHARED))('the devset copy', () => {
  it('is byte for byte the shared devset', () => {
    for (const name of readdirSync(join(SHARED, 'reviews'))) {
      expect(readFileSync(join(DEVSET, 'reviews', name)).equals(readFileSync(join(SHARED, 'reviews', name))), name).toBe(true);
    }
    expect(readFileSync(join(DEVSET, 'gold.json'), 'utf8')).toBe(readFileSync(join(SHARED, 'gold.json'), 'utf8'));
  });
});

describe('reading the devset', () => {
  let result: DevsetResult;
  beforeAll(async () => {
    result = await scoreDevset(join(DEVSET, 'gold.json'), join(DEVSET, 'reviews'), join(ROOT, 'content'));
  });

  it('finds the talks a careful reader finds', () => {
    expect(result.totals.gold).toBe(135);
    expect(result.totals.f1).toBeGreaterThanOrEqual(0.98);
    expect(result.totals.precision).toBeGreaterThanOrEqual(0.98);
    expect(result.totals.recall).toBeGreaterThanOrEqual(0.98);
  });

  it('names the speakers, the conference and the day', () => {
    expect(result.totals.speakerShare).toBeGreaterThanOrEqual(0.97);
    expect(result.totals.editionShare).toBe(1);
    expect(result.totals.dayShare).toBe(1);
  });

  it('loses no post: every one reaches an edition with its sessions', () => {
    for (const s of result.scores) expect(s.found, s.file).toBeGreaterThan(0);
    expect(result.catalog.reviews.every((r) => r.editionId !== null)).toBe(true);
  });

  it('reads the shapes that have no talk headings at all', () => {
    const byFile = new Map(result.scores.map((s) => [s.file, s]));
    // Bold lines (Let'Swift), links to session pages in prose (DEVIEW 2020), time slots (데브그라운드).
    for (const file of ['2017-syshim77-letswift2017.md', '2020-rooftophero-deview2020.md', '2025-tychejin1218-devground2025.md']) {
      const s = byFile.get(file)!;
      expect(s.matched, file).toBe(s.gold);
      expect(s.found, file).toBe(s.gold);
    }
  });
});

describe('the scoring itself', () => {
  it.each([
    ['Keynote: How Good Is Our Code?', 'How Good Is Our Code?', true],
    ['1. Web Payment API의 현재와 미래', 'Web Payment API의 현재와 미래', true],
    ['카카오톡 서버 이야기', '카카오뱅크 모바일앱 개발 이야기', false],
  ])('%s ~ %s: %s', (a, b, same) => {
    expect(titleLikeness(a, b) >= 0.6).toBe(same);
  });

  it('reads a reader\'s speaker field into names and their other spellings', () => {
    expect(splitGoldSpeakers('Jungkee Song (송정기)')).toEqual([['Jungkee Song', '송정기']]);
    expect(splitGoldSpeakers('Bassam Tabbara, Tony Allen & Jared Watts')).toEqual([['Bassam Tabbara'], ['Tony Allen'], ['Jared Watts']]);
  });

  it('tells one series from another', () => {
    expect(sameSeries('GDG Korea DevFest', 'GDG DEVFEST')).toBe(true);
    expect(sameSeries('if(kakao)', 'if kakao')).toBe(true);
    expect(sameSeries('DEVIEW', 'JSConf Korea')).toBe(false);
  });
});
