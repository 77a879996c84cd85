// @vitest-environment jsdom
/**
 * The session page's notes HTML, rendered at build time: the page's rules with exact output,
 * untrusted input that must come out inert (checked by a real HTML parser, not by the regular
 * expressions the renderer uses), the words the page fills in per language, and the same
 * rendering as react-markdown (the pages' renderer before build-time HTML) on the real posts.
 */
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { fillNotesMarks } from '../../src/app/components/notes-html.tsx';
import { en } from '../../src/app/i18n/en.ts';
import { ko } from '../../src/app/i18n/ko.ts';
import { buildCatalog, emitStaticFiles, loadContent } from '../../src/content/node/index.ts';
import { renderNotesHtml } from '../../src/content/html/notes-html.ts';
import { SessionFile, type Catalog } from '../../src/content/schema.ts';
import { tree, unsafeParts } from './html-tree.ts';
import { Markdown } from './reference-markdown.tsx';

const render = (markdown: string, topHeading = 4) => renderNotesHtml(markdown, { topHeading });
const lazy = 'loading="lazy" decoding="async" referrerpolicy="no-referrer"';
const newTab = 'target="_blank" rel="noopener noreferrer"';

describe('renderNotesHtml: the page’s rules', () => {
  it.each([
    ['inline GFM', '**굵게** _기울임_ ~~취소~~ `code`', '<p><strong>굵게</strong> <em>기울임</em> <del>취소</del> <code>code</code></p>'],
    ['an external link opens in a new tab', '[발표 자료](https://example.com/slides)', `<p><a href="https://example.com/slides" ${newTab}>발표 자료</a></p>`],
    ['so does a protocol-relative one', '[cdn](//cdn.example.com/x)', `<p><a href="//cdn.example.com/x" ${newTab}>cdn</a></p>`],
    ['a bare www address becomes an external link', 'www.example.com', `<p><a href="http://www.example.com" ${newTab}>www.example.com</a></p>`],
    ['in-page and mail links stay in place', '[위로](#top) [메일](mailto:a@b.co)', '<p><a href="#top">위로</a> <a href="mailto:a@b.co">메일</a></p>'],
    ['a relative link into the author’s blog is unavailable', '[지난 글](../2019/post)', '<p><span class="unresolved-link" title="../2019/post">지난 글</span></p>'],
    ['a reference link resolves like an inline one', '[지난 글][1]\n\n[1]: /2019/post', '<p><span class="unresolved-link" title="/2019/post">지난 글</span></p>\n'],
    ['an external image loads lazily without referrer', '![구조도](https://example.com/a.png "제목")', `<p><img src="https://example.com/a.png" alt="구조도" title="제목" ${lazy} /></p>`],
    ['a relative image is marked missing', '![구조도](../images/a.png)', '<p><span class="missing-image" role="img" data-alt="구조도"></span></p>'],
    ['with an empty alt too', '![](../images/a.png)', '<p><span class="missing-image" role="img" data-alt=""></span></p>'],
    ['an image in a relative link', '[![i](https://e.x/i.png)](../p)', `<p><span class="unresolved-link" title="../p"><img src="https://e.x/i.png" alt="i" ${lazy} /></span></p>`],
    [
      'a table scrolls in its own box',
      '| 항목 | 값 |\n| :-: | --- |\n| 샤드 | 8 |',
      '<div class="table-scroll" tabindex="0" role="region" data-label="table"><table>\n<thead>\n<tr>\n<th align="center">항목</th>\n<th>값</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td align="center">샤드</td>\n<td>8</td>\n</tr>\n</tbody>\n</table></div>',
    ],
    ['a task list', '- [ ] 할 일\n- [x] 한 일', '<ul>\n<li><input type="checkbox" disabled="" /> 할 일</li>\n<li><input type="checkbox" disabled="" checked="" /> 한 일</li>\n</ul>'],
    ['code keeps its language and escapes its text', '```java\nif (a < b) send();\n```', '<pre><code class="language-java">if (a &lt; b) send();\n</code></pre>'],
  ])('%s', (_name, markdown, html) => {
    expect(render(markdown)).toBe(html);
  });

  it.each([
    ['a post’s own # becomes the top level', '# 개요\n\n## 세부', 4, '<h4>개요</h4>\n<h5>세부</h5>'],
    ['a write-up’s #### under the credit stays a sub-section', '#### 개요\n\n##### 세부', 4, '<h4>개요</h4>\n<h5>세부</h5>'],
    ['setext headings count', '개요\n===\n\n세부\n---', 4, '<h4>개요</h4>\n<h5>세부</h5>'],
    ['deep headings stop at h6', '# 개요\n\n###### 깊이', 4, '<h4>개요</h4>\n<h6>깊이</h6>'],
    ['another top level', '### 개요', 2, '<h2>개요</h2>'],
  ])('headings: %s', (_name, markdown, top, html) => {
    expect(render(markdown, top)).toBe(html);
  });

  it('titles footnotes at the top level and pairs the closing tag of a link holding a footnote reference', () => {
    expect(render('### 개요\n\n[글[^1]](../x)\n\n[^1]: 주석')).toBe(
      '<h4>개요</h4>\n' +
        '<p><span class="unresolved-link" title="../x">글<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref="" aria-describedby="footnote-label">1</a></sup></span></p>\n' +
        '<section data-footnotes="" class="footnotes"><h4 id="footnote-label" class="sr-only">Footnotes</h4>\n' +
        '<ol>\n<li id="user-content-fn-1">\n' +
        '<p>주석 <a href="#user-content-fnref-1" data-footnote-backref="" aria-label="Back to reference 1" class="data-footnote-backref">↩</a></p>\n' +
        '</li>\n</ol>\n</section>',
    );
  });
});

