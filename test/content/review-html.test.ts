// @vitest-environment jsdom
/**
 * The review page's HTML, rendered at build time: each heading's anchor as its id and each
 * session heading's link mark (exact output), the write-ups' safety rules on a whole post, the
 * link the page makes of a mark, and the same rendering as react-markdown gave the page on every
 * real post.
 */
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import { fillNotesMarks } from '../../src/app/components/notes-html.tsx';
import { fillSessionLinks } from '../../src/app/features/review/review-body.tsx';
import { en } from '../../src/app/i18n/en.ts';
import { ko } from '../../src/app/i18n/ko.ts';
import { sessionHref } from '../../src/app/routes.ts';
import { buildCatalog, emitStaticFiles, loadContent } from '../../src/content/node/index.ts';
import { renderReviewHtml } from '../../src/content/html/review-html.ts';
import { ReviewFile, type Catalog, type ReviewHeading } from '../../src/content/schema.ts';
import { tree, unsafeParts } from './html-tree.ts';
import { ReferenceReviewBody } from './reference-markdown.tsx';

/** Like a real post: the body starts on line 5 of its file, after the frontmatter. */
const BODY_LINE = 5;
const heading = (bodyLine: number, anchor: string, sessionId?: string): ReviewHeading => ({
  line: bodyLine + BODY_LINE - 1,
  anchor,
  ...(sessionId ? { sessionId } : {}),
});
const render = (body: string, headings: ReviewHeading[] = []) => renderReviewHtml({ body, bodyLine: BODY_LINE, headings });
const billing = '2024/카카오-빌링-mysql-db-샤딩-적용';
const billingMark = '<a class="heading-session-link" data-session="2024%2F%EC%B9%B4%EC%B9%B4%EC%98%A4-%EB%B9%8C%EB%A7%81-mysql-db-%EC%83%A4%EB%94%A9-%EC%A0%81%EC%9A%A9"></a>';

describe('renderReviewHtml: anchors and session links', () => {
  it.each([
    [
      'each listed heading gets its anchor; a session heading ends with its link mark',
      '## 첫날\n\n### 카카오 빌링 MySQL DB 샤딩 적용\n\n재미있었다.\n\n## 마치며',
      [heading(1, '첫날'), heading(3, '카카오-빌링-mysql-db-샤딩-적용', billing), heading(7, '마치며')],
      `<h2 id="첫날">첫날</h2>\n<h3 id="카카오-빌링-mysql-db-샤딩-적용">카카오 빌링 MySQL DB 샤딩 적용 ${billingMark}</h3>\n<p>재미있었다.</p>\n<h2 id="마치며">마치며</h2>`,
    ],
    ['the post’s own # becomes an h2 under the page’s h1', '# 개요\n\n## 세부', [heading(1, '개요'), heading(3, '세부')], '<h2 id="개요">개요</h2>\n<h3 id="세부">세부</h3>'],
    ['a post starting at ### too', '### 개요\n\n#### 세부', [heading(1, '개요'), heading(3, '세부')], '<h2 id="개요">개요</h2>\n<h3 id="세부">세부</h3>'],
    ['setext headings, found by their first line', '개요\n여러 줄\n===\n\n세부\n---', [heading(1, '개요-여러-줄'), heading(5, '세부')], '<h2 id="개요-여러-줄">개요\n여러 줄</h2>\n<h3 id="세부">세부</h3>'],
    ['inline markup in a heading stays', '## **굵은** [링크](https://e.x)', [heading(1, '굵은-링크')], '<h2 id="굵은-링크"><strong>굵은</strong> <a href="https://e.x" target="_blank" rel="noopener noreferrer">링크</a></h2>'],
    ['a heading the pipeline did not list gets no id', '## 개요\n\n> ## 인용 속 제목', [heading(1, '개요')], '<h2 id="개요">개요</h2>\n<blockquote>\n<h2>인용 속 제목</h2>\n</blockquote>'],
    ['a heading listed at another line is not matched', '## 개요', [heading(2, '개요')], '<h2>개요</h2>'],
    ['an empty heading gets no id', '##\n\n## 개요', [heading(1, ''), heading(3, '개요')], '<h2></h2>\n<h2 id="개요">개요</h2>'],
    ['an anchor is escaped for its attribute', '## a"b', [heading(1, 'a"b<&>')], '<h2 id="a&quot;b&lt;&amp;&gt;">a&quot;b</h2>'],
    ['a post without headings', '본문만 있다.', [], '<p>본문만 있다.</p>'],
  ])('%s', (_name, body, headings, html) => {
    expect(render(body, headings)).toBe(html);
  });

  it('puts an anchor on the right heading where GFM moves it: a footnote’s heading is written at the end', () => {
    const body = '## 본문[^1]\n\n[^1]: ### 주석 속 제목\n\n## 마치며';
    const html = render(body, [heading(1, '본문'), heading(3, '주석-속-제목'), heading(5, '마치며')]);
    expect(html).toContain('<h2 id="마치며">마치며</h2>');
    expect(html).toMatch(/<li id="user-content-fn-1">\n<h3 id="주석-속-제목">주석 속 제목<\/h3>/);
    // GFM's label keeps its id: the footnote references point at it.
    expect(html).toContain('<h2 id="footnote-label" class="sr-only">Footnotes</h2>');
  });

  it('leaves no line mark behind, and a post cannot write one (micromark turns NUL into U+FFFD)', () => {
    const html = render('## 개요\u00001\u0000\n\n## \u00003\u0000 세부\n\n\u00001\u0000', [heading(1, '개요'), heading(3, '세부')]);
    expect(html).not.toContain('\u0000');
    expect(html).toBe('<h2 id="개요">개요\ufffd1\ufffd</h2>\n<h2 id="세부">\ufffd3\ufffd 세부</h2>\n<p>\ufffd1\ufffd</p>');
  });
});

