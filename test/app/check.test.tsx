/**
 * The check page (/check) as an author meets it, through the real router and providers, with
 * the real reviews and the site's data files as the build emits them. jsdom has no Web Worker,
 * so the page runs the same pipeline on its own thread here; the browser tests run the worker.
 */
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHECK_DATA_PATH, emitCheckData } from '../../src/content/emit/check-data.ts';
import { buildCatalog, emitStaticFiles, loadContent } from '../../src/content/node/index.ts';
import type { Catalog } from '../../src/content/schema.ts';
import { currentUrl, memoryTransport, renderApp } from './render-app.tsx';

const contentDir = path.resolve(process.cwd(), 'content');
let catalog: Catalog;
let files: Map<string, unknown>;
let posts: File[];

beforeAll(async () => {
  const input = await loadContent(contentDir);
  catalog = buildCatalog(input);
  files = emitStaticFiles(catalog) as Map<string, unknown>;
  files.set(CHECK_DATA_PATH, emitCheckData(input, { contentPath: 'content', repository: 'kakao/talkshelf' }));
  posts = input.files
    .filter((f) => f.path.startsWith('reviews/'))
    .map((f) => new File([f.bytes.slice()], f.path.slice('reviews/'.length), { type: 'text/plain' }));
});

const transport = () => memoryTransport(files);

async function openCheck() {
  const view = renderApp('/check/', { transport: transport() });
  await screen.findByRole('heading', { level: 1, name: '후기 미리 확인하기' });
  // Ready once the curated data is there.
  await waitFor(() => expect(screen.getByLabelText(/파일 고르기/)).toBeEnabled());
  return view;
}

