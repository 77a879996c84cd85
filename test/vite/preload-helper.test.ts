import { describe, expect, it } from 'vitest';
import type { Rolldown } from 'vite';
import { checkNoPreloadDeps, preloadHelperCode } from '../../src/vite/preload-helper.ts';

const chunk = (fileName: string, code: string) => ({ type: 'chunk', fileName, code }) as Rolldown.OutputChunk;

describe('the stand-in preload helper', () => {
  it('only calls the import', async () => {
    const { __vitePreload } = (await import(`data:text/javascript,${encodeURIComponent(preloadHelperCode)}`)) as {
      __vitePreload: (load: () => Promise<string>, deps?: string[]) => Promise<string>;
    };
    await expect(__vitePreload(async () => 'page module', [])).resolves.toBe('page module');
  });

  it('stops the build when a dynamic import has dependencies it would not load', () => {
    const bundle = { 'a.js': chunk('assets/a.js', 'import("./b.js")'), 'c.js': chunk('assets/c.js', 'const __vite__mapDeps=(i)=>i;') };
    expect(() => checkNoPreloadDeps(bundle as unknown as Rolldown.OutputBundle)).toThrow(/assets\/c\.js load dynamic imports with dependencies/);
    expect(() => checkNoPreloadDeps({ 'a.js': chunk('assets/a.js', 'import("./b.js")') } as unknown as Rolldown.OutputBundle)).not.toThrow();
  });
});
