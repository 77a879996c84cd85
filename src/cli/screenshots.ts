/**
 * npm run screenshots [-- DIST_DIR] [--only=name,name]
 *
 * Screenshots of every kind of page, on a phone (390 px) and a desktop (1280 px), light and dark,
 * into docs/screenshots/<name>-<width>-<theme>.png. Serves the built site (default dist/, build it
 * first) with the project's plain static server and opens it in the system Chromium as a Korean
 * visitor in Seoul. Each shot is the first screen (what a visitor sees before scrolling), reduced
 * to a 128-colour palette with ImageMagick's `convert` when it is installed, so the folder stays
 * small enough to keep in git (~50-100 KB a picture).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, HOW_TO_GET_CHROMIUM } from './chromium.ts';
import { startStaticServer } from './static-server.ts';

const root = path.resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const dist = path.resolve(root, args.find((arg) => !arg.startsWith('--')) ?? 'dist');
const only = args.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',');
const outDir = path.join(root, 'docs/screenshots');

/** The first folder under `dir` (sorted), so the script follows the content instead of naming it. */
function firstEntry(dir: string, filter: (name: string) => boolean = () => true): string {
  const names = readdirSync(path.join(dist, dir))
    .filter((name) => statSync(path.join(dist, dir, name)).isDirectory() && filter(name))
    .sort();
  if (!names[0]) throw new Error(`Nothing under ${dir} in ${dist}: build the site first (npm run build).`);
  return names[0];
}

function routes(): { name: string; path: string }[] {
  const edition = firstEntry('editions', () => true);
  const latest = readdirSync(path.join(dist, 'sessions')).sort().at(-1)!;
  const session = firstEntry(`sessions/${latest}`, (name) => /kafka/i.test(name)) ;
  const review = readdirSync(path.join(dist, 'reviews')).sort()[1] ?? firstEntry('reviews');
  const tag = readdirSync(path.join(dist, 'tags')).includes('kafka') ? 'kafka' : firstEntry('tags');
  return [
    { name: 'timeline', path: '' },
    { name: 'edition', path: `editions/${edition}/` },
    { name: 'session', path: `sessions/${latest}/${session}/` },
    { name: 'review', path: `reviews/${review}/` },
    { name: 'tags', path: 'tags/' },
    { name: 'tag', path: `tags/${tag}/` },
    { name: 'search', path: `search/?q=${encodeURIComponent('카프카')}` },
    { name: 'speakers', path: 'speakers/' },
    { name: 'companies', path: 'companies/' },
    { name: 'topics', path: 'topics/' },
    { name: 'favorites', path: 'favorites/' },
    { name: 'check', path: 'check/' },
    { name: 'not-found', path: 'no-such-page/' },
  ];
}

const viewports = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];
const themes = ['light', 'dark'] as const;

async function main(): Promise<void> {
  const executablePath = findChromium();
  if (!executablePath) {
    console.error(HOW_TO_GET_CHROMIUM);
    process.exit(1);
  }
  const hasConvert = spawnSync('convert', ['-version']).status === 0;
  mkdirSync(outDir, { recursive: true });
  const { server, url } = await startStaticServer({ dir: dist, base: '/' });
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  try {
    for (const route of routes().filter((r) => !only || only.includes(r.name))) {
      for (const viewport of viewports) {
        for (const theme of themes) {
          const context = await browser.newContext({
            viewport,
            locale: 'ko-KR',
            timezoneId: 'Asia/Seoul',
            colorScheme: theme,
            deviceScaleFactor: 1,
          });
          const page = await context.newPage();
          await page.goto(url + route.path, { waitUntil: 'networkidle' });
          await page.evaluate(() => document.fonts.ready);
          const file = path.join(outDir, `${route.name}-${viewport.width}-${theme}.png`);
          await page.screenshot({ path: file });
          if (hasConvert) spawnSync('convert', [file, '-strip', '-colors', '128', `PNG8:${file}`]);
          console.log(`${path.relative(root, file)}  ${Math.round(statSync(file).size / 1024)} KB`);
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
