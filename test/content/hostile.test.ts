/**
 * Hostile content never costs the site (issue 16): each fixture under test/fixtures/hostile is
 * named for what is wrong with it, and each test checks the diagnostics and the JSON that the
 * rest of the folder still builds. Fixtures a text file cannot hold are built here.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog, emitStaticFiles, formatDiagnostic, loadContent, type ContentFile } from '../../src/content/node/index.ts';
import { decodeText, detectBinary } from '../../src/content/read/decode.ts';
import { boundId, MAX_ID_BYTES } from '../../src/content/catalog/ids.ts';
import { findUnsafeUrl } from '../../src/content/html/unsafe-urls.ts';
import { readTaxonomyTags } from '../../src/search/taxonomy.ts';

const HOSTILE = join(import.meta.dirname, '..', 'fixtures', 'hostile');

async function readFixture(path: string): Promise<ContentFile> {
  return { path, bytes: new Uint8Array(await readFile(join(HOSTILE, path))) };
}

describe('an unclosed frontmatter whose post has a later ---', () => {
  it('reads the block of fields as the frontmatter and the post after it, and the hint names the missing --- after line 1’s block', async () => {
    const catalog = buildCatalog({ files: [await readFixture('reviews/unclosed-frontmatter-later-dashes.md')] });
    expect(catalog.diagnostics.map(formatDiagnostic)).toEqual([
      'reviews/unclosed-frontmatter-later-dashes.md:1:1-1:4 warning The frontmatter opened on line 1 is not closed after its fields, so YAML runs on into the post down to the --- on line 9; ' +
        'lines 2–3 are read as its fields and the post from line 4. Add a line with --- after line 3. frontmatter-unclosed',
    ]);
    const [review] = catalog.reviews;
    expect(review).toMatchObject({ title: 'if kakao 2024 후기', date: '2024-10-24', bodyLine: 4 });
    expect(catalog.sessions.map((s) => s.title)).toEqual(['카카오 빌링 MySQL DB 샤딩 적용']);
    expect(catalog.sessions[0]!.writeUps[0]!.line).toBe(5);
  });
});

describe('a YAML alias bomb in a curated file', () => {
  it('is a diagnostic with file and line; the file is ignored and the reviews still build', async () => {
    const catalog = buildCatalog(await loadContent(join(import.meta.dirname, '..', 'fixtures', 'curated-alias-bomb')));
    expect(catalog.diagnostics.map(formatDiagnostic)).toEqual([
      'taxonomy.yml:7:8 error taxonomy.yml repeats its YAML aliases (*name) into too many copies to read, the shape of an alias bomb. ' +
        'Write the values out instead of nesting aliases of aliases; the file is ignored until then. curated-alias-bomb',
    ]);
    expect(catalog.files.map((f) => `${f.file} ${f.status}`)).toEqual(['reviews/good-post.md ingested', 'taxonomy.yml curated']);
    expect(catalog.sessions.map((s) => s.title)).toEqual(['Kafka 운영 노하우']);
  });

  it('costs the search index nothing either (it reads the taxonomy too)', async () => {
    const input = await loadContent(join(import.meta.dirname, '..', 'fixtures', 'curated-alias-bomb'));
    expect(readTaxonomyTags(input)).toEqual([]);
  });
});

describe('invisible control characters', () => {
  const utf8 = (s: string) => new TextEncoder().encode(s);
  /** A real-sized post with one NUL byte pasted into its notes (line 7). */
  const strayNul = (): ContentFile => ({
    path: 'reviews/stray-nul-byte.md',
    bytes: new Uint8Array([
      ...utf8('---\ntitle: if kakao 2019 Day 1\n---\n\n## 키노트 (카카오 - 홍길동)\n\n본문에 널 바이트'),
      0,
      ...utf8(` 하나가 끼었다.\n\n${'발표 내용을 정리한 긴 본문. '.repeat(20)}\n`),
    ]),
  });

  it('are stripped from titles and speaker names, with a warning at each line', async () => {
    const catalog = buildCatalog({ files: [await readFixture('reviews/bidi-override-in-title-and-names.md')] });
    expect(catalog.reviews.map((r) => r.title)).toEqual(['if kakao 2019 Day 2 후기']);
    expect(catalog.sessions.map((s) => [s.title, s.speakers.map((p) => p.name)])).toEqual([['카프카 운영 노하우', ['홍길동']]]);
    expect(JSON.stringify(catalog)).not.toMatch(/[\u200b\u202a-\u202e\u2066-\u2069]/);
    expect(catalog.diagnostics.map(formatDiagnostic)).toEqual([
      'reviews/bidi-override-in-title-and-names.md:2:23 warning The line holds invisible control characters, U+202E (RIGHT-TO-LEFT OVERRIDE), U+202C (POP DIRECTIONAL FORMATTING); they are removed. ' +
        'Delete them: they are invisible, and a bidi override can make a title read backwards. control-character',
      'reviews/bidi-override-in-title-and-names.md:6:7 warning The line holds invisible control characters, U+200B (ZERO WIDTH SPACE), U+2067 (RIGHT-TO-LEFT ISOLATE), U+2069 (POP DIRECTIONAL ISOLATE); they are removed. ' +
        'Delete them: they are invisible, and a bidi override can make a title read backwards. control-character',
    ]);
  });

  it('are stripped from titles and names when a YAML escape or a character reference writes them', async () => {
    const catalog = buildCatalog({ files: [await readFixture('reviews/bidi-overrides-as-escapes-and-references.md')] });
    expect(catalog.reviews.map((r) => [r.title, r.author])).toEqual([['if kakao 2019 Day 2 후기', '홍길동']]);
    expect(catalog.sessions.map((s) => [s.title, s.speakers.map((p) => p.name), s.writeUps.map((w) => w.heading)])).toEqual([
      ['카프카 운영 노하우', ['홍길동'], ['카프카 운영 노하우 (카카오 - 홍길동)']],
    ]);
    expect(JSON.stringify(emitStaticFiles(catalog).get('data/index.json'))).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });

  it('a post with a stray NUL byte is read, with a warning at its line, not rejected as binary', () => {
    const catalog = buildCatalog({ files: [strayNul()] });
    expect(catalog.files).toEqual([{ file: 'reviews/stray-nul-byte.md', status: 'warnings', reviewId: 'stray-nul-byte' }]);
    expect(catalog.diagnostics.map(formatDiagnostic)).toEqual([
      'reviews/stray-nul-byte.md:7:10 warning The line holds invisible control characters, U+0000 (NUL); they are removed. ' +
        'Delete them: they are invisible, and a bidi override can make a title read backwards. control-character',
    ]);
    expect(catalog.sessions[0]!.writeUps[0]!.markdown).toContain('본문에 널 바이트 하나가 끼었다.');
  });

  it('keeps positions after a removed character true to the file as written', () => {
    const r = decodeText('x.md', utf8('a\u202eb\u202cc 끝'));
    if (!r.ok) throw new Error('expected text');
    expect(r.text).toBe('abc 끝');
    // "끝" is column 5 of the text read and column 7 of the line as written.
    expect(r.lineMap.toOriginal(1, 5)).toEqual({ line: 1, column: 7 });
  });

  it('reports the first ten lines and counts the rest', () => {
    const r = decodeText('x.md', utf8('x\u0007\n'.repeat(25)));
    if (!r.ok) throw new Error('expected text');
    expect(r.diagnostics).toHaveLength(10);
    expect(r.diagnostics.at(-1)!.message).toMatch(/U\+0007 \(control character\); they are removed \(and so do 15 more lines, not listed\)$/);
  });

  it.each([
    ['a NUL in a short file', utf8('abc\u0000def'), 'binary file'],
    ['NULs in more than 1 byte in 100', new Uint8Array([...utf8('#'.repeat(90)), ...new Array(10).fill(0)]), 'binary file'],
    ['a NUL next to bytes that are not UTF-8', new Uint8Array([...utf8('#'.repeat(200)), 0, 0xff]), 'binary file'],
    ['one NUL in a real-sized post', strayNul().bytes, null],
    // 8,000 bytes, where the NUL count stops, end inside a Hangul syllable here.
    ['one NUL in a long Korean post', new Uint8Array([...utf8('# 제목\n'), 0, ...utf8('가'.repeat(4000))]), null],
  ])('detectBinary: %s', (_name, bytes, expected) => {
    expect(detectBinary(bytes)).toBe(expected);
  });
});