describe('renderReviewHtml: untrusted posts come out inert', () => {
  const page = (html: string, t = ko) => fillSessionLinks(fillNotesMarks(html, t), t, sessionHref);
  it.each([
    ['raw HTML in a heading is text', '## <script>alert(1)</script>', [heading(1, 'scriptalert1script')], '<h2 id="scriptalert1script">&lt;script&gt;alert(1)&lt;/script&gt;</h2>'],
    ['a heading’s javascript: link loses its URL', '## [x](javascript:alert(1))', [heading(1, 'x')], '<h2 id="x"><span class="unresolved-link">x</span></h2>'],
    ['a heading’s relative link is unavailable', '## [지난 글](../2019/post)', [heading(1, '지난-글')], '<h2 id="지난-글"><span class="unresolved-link" title="../2019/post">지난 글</span></h2>'],
    [
      'a post cannot forge a session link',
      '## 제목 <a class="heading-session-link" data-session="x"></a>',
      [heading(1, '제목-a-classheading-session-link-data-sessionxa')],
      '<h2 id="제목-a-classheading-session-link-data-sessionxa">제목 &lt;a class=&quot;heading-session-link&quot; data-session=&quot;x&quot;&gt;&lt;/a&gt;</h2>',
    ],
    ['nor an id', '## 제목 {#x}\n\n<h2 id="x">', [heading(1, '제목-x')], '<h2 id="제목-x">제목 {#x}</h2>\n&lt;h2 id=&quot;x&quot;&gt;'],
    [
      'a data: image in a session heading is missing, and the heading still links',
      '### ![x](data:image/png;base64,iVBORw0KGgo=) 세션',
      [heading(1, 'x-세션', billing)],
      `<h2 id="x-세션"><span class="missing-image" role="img" data-alt="x"></span> 세션 ${billingMark}</h2>`,
    ],
  ])('%s', (_name, body, headings, html) => {
    const out = render(body, headings);
    expect(out).toBe(html);
    expect(unsafeParts(out)).toEqual([]);
    for (const t of [ko, en]) expect(unsafeParts(page(out, t))).toEqual([]);
  });
});

