import { describe, expect, it } from 'vitest';
import { generateCorpusWithManifest } from '../../src/cli/corpus.ts';
import { buildCatalog } from '../../src/content/index.ts';

describe('generateCorpus distinct and clean', () => {
  const corpus = generateCorpusWithManifest({ reviews: 60, distinct: true, clean: true });

  it('writes every write-up about a talk of its own, and no broken file', () => {
    const keys = corpus.reviews.flatMap((review) => review.writeUps.map((writeUp) => writeUp.talkKey));
    expect(new Set(keys).size).toBe(keys.length);
    expect(corpus.reviews.filter((review) => review.broken)).toEqual([]);
  });

  it('gives about one session per write-up once the pipeline has merged what it would', () => {
    const writeUps = corpus.reviews.reduce((sum, review) => sum + review.writeUps.length, 0);
    const catalog = buildCatalog({ files: corpus.files });
    expect(catalog.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(catalog.sessions.length).toBeGreaterThan(writeUps * 0.97);
  });

  it('is a prefix of a larger distinct corpus', () => {
    const larger = generateCorpusWithManifest({ reviews: 80, distinct: true, clean: true });
    expect(larger.files.slice(0, 60)).toEqual(corpus.files);
  });
});
