/**
 * Builds the site twice, at the domain root and under /talkshelf/ like a GitHub project page,
 * and serves each with the plain static server (no SPA fallback, no rewrites). Tests read the
 * two addresses from E2E_ROOT_URL and E2E_BASE_URL.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { startStaticServer } from '../../src/cli/static-server.ts';
import { E2E_DIST, E2E_SUBPATH, E2E_SUBPATH_DIST } from './paths.ts';

const root = path.resolve(import.meta.dirname, '../..');

function build(env: Record<string, string>, outDir: string): void {
  const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', outDir, '--logLevel', 'warn'], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`vite build failed for ${outDir} (exit ${result.status}).`);
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  // E2E_SKIP_BUILD=1 reuses the last builds while iterating on tests.
  if (!process.env.E2E_SKIP_BUILD) {
    build({ BASE_PATH: '/' }, E2E_DIST);
    build({ BASE_PATH: E2E_SUBPATH }, E2E_SUBPATH_DIST);
  }
  const atRoot = await startStaticServer({ dir: path.join(root, E2E_DIST), base: '/' });
  const atSubpath = await startStaticServer({ dir: path.join(root, E2E_SUBPATH_DIST), base: E2E_SUBPATH });
  process.env.E2E_ROOT_URL = atRoot.url;
  process.env.E2E_BASE_URL = atSubpath.url;
  return async () => {
    await Promise.all([atRoot, atSubpath].map(({ server }) => new Promise((resolve) => server.close(resolve))));
  };
}