describe('fillSessionLinks: the link the page makes of a mark', () => {
  it.each([
    ['Korean', ko, sessionHref, `<a class="heading-session-link" href="${sessionHref(billing)}">세션 페이지로</a>`],
    ['English', en, sessionHref, `<a class="heading-session-link" href="${sessionHref(billing)}">Session page</a>`],
    ['under a base path', ko, (id: string) => `/talkshelf${sessionHref(id)}`, `<a class="heading-session-link" href="/talkshelf${sessionHref(billing)}">세션 페이지로</a>`],
  ])('%s', (_name, t, hrefFor, link) => {
    const html = render('### 카카오 빌링', [heading(1, '카카오-빌링', billing)]);
    expect(fillSessionLinks(html, t, hrefFor)).toBe(`<h2 id="카카오-빌링">카카오 빌링 ${link}</h2>`);
  });

  it('escapes what it writes', () => {
    const html = render('## a', [heading(1, 'a', '2024/a"&<b>')]);
    const out = fillSessionLinks(html, { goToSession: '<i>"go"</i>' }, (id) => `/s/${id}`);
    expect(out).toBe('<h2 id="a">a <a class="heading-session-link" href="/s/2024/a&#34;&#38;&#60;b&#62;">&#60;i&#62;&#34;go&#34;&#60;/i&#62;</a></h2>');
    expect(unsafeParts(out)).toEqual([]);
  });
});

describe('the same posts as react-markdown rendered them on the review page', () => {
  let catalog: Catalog;
  beforeAll(async () => {
    // vitest runs from the repository root; jsdom gives import.meta.url an http scheme.
    catalog = buildCatalog(await loadContent(path.resolve(process.cwd(), 'content')));
  });
  const reactMarkdown = (review: Parameters<typeof ReferenceReviewBody>[0]['review']) =>
    renderToStaticMarkup(createElement(StaticRouter, { location: '/' }, createElement(ReferenceReviewBody, { review }))).replace(
      /^<div class="prose">|<\/div>$/g,
      '',
    );
  const page = (html: string) => fillSessionLinks(fillNotesMarks(html, ko), ko, sessionHref);

  it('on every real review', () => {
    expect(catalog.reviews.length).toBeGreaterThan(3);
    expect(catalog.reviews.some((r) => r.headings.some((h) => h.sessionId))).toBe(true);
    for (const review of catalog.reviews) {
      expect(tree(page(renderReviewHtml(review))), review.id).toEqual(tree(reactMarkdown(review)));
    }
  });

  it.each([
    ['a post starting at #', '# a\n\n### b\n\n| a |\n| :-: |\n| 1 |\n\n- [ ] c\n- [x] d', [heading(1, 'a'), heading(3, 'b', billing)]],
    ['setext, unlisted and quoted headings', 'a\n===\n\nb\n---\n\n> ### c\n\n#### d', [heading(1, 'a', billing), heading(7, 'c'), heading(9, 'd')]],
    ['unsafe input', '## <script>x</script> [j](javascript:alert(1))\n\n![a" onerror="x](../i.png) [r](/rel)', [heading(1, 'h', billing)]],
  ])('on %s', (_name, body, headings) => {
    const review = { body, bodyLine: BODY_LINE, headings };
    expect(tree(page(renderReviewHtml(review)))).toEqual(tree(reactMarkdown(review)));
  });

  it('ships HTML, not markdown, in every review file, with every anchor the pipeline gave', () => {
    const reviews = new Map(catalog.reviews.map((r) => [r.id, r]));
    for (const [path, value] of emitStaticFiles(catalog)) {
      if (!path.startsWith('data/reviews/')) continue;
      const file = ReviewFile.parse(value);
      expect(file.review).not.toHaveProperty('body');
      const box = document.createElement('div');
      box.innerHTML = file.review.html;
      const byId = new Map([...box.querySelectorAll('[id]')].map((element) => [element.id, element]));
      for (const h of reviews.get(file.review.id)!.headings) {
        const element = byId.get(h.anchor);
        expect(element?.localName, `${path}#${h.anchor}`).toMatch(/^h[2-6]$/);
        expect(!!element!.querySelector('a.heading-session-link'), `${path}#${h.anchor}`).toBe(!!h.sessionId);
      }
    }
  });
});
