/**
 * The dev server's content wiring (src/vite/dev-server.ts) in a real Vite dev server on a copy of
 * the real posts: a save reaches the page's HMR event and the data URL; a save that breaks a
 * review's frontmatter sends its diagnostic while the review's data stays its last good version;
 * fixing it serves the fix.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer, type Logger, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_EVENT, setupDevServer, type ContentEventPayload } from '../../src/vite/dev-server.ts';
import { IndexFile } from '../../src/content/schema.ts';

const REVIEW = 'reviews/003_4bf890e34c6fded4.txt';
let root: string;
let contentDir: string;
let server: ViteDevServer;
let origin: string;
const events: ContentEventPayload[] = [];
/** What the dev server printed to the terminal. */
const logged: string[] = [];
const logger: Logger = {
  hasWarned: false,
  info: (message) => void logged.push(message),
  warn: (message) => void logged.push(message),
  warnOnce: (message) => void logged.push(message),
  error: (message) => void logged.push(message),
  clearScreen: () => {},
  hasErrorLogged: () => false,
};
const cacheSetting = process.env.TALKSHELF_CACHE;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'talkshelf-dev-server-'));
  contentDir = path.join(root, 'content');
  await cp(path.resolve(import.meta.dirname, '../../content'), contentDir, { recursive: true });
  // No review cache: it would keep a file for this temporary folder in node_modules.
  process.env.TALKSHELF_CACHE = 'off';
  // Set up from configureServer as the plugin does (which skips it under vitest), so its data
  // middleware comes before Vite's own.
  const plugin = { name: 'talkshelf-dev-under-test', configureServer: (dev: ViteDevServer) => setupDevServer(dev, contentDir) };
  server = await createServer({ root, configFile: false, customLogger: logger, plugins: [plugin], server: { port: 0, host: '127.0.0.1' }, optimizeDeps: { noDiscovery: true } });
  // What the page's dev client hears: every talkshelf:content event sent to it.
  const send = server.ws.send.bind(server.ws) as (payload: unknown) => void;
  server.ws.send = ((payload: { type?: string; event?: string; data?: ContentEventPayload }) => {
    if (payload.type === 'custom' && payload.event === CONTENT_EVENT && payload.data) events.push(payload.data);
    send(payload);
  }) as typeof server.ws.send;
  await server.listen();
  const address = server.httpServer!.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}, 60_000);

afterAll(async () => {
  await server?.close();
  if (cacheSetting === undefined) delete process.env.TALKSHELF_CACHE;
  else process.env.TALKSHELF_CACHE = cacheSetting;
  await rm(root, { recursive: true, force: true });
});

async function getJson(url: string): Promise<{ status: number; text: string }> {
  const response = await fetch(`${origin}${url}`);
  return { status: response.status, text: await response.text() };
}

/** The first event after the `after` seen ones that `accept` takes (a write can fire two changes). */
async function eventWhere(after: number, accept: (payload: ContentEventPayload) => boolean): Promise<ContentEventPayload> {
  await expect.poll(() => events.slice(after).some(accept), { timeout: 30_000, interval: 50 }).toBe(true);
  return events.slice(after).find(accept)!;
}

const about = (payload: ContentEventPayload, pattern: RegExp) => payload.diagnostics.filter((d) => d.text.includes(REVIEW) && pattern.test(d.text));

describe('the dev server after a save', () => {
  it('serves a save, keeps the last good review through a broken save with its diagnostic, and serves the fix', async () => {
    const index = IndexFile.parse(JSON.parse((await getJson('/data/index.json')).text));
    const id = index.reviews.find((r) => r.file === REVIEW)!.id;
    const original = await readFile(path.join(contentDir, REVIEW), 'utf8');

    await writeFile(path.join(contentDir, REVIEW), `${original}\n\n개발 서버가 받은 문단\n`);
    await expect.poll(async () => (await getJson(`/data/reviews/${id}.json`)).text, { timeout: 30_000, interval: 50 }).toContain('개발 서버가 받은 문단');

    const seen = events.length;
    await writeFile(path.join(contentDir, REVIEW), `${original.replace(/^---\n/, '---\nbroken: [unclosed\n')}\n\n깨진 저장의 문단\n`);
    const broken = await eventWhere(seen, (payload) => about(payload, /yaml-invalid/).length > 0);
    expect(about(broken, /the site shows its last version read without errors/)).toHaveLength(1);
    const kept = await getJson(`/data/reviews/${id}.json`);
    expect(kept.status).toBe(200);
    expect(kept.text).toContain('개발 서버가 받은 문단');
    expect(kept.text).not.toContain('깨진 저장의 문단');

    await writeFile(path.join(contentDir, REVIEW), `${original}\n\n고쳐서 다시 저장한 문단\n`);
    await expect.poll(async () => (await getJson(`/data/reviews/${id}.json`)).text, { timeout: 30_000, interval: 50 }).toContain('고쳐서 다시 저장한 문단');
    const fixed = events[events.length - 1]!;
    expect(fixed.version).toBeGreaterThan(broken.version);
    expect(about(fixed, /yaml-invalid|last version/)).toEqual([]);

    // The terminal: every problem once, when it appears; a save that adds none lists none again.
    const brokenImage = logged.filter((m) => m.includes('ifkakao2019-ryan.JPG'));
    expect(brokenImage, 'a warning of an unchanged review').toHaveLength(1);
    expect(logged.filter((m) => m.includes('yaml-invalid'))).toHaveLength(1);
    expect(logged.some((m) => /content problem\(s\) \(0 new\)/.test(m))).toBe(true);
    expect(logged.some((m) => /content problem\(s\) \(\d+ new, \d+ fixed\)/.test(m))).toBe(true);
    // The page: the broken save's own problem first, before the folder's other warnings.
    expect(broken.diagnostics[0]!.text).toMatch(/yaml-invalid/);
  }, 90_000);
});
