/** Search on the real catalog (content/): the cases readers bring, end to end through the JSON. */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCatalog, loadContent } from '../../src/content/node/index.ts';
import type { Catalog } from '../../src/content/schema.ts';
import { buildSearchIndex } from '../../src/search/build-index.ts';
import type { SearchIndexFile } from '../../src/search/index-file.ts';
import { findTermsInField } from '../../src/search/packed-index.ts';
import { loadSearchIndex, parseQuery, type SearchEngine } from '../../src/search/query.ts';
import { readTaxonomyTags } from '../../src/search/taxonomy.ts';

let catalog: Catalog;
let file: SearchIndexFile;
let engine: SearchEngine;
/** The same catalog indexed as a big one is: terms in the notes of more than 4 sessions are common. */
let commonFile: SearchIndexFile;
let commonEngine: SearchEngine;

beforeAll(async () => {
  const input = await loadContent(path.resolve(process.cwd(), 'content'));
  catalog = buildCatalog(input);
  file = buildSearchIndex(catalog, readTaxonomyTags(input));
  // Through JSON, as the browser gets it.
  engine = loadSearchIndex(JSON.parse(JSON.stringify(file)) as SearchIndexFile);
  commonFile = buildSearchIndex(catalog, readTaxonomyTags(input), { share: 0, minimum: 4 });
  commonEngine = loadSearchIndex(JSON.parse(JSON.stringify(commonFile)) as SearchIndexFile);
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

  it('looks for a lone syllable in titles, people, companies and tags, not in the notes', () => {
    const { tree } = parseQuery('카', new Map());
    expect(tree).toMatchObject({ fields: ['title', 'people', 'companies', 'tags'], queries: ['카'] });
    expect(titles('카')).toContain('카프카, 산전수전 노하우');
  });

  it('refuses an index from another version instead of misreading it', () => {
    expect(() => loadSearchIndex({ ...file, version: 99 } as unknown as SearchIndexFile)).toThrow(/version 99/);
  });
});

describe('search with common note terms set apart (as on a big site)', () => {
  const commonIds = (query: string) => commonEngine.search(query, { limit: 1000 }).map((hit) => hit.id).sort();
  const allIds = (query: string) => engine.search(query, { limit: 1000 }).map((hit) => hit.id).sort();

  it('has common terms on the real catalog with this rule, and none with the default one', () => {
    expect(findTermsInField(commonFile.index, 'commonNotes').size).toBeGreaterThan(20);
    expect(findTermsInField(file.index, 'commonNotes').size).toBe(0);
  });

  it('finds exactly the same sessions for a word made of common terms only', () => {
    const words = [...findTermsInField(commonFile.index, 'commonNotes')].filter((term) => /^\p{Script=Hangul}{2}$/u.test(term));
    expect(words.length).toBeGreaterThan(10);
    for (const word of words) expect(commonIds(word), word).toEqual(allIds(word));
  });

  it('finds at least the same sessions for words with rarer terms, and keeps the reader cases', () => {
    for (const query of ['샤딩', '카프카', '쿠버네티스', 'Kubernetes', 'redis 캐시', 'MySQL', '정규돈', '카카오페이']) {
      const found = new Set(commonIds(query));
      for (const id of allIds(query)) expect(found.has(id), `${query}: ${id}`).toBe(true);
    }
    expect(commonEngine.search('샤딩')[0]!.title.text).toBe('카카오 빌링 MySQL DB 샤딩 적용');
    expect(commonEngine.search('카프').slice(0, 2).every((hit) => hit.inTitle && hit.title.text.includes('카프카'))).toBe(true);
  });
});
