/**
 * Link checker for a build: every href and src in every HTML file must resolve to a file in the
 * build (or be an external URL), and every #fragment to an id on the target page. Run in the
 * browser test suite against dist/, and by hand with `npm run check-links`.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface BrokenLink {
  /** HTML file the link is in, relative to the build folder. */
  page: string;
  attribute: string;
  url: string;
  reason: string;
}

const ATTRIBUTE = /\s(href|src)\s*=\s*"([^"]*)"/g;
const ID = /\sid\s*=\s*"([^"]*)"/g;

export async function checkLinks(distDir: string, base = '/'): Promise<{ pages: number; links: number; broken: BrokenLink[] }> {
  const root = path.resolve(distDir);
  const pages = (await listFiles(root)).filter((f) => f.endsWith('.html'));
  const ids = new Map<string, Set<string>>();
  const idsOf = async (file: string) => {
    let found = ids.get(file);
    if (!found) {
      const html = await readFile(file, 'utf8');
      found = new Set([...html.matchAll(ID)].map((m) => decodeEntities(m[1]!)));
      ids.set(file, found);
    }
    return found;
  };

  const broken: BrokenLink[] = [];
  let links = 0;
  for (const page of pages) {
    const html = await readFile(page, 'utf8');
    const pageUrl = new URL(`http://site${base}${path.relative(root, page).split(path.sep).map(encodeURIComponent).join('/')}`);
    for (const match of html.matchAll(ATTRIBUTE)) {
      const attribute = match[1]!;
      const raw = decodeEntities(match[2]!);
      if (raw === '' || /^(https?:|mailto:|data:|tel:)/i.test(raw)) continue;
      links += 1;
      const report = (reason: string) => broken.push({ page: path.relative(root, page), attribute, url: raw, reason });
      const url = new URL(raw, pageUrl);
      if (url.origin !== pageUrl.origin) continue;
      // `/talkshelf` is the site's root folder without its slash: hosts redirect it, like any folder.
      if (`${url.pathname}/` === base) url.pathname = base;
      if (!url.pathname.startsWith(base)) {
        report(`outside the base path ${base}`);
        continue;
      }
      let relative: string;
      try {
        relative = decodeURIComponent(url.pathname.slice(base.length));
      } catch {
        report('malformed percent-encoding');
        continue;
      }
      const target = await resolveTarget(root, relative);
      if (!target) {
        report('no such file in the build');
        continue;
      }
      if (url.hash && target.endsWith('.html')) {
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (!(await idsOf(target)).has(fragment)) report(`no element with id "${fragment}" on that page`);
      }
    }
  }
  return { pages: pages.length, links, broken };
}

async function resolveTarget(root: string, relative: string): Promise<string | undefined> {
  const full = path.join(root, relative);
  const info = await stat(full).catch(() => undefined);
  if (info?.isFile()) return full;
  if (info?.isDirectory()) {
    const index = path.join(full, 'index.html');
    if (await stat(index).then((s) => s.isFile(), () => false)) return index;
  }
  return undefined;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

// `tsx src/cli/check-links.ts [dist] [--base /talkshelf/]`
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const baseAt = args.indexOf('--base');
  const base = baseAt >= 0 ? args.splice(baseAt, 2)[1]! : (process.env.BASE_PATH ?? '/');
  const dir = args[0] ?? 'dist';
  checkLinks(dir, base).then(({ pages, links, broken }) => {
    for (const b of broken) console.error(`${b.page}: ${b.attribute}="${b.url}" ${b.reason}`);
    console.log(`${pages} pages, ${links} internal links, ${broken.length} broken`);
    process.exit(broken.length > 0 ? 1 : 0);
  });
}
