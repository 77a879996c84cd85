import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { reviewHref, sessionHref } from '../../src/app/routes.ts';
import { ids } from './fixtures/catalog.ts';
import { controlledTransport, currentUrl, fixture, renderApp } from './render-app.tsx';

describe('review /reviews/:id', () => {
  it('shows the whole post with its facts', async () => {
    renderApp(reviewHref(ids.reviewDay1));
    expect(await screen.findByRole('heading', { level: 1, name: 'if(kakaoAI) 2024 1일차 후기' })).toBeInTheDocument();
    const facts = screen.getByText('홍길동').closest('dl')!;
    expect(facts).toHaveTextContent('작성자홍길동');
    expect(facts).toHaveTextContent('작성일2024년 10월 24일');
    expect(facts).toHaveTextContent('#ifkakao #review');
    expect(screen.getByText('첫날 들은 세션을 정리했다.')).toBeInTheDocument();
    expect(screen.getByText('재미있었다.')).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('if(kakaoAI) 2024 1일차 후기 · talkshelf'));
  });

  it('gives each heading its anchor and links session headings to their session page', async () => {
    renderApp(reviewHref(ids.reviewDay1));
    const heading = await screen.findByRole('heading', { name: /^카카오 빌링 MySQL DB 샤딩 적용/ });
    expect(heading).toHaveAttribute('id', '카카오-빌링-mysql-db-샤딩-적용');
    // The post's own `##` is the top heading under the page's h1.
    expect(screen.getByRole('heading', { level: 2, name: 'if(kakaoAI) 2024 첫날' })).toBeInTheDocument();
    expect(heading.tagName).toBe('H3');
    expect(within(heading).getByRole('link', { name: '세션 페이지로' })).toHaveAttribute('href', sessionHref(ids.billing));
    const closing = screen.getByRole('heading', { level: 2, name: '마치며' });
    expect(within(closing).queryByRole('link')).toBeNull();
  });

  it('follows a session heading’s link inside the app', async () => {
    const { user, router } = renderApp(reviewHref(ids.reviewDay1));
    const heading = await screen.findByRole('heading', { name: /^카카오 빌링 MySQL DB 샤딩 적용/ });
    // jsdom does not load pages: the URL changes only if the router took the click.
    await user.click(within(heading).getByRole('link', { name: '세션 페이지로' }));
    expect(await screen.findByRole('heading', { level: 1, name: '카카오 빌링 MySQL DB 샤딩 적용' })).toBeInTheDocument();
    expect(currentUrl(router)).toBe(decodeURI(sessionHref(ids.billing)));
  });

  it('lists the sessions the review covers', async () => {
    renderApp(reviewHref(ids.reviewDay1));
    const nav = await screen.findByRole('navigation', { name: '이 후기가 다룬 세션' });
    expect(within(nav).getAllByRole('link').map((a) => a.textContent)).toEqual([
      '카카오 빌링 MySQL DB 샤딩 적용',
      'Kafka로 이벤트 스트리밍',
      'AI Finance Tech',
    ]);
  });

  it('is reached from a write-up credit at the exact heading, and back returns to the session', async () => {
    const { user, router } = renderApp(sessionHref(ids.billing));
    const link = (await screen.findAllByRole('link', { name: '원문에서 이 부분 보기' }))[1]!;
    await user.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: 'if(kakao) 2024 둘째 날' })).toBeInTheDocument();
    expect(currentUrl(router)).toBe(`${reviewHref(ids.reviewDay2)}#카카오-빌링-mysql-db-샤딩-적용`);
    expect(document.getElementById('카카오-빌링-mysql-db-샤딩-적용')).not.toBeNull();
    await router.navigate(-1);
    expect(await screen.findByRole('heading', { level: 1, name: '카카오 빌링 MySQL DB 샤딩 적용' })).toBeInTheDocument();
  });

  it('answers an unknown review with the closest matches', async () => {
    renderApp('/reviews/000_aaab');
    expect(await screen.findByRole('heading', { level: 1, name: '찾을 수 없습니다' })).toBeInTheDocument();
    expect(screen.getByText('찾을 수 없는 후기입니다: "000_aaab"')).toBeInTheDocument();
    const suggestions = screen.getByRole('list', { name: '혹시 이것을 찾으셨나요?' });
    expect(within(suggestions).getAllByRole('link')[0]).toHaveAttribute('href', reviewHref(ids.reviewDay1));
  });

  it('fetches nothing for an id the catalog does not have, even one that climbs out of the data folder', async () => {
    // A file planted elsewhere on the origin, shaped like a review (issue #16).
    const planted = { review: { id: 'x', title: '심어 둔 파일', html: '<img src=x onerror="alert(1)">' }, sessions: [] };
    const control = controlledTransport(new Map(fixture.files).set('evil/x.json', planted).set('data/evil/x.json', planted));
    for (const path of ['/reviews/..%2F..%2Fevil%2Fx', '/reviews/..%2Findex', '/reviews/000_aaab']) {
      const view = renderApp(path, { transport: control.transport });
      expect(await screen.findByRole('heading', { level: 1, name: '찾을 수 없습니다' })).toBeInTheDocument();
      expect(screen.queryByText('심어 둔 파일')).toBeNull();
      view.unmount();
    }
    // Only the index, which the not-found page's suggestions come from.
    expect(new Set(control.requests)).toEqual(new Set(['data/index-packed.json']));
  });

  it('stays on the page when a link goes to a malformed fragment (#%FF): a no-op, not a blank app', async () => {
    const { router } = renderApp(reviewHref(ids.reviewDay1));
    const title = { level: 1, name: 'if(kakaoAI) 2024 1일차 후기' } as const;
    expect(await screen.findByRole('heading', title)).toBeInTheDocument();
    await router.navigate(`${reviewHref(ids.reviewDay1)}#%FF`);
    await router.navigate(`${reviewHref(ids.reviewDay1)}#%E0%A4%A`);
    expect(router.location.hash).toBe('#%E0%A4%A');
    expect(screen.getByRole('heading', title)).toBeInTheDocument();
  });

  it('shows an error with a retry button when the review fails to load', async () => {
    const control = controlledTransport();
    control.fail(`data/reviews/${ids.review2023}.json`);
    const { user } = renderApp(reviewHref(ids.review2023), { transport: control.transport });
    expect(await screen.findByRole('button', { name: '다시 시도' })).toBeInTheDocument();
    control.recover(`data/reviews/${ids.review2023}.json`);
    await user.click(screen.getByRole('button', { name: '다시 시도' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'if(kakao) 2023 정리' })).toBeInTheDocument();
  });
});

describe('any other path', () => {
  it('shows a not-found page with matches from every kind', async () => {
    const { user, router } = renderApp('/kafka');
    expect(await screen.findByRole('heading', { level: 1, name: '찾을 수 없습니다' })).toBeInTheDocument();
    const suggestions = screen.getByRole('list', { name: '혹시 이것을 찾으셨나요?' });
    expect(within(suggestions).getByRole('link', { name: '#Kafka' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: '타임라인으로 가기' }));
    await waitFor(() => expect(currentUrl(router)).toBe('/'));
    expect(await screen.findByRole('heading', { level: 1, name: '타임라인' })).toBeInTheDocument();
  });
});
