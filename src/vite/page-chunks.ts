/**
 * Which JavaScript files a pre-rendered page needs before it can hydrate: the entry chunk and
 * what it imports (Vite already links those in index.html), plus the page module's own chunk and
 * its static imports. The pre-renderer adds the latter as <link rel="modulepreload">, so the
 * browser fetches them in parallel with the entry instead of after it has run (a waterfall
 * that would delay hydration by a round trip on a slow network). `npm run size` reads the same
 * links back from the pages to count first-load bytes.
 */

/** The part of a Rollup/Rolldown output chunk this needs. */
export interface ChunkInfo {
  fileName: string;
  isEntry: boolean;
  /** Absolute path of the module the chunk was made for (entry or dynamic import). */
  facadeModuleId: string | null;
  /** File names of the chunks this one imports statically. */
  imports: readonly string[];
}

export interface PageChunks {
  /** The files (relative to the build folder) a page made from `moduleId` should preload. */
  preloadsFor(moduleId: string): string[];
}

export function pageChunks(chunks: readonly ChunkInfo[]): PageChunks {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const byModule = new Map(chunks.filter((chunk) => chunk.facadeModuleId).map((chunk) => [chunk.facadeModuleId!, chunk]));

  const closure = (start: ChunkInfo[]): Set<string> => {
    const seen = new Set<string>();
    const stack = [...start];
    while (stack.length > 0) {
      const chunk = stack.pop()!;
      if (seen.has(chunk.fileName)) continue;
      seen.add(chunk.fileName);
      for (const file of chunk.imports) {
        const imported = byFile.get(file);
        if (imported) stack.push(imported);
      }
    }
    return seen;
  };

  const loadedByEntry = closure(chunks.filter((chunk) => chunk.isEntry));
  return {
    preloadsFor(moduleId) {
      const page = byModule.get(moduleId);
      if (!page) return [];
      const needed = [...closure([page])].filter((file) => !loadedByEntry.has(file) && file !== page.fileName);
      return loadedByEntry.has(page.fileName) ? needed.sort() : [page.fileName, ...needed.sort()];
    },
  };
}