describe('javascript:, vbscript: and data: URLs in notes', () => {
  it('each get an unsafe-url warning saying what they are, disguised ones as disguised, none as a broken relative link', async () => {
    const catalog = buildCatalog({ files: [await readFixture('reviews/script-urls-in-notes.md')] });
    const link = (line: string, url: string, what: string) =>
      `reviews/script-urls-in-notes.md:${line} warning The link "${url}" is ${what}, which would run code in the reader's browser; the page shows it as plain text. Remove the link, or link an https:// page instead. unsafe-url`;
    expect(catalog.diagnostics.map(formatDiagnostic)).toEqual([
      link('8:3', 'javascript:alert(document.domain)', 'a javascript: URL'),
      link('9:3', 'VBScript:MsgBox("x")', 'a vbscript: URL'),
      'reviews/script-urls-in-notes.md:10:3 warning The link "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==" is a data: URL, which can carry a whole page or script; ' +
        'the page shows it as plain text. Remove the link, or link an https:// page instead. unsafe-url',
      'reviews/script-urls-in-notes.md:11:3 warning The image "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+" is a data: URL, which can carry a whole page or script; ' +
        'the page shows it as a missing image. Put the image online and use its https:// URL. unsafe-url',
      link('12:3', 'javascript:alert(1)', 'a javascript: URL disguised with character references'),
      link('13:3', 'java\\tscript:alert(1)', 'a javascript: URL disguised with character references'),
      link('14:9', 'javascript:alert(1)', 'a javascript: URL'),
      link('16:1', 'javascript:alert(2)', 'a javascript: URL'),
    ]);
    // Still neutralised: no page gets any of them as a followable URL.
    const html = JSON.stringify(emitStaticFiles(catalog).get(`data/sessions/${catalog.sessions[0]!.id}.json`));
    expect(html).not.toMatch(/(?:href|src)=\\"(?:java|vb)script|(?:href|src)=\\"data:/i);
  });

  it.each([
    ['javascript:alert(1)', '[a](javascript:alert(1))', { scheme: 'javascript', disguise: null }],
    ['JavaScript:alert(1)', '[a](JavaScript:alert(1))', { scheme: 'javascript', disguise: null }],
    ['javascript:alert(1)', '[a](&#x6A;avascript&colon;alert(1))', { scheme: 'javascript', disguise: 'character references' }],
    ['java\nscript:alert(1)', '<java\nscript:alert(1)>', { scheme: 'javascript', disguise: 'invisible characters' }],
    [' data:text/html,x', '[a](< data:text/html,x>)', { scheme: 'data', disguise: null }],
    ['https://if.kakao.com/', '[a](https://if.kakao.com/)', null],
    ['../images/x.png', '![a](../images/x.png)', null],
    ['mailto:a@b.c', '<mailto:a@b.c>', null],
  ])('findUnsafeUrl(%j)', (url, source, expected) => {
    expect(findUnsafeUrl(url, source)).toEqual(expected);
  });
});

