import { describe, expect, it } from 'vitest';
import { createCompanyResolver } from '../../src/content/people/companies.ts';
import { createSeriesRecognizers } from '../../src/content/edition/editions.ts';
import { parseMarkdown } from '../../src/content/read/markdown.ts';
import { buildOutline } from '../../src/content/outline.ts';
import { classifyHeading, selectSessions, stripNumbering } from '../../src/content/talks/sessions.ts';

const recognizers = createSeriesRecognizers({ series: [] });
const companies = createCompanyResolver({ companies: [{ id: 'kakao', name: '카카오', aliases: [] }] });

function sessionsOf(body: string, postTitle = 'if kakao 2019 후기') {
  const root = parseMarkdown(body);
  return selectSessions(buildOutline(root, body.length), { postTitle, recognizers, companies, body });
}

describe('stripNumbering', () => {
  it.each([
    ['1. 카카오에서 컨테이너를 활용하는 방법', '카카오에서 컨테이너를 활용하는 방법'],
    ['2.초당옥수수의 취소를 막아라!', '초당옥수수의 취소를 막아라!'],
    ['03.Practical Microservices in gRPC Go', 'Practical Microservices in gRPC Go'],
    ['세션 1 -  ES 클러스터', 'ES 클러스터'],
    ['Session 2: Kafka', 'Kafka'],
    ['4) 웹 성능', '웹 성능'],
    ['[3] 제목', '제목'],
    ['🎤 키노트', '키노트'],
    ['1초내에 처리하는 기술', '1초내에 처리하는 기술'],
    ['3.3 버전 이야기', '3.3 버전 이야기'],
    ['2024 회고', '2024 회고'],
  ])('%s → %s', (input, expected) => {
    expect(stripNumbering(input)).toBe(expected);
  });
});

describe('classifyHeading', () => {
  const ctx = { postTitle: 'if(kakakoAI) 2024', recognizers };
  it.each([
    ['if(kakao AI) 2024', 'title'],
    ['if kakao 2018', 'title'],
    ['if(kakakoAI) 2024', 'title'],
    ['세션', 'container'],
    ['오전 세션', 'container'],
    ['Day 2', 'container'],
    ['2일차', 'container'],
    ['Overview', 'other'],
    ['Conclusion', 'other'],
    ['컨퍼런스 입장', 'other'],
    ['Day01 마무리', 'other'],
    ['정리', 'container'],
    ['리뷰', 'other'],
    ['패널톡 Q&A', 'candidate'],
    ['들어가며', 'other'],
    ['참석 계기', 'other'],
    ['총평', 'other'],
    ['키노트', 'candidate'],
    ['카카오 봇 플랫폼 소개', 'candidate'],
    ['패널톡 1부', 'candidate'],
  ])('%s → %s', (text, role) => {
    expect(classifyHeading(text, ctx).role).toBe(role);
  });
});

