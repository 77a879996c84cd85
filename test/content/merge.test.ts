import { describe, expect, it } from 'vitest';
import { compactTitle, findMissingMergeNames, mergeWriteUps, titleSimilarity, type MergeInput } from '../../src/content/catalog/merge.ts';

const item = (reviewId: string, title: string, extra: Partial<MergeInput> = {}): MergeInput => ({
  editionId: '2024',
  reviewId,
  reviewDate: '2024-10-24',
  order: 0,
  title,
  day: null,
  speakerNames: [],
  ...extra,
});
const titles = (inputs: MergeInput[], merges: Parameters<typeof mergeWriteUps>[1] = []) =>
  mergeWriteUps(inputs, merges).map((c) => [c.title, c.items.map((i) => i.reviewId)]);

describe('titleSimilarity', () => {
  it.each([
    ['카카오 빌링 MySQL 샤딩 적용', '카카오 빌링 MySQL DB 샤딩 적용', true],
    ['통계를 이용해 이탈을 방지할 수 있을까?', '모두를 위한 게임 데이터 검색', false],
    ['Kafka 운영기', 'Redis 운영기', false],
  ])('%s ~ %s: %s', (a, b, same) => {
    expect(titleSimilarity(compactTitle(a), compactTitle(b)) >= 0.8).toBe(same);
  });
});

describe('mergeWriteUps', () => {
  it('merges the same title across reviews, whatever the punctuation', () => {
    expect(titles([item('a', '카프카, 산전수전 노하우'), item('b', '카프카 산전수전 노하우!')])).toEqual([['카프카, 산전수전 노하우', ['a', 'b']]]);
  });

  it('merges close titles and names the session after the earliest review', () => {
    const later = item('a', '카카오 빌링 MySQL 샤딩 적용', { reviewDate: '2024-10-26' });
    const earlier = item('z', '카카오 빌링 MySQL DB 샤딩 적용', { reviewDate: '2024-10-24' });
    expect(titles([later, earlier])).toEqual([['카카오 빌링 MySQL DB 샤딩 적용', ['z', 'a']]]);
  });

  it('follows the curated merges', () => {
    const merges = [{ edition: '2024', title: 'AI Finance Tech', same_as: ['패널톡 1부'] }];
    expect(titles([item('b', '패널톡 1부')], merges)).toEqual([['AI Finance Tech', ['b']]]);
    expect(titles([item('b', '패널톡 1부'), item('a', 'AI Finance Tech')], merges)).toEqual([['AI Finance Tech', ['a', 'b']]]);
  });

  it.each([
    ['two headings of one review', [item('a', '오픈소스 운영기', { order: 0 }), item('a', '오픈소스 운영기!', { order: 1 })]],
    ['different days', [item('a', '키노트', { day: 1 }), item('b', '키노트', { day: 2 })]],
    ['close titles by disjoint speakers', [item('a', '카카오 빌링 MySQL 샤딩 적용', { speakerNames: ['홍길동'] }), item('b', '카카오 빌링 MySQL DB 샤딩 적용', { speakerNames: ['김철수'] })]],
    ['different editions', [item('a', '키노트'), item('b', '키노트', { editionId: '2019' })]],
  ])('keeps apart %s', (_name, inputs) => {
    expect(mergeWriteUps(inputs, [])).toHaveLength(2);
  });

  it('merges the same title even when one review names speakers by handle', () => {
    expect(mergeWriteUps([item('a', 'Scaling SRE', { speakerNames: ['정하디'] }), item('b', 'Scaling SRE', { speakerNames: ['Hardy.Jung'] })], [])).toHaveLength(1);
  });

  it('gives the same clusters whatever the input order', () => {
    const inputs = [item('c', 'A 이야기'), item('a', 'B 이야기'), item('b', 'A 이야기!'), item('d', 'B 이야기?')];
    expect(titles(inputs)).toEqual(titles([...inputs].reverse()));
  });
});

describe('findMissingMergeNames', () => {
  const written = [item('a', 'AI Finance Tech'), item('b', '패널톡 1부'), item('c', '키노트', { editionId: '2019' })];
  it.each([
    ['title and alias both written', { edition: '2024', title: 'AI Finance Tech', same_as: ['패널톡 1부'] }, []],
    ['only the alias written: the title may be the official name', { edition: '2024', title: 'AI Finance', same_as: ['패널톡 1부!'] }, []],
    ['an alias nobody writes', { edition: '2024', title: 'AI Finance Tech', same_as: ['패널톡 1부', '패널 1부'] }, [{ entry: 0, name: 1 }]],
    ['nothing written in that edition', { edition: '2024', title: '키노트', same_as: ['기조연설'] }, [{ entry: 0, name: 'title' }]],
    ['an edition nobody writes about', { edition: '2017', title: 'AI Finance Tech', same_as: [] }, [{ entry: 0, name: 'title' }]],
  ])('%s', (_name, merge, expected) => {
    expect(findMissingMergeNames(written, [merge])).toEqual(expected);
  });
});
