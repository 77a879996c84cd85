/**
 * react-router points every condition of its package exports at its development build, dev
 * warnings and checks included (remix-run/react-router#14102, open), so a production bundle
 * would ship that build to every visitor and pre-render with it. Builds alias the bare import
 * to the production build the package ships beside it: the same version and API, without the
 * development-only code. The dev server and the tests keep the development build and its
 * warnings.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Alias } from 'vite';

export function productionRouterAlias(root: string): Alias[] {
  const require = createRequire(path.join(root, 'package.json'));
  let file: string;
  try {
    file = path.join(path.dirname(require.resolve('react-router/package.json')), 'dist/production/index.mjs');
  } catch {
    return [];
  }
  // A future react-router that lays its files out otherwise keeps its own resolution.
  return existsSync(file) ? [{ find: /^react-router$/, replacement: file }] : [];
}

/** The files of react-router's production build (the alias's target and its chunks). */
export const productionRouterFiles = /[\\/]react-router[\\/]dist[\\/]production[\\/][^\\/]+\.mjs$/;

/**
 * react-router's build defines its components as `var Link = React10.forwardRef(…)` followed by
 * `Link.displayName = "Link"`: a call without a pure annotation and a property write, both of
 * which a bundler must keep. So every component the module defines stays in the bundle with all
 * it calls, used or not; for this app that was Link's prefetching machinery, NavLink, Form and
 * the fetchers, a third of react-router's bytes on first load. Marking those calls pure and
 * dropping the display names (devtools labels; production stacks use the function names) lets
 * the unused ones go. A line that does not match stays as it was.
 */
export function annotateForTreeShaking(code: string): string {
  return code
    .replace(/(=\s*)(React\d*\.(?:forwardRef|createContext|memo)\()/g, '$1/* @__PURE__ */ $2')
    .replace(/^[A-Za-z_$][\w$]*\.displayName = "[^"\n]*";\n/gm, '');
}
