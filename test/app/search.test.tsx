/** The search page and the header search box, on the real catalog with its real search index. */
import { screen, waitFor, within } from '@testing-library/react';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCatalog, emitStaticFiles, loadContent } from '../../src/content/node/index.ts';
import { buildSearchIndex } from '../../src/search/build-index.ts';
import { SEARCH_INDEX_PATH } from '../../src/search/index-file.ts';
import { readTaxonomyTags } from '../../src/search/taxonomy.ts';
import { controlledTransport, currentUrl, memoryTransport, renderApp } from './render-app.tsx';

let files: Map<string, unknown>;

beforeAll(async () => {
  const input = await loadContent(path.resolve(process.cwd(), 'content'));
  const catalog = buildCatalog(input);
  files = emitStaticFiles(catalog) as Map<string, unknown>;
  files.set(SEARCH_INDEX_PATH, JSON.parse(JSON.stringify(buildSearchIndex(catalog, readTaxonomyTags(input)))));
});

const searchBox = () => screen.getByRole('searchbox', { name: '세션 검색' });
const resultList = () => screen.getByRole('list', { name: '검색 결과' });
const resultLinks = () => within(resultList()).getAllByRole('link');

describe('search /search?q=', () => {
  it('shows results for the query in the URL, with the matched words marked', async () => {
    renderApp('/search?q=카프', { transport: memoryTransport(files) });
    expect(await screen.findByRole('heading', { level: 1, name: '검색' })).toBeInTheDocument();
    const count = await screen.findByRole('heading', { level: 2, name: /^“카프” 검색 결과 \d+개$/ });
    expect(count).toBeInTheDocument();
    const titles = resultLinks().map((link) => link.textContent);
    expect(titles.slice(0, 2).sort()).toEqual(['카프카, KRaft를 만나다: 주키퍼 없이 운영하는 카프카의 실전 운영 노하우', '카프카, 산전수전 노하우'].sort());
    // Marks are elements around text, in the title and the snippet.
    const first = within(resultList()).getAllByRole('listitem')[0]!;
    const marks = [...first.querySelectorAll('mark')].map((mark) => mark.textContent);
    expect(marks.length).toBeGreaterThan(1);
    expect(new Set(marks)).toEqual(new Set(['카프']));
    expect(searchBox()).toHaveValue('카프');
    await waitFor(() => expect(document.title).toBe('검색 · talkshelf'));
  });

  it('keeps the query in the box when a static host added a trailing slash (/search/?q=)', async () => {
    renderApp('/search/?q=카프', { transport: memoryTransport(files) });
    await screen.findByRole('list', { name: '검색 결과' });
    expect(searchBox()).toHaveValue('카프');
    expect(searchBox()).toHaveAttribute('aria-controls', 'search-results');
  });

  it('typing in the header box from any page searches as you type and keeps focus in the box', async () => {
    const { user, router } = renderApp('/', { transport: memoryTransport(files) });
    await screen.findByRole('heading', { level: 1, name: '타임라인' });
    await user.click(searchBox());
    await user.keyboard('샤딩');
    await waitFor(() => expect(currentUrl(router)).toBe('/search/?q=샤딩'));
    expect(searchBox()).toHaveFocus();
    await waitFor(() => expect(resultLinks()[0]).toHaveTextContent('카카오 빌링 MySQL DB 샤딩 적용'));
    // Typing refines the same search: back returns to where the search started.
    router.navigate(-1);
    await waitFor(() => expect(currentUrl(router)).toBe('/'));
  });

  it('"/" focuses the search box from anywhere, but not while typing in a field', async () => {
    const { user } = renderApp('/tags', { transport: memoryTransport(files) });
    await screen.findByRole('heading', { level: 1, name: '태그' });
    expect(searchBox()).not.toHaveFocus();
    await user.keyboard('/');
    expect(searchBox()).toHaveFocus();
    expect(searchBox()).toHaveValue('');
    // In a text field "/" is just a character.
    await user.keyboard('ci/cd');
    expect(searchBox()).toHaveValue('ci/cd');
  });

  it('arrow keys move through the results and back to the box; Enter opens a session', async () => {
    const { user, router } = renderApp('/search?q=카프카', { transport: memoryTransport(files) });
    await screen.findByRole('list', { name: '검색 결과' });
    await user.click(searchBox());
    await user.keyboard('{ArrowDown}');
    const links = resultLinks();
    expect(links.length).toBeGreaterThan(2);
    expect(links[0]).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(links[2]).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(links[1]).toHaveFocus();
    await user.keyboard('{End}');
    expect(links.at(-1)).toHaveFocus();
    await user.keyboard('{Home}{ArrowUp}');
    expect(searchBox()).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    const target = links[0]!.textContent!;
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: target })).toBeInTheDocument();
    expect(currentUrl(router)).toMatch(/^\/sessions\//);
  });

  it('says so when nothing matches', async () => {
    renderApp('/search?q=zzqxj', { transport: memoryTransport(files) });
    expect(await screen.findByRole('heading', { level: 2, name: '“zzqxj”에 맞는 세션이 없습니다.' })).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: '검색 결과' })).not.toBeInTheDocument();
  });

  it('without a query it explains itself and loads no index', async () => {
    const control = controlledTransport(files);
    renderApp('/search', { transport: control.transport });
    expect(await screen.findByText(/검색어를 입력하세요/)).toBeInTheDocument();
    expect(control.requests).not.toContain(SEARCH_INDEX_PATH);
  });

  it('shows a loading state while the index loads, then the results', async () => {
    const control = controlledTransport(files);
    control.hold();
    renderApp('/search?q=kube', { transport: control.transport });
    await waitFor(() => expect(control.requests).toContain(SEARCH_INDEX_PATH));
    expect(await screen.findByText('검색 색인을 불러오는 중…')).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('list', { name: '검색 결과' })).not.toBeInTheDocument();
    control.release();
    await waitFor(() => expect(resultLinks()[0]).toHaveTextContent(/Kubernates/));
  });

  it('shows an error with a retry when the index fails to load, and retry recovers', async () => {
    const control = controlledTransport(files);
    control.fail(SEARCH_INDEX_PATH);
    const { user } = renderApp('/search?q=샤딩', { transport: control.transport });
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: '불러오지 못했습니다' })).toBeInTheDocument();
    control.recover(SEARCH_INDEX_PATH);
    await user.click(within(alert).getByRole('button', { name: '다시 시도' }));
    await waitFor(() => expect(resultLinks()[0]).toHaveTextContent('카카오 빌링 MySQL DB 샤딩 적용'));
  });
});
