/**
 * Real little content folders under test/fixtures/: broken files named for what is wrong, blog
 * shapes from other engines and conferences, and broken curated files. Byte-level fixtures
 * (invalid UTF-8, binary, BOM + CRLF, NFD) are built here, since a text file cannot hold them.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCatalog, formatDiagnostic, loadContent, type ContentInput } from '../../src/content/node/index.ts';
import { Catalog, type Catalog as CatalogT } from '../../src/content/schema.ts';

const FIXTURES = join(__dirname, '..', 'fixtures');
const utf8 = (s: string) => new TextEncoder().encode(s);

/** Files whose bytes a text fixture cannot hold. */
export function createByteFixtures(): ContentInput['files'] {
  return [
    { path: 'reviews/invalid-utf8.md', bytes: new Uint8Array([...utf8('---\ntitle: if kakao 2019\n---\n\n## 키노트\n\n'), 0xb0, 0xa1, ...utf8('\n')]) },
    { path: 'reviews/binary.png.md', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]) },
  ];
}

describe('broken fixtures', () => {
  let catalog: CatalogT;
  beforeAll(async () => {
    const input = await loadContent(join(FIXTURES, 'broken'));
    catalog = buildCatalog({ files: [...input.files, ...createByteFixtures()] });
  });

  it('still parses with the Catalog schema', () => {
    expect(() => Catalog.parse(catalog)).not.toThrow();
  });

  it('accounts for every file', () => {
    expect(catalog.files.map((f) => `${f.file} ${f.status}${f.reason ? ` ${f.reason}` : ''}`)).toEqual([
      'invalid-field.md warnings',
      'reviews/bad-date.md warnings',
      'reviews/binary.png.md rejected binary-file',
      'reviews/broken-relative-image.md warnings',
      'reviews/broken-yaml.md warnings',
      'reviews/duplicate-session.md warnings',
      'reviews/empty.md rejected empty-file',
      'reviews/good-post.md ingested',
      'reviews/invalid-utf8.md rejected invalid-utf8',
      'reviews/no-title.md rejected missing-title',
      'reviews/session-without-notes.md warnings',
      'reviews/toml-frontmatter.md rejected frontmatter-unsupported',
      'reviews/unclosed-frontmatter.md warnings',
      'reviews/unknown-edition.md ingested',
      'reviews/unnamed-conference.md warnings',
      'yaml-wrong-shape.md warnings',
    ]);
  });

  it('reports each problem with place, sentence, hint and code', () => {
    expect(catalog.diagnostics.map(formatDiagnostic)).toMatchInlineSnapshot(`
      [
        "invalid-field.md:4:7 warning Frontmatter field \`tags\` should be a list of words or one space-separated string. Change \`tags\` to a list of words or one space-separated string; the field is ignored until then. frontmatter-invalid-field",
        "invalid-field.md:5:9 warning Frontmatter field \`author\` should be a name or a list of names. Change \`author\` to a name or a list of names; the field is ignored until then. frontmatter-invalid-field",
        "reviews/bad-date.md:3:7 warning Cannot read the date "지난 목요일". Write it as 2024-10-24, 2024-10-24 10:32:15 +0900 or 2019.08.30. date-invalid",
        "reviews/binary.png.md:1:1 error The file is a PNG image, not a text post. Move it out of the content folder or give it a non-review extension. binary-file",
        "reviews/broken-relative-image.md:8:1 warning The relative image "./images/stage.png" points to reviews/images/stage.png, which is not in the content folder, so the page shows it as unavailable. Use an absolute https:// URL of the image where the post is published. broken-relative-image",
        "reviews/broken-relative-image.md:11:3 warning The relative link "../slides/map.pdf" points to slides/map.pdf, which is not in the content folder, so the page shows it as unavailable. Use an absolute https:// URL. broken-relative-link",
        "reviews/broken-relative-image.md:12:3 warning The relative image "images/ok.png" points to reviews/images/ok.png in the content folder, which the site does not publish, so the page shows it as unavailable. Use an absolute https:// URL of the image where the post is published. broken-relative-image",
        "reviews/broken-yaml.md:2:8 warning The frontmatter is not valid YAML: the " quote opened here is never closed; its one-line fields are read as written. Fix the YAML; quote values that contain ": " or start with [ { * & ! | > ' " % @ \`. yaml-invalid",
        "reviews/duplicate-session.md:10:1 warning Two different sessions get the id "if-kakao-2019/오픈소스-운영기"; this one becomes "if-kakao-2019/오픈소스-운영기-2". Give the headings distinct titles, or list them in merges.yml if they are the same talk. duplicate-session-id
        see reviews/duplicate-session.md:6:1",
        "reviews/empty.md:1:1 error The file is empty. Write the post or delete the file. empty-file",
        "reviews/invalid-utf8.md:7:1 error Byte 0xb0 at offset 44 is not valid UTF-8. Save the file as UTF-8 (Korean posts are sometimes saved as EUC-KR/CP949). invalid-utf8",
        "reviews/no-title.md:1:1 error The post has no title: no \`title\` in the frontmatter and no heading. Add \`title: …\` to the frontmatter. missing-title",
        "reviews/session-without-notes.md:6:1 warning The session "카카오톡 서버 이야기" has no notes under its heading. Write a few lines about the talk, or remove the heading (or make it part of the text) if it is not a session. session-without-notes",
        "reviews/toml-frontmatter.md:1:1 error TOML frontmatter (+++) is not supported. Rewrite the frontmatter as YAML between --- lines. frontmatter-unsupported",
        "reviews/unclosed-frontmatter.md:1:1-1:4 warning The frontmatter opened on line 1 is never closed; lines 2–3 are read as its fields and the rest as the post. Add a line with --- after line 3. frontmatter-unclosed",
        "reviews/unnamed-conference.md:2:8 warning Cannot tell which conference the post is about, so its sessions are listed under "Unnamed conference". Name the conference and year in the title or tags, for example "if kakao 2019", or declare the series in editions.yml. edition-unknown",
        "yaml-wrong-shape.md:1:1 warning Cannot tell which conference the post is about, so its sessions are listed under "Unnamed conference". Name the conference and year in the title or tags, for example "if kakao 2019", or declare the series in editions.yml. edition-unknown",
        "yaml-wrong-shape.md:2:1 warning The frontmatter is not a list of \`key: value\` fields; the post is read without it. Write one \`key: value\` per line, for example \`title: My post\`. frontmatter-not-mapping",
        "yaml-wrong-shape.md:5:1 warning Found no session headings in the post. Give each talk its own heading (## Talk title (회사 - 발표자)); intro and wrap-up headings are not sessions. no-sessions",
        "yaml-wrong-shape.md:6:1 warning The frontmatter has no \`title\`; using the heading "리스트 frontmatter". Add \`title: …\` to the frontmatter. missing-title",
      ]
    `);
  });

  it('keeps going past broken files: the good post and the warned ones are in the catalog', () => {
    expect(catalog.sessions.map((s) => s.id)).toEqual([
      '주말에-밋업-2023/모노레포-도입기',
      'if-kakao-2019/redis-운영-노하우',
      'if-kakao-2019/kafka-운영-노하우',
      'if-kakao-2019/카카오톡-서버-이야기',
      'if-kakao-2019/검색-품질-개선기',
      'if-kakao-2019/오픈소스-운영기',
      'if-kakao-2019/오픈소스-운영기-2',
      'if-kakao-2019/카카오-t-지도-엔진',
      'if-kakao-2019/키노트',
      'unnamed/검색-개선기',
    ]);
    const kafka = catalog.sessions.find((s) => s.id === 'if-kakao-2019/kafka-운영-노하우')!;
    expect(kafka.writeUps.map((w) => w.reviewId)).toEqual(['good-post', 'invalid-field']);
    const empty = catalog.sessions.find((s) => s.id === 'if-kakao-2019/카카오톡-서버-이야기')!;
    expect(empty.emptyNotes).toBe(true);
  });

  it('keeps the sessions of a conference it has never heard of, named as the post names it', () => {
    const r = catalog.reviews.find((x) => x.id === 'unknown-edition')!;
    expect(r.editionId).toBe('주말에-밋업-2023');
    expect(catalog.editions.find((e) => e.id === r.editionId)).toMatchObject({ name: '주말에 밋업 2023', year: 2023 });
    expect(r.sessionIds).toEqual(['주말에-밋업-2023/모노레포-도입기']);
  });

  it('keeps the sessions of a post that names no conference, under an unnamed one, with a warning', () => {
    const r = catalog.reviews.find((x) => x.id === 'unnamed-conference')!;
    expect(r.editionId).toBe('unnamed');
    expect(catalog.editions.find((e) => e.id === 'unnamed')).toMatchObject({ year: null });
    expect(r.sessionIds).toEqual(['unnamed/검색-개선기']);
    expect(catalog.diagnostics.filter((d) => d.file === r.file).map((d) => d.code)).toEqual(['edition-unknown']);
  });
});

