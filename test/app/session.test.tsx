import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sessionHref } from '../../src/app/routes.ts';
import { renderSession } from '../../src/content/emit/emit.ts';
import type { SessionFile } from '../../src/content/schema.ts';
import { ids } from './fixtures/catalog.ts';
import { controlledTransport, currentUrl, fixture, memoryTransport, renderApp } from './render-app.tsx';

const billingUrl = sessionHref(ids.billing);

/** The fixture's files with the billing session's first write-up saying `markdown`, rendered as the build renders it. */
function billingWithNotes(markdown: string): Map<string, unknown> {
  const files = new Map(fixture.files);
  const path = `data/sessions/${ids.billing}.json`;
  const session = fixture.sessions.find((s) => s.id === ids.billing)!;
  const [first, ...rest] = session.writeUps;
  const file = files.get(path) as SessionFile;
  files.set(path, { ...file, session: renderSession({ ...session, writeUps: [{ ...first!, markdown }, ...rest] }) });
  return files;
}

describe('session /sessions/:id', () => {
  it('shows title, edition and day, kind, linked speakers and companies, tags and the official link', async () => {
    renderApp(billingUrl);
    expect(await screen.findByRole('heading', { level: 1, name: '카카오 빌링 MySQL DB 샤딩 적용' })).toBeInTheDocument();
    const header = screen.getByRole('heading', { level: 1 }).closest('header')!;
    expect(within(header).getByRole('link', { name: 'if(kakaoAI) 2024' })).toHaveAttribute('href', '/editions/2024/');
    expect(header).toHaveTextContent('2일차 · 2024년 10월 23일');
    expect(header).toHaveTextContent('발표');
    expect(header).toHaveTextContent('김철수 · 카카오');
    // Each speaker and company leads to every session of theirs.
    expect(within(header).getByRole('link', { name: '김철수' })).toHaveAttribute('href', `/speakers/${encodeURIComponent('김철수')}/`);
    expect(within(header).getByRole('link', { name: '카카오' })).toHaveAttribute('href', '/companies/kakao/');
    expect(within(header).getByRole('link', { name: '#MySQL' })).toHaveAttribute('href', '/tags/mysql/');
    expect(within(header).getByRole('link', { name: '#Sharding' })).toHaveAttribute('href', '/tags/sharding/');
    const official = within(header).getByRole('link', { name: 'if.kakao.com' });
    expect(official).toHaveAttribute('href', 'https://if.kakao.com/program?sessionId=1');
    expect(official).toHaveAttribute('rel', 'noopener noreferrer');
    await waitFor(() => expect(document.title).toBe('카카오 빌링 MySQL DB 샤딩 적용 · talkshelf'));
  });

  it('renders every review’s write-up, credited, with a link to the exact place in the review', async () => {
    renderApp(billingUrl);
    const section = await screen.findByRole('region', { name: '후기 2편' });
    const writeUps = within(section).getAllByRole('article');
    expect(writeUps).toHaveLength(2);

    const first = writeUps[0]!;
    expect(within(first).getByRole('heading', { level: 3, name: 'if(kakaoAI) 2024 1일차 후기' })).toBeInTheDocument();
    expect(first).toHaveTextContent('글쓴이 홍길동 · 2024년 10월 24일');
    expect(within(first).getByRole('link', { name: '원문에서 이 부분 보기' })).toHaveAttribute(
      'href',
      `/reviews/000_aaaa/#${encodeURIComponent('카카오-빌링-mysql-db-샤딩-적용')}`,
    );
    // GFM table, lazy image without referrer.
    const table = within(first).getByRole('table');
    expect(within(table).getByRole('columnheader', { name: '항목' })).toBeInTheDocument();
    expect(within(table).getByRole('cell', { name: '8' })).toBeInTheDocument();
    const image = within(first).getByRole('img', { name: '샤딩 구조도' });
    expect(image).toHaveAttribute('loading', 'lazy');
    expect(image).toHaveAttribute('referrerpolicy', 'no-referrer');

    const second = writeUps[1]!;
    expect(second).toHaveTextContent('글쓴이를 밝히지 않은 글');
    expect(within(second).getByText('온라인')).toContainHTML('strong');
  });

  it('renders nested lists and code, opens external links safely and drops unsafe ones', async () => {
    renderApp(sessionHref(ids.kafka));
    const section = await screen.findByRole('region', { name: '후기 1편' });
    expect(within(section).getByText('순서 보장').closest('ul')!.parentElement!.closest('ul')).not.toBeNull();
    expect(within(section).getByText('producer.send(record);').tagName).toBe('CODE');

    renderApp(sessionHref(ids.panel));
    const slides = await screen.findByRole('link', { name: '발표 자료' });
    expect(slides).toHaveAttribute('target', '_blank');
    expect(slides).toHaveAttribute('rel', 'noopener noreferrer');
    const unsafe = screen.getByText('잘못된 링크');
    expect(unsafe.getAttribute('href') ?? '').not.toMatch(/javascript/i);
    // Raw HTML in a post is shown as text at most, never executed.
    expect(screen.getByText("<script>alert('xss')</script>")).toBeInTheDocument();
    expect(document.querySelector('main script')).toBeNull();
  });

  it('shows an image the review links relatively as unavailable and labels tables, in the reader’s language', async () => {
    const notes = '![구조도](../images/sharding.png) [지난 글](../2019/post)\n\n| 항목 |\n| --- |\n| 8 |';
    const { user } = renderApp(billingUrl, { transport: memoryTransport(billingWithNotes(notes)) });
    const placeholder = await screen.findByRole('img', { name: '이미지를 볼 수 없습니다: 구조도' });
    expect(placeholder).toHaveTextContent('이미지를 볼 수 없습니다: 구조도');
    expect(document.querySelector('img[src^="../"]')).toBeNull();
    expect(screen.getByText('지난 글')).not.toHaveAttribute('href');
    expect(within(screen.getByRole('region', { name: '표' })).getByRole('table')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('img', { name: 'Image not available: 구조도' })).toHaveTextContent('Image not available: 구조도');
    expect(within(screen.getByRole('region', { name: 'Table' })).getByRole('table')).toBeInTheDocument();
  });

  it('marks a session with empty notes and says so in the write-up', async () => {
    renderApp(sessionHref(ids.keynote));
    await screen.findByRole('heading', { level: 1, name: '키노트' });
    expect(screen.getByText('노트 없음')).toBeInTheDocument();
    expect(screen.getByText('이 후기에는 세션 제목만 있고 노트가 없습니다.')).toBeInTheDocument();
  });

  it('links the previous and next session in the timeline and related sessions', async () => {
    const { user, router } = renderApp(sessionHref(ids.kafka));
    const pager = await screen.findByRole('navigation', { name: '타임라인 이웃 세션' });
    expect(within(pager).queryByText('이전 세션')).not.toBeInTheDocument();
    const next = within(pager).getByRole('link', { name: 'AI Finance Tech' });
    const related = screen.getByRole('region', { name: '관련 세션' });
    expect(within(related).getAllByRole('link').map((a) => a.textContent)).toEqual([
      'Redis 캐시 전략',
      'Kafka Consumer 튜닝',
    ]);

    await user.click(next);
    await screen.findByRole('heading', { level: 1, name: 'AI Finance Tech' });
    expect(currentUrl(router)).toBe(`/sessions/${ids.panel}/`);
    expect(within(screen.getByRole('navigation', { name: '타임라인 이웃 세션' })).getByRole('link', {
      name: 'Kafka로 이벤트 스트리밍',
    })).toBeInTheDocument();

    await router.navigate(-1);
    expect(await screen.findByRole('heading', { level: 1, name: 'Kafka로 이벤트 스트리밍' })).toBeInTheDocument();
  });

  it('redirects an alias of a merged session to the canonical page', async () => {
    const { router } = renderApp(sessionHref(ids.panelAlias));
    expect(await screen.findByRole('heading', { level: 1, name: 'AI Finance Tech' })).toBeInTheDocument();
    expect(currentUrl(router)).toBe(`/sessions/${ids.panel}/`);
  });

  it('answers an unknown session with the closest matches', async () => {
    renderApp('/sessions/2024/카카오-빌링-샤딩');
    expect(await screen.findByRole('heading', { level: 1, name: '찾을 수 없습니다' })).toBeInTheDocument();
    expect(screen.getByText('찾을 수 없는 세션입니다: "2024/카카오-빌링-샤딩"')).toBeInTheDocument();
    const suggestions = screen.getByRole('list', { name: '혹시 이것을 찾으셨나요?' });
    const best = within(suggestions).getAllByRole('listitem')[0]!;
    expect(within(best).getByRole('link', { name: '카카오 빌링 MySQL DB 샤딩 적용' })).toHaveAttribute('href', billingUrl);
    await waitFor(() => expect(document.title).toBe('찾을 수 없습니다 · talkshelf'));
  });

  it('shows an error with a retry button when the session fails to load, and retry works', async () => {
    const control = controlledTransport();
    control.fail(`data/sessions/${ids.billing}.json`);
    const { user } = renderApp(billingUrl, { transport: control.transport });
    expect(await screen.findByRole('alert')).toHaveTextContent('불러오지 못했습니다');
    // Still a page: header and nav stay usable.
    expect(screen.getByRole('navigation', { name: '주 메뉴' })).toBeInTheDocument();
    control.recover(`data/sessions/${ids.billing}.json`);
    await user.click(screen.getByRole('button', { name: '다시 시도' }));
    expect(await screen.findByRole('heading', { level: 1, name: '카카오 빌링 MySQL DB 샤딩 적용' })).toBeInTheDocument();
  });

  it('checks the id against the index, then asks for exactly the session file, by its unencoded id', async () => {
    const control = controlledTransport();
    renderApp(billingUrl, { transport: control.transport });
    await screen.findByRole('heading', { level: 1, name: '카카오 빌링 MySQL DB 샤딩 적용' });
    expect(control.requests).toEqual(['data/index-packed.json', `data/sessions/${ids.billing}.json`]);
  });

  it('fetches no session file for an id the catalog does not have', async () => {
    const control = controlledTransport();
    renderApp('/sessions/2024/..%2F..%2Findex', { transport: control.transport });
    expect(await screen.findByRole('heading', { level: 1, name: '찾을 수 없습니다' })).toBeInTheDocument();
    expect(control.requests).toEqual(['data/index-packed.json']);
  });
});