describe('300-byte session titles, speaker names and file names', () => {
  const FIXTURE = 'reviews/300-byte-session-titles-and-speaker-name.md';
  const utf8Length = (s: string) => new TextEncoder().encode(s).length;
  /** The fixture again under a 300-byte file name (longer than a disk allows, so only in memory). */
  const longNamed = async (): Promise<ContentFile> => ({ ...(await readFixture(FIXTURE)), path: `reviews/${'후기'.repeat(49)}-2019.md` });

  it('get bounded ids: a readable prefix and a short hash, stable from build to build', async () => {
    const build = async () => buildCatalog({ files: [await readFixture(FIXTURE), await longNamed()] });
    const catalog = await build();
    expect(catalog.sessions.map((s) => utf8Length(s.title))).toEqual([311, 311]);
    expect(Math.max(...catalog.speakers.map((s) => utf8Length(s.name)))).toBe(339);
    const ids = [...catalog.sessions.map((s) => s.id.split('/')[1]!), ...catalog.speakers.map((s) => s.id), ...catalog.reviews.map((r) => r.id), ...catalog.companies.map((c) => c.id)];
    for (const id of ids) expect(utf8Length(id), id).toBeLessThanOrEqual(MAX_ID_BYTES);
    // The slug part only: the edition part is the edition reader's business.
    expect(catalog.sessions.map((s) => s.id.split('/')[1])).toEqual([
      '대규모-트래픽을-견디는-결제-시스템의-분산-트랜잭션과-멱등성-보장을-위한-아키-03da9f56',
      '대규모-트래픽을-견디는-결제-시스템의-분산-트랜잭션과-멱등성-보장을-위한-아키-2ad83ab3',
    ]);
    expect(catalog.speakers.map((s) => s.id)).toContain('hubert-blaine-wolfeschlegelsteinhausenbergerdorffwelchevoralternwarengewissenhaftschaferswessenschafewarenwohlg-62936462');
    expect((await build()).sessions.map((s) => s.id)).toEqual(catalog.sessions.map((s) => s.id));
  });

  it('write every data file and page folder without ENAMETOOLONG', async () => {
    const catalog = buildCatalog({ files: [await readFixture(FIXTURE), await longNamed()] });
    const out = await mkdtemp(join(tmpdir(), 'talkshelf-long-ids-'));
    try {
      for (const [file, value] of emitStaticFiles(catalog)) {
        await mkdir(dirname(join(out, file)), { recursive: true });
        await writeFile(join(out, file), JSON.stringify(value));
      }
      // Pages are written as <route>/index.html (src/vite/prerender.ts).
      const routes = [
        ...catalog.sessions.map((s) => `sessions/${s.id}`),
        ...catalog.speakers.map((s) => `speakers/${s.id}`),
        ...catalog.reviews.map((r) => `reviews/${r.id}`),
        ...catalog.companies.map((c) => `companies/${c.id}`),
      ];
      for (const route of routes) {
        await mkdir(join(out, route), { recursive: true });
        await writeFile(join(out, route, 'index.html'), '<!doctype html>');
      }
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  it.each([
    ['카카오-빌링-mysql-db-샤딩-적용', '카카오-빌링-mysql-db-샤딩-적용'],
    ['a'.repeat(120), 'a'.repeat(120)],
    ['a'.repeat(121), `${'a'.repeat(111)}-019ebb34`],
    ['가'.repeat(100), `${'가'.repeat(37)}-ac5ec205`],
    [`${'a'.repeat(110)}-${'b'.repeat(20)}`, `${'a'.repeat(110)}-f50f9c62`],
  ])('boundId(%s)', (slug, expected) => {
    // The hashes are FNV-1a of the UTF-8 bytes, checked against an independent implementation.
    expect(boundId(slug)).toBe(expected);
    expect(utf8Length(boundId(slug))).toBeLessThanOrEqual(MAX_ID_BYTES);
  });
});