describe('blog-shape fixtures', () => {
  let input: ContentInput;
  let catalog: CatalogT;
  beforeAll(async () => {
    input = await loadContent(join(FIXTURES, 'blogs'));
    catalog = buildCatalog(input);
  });
  const session = (id: string) => catalog.sessions.find((s) => s.id === id)!;
  const review = (id: string) => catalog.reviews.find((r) => r.id === id)!;

  it('recognises every edition, including other conferences', () => {
    expect(catalog.editions.map((e) => [e.id, e.name, e.series])).toEqual([
      ['2024', 'if(kakaoAI) 2024', 'if-kakao'],
      ['deview-2023', 'DEVIEW 2023', 'deview'],
      ['feconf-2023', 'FEConf 2023', 'feconf'],
      ['2022', 'if kakao 2022', 'if-kakao'],
    ]);
  });

  it('reads a Jekyll post dated by its file name, with link-wrapped headings and "(이름 | 회사)"', () => {
    const r = review('2023-02-28-deview-2023-day1');
    expect([r.date, r.editionId, r.dayId, r.tags]).toEqual(['2023-02-28', 'deview-2023', 'day-1', ['deview', 'naver', 'review']]);
    const s = session('deview-2023/대규모-검색-시스템의-색인-파이프라인');
    expect(s.link).toBe('https://deview.kr/2023/sessions/531');
    expect(s.speakers).toEqual([{ id: '김철수', name: '김철수', company: 'naver' }]);
    expect(catalog.companies.find((c) => c.id === 'naver')?.name).toBe('네이버');
    expect(r.sessionIds).toHaveLength(3);
  });

  it('reads a Hexo post: slash dates, tag string, bold headings, "- 이름님" bullets, a role before the name', () => {
    const r = review('feconf-2023');
    expect([r.date, r.author, r.tags]).toEqual(['2023-10-21', '김개발', ['feconf', 'frontend', 'review']]);
    expect(r.sessionIds.map((id) => session(id).title)).toEqual([
      '리액트 서버 컴포넌트 톺아보기',
      '타입스크립트 타입 시스템 깊게 보기',
      '디자인 시스템 만들기',
      '웹 성능 측정의 모든 것',
    ]);
    expect(r.sessionIds.map((id) => session(id).speakers.map((p) => [p.name, p.company ?? '', p.role ?? '']))).toEqual([
      [['정재남', '', '']],
      [['홍길동', 'toss', '']],
      [],
      [['이성민', '', '프론트엔드 개발자']],
    ]);
    expect(catalog.diagnostics.filter((d) => d.file === 'posts/feconf-2023.markdown').map((d) => `${d.line} ${d.code}`)).toEqual(['25 session-without-notes']);
  });

  it('reads a Hugo post over two days: ISO dates, author lists, Day containers', () => {
    const r = review('hugo-ifkakao-2022');
    expect([r.date, r.author, r.dayId, r.editionId]).toEqual(['2022-12-09', '박카카오, 최카카오', null, '2022']);
    expect(r.sessionIds.map((id) => [session(id).title, session(id).dayId, session(id).kind])).toEqual([
      ['키노트', 'day-1', 'keynote'],
      ['카카오톡 메시지 저장소 개편기', 'day-1', 'talk'],
      ['모빌리티 배차 시스템의 gRPC 전환', 'day-1', 'talk'],
      ['카카오페이 정산 시스템의 분산락', 'day-2', 'talk'],
    ]);
    expect(session('2022/모빌리티-배차-시스템의-grpc-전환').speakers).toEqual([{ id: '한지민', name: '한지민', handle: 'jimin.h' }]);
    expect(session('2022/카카오페이-정산-시스템의-분산락').speakers[0]).toMatchObject({ name: '정규돈', company: 'kakaopay' });
  });

  it('does not merge a talk of another day into a same-titled one', () => {
    expect(session('2024/카카오-빌링-mysql-db-샤딩-적용기').dayId).toBe('day-1');
  });

  it('reads the same post written with CRLF and a BOM, or in NFD, the same way, with positions in the file as written', () => {
    const original = input.files.find((f) => f.path === 'posts/feconf-2023.markdown')!;
    const text = new TextDecoder().decode(original.bytes);
    const variants = [
      { path: 'posts/feconf-2023.markdown', bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text.replace(/\n/g, '\r\n'))]) },
      { path: 'posts/feconf-2023.markdown', bytes: utf8(text.normalize('NFD')) },
    ];
    for (const variant of variants) {
      const other = buildCatalog({ files: input.files.map((f) => (f.path === variant.path ? variant : f)) });
      expect(other.sessions).toEqual(catalog.sessions);
      expect(other.reviews.find((r) => r.id === 'feconf-2023')!.body).toBe(review('feconf-2023').body);
      const d = other.diagnostics.find((x) => x.code === 'session-without-notes')!;
      expect([d.line, d.column]).toEqual([25, 1]);
    }
  });

  it('maps a column on an NFD line back to the file as written', () => {
    const post = '---\ntitle: if kakao 2019\ndate: 2019-08-30\n---\n\n## 세션 이야기 ![그림](./없음.png)\n\n- 메모\n'.normalize('NFD');
    const c = buildCatalog({ files: [{ path: 'nfd.md', bytes: utf8(post) }] });
    const d = c.diagnostics.find((x) => x.code === 'broken-relative-image')!;
    const line = post.split('\n')[5]!;
    expect([d.line, d.column]).toEqual([6, line.indexOf('![') + 1]);
  });
});