describe('/check', () => {
  it('is linked from the footer of every page', async () => {
    const { user, router } = renderApp('/', { transport: transport() });
    await screen.findByRole('heading', { level: 1, name: '타임라인' });
    await user.click(within(screen.getByRole('contentinfo')).getByRole('link', { name: '후기 미리 확인하기' }));
    expect(await screen.findByRole('heading', { level: 1, name: '후기 미리 확인하기' })).toBeInTheDocument();
    expect(currentUrl(router)).toBe('/check/');
    await waitFor(() => expect(document.title).toBe('후기 미리 확인하기 · talkshelf'));
  });

  it('checks the five real reviews dropped at once as the build reads them', async () => {
    const { user } = await openCheck();
    await user.upload(screen.getByLabelText(/파일 고르기/), posts);
    const results = await screen.findByRole('region', { name: '결과' }, { timeout: 15_000 });
    for (const review of catalog.reviews) {
      const article = within(results).getByRole('article', { name: review.file.slice('reviews/'.length) });
      const edition = catalog.editions.find((e) => e.id === review.editionId)!;
      expect(within(article).getByText(edition.name)).toHaveAttribute('data-edition', edition.id);
      const titles = within(article)
        .getAllByRole('heading', { level: 5 })
        .map((h) => h.textContent);
      expect(titles).toEqual(review.sessionIds.map((id) => catalog.sessions.find((s) => s.id === id)!.title));
      const diagnostics = catalog.diagnostics.filter((d) => d.file === review.file);
      expect(within(article).getByRole('heading', { level: 4, name: diagnostics.length === 0 ? '문제 없음' : `문제 ${diagnostics.length}개` })).toBeInTheDocument();
      // The way to add it: the file as dropped, where it goes, GitHub's new-file page.
      expect(within(article).getByRole('button', { name: `${review.file.slice('reviews/'.length)} 내려받기 (바꾸지 않은 그대로)` })).toBeInTheDocument();
      expect(within(article).getByText(`파일을 content/${review.file} 에 둡니다.`)).toBeInTheDocument();
      expect(within(article).getByRole('link', { name: 'GitHub에서 새 파일로 만들기' })).toHaveAttribute(
        'href',
        `https://github.com/kakao/talkshelf/new/main/content/reviews?filename=${encodeURIComponent(review.file.slice('reviews/'.length))}`,
      );
    }
  });

  it('shows a pasted post’s problems with line, column, source line and hint, and names the file from the post', async () => {
    const { user } = await openCheck();
    const post = '---\ntitle: if kakao 2024 후기\ndate: 2024-10-24\n---\n\n## 카카오 빌링 MySQL DB 샤딩 적용\n\n![구조](../images/a.png)\n\n## 새로운 발표 (카카오 - 홍길동)\n\n- 샤딩과 카프카 이야기\n';
    await user.click(screen.getByLabelText('후기 붙여넣기'));
    await user.paste(post);
    await user.click(screen.getByRole('button', { name: '붙여넣은 글 확인' }));
    const article = await screen.findByRole('article', { name: /^2024-10-24-.*\.md$/ }, { timeout: 15_000 });
    const problem = within(article).getByText('broken-relative-image').closest('li')!;
    expect(problem).toHaveTextContent('줄 8:1');
    expect(within(problem).getByText('8 | ![구조](../images/a.png)')).toBeInTheDocument();
    expect(problem).toHaveTextContent(/고치는 법: .+/);
    // A session the site has, and one it does not.
    const billing = within(article).getByText('카카오 빌링 MySQL DB 샤딩 적용', { selector: 'h5' }).closest('[data-session]')!;
    expect(billing).toHaveTextContent(/이미 있는 세션 “카카오 빌링 MySQL DB 샤딩 적용”에 합쳐집니다 \(다른 후기 \d+개\)/);
    const fresh = within(article).getByText('새로운 발표', { selector: 'h5' }).closest('[data-session]')!;
    expect(fresh).toHaveTextContent('새 세션입니다.');
    expect(fresh).toHaveTextContent('홍길동 · 카카오');
    // The preview renders the notes as the session page would.
    await user.click(within(fresh as HTMLElement).getByText('미리보기'));
    expect(within(fresh as HTMLElement).getByRole('listitem')).toHaveTextContent('샤딩과 카프카 이야기');
  });

  it('refuses a file over 5 MB with the limit named, and stays usable', async () => {
    const { user } = await openCheck();
    const big = new File([new Uint8Array(5 * 1024 * 1024 + 10).fill(0x61)], 'big.md');
    await user.upload(screen.getByLabelText(/파일 고르기/), big);
    const article = await screen.findByRole('article', { name: 'big.md' }, { timeout: 15_000 });
    expect(within(article).getByText('file-too-large').closest('li')).toHaveTextContent('over the 5.0 MB a post or curated file may be');
    expect(within(article).getByText('읽히지 않음')).toBeInTheDocument();
    // No download of a file that was not read.
    expect(within(article).queryByRole('button', { name: /내려받기/ })).toBeNull();
    const bytes = await readFile(path.join(contentDir, 'reviews', posts[0]!.name));
    await user.upload(screen.getByLabelText(/파일 고르기/), new File([bytes], posts[0]!.name));
    expect(await screen.findByRole('article', { name: posts[0]!.name }, { timeout: 15_000 })).toBeInTheDocument();
  });

  it('says so when the site names no repository', async () => {
    const input = await loadContent(contentDir);
    files.set(CHECK_DATA_PATH, emitCheckData(input, { contentPath: 'content' }));
    try {
      const { user } = await openCheck();
      await user.upload(screen.getByLabelText(/파일 고르기/), posts[0]!);
      const article = await screen.findByRole('article', { name: posts[0]!.name }, { timeout: 15_000 });
      expect(within(article).queryByRole('link', { name: /GitHub/ })).toBeNull();
      expect(within(article).getByText(/GitHub 저장소가 없어서/)).toBeInTheDocument();
    } finally {
      files.set(CHECK_DATA_PATH, emitCheckData(input, { contentPath: 'content', repository: 'kakao/talkshelf' }));
    }
  });
});
