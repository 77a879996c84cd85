import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startClient } from '../../src/app/client/start.tsx';
import { readState, stateScript } from '../../src/app/data/hydration-state.ts';
import { notFoundHead, render, staticPaths } from '../../src/app/entry-server.tsx';
import { sessionHref, tagHref } from '../../src/app/routes.ts';
import { ids } from './fixtures/catalog.ts';
import { fixture, memoryTransport } from './render-app.tsx';

/** The pre-renderer's loadJson: the emitted files from memory, a thrown 404 when missing. */
async function loadJson(path: string): Promise<unknown> {
  const json = fixture.files.get(path);
  if (json === undefined) throw Object.assign(new Error(`No data file ${path}`), { status: 404 });
  return structuredClone(json);
}

describe('entry-server render()', () => {
  it('renders a session page with head tags and the state to hydrate from', async () => {
    const result = await render(sessionHref(ids.billing), {
      loadJson,
      base: '/talkshelf/',
      siteUrl: 'https://example.org/talkshelf/',
    });
    expect(result.status).toBe(200);
    expect(result.html).toContain('<h1>카카오 빌링 MySQL DB 샤딩 적용</h1>');
    expect(result.html).toContain(`href="/talkshelf/tags/mysql/"`);
    expect(result.head).toContain('<title>카카오 빌링 MySQL DB 샤딩 적용 · talkshelf</title>');
    const canonical = `https://example.org/talkshelf/sessions/2024/${encodeURIComponent('카카오-빌링-mysql-db-샤딩-적용')}/`;
    expect(result.head).toContain(`<link rel="canonical" href="${canonical}" />`);
    expect(result.head).toContain('<meta property="og:image" content="https://example.org/talkshelf/og.png" />');
    expect(result.head).toContain('<meta property="og:locale" content="ko_KR" />');
    expect(result.head).toContain('<meta property="og:site_name" content="talkshelf" />');
    expect(result.head).toContain('<meta name="twitter:card" content="summary_large_image" />');
    expect(result.head).toMatch(/<meta name="description" content="if\(kakaoAI\) 2024 · 발표 · 김철수 · 후기 2편" \/>/);
    expect(result.state).toMatch(/^<script type="application\/json" id="talkshelf-state">/);
  });

  it('escapes untrusted review text in the state so it cannot close the script', async () => {
    const result = await render(sessionHref(ids.redis), { loadJson, base: '/' });
    const body = result.state.replace(/^<script[^>]*>/, '').replace(/<\/script>$/, '');
    // Nothing that ends a script element or starts a comment inside it.
    expect(body).not.toMatch(/<\/|<!--|[\u2028\u2029]/);
    // The write-up travels as build-rendered HTML: its closing tags escaped for the script
    // element, the review's `</script><!--` as text inside them.
    expect(body).toContain('<code>&lt;/script&gt;&lt;!--<\\/code>');
    document.body.innerHTML = result.state;
    const state = readState(document)!;
    expect(JSON.stringify(state.queries)).toContain('<code>&lt;/script&gt;&lt;!--</code>');
    expect(state.url).toBe(sessionHref(ids.redis));
  });

  it('keeps state text that would end the script or open a comment inside it from doing so', () => {
    const tricky = ['</script><script>alert(1)</script>', '<!--<script>', '</SCRIPT >', 'a\\</b', '\u2028\u2029'];
    const script = stateScript({ url: '/', queries: { mutations: [], queries: [{ queryKey: ['x'], queryHash: 'x', state: { data: tricky } } as never] } });
    const body = script.replace(/^<script[^>]*>/, '').replace(/<\/script>$/, '');
    expect(body).not.toMatch(/<\/|<!--|[\u2028\u2029]/i);
    document.body.innerHTML = script;
    expect(document.scripts).toHaveLength(1);
    expect(readState(document)!.queries.queries[0]!.state.data).toEqual(tricky);
  });

  it('answers an unknown id with 404 and the not-found page with suggestions', async () => {
    const result = await render('/tags/kafak', { loadJson, base: '/' });
    expect(result.status).toBe(404);
    expect(result.html).toContain('찾을 수 없습니다');
    expect(result.html).toContain(`href="${tagHref('kafka')}"`);
    expect(result.head).toContain('<title>찾을 수 없습니다 · talkshelf</title>');
  });

  it('answers a session alias with a redirect to the canonical session', async () => {
    const result = await render(sessionHref(ids.panelAlias), { loadJson, base: '/talkshelf/' });
    expect(result.status).toBe(301);
    expect(result.redirect).toBe(sessionHref(ids.panel));
    expect(result.head).toContain('http-equiv="refresh" content="0; url=/talkshelf/sessions/2024/ai-finance-tech/"');
  });

  it('lists every page to pre-render and a redirect per alias', () => {
    const { pages, redirects } = staticPaths(fixture.index);
    expect(pages).toContain('/');
    expect(pages).toContain('/editions/2024/');
    expect(pages).toContain(sessionHref(ids.billing));
    expect(pages).toContain('/tags/');
    expect(pages).toContain('/tags/kafka/');
    expect(pages).toContain('/reviews/000_aaaa/');
    // Search and discovery: coverage per edition, speakers, companies, topics, search and favorites shells.
    expect(pages).toContain('/editions/2024/coverage/');
    expect(pages).toContain(`/speakers/${encodeURIComponent('김철수')}/`);
    expect(pages).toContain('/companies/kakao/');
    expect(pages).toEqual(expect.arrayContaining(['/speakers/', '/companies/', '/topics/', '/search/', '/favorites/']));
    expect(pages).toHaveLength(1 + 2 + 6 + 1 + 5 + 3 + (2 + 1 + 6 + 1 + 3 + 1 + 1 + 1));
    expect(redirects).toEqual([{ from: sessionHref(ids.panelAlias), to: sessionHref(ids.panel), title: 'AI Finance Tech' }]);
    expect(notFoundHead({ base: '/talkshelf/' })).toContain('<title>찾을 수 없습니다 · talkshelf</title>');
  });
});