describe('curated merges naming what no review has', () => {
  it('reports each at its place in merges.yml, and still applies the rest', async () => {
    const catalog = buildCatalog(await loadContent(join(FIXTURES, 'merge-target-missing')));
    expect(catalog.diagnostics.map(formatDiagnostic)).toMatchInlineSnapshot(`
      [
        "merges.yml:10:15 warning "카프카 운영 노하후" is listed as the same session as "카프카 운영 노하우" in edition "if-kakao-2019", but no review of that edition has a session with that title. Write the title as the sessions \`npm run content\` lists show it (without numbering or speakers), or remove it from same_as. merge-target-missing",
        "merges.yml:13:12 warning The merge of "키노트" (same as "기조연설") in edition "2017" matches no session: no review of that edition has a session with any of these titles. Check the edition id and the titles against the sessions \`npm run content\` lists (titles without numbering or speakers), or remove the entry. merge-target-missing",
      ]
    `);
    expect(catalog.sessions.map((s) => s.title)).toEqual(['카프카 운영 노하우', 'Kafka Panel']);
  });
});

describe('curated files', () => {
  it('reports bad entries at their YAML position and keeps the good ones', async () => {
    const catalog = buildCatalog(await loadContent(join(FIXTURES, 'curated-broken')));
    expect(catalog.diagnostics.map(formatDiagnostic)).toMatchInlineSnapshot(`
      [
        "companies.yml:3:1 error companies.yml is not valid YAML: Flow map in block collection must be sufficiently indented and end with a }. Fix the YAML; the file is ignored until then. curated-yaml-invalid",
        "editions.yml:8:28 error editions.yml: \`series.0.editions.0.days.1\` is invalid: expected a date like 2024-10-22. Fix the entry; it is ignored until then. curated-invalid-entry",
        "merges.yml:3:12 error merges.yml: \`merges.0.title\` is invalid: Invalid input: expected string, received array. Fix the entry; it is ignored until then. curated-invalid-entry",
        "taxonomy.yml:3:11 error taxonomy.yml: \`tags.1.id\` is invalid: expected a lowercase slug like kafka. Fix the entry; it is ignored until then. curated-invalid-entry",
      ]
    `);
    expect(catalog.files.filter((f) => f.status === 'curated').map((f) => f.file)).toEqual(['companies.yml', 'editions.yml', 'merges.yml', 'taxonomy.yml']);
    // The rest of each file still counts: primary series, the kafka tag, the 2019 day dates.
    expect(catalog.sessions.map((s) => [s.id, s.tags, s.dayId])).toEqual([['2019/카프카-운영-노하우', ['kafka'], 'day-2']]);
    expect(catalog.editions[0]!.days[0]!.date).toBeNull();
  });

  it('works on the real posts with no curated file at all', async () => {
    const input = await loadContent(join(__dirname, '..', '..', 'content'));
    const catalog = buildCatalog({ files: input.files.filter((f) => f.path.startsWith('reviews/')) });
    expect(catalog.editions.map((e) => [e.id, e.name])).toEqual([
      ['if-kakao-2024', 'if kakao 2024'],
      ['if-kakao-2019', 'if kakao 2019'],
      ['if-kakao-2018', 'if kakao 2018'],
    ]);
    // 000 is dated 2024-10-24, which 001 ties to day 3.
    expect(catalog.reviews.map((r) => r.dayId)).toEqual(['day-3', 'day-3', null, 'day-1', 'day-2']);
    expect(catalog.sessions).toHaveLength(28);
    expect(catalog.sessions.find((s) => s.title === '카카오 빌링 MySQL DB 샤딩 적용')!.writeUps).toHaveLength(2);
    expect(catalog.files.filter((f) => f.status === 'rejected')).toEqual([]);
  });
});
