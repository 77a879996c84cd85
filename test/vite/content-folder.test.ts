/**
 * The plugin's build with no content to speak of (issue 16, item 8): a missing content folder
 * fails the build with one plain message and no stack; an empty one builds an empty site and
 * says so.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inspect } from 'node:util';
import react from '@vitejs/plugin-react';
import { createBuilder } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { IndexFile } from '../../src/content/schema.ts';
import { describeDiagnostics, runContentBuild } from '../../src/vite/content-build.ts';
import { talkshelf } from '../../src/vite/plugin.ts';

const root = path.resolve(import.meta.dirname, '../..');
const temporary: string[] = [];
afterAll(() => Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true }))));

async function temporaryDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}

async function build(contentDir: string, outDir: string) {
  const warnings: string[] = [];
  const builder = await createBuilder({
    root,
    configFile: false,
    logLevel: 'warn',
    customLogger: {
      info: () => {},
      warn: (message) => warnings.push(message),
      warnOnce: (message) => warnings.push(message),
      error: () => {},
      clearScreen: () => {},
      hasErrorLogged: () => false,
      hasWarned: false,
    },
    build: { outDir },
    plugins: [react(), talkshelf({ contentDir, siteUrl: 'https://example.org' })],
  });
  await builder.buildApp();
  return warnings;
}

describe('a missing content folder', () => {
  it('fails the build with a plain message naming the folder, and no stack', async () => {
    const contentDir = path.join(await temporaryDir('talkshelf-missing-'), 'content');
    const failure = await build(contentDir, await temporaryDir('talkshelf-build-')).then(
      () => undefined,
      (error: unknown) => error as Error,
    );
    expect(failure).toBeInstanceOf(Error);
    const relative = path.relative(root, contentDir).split(path.sep).join('/');
    expect(failure!.message).toBe(
      'talkshelf: 1 content error(s) stop the build:\n' +
        `  ${relative}/ error The content folder ${contentDir} does not exist or is not a folder. ` +
        'Create it and put the review posts in it, or point contentDir at the folder that has them. content-folder-missing',
    );
    // What Vite prints for a failed build (`error during build:` and util.inspect of the error).
    expect(inspect(failure)).not.toMatch(/\n\s+at /);
    expect(inspect(failure)).not.toContain('ENOENT');
  }, 120_000);
});

describe('an empty content folder', () => {
  it('is a warning of the content step', async () => {
    const contentDir = await temporaryDir('talkshelf-empty-');
    const content = await runContentBuild(contentDir);
    expect(content.errors).toEqual([]);
    expect(describeDiagnostics(content.warnings, contentDir, contentDir)).toBe(
      `  . warning The content folder ${contentDir} has no review posts (.md, .markdown or .txt files), so the site has no sessions. ` +
        'Put the review posts in it, or point contentDir at the folder that has them. content-folder-empty',
    );
  });

  it('builds an empty site, and the build says why it is empty', async () => {
    const contentDir = await temporaryDir('talkshelf-empty-');
    const outDir = await temporaryDir('talkshelf-build-');
    const warnings = await build(contentDir, outDir);
    expect(warnings.join('\n')).toContain('content-folder-empty');
    const index = IndexFile.parse(JSON.parse(await readFile(path.join(outDir, 'data/index.json'), 'utf8')));
    expect(index.sessions).toEqual([]);
    expect(await readFile(path.join(outDir, 'index.html'), 'utf8')).toMatch(/^<!doctype html>/i);
  }, 120_000);
});
