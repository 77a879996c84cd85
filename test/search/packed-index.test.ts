import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { engineOptions, type IndexedDoc } from '../../src/search/engine-options.ts';
import { findTermsInField, packIndex, unpackIndex, writeNumber } from '../../src/search/packed-index.ts';

const blank: IndexedDoc = { i: 0, title: '', people: '', companies: '', tags: '', notes: '', commonNotes: '' };

/** Enough documents that gaps need several digits (> 31, > 1023). */
function buildEngine(): MiniSearch<IndexedDoc> {
  const docs: IndexedDoc[] = Array.from({ length: 1500 }, (_, i) => ({ ...blank, i, title: i % 700 === 0 ? '카프카 Kafka' : `세션 ${i}` }));
  docs[3] = { ...docs[3]!, title: 'Kafka Kafka Kafka 카프카', notes: 'kafka 카프', commonNotes: '에서' };
  docs[1499] = { ...docs[1499]!, people: '정규돈 jeong', commonNotes: '에서 으로' };
  const engine = new MiniSearch<IndexedDoc>(engineOptions);
  engine.addAll(docs);
  return engine;
}

describe('packIndex / unpackIndex', () => {
  it.each([
    [0, 'A'],
    [31, 'f'],
    [32, 'gB'],
    [1023, '_f'],
    [1024, 'ggB'],
  ])('writes %i as %j', (value, text) => {
    expect(writeNumber(value)).toBe(text);
  });

  it('gives back exactly what MiniSearch wrote, counts and long gaps included', () => {
    const plain = buildEngine().toJSON();
    const packed = packIndex(plain);
    expect(unpackIndex(JSON.parse(JSON.stringify(packed)))).toEqual(plain);
  });

  it('is much smaller than MiniSearch’s own JSON', () => {
    const plain = buildEngine().toJSON();
    expect(JSON.stringify(packIndex(plain)).length).toBeLessThan(JSON.stringify(plain).length / 3);
  });

  it('finds the terms of one field without unpacking', () => {
    expect(findTermsInField(packIndex(buildEngine().toJSON()), 'commonNotes')).toEqual(new Set(['에서', '으로']));
  });

  it('refuses an index whose documents are not numbered by position', () => {
    const plain = buildEngine().toJSON();
    expect(() => packIndex({ ...plain, documentIds: { ...plain.documentIds, 5: 7 } })).toThrow(/short id 5/);
  });

  it('says where a damaged index is damaged', () => {
    const packed = packIndex(buildEngine().toJSON());
    expect(() => unpackIndex({ ...packed, postings: packed.postings.map((p) => `${p}!`) })).toThrow(/unexpected "!"/);
  });
});
