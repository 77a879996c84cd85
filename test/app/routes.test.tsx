import { describe, expect, it } from 'vitest';
import {
  companiesHref,
  companyHref,
  coverageHref,
  decodeUrlPart,
  editionHref,
  favoritesHref,
  homeHref,
  reviewHref,
  searchHref,
  sessionHref,
  speakerHref,
  speakersHref,
  tagHref,
  tagsHref,
  topicsHref,
} from '../../src/app/routes.ts';

describe('href builders', () => {
  // Each page is `<path>/index.html`: a static host answers the path without its slash with a 301.
  it.each([
    [homeHref(), '/'],
    [editionHref('2024'), '/editions/2024/'],
    [sessionHref('2024/카프카'), `/sessions/2024/${encodeURIComponent('카프카')}/`],
    [tagsHref(), '/tags/'],
    [tagsHref({ tags: ['kafka', 'redis'], match: 'all' }), '/tags/?tags=kafka,redis&match=all'],
    [tagHref('kafka'), '/tags/kafka/'],
    [reviewHref('000_a'), '/reviews/000_a/'],
    [reviewHref('000_a', '제목'), `/reviews/000_a/#${encodeURIComponent('제목')}`],
    [searchHref(), '/search/'],
    [searchHref('카프카'), `/search/?q=${encodeURIComponent('카프카')}`],
    [speakersHref(), '/speakers/'],
    [speakerHref('김철수'), `/speakers/${encodeURIComponent('김철수')}/`],
    [companiesHref(), '/companies/'],
    [companyHref('kakao'), '/companies/kakao/'],
    [favoritesHref(), '/favorites/'],
    [favoritesHref(['2024/a', '2023/b']), '/favorites/?ids=2024%2Fa,2023%2Fb'],
    [topicsHref(), '/topics/'],
    [coverageHref('2024'), '/editions/2024/coverage/'],
  ])('%s is the address the host serves (%s)', (href, expected) => {
    expect(href).toBe(expected);
  });
});

describe('decodeUrlPart', () => {
  it.each([
    ['%EC%B9%B4', '카'],
    ['%FF', '%FF'],
    ['%E0%A4%A', '%E0%A4%A'],
    ['plain', 'plain'],
  ])('%s → %s, never throwing', (part, expected) => {
    expect(decodeUrlPart(part)).toBe(expected);
  });
});
