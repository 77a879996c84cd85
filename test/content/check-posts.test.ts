/**
 * The check page's pipeline (src/content/check/check-posts.ts), as the page runs it: the real
 * reviews checked against the site's curated files read back from data/check.json give exactly
 * the catalog `npm run content` builds; one post alone finds the sessions the site has; hostile
 * files get the words the CLI gives them.
 */
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPosts, nameForPastedPost, type PostToCheck } from '../../src/content/check/check-posts.ts';
import { emitCheckData, parseRepository } from '../../src/content/emit/check-data.ts';
import { buildCatalog, emitStaticFiles, loadContent, type ContentInput } from '../../src/content/node/index.ts';
import { CheckDataFile, type Catalog, type IndexFile } from '../../src/content/schema.ts';

const CONTENT = join(import.meta.dirname, '..', '..', 'content');
const BROKEN = join(import.meta.dirname, '..', 'fixtures', 'broken');

let input: ContentInput;
let catalog: Catalog;
let index: IndexFile;
let data: CheckDataFile;
let posts: PostToCheck[];

beforeAll(async () => {
  input = await loadContent(CONTENT);
  catalog = buildCatalog(input);
  index = emitStaticFiles(catalog).get('data/index.json') as IndexFile;
  // Through JSON, as the page gets it.
  data = CheckDataFile.parse(JSON.parse(JSON.stringify(emitCheckData(input, { contentPath: 'content' }))));
  posts = input.files.filter((f) => f.path.startsWith('reviews/')).map((f) => ({ name: f.path.slice('reviews/'.length), bytes: f.bytes }));
});

/** What the CLI prints a catalog as (the JSON round trip drops undefined fields). */
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('data/check.json', () => {
  it('holds the curated files as the build read them, and where posts go', () => {
    expect(data.curated.map((f) => f.path)).toEqual(['companies.yml', 'editions.yml', 'merges.yml', 'sources.yml', 'taxonomy.yml']);
    expect(data).toMatchObject({ otherPaths: [], contentPath: 'content', reviewsFolder: 'reviews', repository: null });
  });

  it.each([
    ['kakao/talkshelf', { owner: 'kakao', name: 'talkshelf', branch: 'main' }],
    ['kakao/talkshelf#pages', { owner: 'kakao', name: 'talkshelf', branch: 'pages' }],
    ['kakao/talkshelf.git', { owner: 'kakao', name: 'talkshelf', branch: 'main' }],
    ['', null],
    [undefined, null],
    ['https://github.com/kakao/talkshelf', null],
  ])('names a repository from %j', (value, expected) => {
    expect(parseRepository(value)).toEqual(expected);
  });
});

describe('checking the five real reviews', () => {
  it('builds exactly the catalog `npm run content` builds', () => {
    const report = checkPosts(data, index, posts);
    expect(asJson(report.catalog)).toEqual(asJson(catalog));
  });

  it('reports each post by what the catalog says of it', () => {
    const report = checkPosts(data, index, posts);
    for (const post of report.posts) {
      const review = catalog.reviews.find((r) => r.file === post.path)!;
      const edition = catalog.editions.find((e) => e.id === review.editionId)!;
      expect(post).toMatchObject({ reviewId: review.id, title: review.title, onSite: true, edition: { id: edition.id, name: edition.name } });
      expect(post.edition!.evidence).not.toBe('');
      expect(post.day!.id).toBe(review.dayId ?? 'day-unknown');
      expect(post.sessions.map((s) => s.id)).toEqual(review.sessionIds);
      expect(post.diagnostics.map(({ source: _source, ...d }) => d)).toEqual(catalog.diagnostics.filter((d) => d.file === post.path));
      // The site's sessions are these posts' own: nothing to merge with.
      expect(post.sessions.every((s) => s.existing === null)).toBe(true);
    }
  });

  it('gives each session’s tags and companies with the English labels the curated files give, as the catalog does', () => {
    const report = checkPosts(data, index, posts);
    const sessions = report.posts.flatMap((p) => p.sessions);
    const tagsById = new Map(catalog.tags.map(({ sessionCount: _count, ...tag }) => [tag.id, tag]));
    const companiesById = new Map(catalog.companies.map(({ sessionCount: _count, ...company }) => [company.id, company]));
    for (const session of sessions) {
      const built = catalog.sessions.find((s) => s.id === session.id)!;
      expect(session.tags).toEqual(built.tags.map((id) => tagsById.get(id)));
      expect(session.companies).toEqual(built.companies.map((id) => companiesById.get(id)));
      expect(session.speakers.map((s) => s.company?.id)).toEqual(built.speakers.map((s) => s.company));
    }
    // Korean labels come with their English ones: 샤딩 → Sharding, 카카오 → Kakao.
    expect(sessions.flatMap((s) => s.tags)).toContainEqual({ id: 'sharding', label: '샤딩', labelEn: 'Sharding' });
    expect(sessions.flatMap((s) => s.companies)).toContainEqual({ id: 'kakao', name: '카카오', nameEn: 'Kakao' });
  });

  it('shows the source line of each diagnostic as written', () => {
    const report = checkPosts(data, index, posts);
    const withLines = report.posts.flatMap((p) => p.diagnostics);
    for (const d of withLines) {
      const text = new TextDecoder().decode(posts.find((p) => `reviews/${p.name}` === d.file)!.bytes);
      expect(d.source).toBe(text.split(/\r?\n/)[d.line - 1]!.replace(/^\uFEFF/, ''));
    }
  });
});