describe('renderNotesHtml: blog-engine markers are not content', () => {
  it.each([
    ['Docusaurus excerpt marker', 'intro\n\n<!-- truncate -->\n\nrest', '<p>intro</p>\n\n<p>rest</p>'],
    ['Hexo/Jekyll more, inline', 'intro <!-- more --> rest', '<p>intro  rest</p>'],
    ['a comment over lines', 'a\n\n<!--\nnote to self\n-->\n\nb', '<p>a</p>\n\n<p>b</p>'],
    ['Liquid raw tags', '{% raw %}\n\n`{{ x }}` shown\n\n{% endraw %}', '<p><code>{{ x }}</code> shown</p>\n'],
    ['Hugo shortcodes, block and inline', '{{< youtube abc >}}\n\nsee {{% note %}}this{{% /note %}} and {{<figure src="a.png">}}', '<p>see this and </p>'],
    ['markers in code stay: there they are the subject', '```\n{% raw %} <!-- x --> {{< y >}}\n```\n\n`<!-- z -->`', '<pre><code>{% raw %} &lt;!-- x --&gt; {{&lt; y &gt;}}\n</code></pre>\n<p><code>&lt;!-- z --&gt;</code></p>'],
    ['template braces that are no marker stay', 'Vue: {{ message }}, a {% sign', '<p>Vue: {{ message }}, a {% sign</p>'],
  ])('%s', (_name, markdown, html) => {
    expect(render(markdown).trim()).toBe(html.trim());
  });
});

