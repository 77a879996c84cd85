/**
 * Reading a content folder that fights back (issue 16, items 5, 6, 8, 9): each problem is a
 * diagnostic on its path and every other file is still read. The folders are made here, in a
 * temporary folder, since permissions, links and a 6 MB post do not belong in git; each hostile
 * entry is named for what is wrong with it, next to a good post from test/fixtures.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCatalog, formatDiagnostic, loadContent } from '../../src/content/node/index.ts';
import { MAX_FILE_BYTES, nodeFileSystem } from '../../src/content/node/load.ts';
import { Catalog } from '../../src/content/schema.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const GOOD_POST = join(ROOT, 'test', 'fixtures', 'broken', 'reviews', 'good-post.md');
const temporary: string[] = [];
afterAll(() => Promise.all(temporary.map((dir) => fs.rm(dir, { recursive: true, force: true }))));

/** A fresh folder holding `content/reviews/good-post.md`; returns the folder and its content/. */
async function makeContent(): Promise<{ base: string; content: string }> {
  const base = await fs.mkdtemp(join(tmpdir(), 'talkshelf-load-'));
  temporary.push(base);
  // Readable by the unprivileged user the permission test runs as.
  await fs.chmod(base, 0o755);
  const content = join(base, 'content');
  await fs.mkdir(join(content, 'reviews'), { recursive: true });
  await fs.copyFile(GOOD_POST, join(content, 'reviews', 'good-post.md'));
  return { base, content };
}

const statuses = (catalog: Catalog) => catalog.files.map((f) => `${f.file} ${f.status}${f.reason ? ` ${f.reason}` : ''}`);

describe('a file over the size limit', () => {
  it('is a diagnostic naming the file and its size, and is never read; the rest builds', async () => {
    const { content } = await makeContent();
    const oversized = `---\ntitle: if kakao 2019\n---\n\n${'가'.repeat(2 * 1024 * 1024)}\n`;
    await fs.writeFile(join(content, 'reviews', 'oversized-post.md'), oversized);
    // An image as large is no post: listed (so links to it resolve), not read, not reported.
    await fs.mkdir(join(content, 'reviews', 'images'));
    await fs.writeFile(join(content, 'reviews', 'images', 'huge-photo.png'), new Uint8Array(MAX_FILE_BYTES + 1));
    const input = await loadContent(content);
    expect(input.files.map((f) => [f.path, f.bytes.length])).toEqual([
      ['reviews/good-post.md', (await fs.stat(GOOD_POST)).size],
      ['reviews/images/huge-photo.png', 0],
    ]);
    const catalog = buildCatalog(input);
    expect(catalog.diagnostics.map(formatDiagnostic)).toEqual([
      `reviews/oversized-post.md:1:1 error The file is 6.0 MB (${Buffer.byteLength(oversized)} bytes), over the 5.0 MB a post or curated file may be, so it is not read. ` +
        'Split the post, or move what is not a post (an export, a dump) out of the content folder. file-too-large',
    ]);
    expect(statuses(catalog)).toEqual(['reviews/good-post.md ingested', 'reviews/oversized-post.md rejected file-too-large']);
    expect(catalog.sessions.map((s) => s.title)).toEqual(['Kafka 운영 노하우']);
  });
});

