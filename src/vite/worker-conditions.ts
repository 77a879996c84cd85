/**
 * Packages whose `browser` build needs the DOM resolve to their worker build in Web Workers (the
 * check page's pipeline, src/app/features/check/check-worker.ts). Vite resolves a worker's
 * imports with the page's `browser` condition, and decode-named-character-reference's browser
 * build decodes `&amp;`-style references with `document.createElement`, which a worker has not:
 * every post with a character reference failed with "document is not defined". Its `worker`
 * build (a table) is the one Node uses too.
 */
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

const WORKER_BUILDS = ['decode-named-character-reference'];

export function workerConditions(): Plugin {
  const require = createRequire(import.meta.url);
  return {
    name: 'talkshelf:worker-conditions',
    enforce: 'pre',
    resolveId(source) {
      // Node's resolution takes the packages' `default` export, their build without the DOM.
      return WORKER_BUILDS.includes(source) ? require.resolve(source) : null;
    },
  };
}
