/**
 * The views on the catalog the pipeline builds from the real review posts: what the fixture
 * cannot promise (real titles, real markdown, real merges) and the whole pre-render → hydrate
 * path for every page the build writes.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startClient } from '../../src/app/client/start.tsx';
import { render, staticPaths } from '../../src/app/entry-server.tsx';
import { dataUrl } from '../../src/app/data/transport.ts';
import { reviewHref, sessionHref, tagHref } from '../../src/app/routes.ts';
import { PACKED_INDEX_PATH } from '../../src/content/emit/packed-index-path.ts';
import * as schema from '../../src/content/schema.ts';
import { buildRealContent } from './real-content.ts';
import { currentUrl, memoryTransport, renderApp } from './render-app.tsx';

let real: Awaited<ReturnType<typeof buildRealContent>>;

beforeAll(async () => {
  real = await buildRealContent();
});

const transport = () => memoryTransport(real.files);

describe('the real pipeline output', () => {
  it('matches the schemas the app reads', () => {
    for (const [path, json] of real.files) {
      const shape = path === 'data/index.json' ? schema.IndexFile : path === PACKED_INDEX_PATH ? schema.PackedIndexFile : path.startsWith('data/sessions/') ? schema.SessionFile : schema.ReviewFile;
      const result = shape.safeParse(json);
      expect(result.success, `${path}: ${result.error?.message}`).toBe(true);
    }
  });

  it('timeline: every edition newest first, every session once', async () => {
    renderApp('/', { transport: transport() });
    await screen.findByRole('heading', { level: 1, name: '타임라인' });
    const expected = [...real.index.editions].sort((a, b) => (b.year ?? -1) - (a.year ?? -1)).map((e) => e.name);
    const main = screen.getByRole('main');
    expect(within(main).getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(expected);
    const cards = within(main).getAllByRole('article');
    expect(cards).toHaveLength(real.index.editions.flatMap((e) => e.days.flatMap((d) => d.sessionIds)).length);
    expect(screen.getByRole('link', { name: 'AI Finance Tech' })).toHaveAttribute('href', '/sessions/2024/ai-finance-tech/');
  });

  it('session: real write-ups from each review, credited and linked to the exact heading', async () => {
    const session = real.catalog.sessions.find((s) => s.writeUps.length > 1 && s.writeUps.some((w) => !w.empty))!;
    renderApp(sessionHref(session.id), { transport: transport() });
    expect(await screen.findByRole('heading', { level: 1, name: session.title })).toBeInTheDocument();
    const writeUps = within(screen.getByRole('region', { name: /^후기 \d+편$/ })).getAllByRole('article');
    expect(writeUps).toHaveLength(session.writeUps.length);
    const links = screen.getAllByRole('link', { name: '원문에서 이 부분 보기' });
    expect(links.map((a) => decodeURIComponent(a.getAttribute('href')!))).toEqual(
      session.writeUps.map((w) => decodeURIComponent(reviewHref(w.reviewId, w.anchor))),
    );
  });

  it('session: an image the review links relatively (into its own blog) shows as unavailable, not as a broken request', async () => {
    const session = real.catalog.sessions.find((s) => s.writeUps.some((w) => w.markdown.includes('](../images/')))!;
    renderApp(sessionHref(session.id), { transport: transport() });
    await screen.findByRole('heading', { level: 1, name: session.title });
    expect(screen.getByRole('img', { name: /^이미지를 볼 수 없습니다/ })).toHaveClass('missing-image');
    expect(document.querySelector('img[src^="../"]')).toBeNull();
  });

  it('session: a merged title redirects to the canonical session', async () => {
    const merged = real.index.sessions.find((s) => s.aliases.length > 0)!;
    const { router } = renderApp(sessionHref(merged.aliases[0]!), { transport: transport() });
    expect(await screen.findByRole('heading', { level: 1, name: merged.title })).toBeInTheDocument();
    expect(currentUrl(router)).toBe(`/sessions/${merged.id}/`);
  });

  it('tags: Kafka sessions, then narrowed to one edition in the URL', async () => {
    const { user, router } = renderApp(tagHref('kafka'), { transport: transport() });
    await screen.findByRole('heading', { level: 1, name: '#Kafka' });
    const kafka = real.index.sessions.filter((s) => s.tags.includes('kafka'));
    expect(screen.getByRole('heading', { level: 2, name: `세션 ${kafka.length}개` })).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: '에디션' }), '2024');
    await waitFor(() => expect(currentUrl(router)).toBe('/tags/?tags=kafka&edition=2024'));
    const in2024 = kafka.filter((s) => s.editionId === '2024').length;
    expect(await screen.findByRole('heading', { level: 2, name: `세션 ${in2024}개` })).toBeInTheDocument();
  });

  it('review: the whole post, session headings anchored and linked', async () => {
    const review = real.catalog.reviews.find((r) => r.headings.some((h) => h.sessionId))!;
    renderApp(reviewHref(review.id), { transport: transport() });
    expect(await screen.findByRole('heading', { level: 1, name: review.title })).toBeInTheDocument();
    for (const heading of review.headings) {
      const element = document.getElementById(heading.anchor);
      expect(element, heading.anchor).not.toBeNull();
      if (heading.sessionId) {
        expect(within(element!).getByRole('link', { name: '세션 페이지로' })).toHaveAttribute('href', sessionHref(heading.sessionId));
      }
    }
  });
});

describe('every pre-rendered page hydrates cleanly', () => {
  let unmount: (() => void) | undefined;
  afterEach(() => {
    act(() => unmount?.());
    unmount = undefined;
    document.body.innerHTML = '';
    window.history.replaceState(null, '', '/');
  });

  it('renders each static path with status 200 and hydrates it with no mismatch, fetching only the data its state leaves out', async () => {
    const loadJson = async (path: string) => {
      const json = real.files.get(path);
      if (json === undefined) throw Object.assign(new Error(`No data file ${path}`), { status: 404 });
      return structuredClone(json);
    };
    const { pages, redirects } = staticPaths(real.index);
    expect(redirects.length).toBeGreaterThan(0);
    const consoleError = vi.spyOn(console, 'error');
    const leftOut: string[] = [];
    try {
      for (const page of pages) {
        const result = await render(page, { loadJson, base: '/talkshelf/', siteUrl: 'https://example.org/talkshelf/' });
        if (result.data?.length) leftOut.push(page);
        expect(result.status, page).toBe(200);
        document.body.innerHTML = `<div id="root">${result.html}</div>${result.state}`;
        window.history.replaceState(null, '', `/talkshelf${page}`);
        const recoverable: unknown[] = [];
        const fetches = vi.fn(transport());
        let started!: Awaited<ReturnType<typeof startClient>>;
        await act(async () => {
          started = await startClient({
            root: document.getElementById('root')!,
            base: '/talkshelf/',
            transport: fetches,
            onRecoverableError: (error) => recoverable.push(error),
          });
        });
        unmount = () => started.root.unmount();
        expect(started.hydrated, page).toBe(true);
        expect(recoverable, page).toEqual([]);
        // Only what the page left out of its state (a file over 16 KB), which it preloads.
        expect(fetches.mock.calls.map(([path]) => dataUrl('/talkshelf/', path)), page).toEqual(result.data);
        act(() => unmount?.());
        unmount = undefined;
      }
      expect(consoleError).not.toHaveBeenCalled();
      // The three long posts (20–42 KB of JSON) are fetched; every shorter page hydrates from its state.
      expect(leftOut.filter((page) => page.startsWith('/reviews/'))).toHaveLength(3);
    } finally {
      consoleError.mockRestore();
    }
  }, 60_000);

  it('links carry the base path after hydration', async () => {
    const result = await render('/', { loadJson: async (p) => structuredClone(real.files.get(p)), base: '/talkshelf/' });
    document.body.innerHTML = `<div id="root">${result.html}</div>${result.state}`;
    window.history.replaceState(null, '', '/talkshelf/');
    let started!: Awaited<ReturnType<typeof startClient>>;
    await act(async () => {
      started = await startClient({ root: document.getElementById('root')!, base: '/talkshelf/', transport: transport() });
    });
    unmount = () => started.root.unmount();
    const link = await screen.findByRole('link', { name: 'AI Finance Tech' });
    expect(link).toHaveAttribute('href', '/talkshelf/sessions/2024/ai-finance-tech/');
    await userEvent.setup().click(link);
    expect(await screen.findByRole('heading', { level: 1, name: 'AI Finance Tech' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/talkshelf/sessions/2024/ai-finance-tech/');
  });
});
