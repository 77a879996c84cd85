/**
 * Builds alias react-router to its production build (src/vite/production-router.ts): the alias
 * must point at a file that exists and is the production build, for the version installed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { productionRouterAlias } from '../../src/vite/production-router.ts';

const root = path.join(import.meta.dirname, '../..');

describe('productionRouterAlias', () => {
  it("maps the bare import to react-router's production build, and nothing else", () => {
    const [alias, ...rest] = productionRouterAlias(root);
    expect(rest).toEqual([]);
    expect(alias!.find).toEqual(/^react-router$/);
    expect('react-router/dom').not.toMatch(alias!.find);
    const file = alias!.replacement;
    expect(file).toMatch(/react-router\/dist\/production\/index\.mjs$/);
    const source = readFileSync(file, 'utf8');
    const version = JSON.parse(readFileSync(path.join(root, 'node_modules/react-router/package.json'), 'utf8')).version as string;
    expect(source).toContain(`react-router v${version}`);
    // Its chunks carry the production flag, where the development build turns dev warnings on.
    const chunks = [...source.matchAll(/from "\.\/(chunk-[\w-]+\.mjs)"/g)].map((m) => readFileSync(path.join(path.dirname(file), m[1]!), 'utf8'));
    expect(chunks.length).toBeGreaterThan(0);
    expect(chunks.join('\n')).not.toContain('ENABLE_DEV_WARNINGS = true');
  });

  it('gives no alias where react-router is not installed', () => {
    expect(productionRouterAlias('/nonexistent')).toEqual([]);
  });
});
