import { describe, expect, it } from 'vitest';
import {
  compactKey,
  hangulTerms,
  isPrefixTerm,
  isSyllable,
  splitQuery,
  splitRuns,
  tokenizeForIndex,
  tokenizeNotes,
  tokenizeQueryWord,
} from '../../src/search/tokenize.ts';

describe('tokenizeForIndex', () => {
  it.each([
    ['카프카', ['카프', '프카', '카']],
    ['샤딩', ['샤딩', '딩']],
    ['빌', ['빌']],
    ['Kubernetes', ['kubernetes']],
    ['MySQL로 DB', ['mysql', '로', 'db']],
    ['카카오 빌링 MySQL DB 샤딩 적용', ['카카', '카오', '오', '빌링', '링', 'mysql', 'db', '샤딩', '딩', '적용', '용']],
    ['Kafka Streams, 3.8.0!', ['kafka', 'streams', '3', '8', '0']],
    ['', []],
    ['— · …', []],
  ])('%j → %j', (text, terms) => {
    expect(tokenizeForIndex(text)).toEqual(terms);
  });

  it('reads decomposed Hangul (NFD) as composed', () => {
    expect(tokenizeForIndex('샤딩'.normalize('NFD'))).toEqual(tokenizeForIndex('샤딩'));
  });
});

describe('tokenizeNotes', () => {
  it.each([
    ['카프카를 카프카로', ['카프', '프카', '카를', '카로']],
    ['샤딩은 DB 샤딩', ['샤딩', '딩은', 'db']],
    ['이 는', []],
    ['Kafka kafka 3.8', ['kafka', '3', '8']],
  ])('%j → %j (each term once, no lone syllables)', (text, terms) => {
    expect(tokenizeNotes(text)).toEqual(terms);
  });
});

describe('isSyllable', () => {
  it.each([
    ['카', true],
    ['카프', false],
    ['k', false],
    ['3', false],
  ])('%j → %j', (term, syllable) => {
    expect(isSyllable(term)).toBe(syllable);
  });
});

describe('tokenizeQueryWord', () => {
  it.each([
    ['카프', ['카프']],
    ['카프카', ['카프', '프카']],
    ['카', ['카']],
    ['KUBE', ['kube']],
    ['mysql로', ['mysql', '로']],
  ])('%j → %j', (word, terms) => {
    expect(tokenizeQueryWord(word)).toEqual(terms);
  });
});

describe('isPrefixTerm', () => {
  it.each([
    ['kube', true],
    ['k8s', true],
    ['카', true],
    ['카프', false],
  ])('%j → %j', (term, prefix) => {
    expect(isPrefixTerm(term)).toBe(prefix);
  });
});

describe('helpers', () => {
  it('splits runs of Hangul apart from Latin letters and digits', () => {
    expect(splitRuns('gpt-4o와 rag')).toEqual([
      { text: 'gpt', hangul: false },
      { text: '4o', hangul: false },
      { text: '와', hangul: true },
      { text: 'rag', hangul: false },
    ]);
  });

  it('keeps one bigram per syllable pair', () => {
    expect(hangulTerms('쿠버네티스')).toEqual(['쿠버', '버네', '네티', '티스', '스']);
  });

  it('splits a query into folded words, each once', () => {
    expect(splitQuery('  Redis,  캐시 redis ')).toEqual(['redis', '캐시']);
    expect(splitQuery('C++ / C#')).toEqual(['c++', 'c#']);
    expect(splitQuery('!!!')).toEqual([]);
  });

  it('compacts spellings for synonym lookup', () => {
    expect(compactKey('Kafka Streams')).toBe(compactKey('kafkastreams'));
    expect(compactKey('분산 락')).toBe('분산락');
  });
});
