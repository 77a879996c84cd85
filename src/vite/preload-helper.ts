/**
 * A smaller stand-in for Vite's dynamic-import helper in the browser bundle.
 *
 * Vite wraps every `import()` of the client bundle in `__vitePreload(load, deps)`, a 1.5 KB
 * helper (about 0.7 KB gzipped, in the entry chunk, so on every page's first load) that
 * preloads each import's dependencies and CSS and reports failures as `vite:preloadError`.
 * This build needs none of it: `build.modulePreload` is off (pre-rendered pages preload their
 * own chunks, src/vite/page-chunks.ts), all CSS is in the entry's one stylesheet, and the app
 * handles a failed page chunk itself (its error boundary says so and offers a retry). So every `deps` list
 * is empty and the helper only calls `load`.
 *
 * The helper is the virtual module below; the plugin answers it with `load()` and nothing
 * else. Should a lazy chunk ever gain dependencies to load with it (its own CSS, say), the build
 * stops with `checkNoPreloadDeps` instead of shipping a page without them. Should Vite rename
 * the module, Vite's own helper is used and nothing breaks.
 */
import type { Rolldown } from 'vite';

export const PRELOAD_HELPER_ID = '\0vite/preload-helper.js';

export const preloadHelperCode = 'export const __vitePreload = (load) => load();\n';

/** Vite lists an import's dependencies in a `__vite__mapDeps` table at the top of its chunk. */
export function checkNoPreloadDeps(bundle: Rolldown.OutputBundle): void {
  const withDeps = Object.values(bundle).filter((file) => file.type === 'chunk' && file.code.includes('__vite__mapDeps'));
  if (withDeps.length > 0) {
    throw new Error(
      `talkshelf: ${withDeps.map((file) => file.fileName).join(', ')} load dynamic imports with dependencies (CSS?), ` +
        'which the plugin\'s stand-in preload helper does not load (src/vite/preload-helper.ts). Import that CSS from the entry instead.',
    );
  }
}