describe('one post checked alone', () => {
  it('finds each session the other reviews already cover, and how many of them do', () => {
    const shared = catalog.sessions.filter((s) => new Set(s.writeUps.map((w) => w.reviewId)).size > 1);
    expect(shared.length).toBeGreaterThan(0);
    for (const session of shared) {
      const reviewId = session.writeUps[0]!.reviewId;
      const file = catalog.reviews.find((r) => r.id === reviewId)!.file;
      const post = posts.find((p) => `reviews/${p.name}` === file)!;
      const [report] = checkPosts(data, index, [post]).posts;
      const checked = report!.sessions.find((s) => s.writeUp.heading === session.writeUps[0]!.heading)!;
      const others = new Set(session.writeUps.map((w) => w.reviewId).filter((r) => r !== reviewId));
      expect(checked.existing).toEqual({ id: session.id, title: session.title, reviews: others.size });
    }
  });

  it('finds nothing on the site for a session only it covers', () => {
    const alone = catalog.sessions.find((s) => s.reviewCount === 1)!;
    const file = catalog.reviews.find((r) => r.id === alone.writeUps[0]!.reviewId)!.file;
    const [report] = checkPosts(data, index, [posts.find((p) => `reviews/${p.name}` === file)!]).posts;
    expect(report!.sessions.find((s) => s.id === alone.id)!.existing).toBeNull();
  });

  it('names a pasted post from its date and title', () => {
    const post = posts.find((p) => p.name?.startsWith('000'))!;
    const [report] = checkPosts(data, index, [{ name: null, bytes: post.bytes }]).posts;
    expect(report!.name).toBe(nameForPastedPost(report!.title, report!.date));
    expect(report!.name).toMatch(/^\d{4}-\d{2}-\d{2}-.+\.md$/);
    expect(report!.onSite).toBe(false);
  });
});

describe('hostile files get what the CLI gives them', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'talkshelf-check-'));
    await mkdir(join(folder, 'reviews'));
    return () => rm(folder, { recursive: true, force: true });
  });

  /** The CLI's diagnostics for a file of these bytes in a content folder. */
  async function cliDiagnostics(name: string, bytes: Uint8Array) {
    await writeFile(join(folder, 'reviews', name), bytes);
    const built = buildCatalog(await loadContent(folder));
    await rm(join(folder, 'reviews', name));
    return { diagnostics: built.diagnostics.filter((d) => d.file === `reviews/${name}`), status: built.files.find((f) => f.file === `reviews/${name}`)!.status };
  }

  const utf8 = (text: string) => new TextEncoder().encode(text);
  it.each([
    ['over 5 MB', 'big.md', () => new Uint8Array(5 * 1024 * 1024 + 1).fill(0x61), 'file-too-large', /5\.0 MB/],
    ['binary', 'image.md', () => Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 0, 0, 1, 2, 3]), 'binary-file', /not a text post/],
    ['invalid UTF-8', 'latin1.md', () => Uint8Array.from([...utf8('---\ntitle: caf'), 0xe9, ...utf8('\n---\n# x\n')]), 'invalid-utf8', /UTF-8/],
    ['broken YAML', 'broken.md', () => utf8('---\ntitle: "if kakao 2019\ndate: 2019-08-30\n---\n\n## 키노트\n\n- 좋았다\n'), 'yaml-invalid', /not valid YAML/],
  ])('%s', async (_name, file, make, code, words) => {
    // Rejected or read without its frontmatter, as the CLI decides; the same words either way.
    const bytes = make();
    const [report] = checkPosts(data, index, [{ name: file, bytes }]).posts;
    const cli = await cliDiagnostics(file, bytes);
    expect(report!.status).toBe(cli.status);
    expect(report!.diagnostics.map(({ source: _source, ...d }) => d)).toEqual(cli.diagnostics);
    const found = report!.diagnostics.find((d) => d.code === code);
    expect(found?.message).toMatch(words);
  });

  it('the broken fixtures read as the CLI reads them', async () => {
    const broken = await loadContent(BROKEN);
    const built = buildCatalog(broken);
    for (const name of ['broken-yaml.md', 'no-title.md', 'toml-frontmatter.md', 'unclosed-frontmatter.md']) {
      const bytes = new Uint8Array(await readFile(join(BROKEN, 'reviews', name)));
      const [report] = checkPosts(data, index, [{ name, bytes }]).posts;
      expect(report!.diagnostics.map(({ source: _source, ...d }) => d)).toEqual(built.diagnostics.filter((d) => d.file === `reviews/${name}`));
    }
  });

  it('refuses a file the pipeline does not read as a post', () => {
    const [report] = checkPosts(data, index, [{ name: 'post.html', bytes: utf8('<h1>x</h1>') }]).posts;
    expect(report).toMatchObject({ status: 'rejected', sessions: [] });
    // A reason the page words in the reader's language (check-messages.ts).
    expect(report!.refused).toBe('not-a-post');
  });
});
