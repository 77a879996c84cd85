/**
 * HTML rendered while reading reviews (review.ts, on worker threads for big folders) and handed
 * to the emitter (prerendered-html.ts): the emitted files are the ones the emitter renders itself,
 * on either path; session links are filled into slots only the renderer can write, never into
 * anything a post wrote; and HTML remembered for an object that has changed since is not used.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../src/cli/corpus.ts';
import { buildCatalog, type ContentFile } from '../../src/content/catalog/catalog.ts';
import { buildCatalogOnNode } from '../../src/content/node/read-reviews.ts';
import { emitStaticFiles, renderReview, renderSession } from '../../src/content/emit/emit.ts';
import { fillReviewTemplate, renderReviewHtml, renderReviewTemplate } from '../../src/content/html/review-html.ts';
import { sessionLinkMarkPattern } from '../../src/content/html/review-marks.ts';
import { ReviewFile, SessionFile, type Catalog } from '../../src/content/schema.ts';

const contentDir = join(import.meta.dirname, '../../content');
const curatedFiles: ContentFile[] = readdirSync(contentDir)
  .filter((name) => name.endsWith('.yml'))
  .map((name) => ({ path: name, bytes: new Uint8Array(readFileSync(join(contentDir, name))) }));
const review = (path: string, text: string): ContentFile => ({ path, bytes: new TextEncoder().encode(text) });

/** Every emitted file as the JSON text the build writes. */
const emitted = (catalog: Catalog) => new Map([...emitStaticFiles(catalog)].map(([path, value]) => [path, JSON.stringify(value)]));

describe('HTML rendered while reading reviews', () => {
  it('emits the same files on worker threads, on this thread, and from a copy of the catalog the emitter renders itself', () => {
    const files = [...curatedFiles, ...generateCorpus({ reviews: 40 })];
    const sequential = buildCatalog({ files });
    const threaded = buildCatalogOnNode({ files }, { threads: 2 });
    // A structured clone carries no remembered HTML: every write-up and review is rendered by the emitter.
    const rendered = emitted(structuredClone(sequential));
    expect(sequential.sessions.length).toBeGreaterThan(150);
    expect(emitted(sequential)).toEqual(rendered);
    expect(emitted(threaded)).toEqual(rendered);
  }, 180_000);

  it('renders a write-up again when its markdown changed after the build, and a review whose body changed', () => {
    const catalog = buildCatalog({ files: [...curatedFiles, ...generateCorpus({ reviews: 4 })] });
    const session = catalog.sessions.find((s) => s.writeUps.some((w) => !w.empty))!;
    const k = session.writeUps.findIndex((w) => !w.empty);
    session.writeUps[k]!.markdown = '바뀐 **노트**';
    expect(renderSession(session).writeUps[k]!.html).toBe('<p>바뀐 <strong>노트</strong></p>');
    const r = catalog.reviews[0]!;
    r.body = '바뀐 본문';
    expect(renderReview(r).html).toBe('<p>바뀐 본문</p>');
  });

  it('renders the notes of a post that names no conference: its sessions are kept under the unnamed one', () => {
    const text = '---\ntitle: 발표 메모\n---\n\n## 검색 개선기 (카카오 - 홍길동)\n\n검색을 **개선**했다.\n';
    const files = [...curatedFiles, review('reviews/meetup.md', text)];
    const catalog = buildCatalog({ files });
    expect(catalog.sessions.map((s) => s.id)).toEqual(['unnamed/검색-개선기']);
    const [r] = catalog.reviews;
    expect(r!.editionId).toBe('unnamed');
    const file = ReviewFile.parse(emitStaticFiles(catalog).get(`data/reviews/${r!.id}.json`));
    expect(file.review.html).toContain('<p>검색을 <strong>개선</strong>했다.</p>');
    const session = SessionFile.parse(emitStaticFiles(catalog).get(`data/sessions/unnamed/검색-개선기.json`));
    expect(session.session.writeUps[0]!.html).toBe('<p>검색을 <strong>개선</strong>했다.</p>');
  });
});

describe('session link slots', () => {
  it('a template is the post with a slot per heading; filling it gives renderReviewHtml', () => {
    const headings = [
      { line: 5, anchor: '첫날' },
      { line: 7, anchor: '세션', sessionId: '2024/세션' },
    ];
    const source = { body: '## 첫날\n\n### 세션\n\n노트', bodyLine: 5, headings };
    const template = renderReviewTemplate(source);
    expect(template).toBe('<h2 id="첫날">첫날\u0000s0\u0000</h2>\n<h3 id="세션">세션\u0000s1\u0000</h3>\n<p>노트</p>');
    expect(fillReviewTemplate(template, headings)).toBe(renderReviewHtml(source));
    expect(fillReviewTemplate(template, headings)).toBe(
      '<h2 id="첫날">첫날</h2>\n<h3 id="세션">세션 <a class="heading-session-link" data-session="2024%2F%EC%84%B8%EC%85%98"></a></h3>\n<p>노트</p>',
    );
  });

  it('a post cannot write a slot: NULs in its text and in an anchor come out as U+FFFD, and only real headings get links', () => {
    const forged = '\u0000s0\u0000';
    const headings = [
      { line: 1, anchor: `a${forged}`, sessionId: 'x/opened' },
      { line: 3, anchor: 'b' },
    ];
    const html = renderReviewHtml({ body: `## 세션 ${forged}\n\n## 다른 ${forged}\n\n본문 ${forged} \u0000s1\u0000`, bodyLine: 1, headings });
    expect(html).not.toContain('\u0000');
    expect([...html.matchAll(sessionLinkMarkPattern)].map((m) => m[1])).toEqual(['x%2Fopened']);
    expect(html).toBe(
      '<h2 id="a\ufffds0\ufffd">세션 \ufffds0\ufffd <a class="heading-session-link" data-session="x%2Fopened"></a></h2>\n' +
        '<h2 id="b">다른 \ufffds0\ufffd</h2>\n<p>본문 \ufffds0\ufffd \ufffds1\ufffd</p>',
    );
  });

  it('a review file with NULs (past the binary check) gets session links on its session headings only', () => {
    // decode.ts takes a NUL in the first 8,000 bytes for a binary file, so the NULs come later.
    const padding = `${'긴 서론이다. '.repeat(1200)}\n\n`;
    const text =
      '---\ntitle: if(kakao) 2022 후기\ndate: 2022-12-08\n---\n\n' +
      padding +
      '## 카카오 검색 개선기 (카카오 - 홍길동)\n\n검색을 개선했다. \u0000s0\u0000 \u0000s1\u0000 \u0000s2\u0000\n\n' +
      '## 마치며 \u0000s0\u0000\n\n끝. <a class="heading-session-link" data-session="forged"></a>\n';
    const catalog = buildCatalog({ files: [...curatedFiles, review('reviews/nul.md', text)] });
    const [r] = catalog.reviews;
    const opened = r!.headings.filter((h) => h.sessionId).map((h) => encodeURIComponent(h.sessionId!));
    expect(opened.length).toBeGreaterThan(0);
    const file = ReviewFile.parse(emitStaticFiles(catalog).get(`data/reviews/${r!.id}.json`));
    expect(file.review.html).not.toContain('\u0000');
    expect([...file.review.html.matchAll(sessionLinkMarkPattern)].map((m) => m[1])).toEqual(opened);
    expect(file.review.html).toContain('&lt;a class=&quot;heading-session-link&quot;');
    // The emitter rendering the post itself gives the same.
    expect(renderReview(structuredClone(r!)).html).toBe(file.review.html);
  });
});
