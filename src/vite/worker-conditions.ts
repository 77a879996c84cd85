/**
 * Packages whose `browser` build needs the DOM resolve to their worker build in Web Workers (the
 * check page's pipeline, src/app/features/check/check-worker.ts). Vite resolves a worker's
 * imports with the page's `browser` condition, and decode-named-character-reference's browser
 * build decodes `&amp;`-style references with `document.createElement`, which a worker has not:
 * every check failed with "document is not defined". Its `worker` build (a table) is the one
 * Node uses too.
 *
 * A build bundles each worker on its own, so there the worker's bundle alone gets it
 * (`workerConditions('worker')` in `worker.plugins`): the check page keeps the smaller DOM build.
 * The dev server serves a worker the page's pre-bundled dependencies, so there every import gets
 * it (`workerConditions('dev')` in `plugins`).
 */
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

const WORKER_BUILDS = ['decode-named-character-reference'];

export function workerConditions(scope: 'worker' | 'dev'): Plugin {
  const require = createRequire(import.meta.url);
  // Node's resolution takes the packages' `default` export, their build without the DOM.
  const resolved = new Map(WORKER_BUILDS.map((name) => [name, require.resolve(name)]));
  return {
    name: 'talkshelf:worker-conditions',
    enforce: 'pre',
    config(_config, { command }) {
      if (scope !== 'dev' || command !== 'serve') return;
      return { resolve: { alias: [...resolved].map(([find, replacement]) => ({ find: new RegExp(`^${find}$`), replacement })) } };
    },
    resolveId(source) {
      return scope === 'worker' ? (resolved.get(source) ?? null) : null;
    },
  };
}
