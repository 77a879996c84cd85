import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { talkshelf } from './src/vite/plugin.ts';
import { workerConditions } from './src/vite/worker-conditions.ts';

// BASE_PATH lets the same build live at a domain root or under a project page (/talkshelf/).
const base = process.env.BASE_PATH ?? '/';
// TALKSHELF_CONTENT_DIR builds the site from another content folder (a generated corpus for
// `npm run bench:runtime`) without touching content/; pair it with `vite build --outDir`.
const contentDir = process.env.TALKSHELF_CONTENT_DIR || undefined;

export default defineConfig({
  base,
  // The check page's pipeline runs in a Web Worker, which has no DOM (worker-conditions.ts).
  plugins: [react(), talkshelf({ contentDir }), workerConditions('dev')],
  worker: { plugins: () => [workerConditions('worker')] },
  build: {
    // `npm run size` measures gzipped bytes per page; Vite's own gzip of every chunk only
    // slowed the build.
    reportCompressedSize: false,
  },
  test: {
    projects: [
      {
        test: {
          name: 'content',
          include: ['test/content/**/*.test.ts', 'test/vite/**/*.test.ts', 'test/cli/**/*.test.ts', 'test/search/**/*.test.ts'],
          environment: 'node',
          // Whole-corpus tests parse every real post; a shared 2-core machine needs headroom.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'app',
          include: ['test/app/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['test/app/setup.ts'],
          testTimeout: 20_000,
        },
      },
    ],
  },
});
