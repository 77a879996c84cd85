/**
 * Builds alias react-router to its production build (src/vite/production-router.ts): the alias
 * must point at a file that exists and is the production build, for the version installed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotateForTreeShaking, productionRouterAlias, productionRouterFiles } from '../../src/vite/production-router.ts';

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

describe('annotateForTreeShaking', () => {
  it('marks component and context definitions pure and drops their display names', () => {
    const code = [
      'var Ctx = React.createContext(null);',
      'var Link = React10.forwardRef(',
      '  function LinkWithRef() {}',
      ');',
      'Link.displayName = "Link";',
      'var Memo = React3.memo(Inner);',
      'var other = React.useMemo(f);',
      'window.displayName = value;',
      '',
    ].join('\n');
    expect(annotateForTreeShaking(code)).toBe(
      [
        'var Ctx = /* @__PURE__ */ React.createContext(null);',
        'var Link = /* @__PURE__ */ React10.forwardRef(',
        '  function LinkWithRef() {}',
        ');',
        'var Memo = /* @__PURE__ */ React3.memo(Inner);',
        'var other = React.useMemo(f);',
        'window.displayName = value;',
        '',
      ].join('\n'),
    );
  });

  it("applies to the installed react-router's production chunks: every component definition is marked, no display name is left", () => {
    const [alias] = productionRouterAlias(root);
    const dir = path.dirname(alias!.replacement);
    const chunks = readdirSync(dir).filter((file) => productionRouterFiles.test(path.join(dir, file)));
    const source = chunks.map((file) => readFileSync(path.join(dir, file), 'utf8')).join('\n');
    // What the patterns are for exists in this version; if react-router changes its output, this
    // fails and the patterns need a look (the size budget would show the bytes coming back).
    expect(source).toMatch(/var Link = React\d*\.forwardRef\(/);
    expect(source).toMatch(/^Link\.displayName = "Link";$/m);
    const annotated = annotateForTreeShaking(source);
    expect(annotated).not.toMatch(/^[\w$]+\.displayName = /m);
    expect(annotated).not.toMatch(/=\s*React\d*\.(forwardRef|createContext|memo)\(/);
  });
});
