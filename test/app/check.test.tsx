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
import { hangulInCheckUi, writtenByAuthors } from './check-hangul.ts';
import type { JsonTransport } from '../../src/app/data/transport.ts';
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

describe('/check in English', () => {
  const pasted = '---\ntitle: if kakao 2024 review\ndate: 2024-10-24\n---\n\n## 카카오 빌링 MySQL DB 샤딩 적용\n\n- 샤딩\n\n## 새로운 발표 (카카오 - 홍길동)\n\n- 카프카\n';

  async function openInEnglish() {
    localStorage.setItem('talkshelf.lang', 'en');
    const view = renderApp('/check/', { transport: transport() });
    await screen.findByRole('heading', { level: 1, name: 'Check a review' });
    await waitFor(() => expect(screen.getByLabelText(/Choose files/)).toBeEnabled());
    return view;
  }

  it('speaks English before a check: headings, labels, buttons, the limit, the title and <html lang>', async () => {
    const { container } = await openInEnglish();
    expect(document.documentElement.lang).toBe('en');
    await waitFor(() => expect(document.title).toBe('Check a review · talkshelf'));
    expect(screen.getByLabelText('Paste a review')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Check the pasted text' })).toBeDisabled();
    expect(screen.getByText('Drop files here')).toBeInTheDocument();
    expect(container).toHaveTextContent("Each file is read up to 5.0 MB (the build's limit).");
    expect(hangulInCheckUi(container, [])).toEqual([]);
  });

  it('says it is loading the curated data, and that it could not, in English', async () => {
    localStorage.setItem('talkshelf.lang', 'en');
    // The catalog at once; the curated data when the test lets it go, and then it fails.
    let fail: () => void = () => {};
    const failed = new Promise<void>((resolve) => (fail = resolve));
    const transport: JsonTransport = async (path, ...rest) => {
      if (path !== CHECK_DATA_PATH) return memoryTransport(files)(path, ...rest);
      await failed;
      throw new Error(`Server error for ${path}`);
    };
    const { container } = renderApp('/check/', { transport });
    await screen.findByRole('heading', { level: 1, name: 'Check a review' });
    expect(await screen.findByText('Loading the site’s curated data…')).toBeInTheDocument();
    expect(screen.getByLabelText(/Choose files/)).toBeDisabled();
    expect(hangulInCheckUi(container, [])).toEqual([]);
    fail();
    expect(await screen.findByRole('alert')).toHaveTextContent('The site’s curated data (data/check.json) could not be loaded.');
    expect(hangulInCheckUi(container, [])).toEqual([]);
  });

  it('reports the five real reviews, a file over the limit and a file that is not a post with no Hangul of its own: kinds, days, dates, tags, companies, steps', async () => {
    const { user, container } = await openInEnglish();
    const big = new File([new Uint8Array(5 * 1024 * 1024 + 10).fill(0x61)], 'big.md');
    const notAPost = new File(['<h1>x</h1>'], 'post.html', { type: 'text/plain' });
    await user.upload(screen.getByLabelText(/Choose files/), [...posts, big, notAPost]);
    const results = await screen.findByRole('region', { name: 'Results' }, { timeout: 15_000 });
    expect(within(results).getAllByRole('article')).toHaveLength(posts.length + 2);

    const first = within(results).getByRole('article', { name: '000_b91a9a0d89eb8562.txt' });
    // Day 3 of if(kakaoAI) 2024, on 2024-10-24; the site has the review already.
    expect(first.querySelector('[data-day]')).toHaveTextContent(/^Day 3 \(Oct 24, 2024\)$/);
    expect(within(first).getByText(/The site has a review with the id/)).toBeInTheDocument();
    expect(within(first).getByRole('button', { name: 'Download 000_b91a9a0d89eb8562.txt (unchanged)' })).toBeInTheDocument();
    expect(within(first).getByText('Put the file at content/reviews/000_b91a9a0d89eb8562.txt.')).toBeInTheDocument();
    expect(within(first).getByRole('link', { name: 'Create it as a new file on GitHub' })).toBeInTheDocument();
    // A day no source dates, and a post whose day is unknown.
    const dayTwo = within(results).getByRole('article', { name: '004_47ba6abc418ce00e.txt' });
    expect(dayTwo.querySelector('[data-day]')).toHaveTextContent(/^Day 2$/);
    const undated = within(results).getByRole('article', { name: '002_c0a5c2683df2f7ca.txt' });
    expect(undated.querySelector('[data-day]')).toHaveTextContent(/^Day unknown$/);

    // Kinds, tags and companies in English: the shared kinds, taxonomy.yml's label_en, companies.yml's name_en.
    const facts = [...results.querySelectorAll('[data-session] .facts')].map((dl) => dl.textContent ?? '');
    expect(facts.some((text) => text.includes('KindPanel'))).toBe(true);
    expect(facts.some((text) => text.includes('KindTalk'))).toBe(true);
    const sharding = catalog.tags.find((t) => t.id === 'sharding')!;
    expect(facts.some((text) => text.includes(sharding.labelEn!))).toBe(true);
    expect(facts.join('')).not.toContain(sharding.label);
    expect(results.querySelector('[data-speakers]')?.closest('.session-card')).not.toBeNull();

    // The size limit and a file that is not a post, in the page's words; the pipeline's message as the CLI prints it.
    const tooBig = within(results).getByRole('article', { name: 'big.md' });
    expect(within(tooBig).getByText('Not read')).toBeInTheDocument();
    expect(within(tooBig).getByText('file-too-large').closest('li')).toHaveTextContent(/^Error file-too-large Line 1:1 — The file is 5\.0 MB .+ not readFix: Split the post/);
    const html = within(results).getByRole('article', { name: 'post.html' });
    expect(within(html).getByRole('alert')).toHaveTextContent('post.html is not read as a post: the pipeline reads .md, .markdown and .txt files');

    expect(hangulInCheckUi(container, writtenByAuthors(catalog))).toEqual([]);
  });

  it('reports a pasted post in English: a session the site has, a new one, the preview, and turns Korean at the switch', async () => {
    const { user, container } = await openInEnglish();
    await user.click(screen.getByLabelText('Paste a review'));
    await user.paste(pasted);
    await user.click(screen.getByRole('button', { name: 'Check the pasted text' }));
    const article = await screen.findByRole('article', { name: /^2024-10-24-if-kakao-2024-review\.md$/ }, { timeout: 15_000 });
    const billing = within(article).getByText('카카오 빌링 MySQL DB 샤딩 적용', { selector: 'h5' }).closest('[data-session]')!;
    expect(billing).toHaveTextContent(/Merges with the existing session “카카오 빌링 MySQL DB 샤딩 적용” \(\d+ other reviews?\)/);
    const fresh = within(article).getByText('새로운 발표', { selector: 'h5' }).closest('[data-session]') as HTMLElement;
    expect(fresh).toHaveTextContent('A new session.');
    expect(fresh).toHaveTextContent('홍길동 · Kakao');
    expect(within(fresh).getByText('Preview')).toBeInTheDocument();
    expect(hangulInCheckUi(container, writtenByAuthors(catalog, ['새로운 발표', '홍길동']))).toEqual([]);

    // The same report in Korean at the switch, without checking again.
    await user.click(screen.getByRole('button', { name: '한국어' }));
    expect(await within(fresh).findByText('새 세션입니다.')).toBeInTheDocument();
    expect(fresh).toHaveTextContent('홍길동 · 카카오');
    expect(document.documentElement.lang).toBe('ko');
  });
});
