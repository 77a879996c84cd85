/** Speakers, companies, topics and coverage: views across editions, on the fixture catalog. */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ids } from './fixtures/catalog.ts';
import { currentUrl, renderApp } from './render-app.tsx';

const main = () => screen.getByRole('main');
const headings = (level: number) => within(main()).getAllByRole('heading', { level }).map((h) => h.textContent);

describe('speakers', () => {
  it('/speakers lists everyone in name order with companies and counts; a speaker lists their sessions by edition', async () => {
    const { user, router } = renderApp('/speakers');
    expect(await screen.findByRole('heading', { level: 1, name: '발표자' })).toBeInTheDocument();
    const list = within(main()).getByRole('list');
    expect(within(list).getAllByRole('link').map((link) => link.textContent)).toEqual([
      '김철수',
      '박민수',
      '신재홍',
      '이영희',
      '정규돈',
      '최지훈',
    ]);
    expect(within(list).getByText('카카오페이 · 세션 1개')).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('발표자 · talkshelf'));

    await user.click(screen.getByRole('link', { name: '신재홍' }));
    expect(await screen.findByRole('heading', { level: 1, name: '신재홍' })).toBeInTheDocument();
    expect(currentUrl(router)).toBe('/speakers/신재홍/');
    expect(screen.getByRole('link', { name: '카카오뱅크' })).toHaveAttribute('href', '/companies/kakaobank/');
    expect(screen.getByText('CTO')).toBeInTheDocument();
    expect(headings(2)).toEqual(['if(kakaoAI) 2024']);
    expect(headings(3)).toEqual(['AI Finance Tech']);
    await waitFor(() => expect(document.title).toBe('신재홍 · talkshelf'));
  });

  it('an unknown speaker is a not-found page with suggestions', async () => {
    renderApp('/speakers/nobody');
    expect(await screen.findByRole('heading', { level: 1, name: '찾을 수 없습니다' })).toBeInTheDocument();
    expect(screen.getByText('찾을 수 없는 발표자입니다: "nobody"')).toBeInTheDocument();
  });
});

describe('companies', () => {
  it('/companies lists companies by session count; a company shows its speakers and sessions across editions', async () => {
    const { user } = renderApp('/companies');
    expect(await screen.findByRole('heading', { level: 1, name: '회사' })).toBeInTheDocument();
    const list = within(main()).getByRole('list');
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '카카오세션 4개',
      '카카오뱅크세션 1개',
      '카카오페이세션 1개',
    ]);
    await user.click(screen.getByRole('link', { name: '카카오' }));
    expect(await screen.findByRole('heading', { level: 1, name: '카카오' })).toBeInTheDocument();
    expect(screen.getByText('세션 4개')).toBeInTheDocument();
    const speakers = screen.getByRole('region', { name: '이 회사의 발표자' });
    // 최지훈's review names the company only for the talk, which has one: they are listed too.
    expect(within(speakers).getAllByRole('link').map((link) => link.textContent)).toEqual(['김철수', '박민수', '정규돈', '최지훈']);
    // Newest edition first, each in timeline order.
    expect(headings(2)).toEqual(['이 회사의 발표자', 'if(kakaoAI) 2024', 'if(kakao) 2023']);
    expect(headings(3)).toEqual(['AI Finance Tech', '카카오 빌링 MySQL DB 샤딩 적용', 'Redis 캐시 전략', 'Kafka Consumer 튜닝']);
    await waitFor(() => expect(document.title).toBe('카카오 · talkshelf'));
  });

  it('an unknown company is a not-found page', async () => {
    renderApp('/companies/acme');
    expect(await screen.findByText('찾을 수 없는 회사입니다: "acme"')).toBeInTheDocument();
  });
});

describe('topics /topics', () => {
  it('shows sessions per tag and edition as a table with a bar per cell, busiest tag first', async () => {
    renderApp('/topics');
    expect(await screen.findByRole('heading', { level: 1, name: '주제 흐름' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: '태그별, 에디션별 세션 수' });
    const rows = within(table).getAllByRole('row');
    expect(within(rows[0]!).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual([
      '태그',
      'if(kakao) 2023',
      'if(kakaoAI) 2024',
      '합계',
    ]);
    const body = rows.slice(1).map((row) => [
      within(row).getByRole('rowheader').textContent,
      ...within(row).getAllByRole('cell').map((cell) => cell.textContent),
    ]);
    expect(body[0]).toEqual(['#Kafka', '1', '2', '3']);
    expect(body).toContainEqual(['#MySQL', '0', '1', '1']);
    expect(body).toHaveLength(5);
    // Each count links to the sessions it counts.
    expect(within(table).getByRole('link', { name: 'if(kakaoAI) 2024: 세션 2개' })).toHaveAttribute(
      'href',
      '/tags/?tags=kafka&edition=2024',
    );
    await waitFor(() => expect(document.title).toBe('주제 흐름 · talkshelf'));
  });
});

describe('coverage /editions/:edition/coverage', () => {
  it('splits an edition into sessions with several reviews and with one, and is linked from the edition', async () => {
    const { user } = renderApp('/editions/2024');
    await screen.findByRole('heading', { level: 1, name: 'if(kakaoAI) 2024' });
    await user.click(screen.getByRole('link', { name: '후기 커버리지 보기' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'if(kakaoAI) 2024 후기 커버리지' })).toBeInTheDocument();
    expect(screen.getByText('세션 4개 중 후기 여러 편 1개, 한 편 3개')).toBeInTheDocument();
    const several = screen.getByRole('region', { name: '후기 여러 편 (1)' });
    expect(within(several).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '카카오 빌링 MySQL DB 샤딩 적용 후기 2편',
    ]);
    const one = screen.getByRole('region', { name: '후기 한 편 (3)' });
    expect(within(one).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Kafka로 이벤트 스트리밍',
      'AI Finance Tech',
      'Redis 캐시 전략',
    ]);
    expect(within(several).getByRole('link')).toHaveAttribute('href', `/sessions/${ids.billing.split('/').map(encodeURIComponent).join('/')}/`);
    await waitFor(() => expect(document.title).toBe('if(kakaoAI) 2024 후기 커버리지 · talkshelf'));
  });

  it('an unknown edition is a not-found page', async () => {
    renderApp('/editions/1999/coverage');
    expect(await screen.findByRole('heading', { level: 1, name: '찾을 수 없습니다' })).toBeInTheDocument();
  });
});

describe('navigation', () => {
  it('the header links every discovery view', async () => {
    const { user, router } = renderApp('/');
    await screen.findByRole('heading', { level: 1, name: '타임라인' });
    const nav = screen.getByRole('navigation', { name: '주 메뉴' });
    expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual([
      '타임라인',
      '태그',
      '주제 흐름',
      '발표자',
      '회사',
      '내 세션',
    ]);
    await user.click(within(nav).getByRole('link', { name: '주제 흐름' }));
    await waitFor(() => expect(currentUrl(router)).toBe('/topics/'));
    expect(await screen.findByRole('heading', { level: 1, name: '주제 흐름' })).toBeInTheDocument();
  });
});
