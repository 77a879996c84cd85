import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { favoritesStorageKey, parseFavorites } from '../../src/app/data/favorites.ts';
import { favoritesHref, sessionHref } from '../../src/app/routes.ts';
import { ids } from './fixtures/catalog.ts';
import { currentUrl, renderApp } from './render-app.tsx';

const star = (title: string) => screen.getByRole('button', { name: `내 세션에 담기: ${title}` });
const stored = () => JSON.parse(localStorage.getItem(favoritesStorageKey) ?? 'null') as unknown;

describe('favorites', () => {
  it('a star on each session card toggles, is stored, and lists the session under 내 세션', async () => {
    const { user, unmount } = renderApp('/');
    await screen.findByRole('heading', { level: 1, name: '타임라인' });
    expect(star('Kafka로 이벤트 스트리밍')).toHaveAttribute('aria-pressed', 'false');
    await user.click(star('Kafka로 이벤트 스트리밍'));
    await user.click(star('Kafka Consumer 튜닝'));
    expect(star('Kafka로 이벤트 스트리밍')).toHaveAttribute('aria-pressed', 'true');
    expect(stored()).toEqual({ version: 1, ids: [ids.kafka, ids.consumer] });
    await user.click(star('Kafka Consumer 튜닝'));
    expect(star('Kafka Consumer 튜닝')).toHaveAttribute('aria-pressed', 'false');
    expect(stored()).toEqual({ version: 1, ids: [ids.kafka] });
    unmount();

    // A fresh app (a reload) reads what was stored.
    const again = renderApp('/favorites');
    expect(await screen.findByRole('heading', { level: 1, name: '내 세션' })).toBeInTheDocument();
    const main = screen.getByRole('main');
    expect(within(main).getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Kafka로 이벤트 스트리밍',
      '목록 공유',
    ]);
    await again.user.click(star('Kafka로 이벤트 스트리밍'));
    expect(await screen.findByText(/아직 별표한 세션이 없습니다/)).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('내 세션 · talkshelf'));
  });

  it('the session page has the star too', async () => {
    const { user } = renderApp(sessionHref(ids.billing));
    await screen.findByRole('heading', { level: 1, name: '카카오 빌링 MySQL DB 샤딩 적용' });
    await user.click(star('카카오 빌링 MySQL DB 샤딩 적용'));
    expect(star('카카오 빌링 MySQL DB 샤딩 적용')).toHaveAttribute('aria-pressed', 'true');
    expect(stored()).toEqual({ version: 1, ids: [ids.billing] });
  });

  it.each([
    ['not JSON', '{"version":1,"ids":[', []],
    ['another shape', '{"favorites":true}', []],
    ['a future version', '{"version":2,"ids":["x"]}', []],
    ['ids of the wrong type', '{"version":1,"ids":[1,null,"2024/a","2024/a"]}', ['2024/a']],
    ['the old bare array', '["2024/a","2023/b"]', ['2024/a', '2023/b']],
  ])('reads a stored value that is %s without failing', (_name, raw, expected) => {
    expect(parseFavorites(raw)).toEqual(expected);
  });

  it('a corrupt stored value shows no stars and is replaced by the next change', async () => {
    localStorage.setItem(favoritesStorageKey, '{"version":1,"ids":[');
    const { user } = renderApp('/favorites');
    expect(await screen.findByText(/아직 별표한 세션이 없습니다/)).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: '타임라인' }));
    await screen.findByRole('heading', { level: 1, name: '타임라인' });
    expect(star('Redis 캐시 전략')).toHaveAttribute('aria-pressed', 'false');
    await user.click(star('Redis 캐시 전략'));
    expect(stored()).toEqual({ version: 1, ids: [ids.redis] });
  });

  it('takes over a list stored by an older version (a bare array of ids)', async () => {
    localStorage.setItem(favoritesStorageKey, JSON.stringify([ids.consumer, ids.billing]));
    renderApp('/favorites');
    await screen.findByRole('heading', { level: 1, name: '내 세션' });
    await waitFor(() =>
      expect(within(screen.getByRole('main')).getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
        'Kafka Consumer 튜닝',
        '카카오 빌링 MySQL DB 샤딩 적용',
        '목록 공유',
      ]),
    );
  });

  it('shares the list as a link that opens the same list for someone else, who can add it to theirs', async () => {
    localStorage.setItem(favoritesStorageKey, JSON.stringify({ version: 1, ids: [ids.redis, ids.keynote] }));
    const mine = renderApp('/favorites');
    const link = await screen.findByRole('link', { name: '공유받은 세션 목록' });
    const href = favoritesHref([ids.redis, ids.keynote]);
    expect(link).toHaveAttribute('href', href);
    expect(screen.getByRole('button', { name: '공유 링크 복사' })).toBeInTheDocument();
    mine.unmount();

    // A friend: nothing stored, the shared address (with one id nobody knows).
    localStorage.clear();
    const friend = renderApp(`${href},2099%2Fgone`);
    expect(await screen.findByRole('heading', { level: 1, name: '공유받은 세션 목록' })).toBeInTheDocument();
    expect(screen.getByText('누군가 세션 2개를 공유했습니다.')).toBeInTheDocument();
    expect(screen.getByText('찾을 수 없는 세션 1개는 뺐습니다.')).toBeInTheDocument();
    const main = screen.getByRole('main');
    expect(within(main).getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Redis 캐시 전략', '키노트']);
    await friend.user.click(screen.getByRole('button', { name: '모두 내 세션에 담기' }));
    expect(stored()).toEqual({ version: 1, ids: [ids.redis, ids.keynote] });
    expect(await screen.findByText('모두 내 세션에 담겨 있습니다.')).toBeInTheDocument();
    await friend.user.click(screen.getByRole('link', { name: '내 세션 보기' }));
    await waitFor(() => expect(currentUrl(friend.router)).toBe('/favorites/'));
    expect(await screen.findByRole('heading', { level: 1, name: '내 세션' })).toBeInTheDocument();
  });
});
