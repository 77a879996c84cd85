import { describe, expect, it } from 'vitest';
import { findCommonTerms } from '../../src/search/common-terms.ts';

const notes = [['에서', '샤딩'], ['에서', '카프'], ['에서', '으로'], ['으로'], []];

describe('findCommonTerms', () => {
  it.each([
    [{ share: 0.5, minimum: 0 }, ['에서']],
    [{ share: 0.3, minimum: 0 }, ['에서', '으로']],
    [{ share: 0.3, minimum: 2 }, ['에서']],
    [{ share: 0, minimum: 3 }, []],
  ])('%j → %j', (rule, common) => {
    expect([...findCommonTerms(notes, rule)].sort()).toEqual(common);
  });

  it('calls nothing common on a small site with the default rule', () => {
    expect(findCommonTerms(Array.from({ length: 150 }, () => ['에서']))).toEqual(new Set());
  });
});
