import { describe, expect, it } from 'vitest';
import { pageChunks, type ChunkInfo } from '../../src/vite/page-chunks.ts';

const chunk = (fileName: string, imports: string[] = [], extra: Partial<ChunkInfo> = {}): ChunkInfo => ({
  fileName,
  isEntry: false,
  facadeModuleId: null,
  imports,
  ...extra,
});

// The shape of a real client build: the entry and its vendor chunk, page chunks sharing a card.
const chunks = [
  chunk('assets/index.js', ['assets/vendor.js'], { isEntry: true, facadeModuleId: '/src/app/entry-client.tsx' }),
  chunk('assets/vendor.js'),
  chunk('assets/session-page.js', ['assets/vendor.js', 'assets/card.js', 'assets/copy.js'], { facadeModuleId: '/src/app/features/session/session-page.tsx' }),
  chunk('assets/timeline-page.js', ['assets/card.js', 'assets/index.js'], { facadeModuleId: '/src/app/features/timeline/timeline-page.tsx' }),
  chunk('assets/card.js', ['assets/link.js']),
  chunk('assets/link.js'),
  chunk('assets/copy.js'),
];

describe('pageChunks', () => {
  it.each([
    ['/src/app/features/session/session-page.tsx', ['assets/session-page.js', 'assets/card.js', 'assets/copy.js', 'assets/link.js']],
    ['/src/app/features/timeline/timeline-page.tsx', ['assets/timeline-page.js', 'assets/card.js', 'assets/link.js']],
    ['/src/app/features/unknown-page.tsx', []],
  ])('%s preloads its chunk and its static imports, minus what the entry loads', (module, expected) => {
    expect(pageChunks(chunks).preloadsFor(module)).toEqual(expected);
  });
});
