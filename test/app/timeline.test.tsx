import { act, createEvent, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startClient } from '../../src/app/client/start.tsx';
import { render } from '../../src/app/entry-server.tsx';
import { FIRST_SCREEN_CARDS } from '../../src/app/features/timeline/edition-section.tsx';
import { sessionQuery } from '../../src/app/data/queries.ts';
import { PACKED_INDEX_PATH } from '../../src/content/emit/packed-index-path.ts';
import { controlledTransport, currentUrl, fixture, memoryTransport, renderApp } from './render-app.tsx';
import { generatedTitle, largeIndexFiles } from './fixtures/large-index.ts';
import { ids } from './fixtures/catalog.ts';

describe('timeline /', () => {
  it('lists editions newest first, each with its days and sessions in order', async () => {
    renderApp('/');
    const main = await screen.findByRole('main');
    await screen.findByRole('heading', { level: 1, name: '타임라인' });
    const editions = within(main).getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(editions).toEqual(['if(kakaoAI) 2024', 'if(kakao) 2023']);

    const edition2024 = screen.getByRole('region', { name: 'if(kakaoAI) 2024' });
    const days = within(edition2024).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(days).toEqual(['1일차 · 2024년 10월 22일', '2일차 · 2024년 10월 23일']);
    const day1 = within(edition2024).getByRole('region', { name: /1일차/ });
    expect(within(day1).getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual([
      'Kafka로 이벤트 스트리밍',
      'AI Finance Tech',
    ]);
    expect(screen.getByRole('region', { name: 'if(kakao) 2023' })).toHaveTextContent('날짜 미상');
  });

  it('shows on each card the speakers, companies, tags and review count', async () => {
    renderApp('/');
    const link = await screen.findByRole('link', { name: 'AI Finance Tech' });
    const card = link.closest('article')!;
    expect(card).toHaveTextContent('패널 토크');
    expect(card).toHaveTextContent('정규돈, 신재홍');
    expect(card).toHaveTextContent('카카오, 카카오뱅크');
    expect(within(card).getByRole('link', { name: '#AI' })).toHaveAttribute('href', '/tags/ai/');
    expect(card).toHaveTextContent('후기 1편');
    const billing = screen.getByRole('link', { name: '카카오 빌링 MySQL DB 샤딩 적용' }).closest('article')!;
    expect(billing).toHaveTextContent('후기 2편');
    expect(link).toHaveAttribute('href', '/sessions/2024/ai-finance-tech/');
  });

  it('marks sessions no review took notes on instead of hiding them', async () => {
    renderApp('/');
    const keynote = (await screen.findByRole('link', { name: '키노트' })).closest('article')!;
    expect(keynote).toHaveTextContent('노트 없음');
    const kafka = screen.getByRole('link', { name: 'Kafka로 이벤트 스트리밍' }).closest('article')!;
    expect(kafka).not.toHaveTextContent('노트 없음');
  });

  it('sets the document title and marks the current nav item', async () => {
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: '타임라인' });
    await waitFor(() => expect(document.title).toBe('타임라인 · talkshelf'));
    const nav = screen.getByRole('navigation', { name: '주 메뉴' });
    expect(within(nav).getByRole('link', { name: '타임라인' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: '태그' })).not.toHaveAttribute('aria-current');
  });

  it('prefetches a session when its link is hovered or focused', async () => {
    const { queryClient, user } = renderApp('/');
    const link = await screen.findByRole('link', { name: 'Redis 캐시 전략' });
    expect(queryClient.getQueryData(sessionQuery(ids.redis).queryKey)).toBeUndefined();
    await user.hover(link);
    await waitFor(() => expect(queryClient.getQueryData(sessionQuery(ids.redis).queryKey)).toBeDefined());

    const kafka = screen.getByRole('link', { name: 'Kafka Consumer 튜닝' });
    kafka.focus();
    await waitFor(() => expect(queryClient.getQueryData(sessionQuery(ids.consumer).queryKey)).toBeDefined());
  });

  it('follows a plain click on a card link in the app, and leaves a modified one (new tab) to the browser', async () => {
    const { user, router } = renderApp('/');
    const link = await screen.findByRole('link', { name: 'Redis 캐시 전략' });
    // What the app left undone, seen after React's listener; then jsdom is spared the navigation.
    const leftToBrowser: boolean[] = [];
    const spare = (event: Event) => {
      leftToBrowser.push(!event.defaultPrevented);
      event.preventDefault();
    };
    document.addEventListener('click', spare);
    try {
      for (const modifier of [{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }]) fireEvent(link, createEvent.click(link, { button: 0, ...modifier }));
      fireEvent(link, createEvent.click(link, { button: 1 }));
      expect(leftToBrowser).toEqual([true, true, true, true]);
      expect(currentUrl(router)).toBe('/');
    } finally {
      document.removeEventListener('click', spare);
    }
    await user.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: 'Redis 캐시 전략' })).toBeInTheDocument();
    expect(currentUrl(router)).toBe(`/sessions/${ids.redis}/`);
  });

  it('shows a loading state while the first data arrives', async () => {
    const control = controlledTransport();
    control.hold();
    renderApp('/', { transport: control.transport });
    expect(await screen.findByRole('status')).toHaveTextContent('불러오는 중…');
    control.release();
    expect(await screen.findByRole('heading', { level: 1, name: '타임라인' })).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('shows progress while navigating, then the next page', async () => {
    const control = controlledTransport();
    const { user, router } = renderApp('/', { transport: control.transport });
    const link = await screen.findByRole('link', { name: 'Kafka Consumer 튜닝' });
    control.hold();
    await user.click(link);
    expect(await screen.findByRole('progressbar', { name: '불러오는 중…' })).toBeInTheDocument();
    control.release();
    await screen.findByRole('heading', { level: 1, name: 'Kafka Consumer 튜닝' });
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(currentUrl(router)).toBe(`/sessions/${ids.consumer}/`);
  });

  it('shows a message and a retry button when the index fails, and retry recovers', async () => {
    const control = controlledTransport();
    control.fail(PACKED_INDEX_PATH);
    const { user } = renderApp('/', { transport: control.transport });
    expect(await screen.findByRole('heading', { name: '불러오지 못했습니다' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('다시 시도해 주세요');
    await waitFor(() => expect(document.title).toBe('불러오지 못했습니다 · talkshelf'));
    control.recover(PACKED_INDEX_PATH);
    await user.click(screen.getByRole('button', { name: '다시 시도' }));
    expect(await screen.findByRole('heading', { level: 1, name: '타임라인' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('retries a failed load on its own when retries are on', async () => {
    let calls = 0;
    const flaky = async (path: string) => {
      calls += 1;
      if (calls === 1) throw new Error('flaky network');
      return structuredClone(fixture.files.get(path));
    };
    renderApp('/', { transport: flaky, retry: 2 });
    expect(await screen.findByRole('heading', { level: 1, name: '타임라인' }, { timeout: 4000 })).toBeInTheDocument();
    expect(calls).toBe(2);
  });
});

describe('edition /editions/:edition', () => {
  it('shows one edition with its days and sessions', async () => {
    renderApp('/editions/2023');
    expect(await screen.findByRole('heading', { level: 1, name: 'if(kakao) 2023' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '키노트' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Redis 캐시 전략' })).not.toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('if(kakao) 2023 · talkshelf'));
  });

  it('is reached from the timeline and back returns there', async () => {
    const { user, router } = renderApp('/');
    const nav = await screen.findByRole('navigation', { name: '에디션' });
    await user.click(within(nav).getByRole('link', { name: 'if(kakaoAI) 2024' }));
    await screen.findByRole('heading', { level: 1, name: 'if(kakaoAI) 2024' });
    expect(currentUrl(router)).toBe('/editions/2024/');
    await router.navigate(-1);
    expect(await screen.findByRole('heading', { level: 1, name: '타임라인' })).toBeInTheDocument();
    expect(currentUrl(router)).toBe('/');
  });

  it('answers an unknown edition with the closest matches', async () => {
    renderApp('/editions/2025');
    expect(await screen.findByRole('heading', { level: 1, name: '찾을 수 없습니다' })).toBeInTheDocument();
    expect(screen.getByText(/에디션입니다: "2025"/)).toBeInTheDocument();
    const suggestions = screen.getByRole('list', { name: '혹시 이것을 찾으셨나요?' });
    expect(within(suggestions).getByRole('link', { name: 'if(kakaoAI) 2024' })).toHaveAttribute(
      'href',
      '/editions/2024/',
    );
  });
});

describe('timeline at scale', () => {
  const files = largeIndexFiles(1000);
  const day1 = () => within(screen.getByRole('region', { name: 'if(kakaoAI) 2024' })).getByRole('region', { name: /1일차/ });
  // The day's cards, not the tag lists inside them.
  const cards = () => within(day1()).getAllByRole('listitem').filter((item) => item.hasAttribute('aria-posinset'));

  it('renders only the cards near the viewport, each saying where it sits in the day', async () => {
    renderApp('/', { transport: memoryTransport(files) });
    await screen.findByRole('heading', { level: 1, name: '타임라인' });
    const items = cards();
    expect(items.length).toBeGreaterThan(3);
    expect(items.length).toBeLessThan(40);
    expect(items[0]).toHaveAttribute('aria-posinset', '1');
    expect(items[0]).toHaveAttribute('aria-setsize', '1002');
    expect(within(items[0]!).getByRole('link', { name: 'Kafka로 이벤트 스트리밍' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: generatedTitle(999) })).not.toBeInTheDocument();
  });

  it('renders the next card before Tab reaches it, so the keyboard walks the whole list', async () => {
    const { user } = renderApp('/', { transport: memoryTransport(files) });
    await screen.findByRole('heading', { level: 1, name: '타임라인' });
    const last = cards().at(-1)!;
    const position = Number(last.getAttribute('aria-posinset'));
    within(last).getAllByRole('link')[0]!.focus();
    await waitFor(() => expect(cards().at(-1)).not.toBe(last));
    // Tab through the last card's controls: focus lands in the card after it, not past the list.
    const next = () => cards().find((item) => item.getAttribute('aria-posinset') === String(position + 1))!;
    expect(next()).toBeDefined();
    for (let k = 0; k < 8 && !next().contains(document.activeElement); k++) await user.tab();
    expect(next()).toContainElement(document.activeElement as HTMLElement);
  });
});

describe('pre-rendered timeline at scale', () => {
  const files = largeIndexFiles(1000);
  const loadJson = async (path: string) => {
    if (!files.has(path)) throw Object.assign(new Error(`No data file ${path}`), { status: 404 });
    return structuredClone(files.get(path));
  };
  let unmount: (() => void) | undefined;
  afterEach(() => {
    act(() => unmount?.());
    document.body.innerHTML = '';
  });

  it('holds the first screen of cards, leaves the index out of its state, and hydrates after fetching it without a mismatch', async () => {
    const result = await render('/', { loadJson, base: '/' });
    expect(result.html.match(/class="session-card"/g)).toHaveLength(FIRST_SCREEN_CARDS);
    expect(result.state).not.toContain(generatedTitle(0));
    // The page preloads the index it leaves out, after its first paint.
    expect(result.data).toEqual([`/${PACKED_INDEX_PATH}`]);
    document.body.innerHTML = `<div id="root">${result.html}</div>${result.state}`;
    const root = document.getElementById('root')!;
    const transport = vi.fn(memoryTransport(files));
    const recoverable: unknown[] = [];
    const consoleError = vi.spyOn(console, 'error');
    await act(async () => {
      const started = await startClient({ root, base: '/', transport, onRecoverableError: (e) => recoverable.push(e) });
      unmount = () => started.root.unmount();
      expect(started.hydrated).toBe(true);
    });
    expect(transport.mock.calls.map(([path]) => path)).toEqual([PACKED_INDEX_PATH]);
    expect(recoverable).toEqual([]);
    expect(consoleError).not.toHaveBeenCalled();
    consoleError.mockRestore();
    expect(screen.getByRole('link', { name: 'Kafka로 이벤트 스트리밍' })).toBeInTheDocument();
  });
});