describe('entry-client on a pre-rendered page', () => {
  let unmount: (() => void) | undefined;
  let consoleError: ReturnType<typeof vi.spyOn>;

  beforeEach(() => {
    consoleError = vi.spyOn(console, 'error');
  });

  afterEach(() => {
    act(() => unmount?.());
    unmount = undefined;
    consoleError.mockRestore();
    document.body.innerHTML = '';
    window.history.replaceState(null, '', '/');
  });

  async function boot(url: string, { english = false } = {}) {
    const result = await render(url, { loadJson, base: '/' });
    document.body.innerHTML = `<div id="root">${result.html}</div>${result.state}`;
    window.history.replaceState(null, '', url);
    if (english) localStorage.setItem('talkshelf.lang', 'en');
    const recoverable: unknown[] = [];
    const root = document.getElementById('root')!;
    const serverHtml = root.innerHTML;
    const transport = vi.fn(memoryTransport());
    let started!: Awaited<ReturnType<typeof startClient>>;
    await act(async () => {
      started = await startClient({ root, base: '/', transport, onRecoverableError: (e) => recoverable.push(e) });
    });
    unmount = () => started.root.unmount();
    return { started, recoverable, transport, serverHtml };
  }

  for (const url of ['/', '/editions/2023', sessionHref(ids.billing), '/tags', '/tags/kafka', '/reviews/000_aaaa', '/nope']) {
    it(`hydrates ${decodeURIComponent(url)} without a mismatch or a refetch`, async () => {
      const { started, recoverable, transport } = await boot(url);
      expect(started.hydrated).toBe(true);
      await waitFor(() => expect(screen.getByRole('main')).toBeInTheDocument());
      expect(recoverable).toEqual([]);
      expect(consoleError).not.toHaveBeenCalled();
      expect(transport).not.toHaveBeenCalled();
    });
  }

  it('leaves a long review out of its state, lists it to preload, and hydrates after fetching it', async () => {
    const file = 'data/reviews/000_aaaa.json';
    const reviewFile = fixture.files.get(file) as { review: { html: string } };
    // A post long enough that the state would carry it a second time at some cost.
    const long = { ...reviewFile, review: { ...reviewFile.review, html: `${reviewFile.review.html}${'<p>긴 후기 문단입니다.</p>'.repeat(1500)}` } };
    const files = new Map(fixture.files).set(file, long);
    const result = await render('/reviews/000_aaaa', { loadJson: async (path) => structuredClone(files.get(path)), base: '/talkshelf/' });
    expect(result.status).toBe(200);
    expect(result.data).toEqual(['/talkshelf/data/reviews/000_aaaa.json']);
    expect(result.html).toContain('긴 후기 문단입니다.');
    document.body.innerHTML = result.state;
    const keys = readState(document)!.queries.queries.map((query) => query.queryKey[0]);
    expect(keys).not.toContain('review');
    // Without the review, the route is not "loaded" either: the client runs its load first.
    expect(keys).not.toContain('route');
    // The load checks the id against the index; the state says it did, and leaves the index out.
    expect(keys).not.toContain('index');
    expect(keys).toContain('catalog-id');

    document.body.innerHTML = `<div id="root">${result.html}</div>${result.state}`;
    window.history.replaceState(null, '', '/talkshelf/reviews/000_aaaa');
    const transport = vi.fn(memoryTransport(files));
    const recoverable: unknown[] = [];
    let started!: Awaited<ReturnType<typeof startClient>>;
    await act(async () => {
      started = await startClient({ root: document.getElementById('root')!, base: '/talkshelf/', transport, onRecoverableError: (e) => recoverable.push(e) });
    });
    unmount = () => started.root.unmount();
    expect(started.hydrated).toBe(true);
    expect(transport.mock.calls.map(([path]) => path)).toEqual([file]);
    expect(recoverable).toEqual([]);
    expect(consoleError).not.toHaveBeenCalled();
    expect(screen.getAllByText('긴 후기 문단입니다.')).toHaveLength(1500);
  });

  it('keeps a short review in its state and preloads no data', async () => {
    const result = await render('/reviews/000_aaaa', { loadJson, base: '/' });
    expect(result.data).toEqual([]);
    document.body.innerHTML = result.state;
    expect(readState(document)!.queries.queries.map((query) => query.queryKey[0])).toEqual(expect.arrayContaining(['review', 'route']));
  });

  it('hydrates in Korean and then applies a stored English choice', async () => {
    const { recoverable } = await boot('/', { english: true });
    expect(recoverable).toEqual([]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Timeline' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(consoleError).not.toHaveBeenCalled();
  });

  it('is interactive after hydration: links navigate client-side', async () => {
    await boot('/');
    const user = userEvent.setup();
    const card = await screen.findByRole('link', { name: 'Redis 캐시 전략' });
    await user.click(card);
    expect(await screen.findByRole('heading', { level: 1, name: 'Redis 캐시 전략' })).toBeInTheDocument();
    expect(decodeURIComponent(window.location.pathname)).toBe(`/sessions/${ids.redis}/`);
    expect(screen.getByRole('navigation', { name: '주 메뉴' })).toBeInTheDocument();
  });

  it('renders fresh when the URL differs from the pre-rendered one (query string, 404.html)', async () => {
    const result = await render('/tags', { loadJson, base: '/' });
    document.body.innerHTML = `<div id="root">${result.html}</div>${result.state}`;
    window.history.replaceState(null, '', '/tags?tags=redis');
    let started!: Awaited<ReturnType<typeof startClient>>;
    await act(async () => {
      started = await startClient({ root: document.getElementById('root')!, base: '/', transport: memoryTransport() });
    });
    unmount = () => started.root.unmount();
    expect(started.hydrated).toBe(false);
    expect(await screen.findByRole('link', { name: 'Redis 캐시 전략' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Kafka Consumer 튜닝' })).not.toBeInTheDocument();
  });
});
