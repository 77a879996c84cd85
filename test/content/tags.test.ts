import { describe, expect, it } from 'vitest';
import { compactTag, createTagMatcher } from '../../src/content/tags.ts';

const matcher = createTagMatcher({
  tags: [
    { id: 'kafka', label: 'Kafka', aliases: ['카프카', 'KRaft'] },
    { id: 'kubernetes', label: 'Kubernetes', aliases: ['쿠버네티스', 'k8s'] },
    { id: 'elasticsearch', label: 'Elasticsearch', aliases: ['ES'] },
    { id: 'ai', label: 'AI/LLM', aliases: ['AI', 'LLM'] },
  ],
  reviewTags: { review: ['후기', '리뷰'], ifkakao: ['if kakao', 'if(kakao)'], kakao: ['카카오'] },
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
  ])('%s %j → %j', (title, notes, expected) => {
    expect(matcher.matchSession(title, notes)).toEqual(expected);
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