describe('renderNotesHtml: untrusted posts come out inert', () => {
  it.each([
    ['a raw script block is text', '<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['a raw image with a handler is text', '<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['a raw javascript: anchor is text', '<a href="javascript:alert(1)">x</a> 글', '<p>&lt;a href=&quot;javascript:alert(1)&quot;&gt;x&lt;/a&gt; 글</p>'],
    ['a javascript: link loses its URL', '[x](javascript:alert(1))', '<p><span class="unresolved-link">x</span></p>'],
    ['in any case, or spelled with an entity', '[x](JaVaScRiPt:alert(1)) [y](java&#x73;cript:alert(1))', '<p><span class="unresolved-link">x</span> <span class="unresolved-link">y</span></p>'],
    ['a vbscript: link loses its URL', '[x](vbscript:msgbox(1))', '<p><span class="unresolved-link">x</span></p>'],
    ['a data: link loses its URL', '[x](data:text/html,<script>alert(1)</script>)', '<p><span class="unresolved-link">x</span></p>'],
    ['a data: image is missing', '![x](data:text/html,<script>alert(1)</script>)', '<p><span class="missing-image" role="img" data-alt="x"></span></p>'],
    // As react-markdown did: its defaultUrlTransform empties data: images too.
    ['a data:image image is missing', '![x](data:image/png;base64,iVBORw0KGgo=)', '<p><span class="missing-image" role="img" data-alt="x"></span></p>'],
    ['</script> and <!-- in text are text', '코드 </script> 와 <!-- 주석', '<p>코드 &lt;/script&gt; 와 &lt;!-- 주석</p>'],
    ['entities stay escaped', '&lt;script&gt; &#60;b&#62; &amp;amp;', '<p>&lt;script&gt; &lt;b&gt; &amp;amp;</p>'],
    ['quotes in a URL cannot leave the attribute', '[q](https://e.x/"onmouseover="alert(1))', `<p><a href="https://e.x/%22onmouseover=%22alert(1)" ${newTab}>q</a></p>`],
    ['quotes in a title cannot either', '[t](https://e.x "a\\" onclick=\\"x")', `<p><a href="https://e.x" title="a&quot; onclick=&quot;x" ${newTab}>t</a></p>`],
    ['nor quotes in alt text', '![a" onerror="alert(1)](https://e.x/i.png)', `<p><img src="https://e.x/i.png" alt="a&quot; onerror=&quot;alert(1)" ${lazy} /></p>`],
    ['nor in a missing image’s alt', '![a" onerror="alert(1) <b>](../i.png)', '<p><span class="missing-image" role="img" data-alt="a&quot; onerror=&quot;alert(1) &lt;b&gt;"></span></p>'],
    ['an autolink with a quote', '<https://e.x/"><script>>', `<p><a href="https://e.x/%22" ${newTab}>https://e.x/&quot;</a>&lt;script&gt;&gt;</p>`],
    ['a post cannot forge a mark', '<div class="table-scroll" tabindex="0" role="region" data-label="table">', '&lt;div class=&quot;table-scroll&quot; tabindex=&quot;0&quot; role=&quot;region&quot; data-label=&quot;table&quot;&gt;'],
  ])('%s', (_name, markdown, html) => {
    const out = render(markdown);
    expect(out).toBe(html);
    expect(unsafeParts(out)).toEqual([]);
    for (const t of [ko, en]) expect(unsafeParts(fillNotesMarks(out, t))).toEqual([]);
  });
});

describe('fillNotesMarks: the words the page puts in, in its language', () => {
  it.each([
    ['Korean: missing image', ko, '![구조도](../a.png)', '<p><span class="missing-image" role="img" aria-label="이미지를 볼 수 없습니다: 구조도">이미지를 볼 수 없습니다: 구조도</span></p>'],
    ['English: missing image', en, '![구조도](../a.png)', '<p><span class="missing-image" role="img" aria-label="Image not available: 구조도">Image not available: 구조도</span></p>'],
    ['Korean: missing image without alt', ko, '![](../a.png)', '<p><span class="missing-image" role="img" aria-label="이미지를 볼 수 없습니다">이미지를 볼 수 없습니다</span></p>'],
    ['English: missing image without alt', en, '![](../a.png)', '<p><span class="missing-image" role="img" aria-label="Image not available">Image not available</span></p>'],
    [
      'English: an alt with quotes and a tag stays escaped in both places',
      en,
      '![a" onerror="x <b>](../a.png)',
      '<p><span class="missing-image" role="img" aria-label="Image not available: a&quot; onerror=&quot;x &lt;b&gt;">Image not available: a&quot; onerror=&quot;x &lt;b&gt;</span></p>',
    ],
    ['Korean: table label', ko, '| a |\n| - |\n| 1 |', '<div class="table-scroll" tabindex="0" role="region" aria-label="표"><table>'],
    ['English: table label', en, '| a |\n| - |\n| 1 |', '<div class="table-scroll" tabindex="0" role="region" aria-label="Table"><table>'],
  ])('%s', (_name, t, markdown, expected) => {
    expect(fillNotesMarks(render(markdown), t)).toContain(expected);
  });

  it('leaves a text that looks like a mark alone', () => {
    const html = render('`<span class="missing-image" role="img" data-alt="x"></span>`');
    expect(fillNotesMarks(html, ko)).toBe(html);
  });
});

describe('the same notes as react-markdown rendered them', () => {
  let catalog: Catalog;
  beforeAll(async () => {
    // vitest runs from the repository root; jsdom gives import.meta.url an http scheme.
    catalog = buildCatalog(await loadContent(path.resolve(process.cwd(), 'content')));
  });
  const reactMarkdown = (markdown: string) =>
    renderToStaticMarkup(createElement(Markdown, { topHeading: 4, children: markdown })).replace(/^<div class="prose">|<\/div>$/g, '');

  it('on every write-up of the real posts', () => {
    const writeUps = catalog.sessions.flatMap((s) => s.writeUps).filter((w) => !w.empty);
    expect(writeUps.length).toBeGreaterThan(20);
    for (const w of writeUps) {
      expect(tree(fillNotesMarks(render(w.markdown), ko)), `${w.reviewId}#${w.anchor}`).toEqual(tree(reactMarkdown(w.markdown)));
    }
  });

  it.each([
    '<script>alert(1)</script>\n\n<div>\n*md*\n</div>',
    '[x](javascript:alert(1)) [r](/rel "t") [p](//cdn.x/y) [f](file:///etc/passwd) ![d](data:image/png,xx)',
    '![a" onerror="alert(1) <b>](../i.png) [![i](https://e.x/i.png)](../p)',
    '# a\n\n### b\n\n| a |\n| :-: |\n| 1 |\n\n- [ ] c\n- [x] d\n\n[e[^1]](../x)\n\n[^1]: f',
  ])('on %j', (markdown) => {
    expect(tree(fillNotesMarks(render(markdown), ko))).toEqual(tree(reactMarkdown(markdown)));
  });

  it('ships HTML, not markdown, in every session file', () => {
    for (const [path, value] of emitStaticFiles(catalog)) {
      if (!path.startsWith('data/sessions/')) continue;
      const file = SessionFile.parse(value);
      for (const w of file.session.writeUps) {
        expect(w).not.toHaveProperty('markdown');
        expect(w.html === '').toBe(w.empty);
      }
    }
  });
});
