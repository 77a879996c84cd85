/** Search on the real catalog (content/): the cases readers bring, end to end through the JSON. */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCatalog, loadContent } from '../../src/content/index.ts';
import type { Catalog } from '../../src/content/schema.ts';
import { buildSearchIndex } from '../../src/search/build-index.ts';
import type { SearchIndexFile } from '../../src/search/index-file.ts';
import { loadSearchIndex, type SearchEngine } from '../../src/search/query.ts';
import { readTaxonomyTags } from '../../src/search/taxonomy.ts';

let catalog: Catalog;
let file: SearchIndexFile;
let engine: SearchEngine;

beforeAll(async () => {
  const input = await loadContent(path.resolve(process.cwd(), 'content'));
  catalog = buildCatalog(input);
  file = buildSearchIndex(catalog, readTaxonomyTags(input));
  // Through JSON, as the browser gets it.
  engine = loadSearchIndex(JSON.parse(JSON.stringify(file)) as SearchIndexFile);
});

const titles = (query: string) => engine.search(query).map((hit) => hit.title.text);
const ids = (query: string) => engine.search(query).map((hit) => hit.id).sort();

describe('search on the real catalog', () => {
  it('indexes every session once', () => {
    expect(engine.size).toBe(catalog.sessions.length);
    expect(new Set(file.docs.map((doc) => doc[0]))).toEqual(new Set(catalog.sessions.map((session) => session.id)));
  });

  it('"샤딩" finds the billing sharding talk first', () => {
    expect(titles('샤딩')[0]).toBe('카카오 빌링 MySQL DB 샤딩 적용');
  });

  it('a partial word "카프" finds the 카프카 talks, titles first', () => {
    const found = titles('카프');
    expect(found.slice(0, 2).sort()).toEqual(['카프카, KRaft를 만나다: 주키퍼 없이 운영하는 카프카의 실전 운영 노하우', '카프카, 산전수전 노하우'].sort());
  });

  it('"쿠버네티스", "Kubernetes" and "k8s" find the same sessions', () => {
    const korean = ids('쿠버네티스');
    expect(korean.length).toBeGreaterThan(0);
    expect(ids('Kubernetes')).toEqual(korean);
    expect(ids('k8s')).toEqual(korean);
    expect(korean).toContain(catalog.sessions.find((s) => s.title.includes('Kubernates 구축'))!.id);
  });

  it('"카프카" and "Kafka" find the same sessions, including the one titled in English', () => {
    expect(ids('카프카')).toEqual(ids('Kafka'));
    expect(titles('카프카')).toContain('MMORPG 실시간 알림 서비스 개발기 feat. Kafka Streams');
  });

  it('is case-insensitive in English', () => {
    expect(ids('KAFKA')).toEqual(ids('kafka'));
    expect(ids('mYsQl')).toEqual(ids('MySQL'));
    expect(ids('MySQL').length).toBeGreaterThan(0);
  });

  it('matches an NFD query against NFC text', () => {
    expect(ids('샤딩'.normalize('NFD'))).toEqual(ids('샤딩'));
    expect(ids('카프'.normalize('NFD'))).toEqual(ids('카프'));
  });

  it('finds half-typed English words by prefix', () => {
    expect(titles('kube')).toContain('안정성과 유연성을 겸비한 카카오뱅크의 On-Premise Kubernates 구축 여정기');
  });

  it('finds a speaker and a company', () => {
    expect(titles('정규돈').sort()).toEqual(['AI Finance Tech', 'AI Life Tech']);
    const pay = engine.search('카카오페이');
    expect(pay.length).toBeGreaterThan(0);
    const paySessions = new Set(catalog.sessions.filter((s) => s.companies.includes('kakaopay')).map((s) => s.id));
    for (const id of paySessions) expect(pay.map((hit) => hit.id)).toContain(id);
  });

  it('needs every word of a multi-word query', () => {
    const both = ids('redis 캐시');
    expect(both.length).toBeGreaterThan(0);
    for (const id of both) {
      expect(ids('redis')).toContain(id);
      expect(ids('캐시')).toContain(id);
    }
  });

  it('ranks title matches before notes matches', () => {
    const hits = engine.search('카프');
    const firstNotes = hits.findIndex((hit) => !hit.inTitle);
    expect(firstNotes).toBeGreaterThan(0);
    expect(hits.slice(firstNotes).every((hit) => !hit.inTitle)).toBe(true);
    expect(hits.slice(0, firstNotes).every((hit) => hit.inTitle)).toBe(true);
  });

  it('marks the matched words in the title and the snippet', () => {
    const [hit] = engine.search('샤딩');
    const { text, ranges } = hit!.title;
    expect(ranges.map(([start, end]) => text.slice(start, end))).toEqual(['샤딩']);
    const stampede = engine.search('STAMPEDE')[0]!;
    expect(stampede.snippet.ranges.length).toBeGreaterThan(0);
    for (const [start, end] of stampede.snippet.ranges) expect(stampede.snippet.text.slice(start, end)).toBe('Stampede');
  });

  it('marks the other spellings of a tag too', () => {
    const marked = engine
      .search('KRaft')
      .flatMap((hit) => [hit.title, hit.snippet].flatMap(({ text, ranges }) => ranges.map(([s, e]) => text.slice(s, e).toLowerCase())));
    // `Kafka Streams` is one of Kafka's spellings in the taxonomy.
    expect(new Set(marked)).toEqual(new Set(['kraft', '카프카', 'kafka', 'streams']));
  });

  it('returns nothing for nonsense or an empty query', () => {
    expect(engine.search('zzqxj')).toEqual([]);
    expect(engine.search('   ')).toEqual([]);
    expect(engine.search('!?')).toEqual([]);
  });

  it('keeps the stored notes bounded', () => {
    for (const doc of file.docs) expect(doc[4].length).toBeLessThanOrEqual(161);
  });

  it('refuses an index from another version instead of misreading it', () => {
    expect(() => loadSearchIndex({ ...file, version: 99 } as unknown as SearchIndexFile)).toThrow(/version 99/);
  });
});
