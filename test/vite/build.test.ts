/**
 * The plugin end to end: a real `vite build` of a real content folder, under a base path, and
 * of a broken one. What the app and the browser tests rely on is checked on the files written.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { createBuilder } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IndexFile, ReviewFile, SessionFile } from '../../src/content/schema.ts';
import { serverBundleDir, talkshelf } from '../../src/vite/plugin.ts';
import { firstLoadScripts } from '../../src/cli/first-load.ts';

const root = path.resolve(import.meta.dirname, '../..');
const outDirs: string[] = [];

async function build(contentDir: string, base = '/') {
  const outDir = await mkdtemp(path.join(tmpdir(), 'talkshelf-build-'));
  outDirs.push(outDir);
  const builder = await createBuilder({
    root,
    base,
    configFile: false,
    logLevel: 'silent',
    build: { outDir },
    plugins: [react(), talkshelf({ contentDir, siteUrl: 'https://example.org' })],
  });
  await builder.buildApp();
  return outDir;
}

afterAll(() => Promise.all(outDirs.map((dir) => rm(dir, { recursive: true, force: true }))));

describe('vite build with the talkshelf plugin', () => {
  let out: string;
  beforeAll(async () => {
    out = await build('test/fixtures/blogs', '/sub/');
  }, 120_000);

  it('emits the data files the app reads, each matching its schema', async () => {
    const index = IndexFile.parse(JSON.parse(await readFile(path.join(out, 'data/index.json'), 'utf8')));
    expect(index.sessions.length).toBeGreaterThan(0);
    for (const session of index.sessions) {
      SessionFile.parse(JSON.parse(await readFile(path.join(out, 'data/sessions', `${session.id}.json`), 'utf8')));
    }
    for (const review of index.reviews) {
      ReviewFile.parse(JSON.parse(await readFile(path.join(out, 'data/reviews', `${review.id}.json`), 'utf8')));
    }
  });

  it('pre-renders every session as <route>/index.html with its content, head tags and base path', async () => {
    const index = IndexFile.parse(JSON.parse(await readFile(path.join(out, 'data/index.json'), 'utf8')));
    const session = index.sessions[0]!;
    const html = await readFile(path.join(out, 'sessions', ...session.id.split('/'), 'index.html'), 'utf8');
    expect(html).toContain(`<h1>${session.title.replace(/&/g, '&amp;')}</h1>`);
    expect(html).toMatch(/<link rel="canonical" href="https:\/\/example\.org\/sub\/sessions\//);
    expect(html).toContain('<meta property="og:locale" content="ko_KR" />');
    // The app starts after the first paint, from a list: the entry, then the session page's chunks.
    const scripts = firstLoadScripts(html);
    expect(scripts[0]).toMatch(/^\/sub\/assets\/index-[\w-]+\.js$/);
    expect(scripts.some((url) => /^\/sub\/assets\/session-page-[\w-]+\.js$/.test(url))).toBe(true);
    expect(html).toContain('id="talkshelf-state"');
  });

  it("ships react-router's production build, without its development warnings", async () => {
    const assets = path.join(out, 'assets');
    const code = await Promise.all((await readdir(assets)).filter((file) => file.endsWith('.js')).map((file) => readFile(path.join(assets, file), 'utf8')));
    // A warning <Routes> gives only in react-router's development build (src/vite/production-router.ts).
    expect(code.some((chunk) => chunk.includes('useNavigate'))).toBe(true);
    expect(code.filter((chunk) => chunk.includes('No routes matched location'))).toHaveLength(0);
    // The components the app does not use are left out (annotateForTreeShaking): <Link>'s route
    // discovery attribute and <Form>'s default encoding are strings only they carry.
    expect(code.filter((chunk) => chunk.includes('data-discover'))).toHaveLength(0);
    expect(code.filter((chunk) => chunk.includes('application/x-www-form-urlencoded'))).toHaveLength(0);
  });

  it('keeps the markdown renderer out of every page but /check: session and review pages get their posts as HTML', async () => {
    const assets = path.join(out, 'assets');
    const chunks = (await readdir(assets)).filter((file) => file.endsWith('.js'));
    expect(chunks.some((file) => file.startsWith('review-page-'))).toBe(true);
    // The check page previews write-ups with react-markdown and runs the pipeline in its worker:
    // both come only with that page (issue 15).
    const checkPage = chunks.find((file) => file.startsWith('check-page-'))!;
    expect(await readFile(path.join(assets, checkPage), 'utf8')).toContain('micromarkExtensions');
    for (const file of chunks.filter((name) => !name.startsWith('check-'))) {
      const code = await readFile(path.join(assets, file), 'utf8');
      // remark-parse's key for micromark extensions (react-markdown), and a token type of
      // micromark's own tokenizer (any parser built on it).
      expect(code, file).not.toContain('micromarkExtensions');
      expect(code, file).not.toContain('codeFencedFenceSequence');
    }
    // The pre-rendered review page: the post's headings with their anchors, a session link
    // under the base path, as <Link> would have written it.
    const index = IndexFile.parse(JSON.parse(await readFile(path.join(out, 'data/index.json'), 'utf8')));
    const review = index.reviews.find((r) => r.sessionIds.length > 0)!;
    const html = await readFile(path.join(out, 'reviews', review.id, 'index.html'), 'utf8');
    expect(html).toMatch(/<(h[2-6]) id="[^"]+">(?:(?!<\/h[2-6]>).)*? <a class="heading-session-link" href="\/sub\/sessions\/[^"]+">세션 페이지로<\/a><\/\1>/);
  });

  it("answers Vite's dynamic-import helper with a plain call: no preloading code in the entry, lazy pages still imported", async () => {
    const assets = path.join(out, 'assets');
    // The entry is index-<8-character hash>.js; a chunk of a module named index-file.ts is
    // index-file-<hash>.js, and which of the two a looser pattern finds first follows the hashes.
    const entry = (await readdir(assets)).find((file) => /^index-[\w-]{8}\.js$/.test(file))!;
    const code = await readFile(path.join(assets, entry), 'utf8');
    expect(code).not.toContain('vite:preloadError');
    expect(code).toMatch(/import\(`\.\/review-page-[\w-]+\.js`\)/);
  });

  it('writes 404.html, sitemap, robots.txt, the feed and the manifest under the base path', async () => {
    const files = await readdir(out);
    expect(files).toEqual(expect.arrayContaining(['404.html', 'sitemap.xml', 'robots.txt', 'feed.xml', 'manifest.webmanifest', 'index.html']));
    expect(await readFile(path.join(out, '404.html'), 'utf8')).toContain('<meta name="robots" content="noindex" />');
    expect(await readFile(path.join(out, 'robots.txt'), 'utf8')).toContain('Sitemap: https://example.org/sub/sitemap.xml');
    expect(await readFile(path.join(out, 'feed.xml'), 'utf8')).toContain('<link href="https://example.org/sub/reviews/');
  });
});

describe('vite build of content with errors', () => {
  it('fails once, listing every error with its place and code', async () => {
    const failure = await build('test/fixtures/broken').then(
      () => undefined,
      (error: unknown) => error as Error,
    );
    expect(failure).toBeInstanceOf(Error);
    expect(failure!.message).toMatch(/^talkshelf: 3 content error\(s\) stop the build:/);
    for (const code of ['empty-file', 'missing-title', 'frontmatter-unsupported']) {
      expect(failure!.message).toContain(code);
    }
    // A frontmatter problem never costs the body: the post builds, with a warning.
    for (const code of ['yaml-invalid', 'frontmatter-unclosed', 'frontmatter-not-mapping']) expect(failure!.message).not.toContain(code);
    expect(failure!.message).toContain('test/fixtures/broken/reviews/empty.md:1:1 error');
    // Warnings never stop a build.
    expect(failure!.message).not.toContain('date-invalid');
    // The server bundle, built before the content failed, does not stay behind.
    expect(existsSync(path.join(root, serverBundleDir(outDirs.at(-1)!)))).toBe(false);
  }, 60_000);
});
