/**
 * A plain static file server, like GitHub Pages or S3 website hosting: files only, no SPA
 * fallback, no rewrites, 404.html with status 404 for anything else. The browser tests and
 * `npm run serve` use it so that what passes here works on real static hosting.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.woff2': 'font/woff2',
};

export interface StaticServerOptions {
  dir: string;
  /** Path the site lives under: `/` or `/talkshelf/`. */
  base?: string;
  port?: number;
  host?: string;
}

export async function startStaticServer(options: StaticServerOptions): Promise<{ server: Server; url: string }> {
  const root = path.resolve(options.dir);
  const base = options.base ?? '/';
  const server = createServer(async (req, res) => {
    // Like static hosts: a file server has nothing to do with a POST or a DELETE.
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      return res.end('Method not allowed');
    }
    const request = parseRequestPath(req.url ?? '/');
    const file = request?.pathname.startsWith(base) ? await resolveFile(root, request.pathname.slice(base.length)) : undefined;
    if (request && file?.redirect) {
      // Like GitHub Pages: a folder without its trailing slash is redirected to it, query kept.
      // Slash runs collapsed: `//data` must never become a protocol-relative `Location`.
      res.writeHead(301, { Location: `${request.pathname.replace(/\/{2,}/g, '/')}/${request.search}` });
      return res.end();
    }
    const target = file?.path ?? path.join(root, '404.html');
    try {
      const body = await readFile(target);
      res.writeHead(file ? 200 : 404, {
        'Content-Type': TYPES[path.extname(target)] ?? 'application/octet-stream',
        'Content-Length': body.length,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return { server, url: `http://127.0.0.1:${port}${base}` };
}

/**
 * The path and query of a request target, dot segments resolved as a browser would. Only
 * origin-form targets (`/…`): `new URL('//data', base)` would read `//data` as a host.
 */
export function parseRequestPath(target: string): { pathname: string; search: string } | undefined {
  if (!target.startsWith('/')) return undefined;
  const { pathname, search } = new URL(`http://localhost${target}`);
  return { pathname, search };
}

/**
 * Each `/`-separated segment decoded on its own: an encoded slash or backslash (`..%2f`) is
 * part of a name, never a separator, so a URL cannot climb out of the folder it names.
 */
export function decodePathSegments(relative: string): string[] | undefined {
  const segments: string[] = [];
  for (const raw of relative.split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return undefined;
    }
    if (/[/\\\0]/.test(segment) || segment === '.' || segment === '..') return undefined;
    segments.push(segment);
  }
  return segments;
}

async function resolveFile(root: string, relative: string): Promise<{ path?: string; redirect?: boolean } | undefined> {
  const segments = decodePathSegments(relative);
  if (!segments) return undefined;
  const full = path.join(root, ...segments);
  if (full !== root && !full.startsWith(root + path.sep)) return undefined;
  const info = await stat(full).catch(() => undefined);
  if (info?.isFile()) return { path: full };
  if (info?.isDirectory()) {
    if (relative !== '' && !relative.endsWith('/')) return { redirect: true };
    const index = path.join(full, 'index.html');
    if (await stat(index).then((s) => s.isFile(), () => false)) return { path: index };
  }
  return undefined;
}

// `tsx src/cli/static-server.ts [dir] [--base /talkshelf/] [--port 4173]`
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args.splice(i, 2)[1] : undefined;
  };
  const base = option('--base') ?? process.env.BASE_PATH ?? '/';
  const port = Number(option('--port') ?? 4173);
  const dir = args[0] ?? 'dist';
  startStaticServer({ dir, base, port }).then(({ url }) => console.log(`Serving ${dir} at ${url} (no SPA fallback)`));
}
