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