describe('unreadable and vanished files', () => {
  it('a file deleted between listing the folder and reading it is a warning; the run goes on', async () => {
    const { content } = await makeContent();
    const victim = join(content, 'reviews', 'vanishes-while-listed.md');
    await fs.copyFile(GOOD_POST, victim);
    const input = await loadContent(content, {
      fs: {
        ...nodeFileSystem,
        async readdir(path) {
          const entries = await nodeFileSystem.readdir(path);
          if (path.endsWith('reviews')) await fs.rm(victim, { force: true });
          return entries;
        },
      },
    });
    const catalog = buildCatalog(input);
    expect(catalog.diagnostics.map(formatDiagnostic)).toEqual([
      'reviews/vanishes-while-listed.md:1:1 warning The file was deleted while the content folder was read. Run again once the folder has settled. file-vanished',
    ]);
    expect(statuses(catalog)).toEqual(['reviews/good-post.md ingested', 'reviews/vanishes-while-listed.md rejected file-vanished']);
  });

  it('a file and a folder without read permission are errors on their paths in `npm run content`; the rest is read', async () => {
    const { content } = await makeContent();
    await fs.copyFile(GOOD_POST, join(content, 'reviews', 'no-read-permission.md'));
    await fs.chmod(join(content, 'reviews', 'no-read-permission.md'), 0o000);
    await fs.mkdir(join(content, 'reviews', 'locked-folder'));
    await fs.copyFile(GOOD_POST, join(content, 'reviews', 'locked-folder', 'post.md'));
    await fs.chmod(join(content, 'reviews', 'locked-folder'), 0o000);
    await fs.chmod(content, 0o755);
    // Root reads anything: the CLI then runs as an unprivileged user, for real permissions.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/content.ts'), '--json', '--no-cache', content], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
      ...asUser,
    });
    await fs.chmod(join(content, 'reviews', 'locked-folder'), 0o755);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const catalog = Catalog.parse(JSON.parse(r.stdout));
    expect(catalog.diagnostics.map(formatDiagnostic)).toEqual([
      'reviews/locked-folder/ error The folder cannot be read: there is no permission to read it. Make the folder readable (chmod a+rx), or move it out of the content folder. file-unreadable',
      'reviews/no-read-permission.md:1:1 error The file cannot be read: there is no permission to read it. Make the file readable (chmod a+r), or move it out of the content folder. file-unreadable',
    ]);
    expect(statuses(catalog)).toEqual(['reviews/good-post.md ingested', 'reviews/no-read-permission.md rejected file-unreadable']);
  }, 120_000);
});

describe('symbolic links', () => {
  it('are followed when they stay in the content folder; others and dangling ones are reported', async () => {
    const { base, content } = await makeContent();
    const reviews = join(content, 'reviews');
    await fs.mkdir(join(base, 'elsewhere'));
    await fs.copyFile(GOOD_POST, join(base, 'elsewhere', 'post.md'));
    await fs.symlink('good-post.md', join(reviews, 'link-inside-the-folder.md'));
    await fs.symlink('../../elsewhere/post.md', join(reviews, 'link-outside-the-folder.md'));
    await fs.symlink('no-such-post.md', join(reviews, 'dangling-link.md'));
    await fs.symlink('../elsewhere', join(content, 'linked-folder-outside'));
    await fs.symlink('reviews', join(content, 'linked-folder-inside'));
    const catalog = buildCatalog(await loadContent(content));
    expect(catalog.diagnostics.map(formatDiagnostic)).toEqual([
      'linked-folder-inside:1:1 warning The symbolic link leads to a folder that is read already, so it is not read twice. Delete the link. symlink-not-followed',
      'linked-folder-outside:1:1 warning The symbolic link points to ../elsewhere, outside the content folder, so it is not read. Copy the file into the content folder, or link one inside it. symlink-not-followed',
      'reviews/dangling-link.md:1:1 warning The symbolic link points to no-such-post.md, which does not exist, so nothing is read. Point the link at a file in the content folder, or delete it. symlink-not-followed',
      'reviews/link-outside-the-folder.md:1:1 warning The symbolic link points to ../../elsewhere/post.md, outside the content folder, so it is not read. Copy the file into the content folder, or link one inside it. symlink-not-followed',
    ]);
    expect(statuses(catalog)).toEqual([
      'reviews/dangling-link.md rejected symlink-not-followed',
      'reviews/good-post.md ingested',
      'reviews/link-inside-the-folder.md ingested',
      'reviews/link-outside-the-folder.md rejected symlink-not-followed',
    ]);
  });
});

describe('a missing or empty content folder', () => {
  it('a missing folder is one plain error, no exception', async () => {
    const input = await loadContent(join(tmpdir(), 'talkshelf-no-such-folder'));
    expect(input.files).toEqual([]);
    expect(buildCatalog(input).diagnostics.map(formatDiagnostic)).toEqual([
      `. error The content folder ${join(tmpdir(), 'talkshelf-no-such-folder')} does not exist or is not a folder. ` +
        'Create it and put the review posts in it, or point contentDir at the folder that has them. content-folder-missing',
    ]);
  });

  it('an empty folder is a warning in `npm run content`, which still exits 0', async () => {
    const { base } = await makeContent();
    const empty = join(base, 'empty-content');
    await fs.mkdir(empty);
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/content.ts', '--no-cache', empty], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      `. warning The content folder ${empty} has no review posts (.md, .markdown or .txt files), so the site has no sessions. ` +
        'Put the review posts in it, or point contentDir at the folder that has them. content-folder-empty',
    );
  }, 120_000);
});
