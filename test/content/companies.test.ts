import { describe, expect, it } from 'vitest';
import { createCompanyResolver, editDistance } from '../../src/content/people/companies.ts';

const resolver = createCompanyResolver({
  companies: [
    { id: 'kakao', name: '카카오', aliases: ['Kakao'] },
    { id: 'kakaopay', name: '카카오페이', aliases: ['Kakao Pay'] },
    { id: 'kakaobank', name: '카카오뱅크', aliases: [] },
    { id: 'kakaocommerce', name: '카카오커머스', aliases: [] },
    { id: 'kakaoentertainment', name: '카카오엔터테인먼트', aliases: [] },
    { id: 'kakaoenterprise', name: '카카오엔터프라이즈', aliases: [] },
  ],
});

describe('company resolver', () => {
  it.each([
    ['카카오', 'kakao'],
    ['KAKAO', 'kakao'],
    ['카카포페이', 'kakaopay'],
    ['kakao pay', 'kakaopay'],
    ['카카오 커머스', 'kakaocommerce'],
    ['카카오뱅크의', 'kakaobank'],
    ['카카오엔터테이먼트', 'kakaoentertainment'],
    ['카카오엔터프라이즈', 'kakaoenterprise'],
  ])('%s → %s', (raw, id) => {
    expect(resolver.resolveKnown(raw)?.id).toBe(id);
  });

  it('keeps unknown companies with a slug id', () => {
    expect(resolver.resolve('NAVER Cloud')).toEqual({ id: 'naver-cloud', name: 'NAVER Cloud', known: false });
    expect(resolver.resolveKnown('NAVER Cloud')).toBeNull();
  });

  it('does not stretch short names', () => {
    // "카카" is one letter from 카카오 but too short to guess.
    expect(resolver.resolveKnown('카카')).toBeNull();
  });

  it('finds the company a heading starts with', () => {
    expect(resolver.findLeadingCompany('카카오모빌리티, 일상 속 AI')).toBeNull();
    expect(resolver.findLeadingCompany('카카오뱅크의 AI Ecosystem')?.id).toBe('kakaobank');
  });
});

describe('editDistance', () => {
  it.each([
    ['카카오페이', '카카포페이', 1],
    ['kakao', 'kakako', 1],
    ['kakao', 'kafka', 2],
    ['ab', 'ba', 1],
  ])('%s ↔ %s = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });
});
