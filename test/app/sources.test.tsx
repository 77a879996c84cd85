/**
 * content/sources.yml on a real folder (test/fixtures/sources): the address it gives a review
 * reaches the catalog JSON and the review page's 원문 link; the post's own canonical wins; a bad
 * address and an unknown review are reported where they are written.
 */
import path from 'node:path';
import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCatalog, emitStaticFiles, loadContent } from '../../src/content/node/index.ts';
import { reviewHref } from '../../src/app/routes.ts';
import type { Catalog, IndexFile, ReviewFile } from '../../src/content/schema.ts';
import { memoryTransport, renderApp } from './render-app.tsx';

let catalog: Catalog;
let files: Map<string, unknown>;

beforeAll(async () => {
  catalog = buildCatalog(await loadContent(path.resolve(process.cwd(), 'test/fixtures/sources')));
  files = emitStaticFiles(catalog) as Map<string, unknown>;
});

const urlOf = (id: string) => (files.get('data/index.json') as IndexFile).reviews.find((r) => r.id === id)?.url;

describe('sources.yml', () => {
  it('gives the catalog JSON a review url by review id or file name; the post’s own canonical wins; a review it does not name has none', () => {
    expect(urlOf('2024-10-24-kafka-notes')).toBe('https://blog.example.com/2024/10/24/kafka-notes/');
    expect(urlOf('2024-10-25-no-address')).toBe('https://notes.example.org/posts/no-address');
    expect(urlOf('2024-10-26-canonical')).toBe('https://author.example.com/ifkakao-2024-day3');
    expect(urlOf('2024-10-27-unsourced')).toBeUndefined();
    const reviewFile = files.get('data/reviews/2024-10-24-kafka-notes.json') as ReviewFile;
    expect(reviewFile.review.url).toBe('https://blog.example.com/2024/10/24/kafka-notes/');
  });

  it('reports a relative address and an unknown review at their lines in sources.yml', () => {
    const found = catalog.diagnostics.filter((d) => d.file === 'sources.yml').map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}`);
    expect(found).toEqual(['8:10 error curated-invalid-entry', '16:13 warning source-review-unknown']);
    expect(catalog.diagnostics.find((d) => d.code === 'source-review-unknown')!.message).toContain('"2024-10-27-renamed"');
    expect(catalog.files.find((f) => f.file === 'sources.yml')?.status).toBe('curated');
  });

  it('links the original post on the review page, and says plainly when there is none', async () => {
    const view = renderApp(reviewHref('2024-10-24-kafka-notes'), { transport: memoryTransport(files) });
    const original = await screen.findByRole('link', { name: '원문 보기' });
    expect(original).toHaveAttribute('href', 'https://blog.example.com/2024/10/24/kafka-notes/');
    // In the review's facts, under the 원문 term.
    expect(original.closest('dd')?.previousElementSibling).toHaveTextContent(/^원문$/);
    view.unmount();
    renderApp(reviewHref('2024-10-27-unsourced'), { transport: memoryTransport(files) });
    const heading = await screen.findByRole('heading', { level: 1, name: 'if(kakao) 2024 넷째 날' });
    expect(within(heading.closest('header')!).getByText('원문 주소를 알 수 없는 글입니다.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '원문 보기' })).toBeNull();
  });
});
