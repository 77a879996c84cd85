/**
 * A real `vite build` of hostile posts that are not errors (issue 16): 300-byte session titles
 * and speaker names, bidi overrides, script URLs. The build succeeds and writes every page and
 * data file (no ENAMETOOLONG), each name within what a file system takes.
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { createBuilder } from 'vite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { IndexFile } from '../../src/content/schema.ts';
import { talkshelf } from '../../src/vite/plugin.ts';

const root = path.resolve(import.meta.dirname, '../..');
const HOSTILE = path.join(root, 'test', 'fixtures', 'hostile', 'reviews');
const POSTS = ['300-byte-session-titles-and-speaker-name.md', 'bidi-override-in-title-and-names.md', 'script-urls-in-notes.md'];
const temporary: string[] = [];
// A temporary folder's review cache would only be left behind in node_modules/.talkshelf.
beforeAll(() => vi.stubEnv('TALKSHELF_CACHE', 'off'));
afterAll(async () => {
  vi.unstubAllEnvs();
  await Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** Every file and folder name under `dir`, recursively. */
async function listNames(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.map((entry) => entry.name);
}

describe('vite build of hostile posts', () => {
  it('writes every page and data file of 300-byte titles and names', async () => {
    const base = await mkdtemp(path.join(tmpdir(), 'talkshelf-hostile-'));
    temporary.push(base);
    const contentDir = path.join(base, 'content');
    await mkdir(path.join(contentDir, 'reviews'), { recursive: true });
    for (const post of POSTS) await copyFile(path.join(HOSTILE, post), path.join(contentDir, 'reviews', post));
    const outDir = path.join(base, 'dist');
    const builder = await createBuilder({
      root,
      configFile: false,
      logLevel: 'silent',
      build: { outDir },
      plugins: [react(), talkshelf({ contentDir, siteUrl: 'https://example.org' })],
    });
    await builder.buildApp();

    const index = IndexFile.parse(JSON.parse(await readFile(path.join(outDir, 'data/index.json'), 'utf8')));
    const long = index.sessions.filter((s) => Buffer.byteLength(s.title) >= 300);
    expect(long).toHaveLength(2);
    for (const session of long) {
      await readFile(path.join(outDir, 'data/sessions', `${session.id}.json`), 'utf8');
      expect(await readFile(path.join(outDir, 'sessions', ...session.id.split('/'), 'index.html'), 'utf8')).toContain(session.title);
    }
    for (const speaker of index.sessions.flatMap((s) => s.speakers)) {
      await readFile(path.join(outDir, 'speakers', speaker.id, 'index.html'), 'utf8');
    }
    for (const name of await listNames(outDir)) expect(Buffer.byteLength(name), name).toBeLessThanOrEqual(255);
  }, 120_000);
});
