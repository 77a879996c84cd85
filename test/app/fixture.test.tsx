import { describe, expect, it } from 'vitest';
import { PACKED_INDEX_PATH } from '../../src/content/emit/packed-index-path.ts';
import * as schema from '../../src/content/schema.ts';
import { fixture } from './render-app.tsx';

describe('the hand-written fixture', () => {
  it('emits files that match the schemas the app codes against', () => {
    for (const [path, json] of fixture.files) {
      const shape = path === 'data/index.json'
        ? schema.IndexFile
        : path === PACKED_INDEX_PATH
          ? schema.PackedIndexFile
        : path.startsWith('data/sessions/')
          ? schema.SessionFile
          : schema.ReviewFile;
      const result = shape.safeParse(json);
      expect(result.success, `${path}: ${result.error?.message}`).toBe(true);
    }
    expect([...fixture.files.keys()].filter((path) => path.startsWith('data/sessions/'))).toHaveLength(6);
    expect([...fixture.files.keys()].filter((path) => path.startsWith('data/reviews/'))).toHaveLength(3);
  });

  it('has the cases the views need: an empty-notes session and an alias', () => {
    expect(fixture.index.sessions.filter((s) => s.emptyNotes).map((s) => s.title)).toEqual(['키노트']);
    expect(fixture.index.sessions.flatMap((s) => s.aliases)).toEqual(['2024/패널톡-1부']);
  });
});
