import { describe, expect, it } from 'vitest';
import { compactTag, createTagMatcher } from '../../src/content/catalog/tags.ts';

const matcher = createTagMatcher({
  tags: [
    { id: 'kafka', label: 'Kafka', aliases: ['카프카', 'KRaft'] },
    { id: 'kubernetes', label: 'Kubernetes', aliases: ['쿠버네티스', 'k8s'] },
    { id: 'elasticsearch', label: 'Elasticsearch', aliases: ['ES'] },
    { id: 'ai', label: 'AI/LLM', aliases: ['AI', 'LLM', 'Large Language Model'] },
  ],
  reviewTags: { review: ['후기', '리뷰'], ifkakao: ['if kakao', 'if(kakao)'], kakao: ['카카오'] },
});

describe('weighNotes', () => {
  it('weighs each tag of one write-up, a heading or bold mention twice, in order of first mention', () => {
    expect(matcher.weighNotes('### 카프카 연동\n- k8s 위의 **카프카**\n- 카프카로 보낸다')).toEqual([
      ['kafka', 5],
      ['kubernetes', 1],
    ]);
    expect(matcher.weighNotes('AI(Auto increment), AI, 이야기')).toEqual([]);
  });
});

describe('matchSession', () => {
  it.each([
    ['카프카, KRaft를 만나다', [], ['kafka']],
    ['카카오뱅크의 쿠버네티스', [], ['kubernetes']],
    ['ES 클러스터', [], ['elasticsearch']],
    ['테스트 이야기', ['tests and estimates'], []],
    ['결제 시스템', ['AI 이야기 한 번'], []],
    ['결제 시스템', ['AI 이야기', 'LLM 도 AI'], ['ai']],
    ['Kafka Streams와 k8s', [], ['kafka', 'kubernetes']],
    // Two passing mentions are not a topic; a heading or bold one and another are.
    ['ActionBase', ['- 데이터 파이프라인(카프카, 배치)\n- 카프카 + 배치'], []],
    ['ActionBase', ['### 카프카 연동\n- 카프카로 보낸다'], ['kafka']],
    ['ActionBase', ['- **카프카** 도입\n- 카프카로 보낸다'], ['kafka']],
    // An acronym spelled out as something else is that something else.
    ['카카오 빌링 MySQL DB 샤딩 적용', ['AI 가 주제인 컨퍼런스, 어떻게든 AI 이야기하라는 압박에 준비한게 AI(Auto increment)'], []],
    ['결제 시스템', ['- A.I. (Auto Increment) 기반 PK\n- AI 이야기\n- AI 이야기'], []],
    ['결제 시스템', ['LLM (Large Language Model) 이야기, LLM, AI'], ['ai']],
  ])('%s %j → %j', (title, notes, expected) => {
    expect(matcher.matchSession(title, notes.map((n) => matcher.weighNotes(n)))).toEqual(expected);
  });
});

describe('normalizeReviewTag', () => {
  it.each([
    ['IfKakao', 'ifkakao'],
    ['if kakao', 'ifkakao'],
    ['If(Kakao)', 'ifkakao'],
    ['후기', 'review'],
    ['Review', 'review'],
    ['카카오', 'kakao'],
    ['Kafka', 'kafka'],
    ['k8s', 'kubernetes'],
    ['MongoDB', 'mongodb'],
  ])('%s → %s', (raw, expected) => {
    expect(matcher.normalizeReviewTag(raw)).toBe(expected);
  });

  it('compacts case, spacing and punctuation', () => {
    expect(compactTag(' If  Kakao! ')).toBe('ifkakao');
  });
});
