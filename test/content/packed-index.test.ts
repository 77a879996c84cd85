import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../src/cli/corpus.ts';
import { buildCatalog, emitStaticFiles, loadContent } from '../../src/content/node/index.ts';
import { packIndex, unpackIndex } from '../../src/content/emit/packed-index.ts';
import { PACKED_INDEX_PATH } from '../../src/content/emit/packed-index-path.ts';
import { IndexFile, PackedIndexFile } from '../../src/content/schema.ts';

function emittedIndexes(files: Map<string, unknown>) {
  return { index: IndexFile.parse(files.get('data/index.json')), packed: PackedIndexFile.parse(files.get(PACKED_INDEX_PATH)) };
}

describe('packed index', () => {
  it('unpacks to exactly the index of the real content', async () => {
    const { index, packed } = emittedIndexes(emitStaticFiles(buildCatalog(await loadContent('content'))));
    expect(unpackIndex(packed)).toEqual(index);
  });

  it('unpacks to exactly the index of a generated corpus, in about half its bytes (less at scale, where speakers repeat)', () => {
    const { index, packed } = emittedIndexes(emitStaticFiles(buildCatalog({ files: generateCorpus({ reviews: 40, distinct: true, clean: true }) })));
    expect(unpackIndex(packed)).toEqual(index);
    const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value));
    expect(bytes(packed)).toBeLessThan(bytes(index) * 0.55);
    expect(gzipSync(JSON.stringify(packed)).length).toBeLessThan(gzipSync(JSON.stringify(index)).length);
  });

  it('keeps what a session list names but the index lacks, ids outside their edition, and optional fields as they were', () => {
    const index: IndexFile = {
      editions: [{ id: 'e', series: 's', name: 'E', year: 2024, days: [{ id: 'day-1', number: 1, date: null, sessionIds: ['e/a', 'e/gone', 'other/z'] }], reviewIds: [] }],
      sessions: [
        { id: 'other/z', title: 'Z', editionId: 'e', dayId: 'day-1', kind: 'keynote', speakers: [], companies: ['c'], tags: [], aliases: [], reviewCount: 0, emptyNotes: false },
        { id: 'e/a', title: 'A', editionId: 'e', dayId: 'day-1', kind: 'panel', speakers: [{ id: 'x', name: 'X', role: 'CTO' }], companies: [], tags: ['t'], aliases: ['e/b'], reviewCount: 2, emptyNotes: true, link: 'https://x.test/1' },
      ],
      reviews: [{ id: 'r', file: 'reviews/r.md', title: 'R', date: null, tags: [], editionId: 'e', dayId: null, sessionIds: ['e/a'] }],
      companies: [],
      tags: [{ id: 't', label: 'T', sessionCount: 1 }],
    };
    const packed = packIndex(index);
    expect(packed.editions[0]!.days[0]!.sessionIds).toEqual([1, 'e/gone', 0]);
    expect(packed.sessions.map((session) => session[0])).toEqual(['/other/z', 'a']);
    expect(unpackIndex(JSON.parse(JSON.stringify(packed)))).toEqual(index);
  });

  it('refuses a version it does not know', () => {
    expect(() => unpackIndex({ ...packIndex({ editions: [], sessions: [], reviews: [], companies: [], tags: [] }), version: 2 } as never)).toThrow(
      'data/index-packed.json has version 2; this app reads version 1.',
    );
  });
});
