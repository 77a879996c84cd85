/**
 * A folder of hostile review files (issue 13): what a new user's content folder may hold on a bad
 * day. Seventeen kinds, each named for what is wrong with it, about 7 MB in all; the benchmark
 * (`npm run bench:pipeline -- --hostile`) times the pipeline on each file alone and on the folder,
 * and test/content/hostile-folder.test.ts checks every file is accounted for without a stack trace.
 *
 * Deterministic: no randomness, so the same build of this file gives the same bytes.
 */

export interface HostileFile {
  /** Relative to the content folder: `reviews/many-sessions.md`. */
  path: string;
  bytes: Uint8Array;
  /** What is wrong with it, in a few words. */
  what: string;
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

const FRONTMATTER = (title: string, date = '2024-10-24'): string => `---\ntitle: ${title}\ndate: ${date}\n---\n\n`;

const SESSION_LINES = [
  '- 서비스 규모가 커지면서 배포 파이프라인을 처음부터 다시 설계했다',
  '- 장애 대응은 사람보다 시스템이 먼저 알아야 한다는 이야기가 인상적이었다',
  '  - 알림 피로를 줄이려고 임계값을 서비스별로 나눴다',
  '- 발표 자료: [슬라이드](https://if.kakao.com/session/42) 참고',
  '> 측정하지 않으면 개선할 수 없다',
  '```kotlin\nfun main() = println("hello")\n```',
  '세션이 끝나고 질문이 많았다. **캐시 무효화**와 `retry` 정책에 대한 질문이 특히 많았다.',
];

/** One post with `count` sessions, each a heading with speaker and company and a few lines. */
export function manySessionsPost(count: number): string {
  const parts = [FRONTMATTER('if(kakao) 2024 라이브 블로그 — 모든 세션'), '# if(kakao) 2024 전체 세션 정리\n\n'];
  for (let i = 1; i <= count; i++) {
    parts.push(`## ${i}. 대규모 트래픽을 견디는 서비스 설계 ${i}편 — 라이브 노트 (홍길동${i % 97} - 카카오)\n\n`);
    // About 1,300 bytes a session: 3.3 MB at 2,500 sessions.
    for (let k = 0; k < SESSION_LINES.length; k++) parts.push(`${SESSION_LINES[(i + k) % SESSION_LINES.length]}\n\n`);
    parts.push(`서비스가 커질수록 팀 사이의 약속이 중요해진다는 이야기로 시작했다. ${i}번째 세션의 발표자는 실제로 겪은 장애 사례를 하나씩 보여 주면서, 무엇을 먼저 자동화했고 무엇을 사람의 판단으로 남겼는지 설명했다. 질의응답에서는 비용과 일정에 대한 현실적인 질문이 이어졌다.\n\n`);
    parts.push(`### 정리 ${i}\n\n- 다음에는 ${i}번째 세션의 후속 발표도 듣고 싶다\n- 팀에 공유할 내용이 많았다. 특히 운영 자동화 부분은 바로 적용해 볼 만하다\n- 발표 영상이 올라오면 다시 보면서 정리를 보충할 예정이다\n\n`);
  }
  return parts.join('');
}

/**
 * Block quotes and lists nested `depth` levels deep under headings, repeated until the body is
 * about `bytes` long (UTF-8): a staircase of `>` markers one deeper each line, and list items
 * nested `depth` deep on one line each (`- - - … 항목`).
 */
export function deepNestingPost(depth: number, bytes: number): string {
  const parts = [FRONTMATTER('깊게 중첩된 인용과 목록')];
  let size = 0;
  for (let n = 1; size < bytes; n++) {
    const quotes: string[] = [];
    for (let level = 1; level <= depth; level++) quotes.push(`${'>'.repeat(level)} 인용 ${level}\n`);
    const lists: string[] = [];
    for (let k = 0; k < 240; k++) lists.push(`${'- '.repeat(depth)}항목 ${k}\n\n`);
    const block = `## 중첩 세션 ${n} (홍길동 - 카카오)\n\n${quotes.join('')}\n${lists.join('')}`;
    parts.push(block);
    size += utf8(block).length;
  }
  return parts.join('');
}

/** `depth` nested `>` and then `depth` nested list items, each on one line: the issue-16 crash. */
export function deepQuotesPost(depth: number): string {
  return (
    `${FRONTMATTER('인용과 목록 5,000단계')}## 인용 세션 (홍길동 - 카카오)\n\n${'>'.repeat(depth)} 인용\n\n` +
    `## 목록 세션 (이영희 - 카카오)\n\n${'- '.repeat(depth)}항목\n\n${'1. '.repeat(depth)}번호\n\n` +
    `## 그 뒤의 세션 (김철수 - 카카오)\n\n- 읽혀야 한다\n`
  );
}

/** A post whose body is one line of `bytes` characters, with links and emphasis along it. */
export function longLinePost(bytes: number): string {
  const unit = '아주 긴 한 줄 **강조** 와 [링크](https://example.com/a) 그리고 `코드` ';
  return `${FRONTMATTER('한 줄짜리 글')}${unit.repeat(Math.ceil(bytes / utf8(unit).length))}\n`;
}

function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
}

