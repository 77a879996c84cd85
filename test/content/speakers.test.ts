import { describe, expect, it } from 'vitest';
import { createCompanyResolver } from '../../src/content/people/companies.ts';
import {
  isKoreanName,
  readCompanyNamePairs,
  readNameBullet,
  readPartHeading,
  readSpeakerLine,
  splitHeadingSpeakers,
} from '../../src/content/people/speakers.ts';

const companies = createCompanyResolver({
  companies: [
    { id: 'kakao', name: '카카오', aliases: [] },
    { id: 'kakaobank', name: '카카오뱅크', aliases: [] },
    { id: 'kakaopay', name: '카카오페이', aliases: [] },
    { id: 'kakaoentertainment', name: '카카오엔터테인먼트', aliases: [] },
  ],
});

describe('splitHeadingSpeakers', () => {
  it.each([
    ['카프카, 산전수전 노하우 / 고승범(peter.ko)', '카프카, 산전수전 노하우', [{ name: '고승범', handle: 'peter.ko' }]],
    ['글로벌 게임 플랫폼에서 무정지, 무점검 서버 개발과 운영 사례 / 김태현', '글로벌 게임 플랫폼에서 무정지, 무점검 서버 개발과 운영 사례', [{ name: '김태현' }]],
    ['캐싱 전략 (카카오 - 이희관, 이세희)', '캐싱 전략', [{ name: '이희관', company: '카카오' }, { name: '이세희', company: '카카오' }]],
    ['분산락 노하우 (카카포페이 - 양세열)', '분산락 노하우', [{ name: '양세열', company: '카카포페이' }]],
    ['AI Finance Tech (정규돈, 김동용, 신재홍, 이어형)', 'AI Finance Tech', [{ name: '정규돈' }, { name: '김동용' }, { name: '신재홍' }, { name: '이어형' }]],
    ['AI 시대의 금융 (정규돈 | 카카오)', 'AI 시대의 금융', [{ name: '정규돈', company: '카카오' }]],
    ['검색 (김철수 | NAVER)', '검색', [{ name: '김철수', company: 'NAVER' }]],
    ['검색 (NAVER | 김철수)', '검색', [{ name: '김철수', company: 'NAVER' }]],
    ['카카오뱅크의 AI Ecosystem - CTO 신재홍', '카카오뱅크의 AI Ecosystem', [{ name: '신재홍', role: 'CTO' }]],
    ['웹 성능 - 프론트엔드 개발자 이성민', '웹 성능', [{ name: '이성민', role: '프론트엔드 개발자' }]],
    ['Kafka 운영 - 카카오 심현준', 'Kafka 운영', [{ name: '심현준', company: '카카오' }]],
    ['정산 시스템 개편기 by 홍길동', '정산 시스템 개편기', [{ name: '홍길동' }]],
  ])('%s', (heading, title, speakers) => {
    const r = splitHeadingSpeakers(heading, companies);
    expect(r.title).toBe(title);
    expect(r.speakers).toEqual(speakers);
  });

  it.each([
    'MMORPG 실시간 알림 서비스 개발기 feat. Kafka Streams',
    'Practical Microservices (gRPC)',
    'Kafka Streams (Part 1: 소개)',
    '초당옥수수의 취소를 막아라! : 수만 건의 주문을 1초내에 처리하는 기술',
    'TCP/IP 이야기',
    '세션 - 마무리',
    'ES 클러스터 - 운영 방법론',
    '안정성과 유연성을 겸비한 On-Premise Kubernetes 구축 여정기',
  ])('leaves "%s" alone', (heading) => {
    expect(splitHeadingSpeakers(heading, companies)).toEqual({ title: heading, speakers: [], companies: [] });
  });

  it('keeps a company named without a person', () => {
    expect(splitHeadingSpeakers('결제 시스템 (카카오페이)', companies)).toEqual({ title: '결제 시스템', speakers: [], companies: ['카카오페이'] });
  });
});

describe('readSpeakerLine', () => {
  it.each([
    ['발표자 : Hardy.Jung (카카오)', [{ name: 'Hardy.Jung', company: '카카오' }]],
    ['발표자: Sally, Dwayne (카카오 커머스)', [{ name: 'Sally', company: '카카오 커머스' }, { name: 'Dwayne', company: '카카오 커머스' }]],
    ['발표자: 모빌리티 5명의 개발자..', [{ name: '모빌리티 5명의 개발자' }]],
    ['발표자: Brandon.hg', [{ name: 'Brandon.hg' }]],
    ['발표자: k.ey', [{ name: 'k.ey' }]],
    ['Speaker: 홍길동(gildong.h)', [{ name: '홍길동', handle: 'gildong.h' }]],
    ['연사: 김철수, 이영희', [{ name: '김철수' }, { name: '이영희' }]],
    ['발표는 재밌었다', null],
  ])('%s', (line, expected) => {
    expect(readSpeakerLine(line)).toEqual(expected);
  });
});

describe('readNameBullet', () => {
  it.each([
    ['정재남님', [{ name: '정재남' }]],
    ['발표자 홍길동님 (토스)', [{ name: '홍길동', company: '토스' }]],
    ['카카오 Ryan.Kwon님', [{ name: 'Ryan.Kwon', company: '카카오' }]],
    ['황가린, 양나호님', [{ name: '황가린' }, { name: '양나호' }]],
    ['서버 컴포넌트 소개', null],
    ['발표 자료를 공유해 주신 분께 감사드립니다님', null],
  ])('%s', (text, expected) => {
    expect(readNameBullet(text)).toEqual(expected);
  });
});

describe('readCompanyNamePairs', () => {
  it.each([
    ['카카오 정규돈, 카카오뱅크 신재홍', [{ name: '정규돈', company: '카카오' }, { name: '신재홍', company: '카카오뱅크' }]],
    ['정규돈(카카오), 신재홍(카카오뱅크)', [{ name: '정규돈', company: '카카오' }, { name: '신재홍', company: '카카오뱅크' }]],
    ['카카오뱅크의 AI 혁신 적용', null],
    ['서울 김철수', null],
  ])('%s', (text, expected) => {
    expect(readCompanyNamePairs(text, companies)).toEqual(expected);
  });
});

describe('readPartHeading', () => {
  it.each([
    ['카카오엔터테이먼트 - CTO 김기범', { name: '김기범', role: 'CTO', company: '카카오엔터테이먼트' }],
    ['카카오뱅크의 AI Ecosystem - CTO 신재홍', { name: '신재홍', role: 'CTO', company: '카카오뱅크의' }],
    ['패널톡 Q&A', null],
  ])('%s', (text, expected) => {
    expect(readPartHeading(text, companies)).toEqual(expected);
  });
});

describe('isKoreanName', () => {
  it.each([
    ['고승범', true],
    ['남궁민수', true],
    ['카카오', false],
    ['소개', false],
    ['정리', false],
    ['클러스터', false],
  ])('%s → %s', (s, expected) => {
    expect(isKoreanName(s)).toBe(expected);
  });
});