describe('selectSessions', () => {
  it('finds talks at any level under a post title', () => {
    const s = sessionsOf('# if kakao 2019\n\n인사말\n\n#### 카프카 / 고승범(peter.ko)\n\n메모\n\n#### 봇 / 황지수(mario.h)\n\n메모\n');
    expect(s.map((x) => [x.title, x.speakers.map((p) => p.name)])).toEqual([
      ['카프카', ['고승범']],
      ['봇', ['황지수']],
    ]);
  });

  it('looks through containers and skips intro and wrap-up sections with what is under them', () => {
    const body = [
      '## 들어가며', '', '설렘', '', '### 로비', '', '사람 많음', '',
      '## 세션', '', '들은 것', '',
      '### 세션 1 - ES 클러스터', '', '#### 히스토리', '', '- 내용', '',
      '### 세션 2 - 커머스', '', '- 내용', '',
      '## 정리', '', '끝',
    ].join('\n');
    expect(sessionsOf(body).map((x) => x.title)).toEqual(['ES 클러스터', '커머스']);
  });

  it('handles mixed levels, numbering and steps inside a talk', () => {
    const body = [
      '## 1. 컨테이너', '', '발표자 : Hardy.Jung (카카오)', '', '### 플랫폼 현황', '', '- a', '',
      '# 2.초당옥수수', '', '- b', '',
      '# 03.gRPC Go', '', '### 01. 서포터즈', '', '- c', '', '### 02. 정리부터', '', '- d', '',
      '# Day01 마무리', '', '끝',
    ].join('\n');
    const s = sessionsOf(body);
    expect(s.map((x) => x.title)).toEqual(['컨테이너', '초당옥수수', 'gRPC Go']);
    expect(s[0]!.speakers).toEqual([{ name: 'Hardy.Jung', company: '카카오' }]);
  });

  it('unwraps bold and link headings and keeps the link', () => {
    const s = sessionsOf('## **1. 서버 컴포넌트**\n\n- 정재남님\n- 내용\n\n## [검색](https://deview.kr/2023/sessions/1) (김철수 | NAVER)\n\n- 내용\n');
    expect(s.map((x) => x.title)).toEqual(['서버 컴포넌트', '검색']);
    expect(s[0]!.speakers).toEqual([{ name: '정재남' }]);
    expect(s[1]!.links).toEqual(['https://deview.kr/2023/sessions/1']);
  });

  it('treats a track heading whose children name speakers as a container', () => {
    const body = '## 인프라 트랙 A\n\n### Kafka (카카오 - 홍길동)\n\n- a\n\n### Redis (카카오 - 김철수)\n\n- b\n';
    expect(sessionsOf(body).map((x) => x.title)).toEqual(['Kafka', 'Redis']);
  });

  it('tells panels and keynotes', () => {
    const s = sessionsOf('## 키노트\n\n- a\n\n## AI Tech (김철수, 이영희)\n\n### 패널톡 Q&A\n\n- q\n\n## 패널 토론\n\n- b\n');
    expect(s.map((x) => x.kind)).toEqual(['keynote', 'panel', 'panel']);
  });

  it('carries the day of a container heading', () => {
    const s = sessionsOf('# Day 1\n\n## A 이야기\n\n- a\n\n# Day 2\n\n## B 이야기\n\n- b\n');
    expect(s.map((x) => [x.title, x.day])).toEqual([
      ['A 이야기', 1],
      ['B 이야기', 2],
    ]);
  });

  it('keeps the closing --- and paragraph with the review and marks empty notes', () => {
    const body = '## A 이야기\n\n- a\n\n---\n\n## B 이야기\n\n---\n\n## C 이야기\n\n- c\n\n---\n\n잘 들었다.\n';
    const s = sessionsOf(body);
    expect(s.map((x) => [x.title, x.markdown, x.empty])).toEqual([
      ['A 이야기', '- a', false],
      ['B 이야기', '', true],
      ['C 이야기', '- c', false],
    ]);
  });

  it('does not count a speaker line or a bare link as notes', () => {
    const s = sessionsOf('## A 이야기\n\n발표자: 홍길동\n\n[LINK](https://if.kakao.com/program?sessionId=1)\n');
    expect(s[0]!.empty).toBe(true);
    expect(s[0]!.links).toEqual(['https://if.kakao.com/program?sessionId=1']);
  });

  it('ignores headings in code blocks', () => {
    expect(sessionsOf('## A 이야기\n\n```\n## not a heading\n```\n').map((x) => x.title)).toEqual(['A 이야기']);
  });

  it('takes a talk that slipped a level under the previous one as the next session', () => {
    const body = [
      '## 1. 키노트 / 손소정', '', '- a', '', '### 리뷰', '', '좋았다', '',
      '### 2. 광고 서빙 / 양현진(aiden.yang)', '', '- b', '',
      '## 3. 검색 / 전재국(wade.jeon)', '', '- c', '',
      '# Kafka 운영 (카카오 - 노우형, 신나윤)', '', '- d', '',
      '## Istio 운영기 (카카오 - 김윤훈)', '', '- e', '',
    ].join('\n');
    const s = sessionsOf(body);
    expect(s.map((x) => [x.title, x.markdown])).toEqual([
      ['키노트', '- a\n\n### 리뷰\n\n좋았다'],
      ['광고 서빙', '- b'],
      ['검색', '- c'],
      ['Kafka 운영', '- d'],
      ['Istio 운영기', '- e'],
    ]);
  });

  it('keeps panel parts and restarted step numbers inside their session', () => {
    const body = [
      '### AI Tech (정규돈, 신재홍, 김동용)', '', '#### 카카오뱅크의 AI - CTO 신재홍', '', '- a', '', '#### 패널 (신재홍, 김동용)', '', '- q', '',
      '# 03.gRPC Go', '', '### 01. 서포터즈', '', '- c', '', '### 02. 정리부터', '', '- d', '',
    ].join('\n');
    expect(sessionsOf(body).map((x) => x.title)).toEqual(['AI Tech', 'gRPC Go']);
  });

  it('looks through a first # heading that reads like the post title', () => {
    const body = '# 카카오 개발자 컨퍼런스 다녀왔습니다\n\n인사\n\n## A 이야기\n\n- a\n\n## B 이야기\n\n- b\n';
    expect(sessionsOf(body, '개발자 컨퍼런스 후기').map((x) => x.title)).toEqual(['A 이야기', 'B 이야기']);
    const withWrapUp = `${body}\n# 마치며\n\n끝\n`;
    expect(sessionsOf(withWrapUp, '개발자 컨퍼런스 후기').map((x) => x.title)).toEqual(['A 이야기', 'B 이야기']);
    const single = '# Kafka 운영 노하우\n\n## 배경\n\n- a\n\n## 해결\n\n- b\n';
    expect(sessionsOf(single, '밋업 메모').map((x) => x.title)).toEqual(['Kafka 운영 노하우']);
  });
});