/** The folder: 17 files, each alone and each named for what is wrong with it. */
export function generateHostileFolder(): HostileFile[] {
  const file = (name: string, what: string, content: string | Uint8Array): HostileFile => ({
    path: `reviews/${name}`,
    bytes: typeof content === 'string' ? utf8(content) : content,
    what,
  });
  const binary = new Uint8Array(64 * 1024);
  for (let i = 0; i < binary.length; i++) binary[i] = (i * 2654435761) >>> 24;
  binary.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 0);
  const xss = [
    FRONTMATTER('<script>alert(1)</script> "title": </script>'),
    '## <img src=x onerror=alert(1)> 세션 (홍길동 - 카카오)\n\n',
    '<script>alert(document.cookie)</script>\n\n',
    '[클릭](javascript:alert(1)) [또](JaVaScRiPt:alert(1)) [데이터](data:text/html,<script>alert(1)</script>)\n\n',
    '[엔티티](&#106;avascript:alert(1)) <a href="vbscript:msgbox(1)">vb</a>\n\n',
    '<div onclick="alert(1)" style="background:url(javascript:alert(1))">x</div>\n\n',
    '![img](x" onerror="alert(1))\n\n[^1]: <svg onload=alert(1)>\n\n[#bad](#%FF)\n',
  ].join('');
  const links: string[] = [FRONTMATTER('링크와 이미지 2만 개'), '## 링크 세션 (홍길동 - 카카오)\n\n'];
  for (let i = 0; i < 10000; i++) links.push(`[링크 ${i}](https://example.com/${i}) ![그림 ${i}](./img/${i}.png)\n`);
  const table: string[] = [FRONTMATTER('아주 큰 표'), '## 표 세션 (홍길동 - 카카오)\n\n| 시간 | 세션 | 발표자 |\n|---|---|---|\n'];
  for (let i = 0; i < 8000; i++) table.push(`| ${10 + (i % 8)}:00 | 세션 ${i} | 발표자 ${i} |\n`);
  const aliasBomb = ['---', 'title: 폭탄', 'a: &a ["x","x","x","x","x","x","x","x","x"]'];
  for (let level = 1; level < 12; level++) {
    const prev = String.fromCharCode(96 + level);
    const name = String.fromCharCode(97 + level);
    aliasBomb.push(`${name}: &${name} [*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev}]`);
  }
  aliasBomb.push('---', '', '## 세션 (홍길동 - 카카오)', '', '- 내용', '');
  return [
    file('empty.md', 'an empty file', ''),
    file('binary.png.md', 'binary bytes (a PNG header and noise)', binary),
    file('latin1.md', 'Latin-1, not UTF-8', latin1(`${FRONTMATTER('Café review')}## Séance (René - Société)\n\n- très intéressant, élégant\n`)),
    file('broken-yaml.md', 'frontmatter that is not YAML', `---\ntitle: [unclosed\ndate: : :\n---\n\n## 세션 (홍길동 - 카카오)\n\n- 내용\n`),
    file('unclosed-frontmatter.md', 'a frontmatter block never closed', `---\ntitle: 닫히지 않은 머리말\ndate: 2024-10-24\n\n## 세션 (홍길동 - 카카오)\n\n- 내용\n`),
    file('yaml-alias-bomb.md', 'a YAML alias bomb in the frontmatter', aliasBomb.join('\n')),
    file('bom-crlf.md', 'a byte order mark and CRLF line ends', `\ufeff${FRONTMATTER('BOM과 CRLF')}## 세션 (홍길동 - 카카오)\n\n- 윈도우에서 쓴 글\n`.replace(/\n/g, '\r\n')),
    file('nfd.md', 'Korean in NFD (decomposed jamo), as macOS file systems write it', `${FRONTMATTER('자모로 분해된 한글')}## 분해된 세션 제목 (홍길동 - 카카오)\n\n- 한글 자모\n`.normalize('NFD')),
    file('xss.md', 'script, event handlers and script URLs everywhere', xss),
    file('stray-nul-and-bidi.md', 'a stray NUL byte and bidi overrides', `${FRONTMATTER('제목\u202e역방향')}## 세션\u202e (홍길동\u200b - 카카오)\n\n- 널 바이트 \u0000 하나\n`),
    file('unclosed-fence.md', 'a code fence never closed, 200 kB of code after it', `${FRONTMATTER('닫히지 않은 코드')}## 세션 (홍길동 - 카카오)\n\n\`\`\`js\n${'const x = "## 제목 아님";\n'.repeat(8000)}`),
    file('links-and-images.md', '10,000 links and 10,000 relative images', links.join('')),
    file('huge-table.md', 'one GFM table of 8,000 rows', table.join('')),
    file('deep-quotes-5000.md', 'block quotes nested 5,000 deep (issue 16, item 4)', deepQuotesPost(5000)),
    file('nested-1000-deep.md', 'lists and block quotes nested 1,000 deep, 1 MB', deepNestingPost(1000, 950_000)),
    file('one-long-line.md', 'a 2.6 MB body on a single line', longLinePost(2_600_000)),
    file('many-sessions.md', 'a 3.3 MB live-blog post with 2,500 sessions', manySessionsPost(2500)),
  ];
}
