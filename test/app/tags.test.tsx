import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { countFacets, filterSessions, indexSessions } from '../../src/app/features/tags/filter-sessions.ts';
import { groupByEdition, timelineOrder } from '../../src/app/data/timeline-order.ts';
import { filterToSearch, type SessionFilter } from '../../src/app/routes.ts';
import type { IndexFile, SessionSummary } from '../../src/content/schema.ts';
import { largeIndexFiles } from './fixtures/large-index.ts';
import { currentUrl, fixture, renderApp } from './render-app.tsx';

const results = () => {
  const region = screen.getByRole('region', { name: /^세션 \d+개$/ });
  return within(region).queryAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
};

describe('tags /tags and /tags/:tag', () => {
  it('lists every tag with its count and every session', async () => {
    renderApp('/tags');
    expect(await screen.findByRole('heading', { level: 1, name: '태그' })).toBeInTheDocument();
    const filter = screen.getByRole('region', { name: '세션 필터' });
    expect(within(filter).getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Kafka (3)',
      'AI (1)',
      'MySQL (1)',
      'Redis (1)',
      'Sharding (1)',
    ]);
    expect(screen.getByRole('heading', { level: 2, name: '세션 6개' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('태그 · talkshelf'));
  });

  it('/tags/:tag preselects the tag', async () => {
    renderApp('/tags/kafka');
    expect(await screen.findByRole('heading', { level: 1, name: '#Kafka' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Kafka/, pressed: true })).toBeInTheDocument();
    await waitFor(() => expect(results()).toEqual(['Kafka로 이벤트 스트리밍', 'Redis 캐시 전략', 'Kafka Consumer 튜닝']));
    await waitFor(() => expect(document.title).toBe('#Kafka · talkshelf'));
  });

  it('choosing tags filters sessions and writes the filter to the URL; the any/all switch narrows it', async () => {
    const { user, router } = renderApp('/tags');
    await user.click(await screen.findByRole('button', { name: /^Kafka/ }));
    await waitFor(() => expect(currentUrl(router)).toBe('/tags/?tags=kafka'));
    await user.click(screen.getByRole('button', { name: /^Redis/ }));
    await waitFor(() => expect(currentUrl(router)).toBe('/tags/?tags=kafka,redis'));
    await waitFor(() => expect(results()).toEqual(['Kafka로 이벤트 스트리밍', 'Redis 캐시 전략', 'Kafka Consumer 튜닝']));
    expect(screen.getByRole('button', { name: /^Redis/ })).toHaveFocus();

    await user.click(screen.getByRole('radio', { name: '모두 포함' }));
    await waitFor(() => expect(currentUrl(router)).toBe('/tags/?tags=kafka,redis&match=all'));
    await waitFor(() => expect(results()).toEqual(['Redis 캐시 전략']));
    // Counts follow the combined filter.
    expect(screen.getByRole('button', { name: 'Kafka (1)', pressed: true })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'MySQL (0)', pressed: false })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '모두 포함' })).toBeChecked();
  });

  it('combines tags with edition and company filters, with counts that update', async () => {
    const { user, router } = renderApp('/tags/kafka');
    await screen.findByRole('heading', { level: 1, name: '#Kafka' });
    const edition = screen.getByRole('combobox', { name: '에디션' });
    expect(within(edition).getByRole('option', { name: 'if(kakaoAI) 2024 (2)' })).toBeInTheDocument();
    await user.selectOptions(edition, '2024');
    await waitFor(() => expect(currentUrl(router)).toBe('/tags/?tags=kafka&edition=2024'));
    await waitFor(() => expect(results()).toEqual(['Kafka로 이벤트 스트리밍', 'Redis 캐시 전략']));

    const company = screen.getByRole('combobox', { name: '회사' });
    expect(within(company).getByRole('option', { name: '카카오페이 (1)' })).toBeInTheDocument();
    await user.selectOptions(company, 'kakaopay');
    await waitFor(() => expect(currentUrl(router)).toBe('/tags/?tags=kafka&edition=2024&company=kakaopay'));
    await waitFor(() => expect(results()).toEqual(['Kafka로 이벤트 스트리밍']));
    expect(screen.getByRole('heading', { level: 2, name: '세션 1개' })).toBeInTheDocument();
  });

  it('restores the whole filter from a shared URL', async () => {
    renderApp('/tags?tags=kafka,redis&match=all&edition=2024');
    await screen.findByRole('heading', { level: 1, name: '태그' });
    expect(screen.getByRole('button', { name: /^Kafka/, pressed: true })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Redis/, pressed: true })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '모두 포함' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: '에디션' })).toHaveValue('2024');
    await waitFor(() => expect(results()).toEqual(['Redis 캐시 전략']));
  });

  it('back undoes filter changes one at a time', async () => {
    const { user, router } = renderApp('/tags');
    await user.click(await screen.findByRole('button', { name: /^AI/ }));
    await user.click(screen.getByRole('button', { name: /^MySQL/ }));
    await waitFor(() => expect(results()).toEqual(['AI Finance Tech', '카카오 빌링 MySQL DB 샤딩 적용']));
    // The list changes in the click's frame, the URL right after it.
    await waitFor(() => expect(currentUrl(router)).toBe('/tags/?tags=ai,mysql'));
    await router.navigate(-1);
    await waitFor(() => expect(currentUrl(router)).toBe('/tags/?tags=ai'));
    await waitFor(() => expect(results()).toEqual(['AI Finance Tech']));
    expect(screen.getByRole('button', { name: /^MySQL/, pressed: false })).toBeInTheDocument();
    await router.navigate(-1);
    await waitFor(() => expect(currentUrl(router)).toBe('/tags'));
    await waitFor(() => expect(results()).toHaveLength(6));
  });

  it('says when nothing matches and offers to loosen the filter', async () => {
    const { user, router } = renderApp('/tags?tags=ai,mysql&match=all&company=kakaobank');
    expect(await screen.findByText('조건에 맞는 세션이 없습니다.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: '세션 0개' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '#MySQL 빼기' })).toHaveAttribute('href', '/tags/?tags=ai&match=all&company=kakaobank');
    expect(screen.getByRole('link', { name: '회사 조건 빼기' })).toHaveAttribute('href', '/tags/?tags=ai,mysql&match=all');
    await user.click(screen.getByRole('link', { name: '태그 하나라도 포함으로 바꾸기' }));
    await waitFor(() => expect(currentUrl(router)).toBe('/tags/?tags=ai,mysql&company=kakaobank'));
    await waitFor(() => expect(results()).toEqual(['AI Finance Tech']));
    await user.click(screen.getByRole('button', { name: /^AI/ }));
    await user.click(screen.getByRole('button', { name: /^MySQL/ }));
    await waitFor(() => expect(currentUrl(router)).toBe('/tags/?company=kakaobank'));
  });

  it('reaches a tag from a session card', async () => {
    const { user, router } = renderApp('/');
    const card = (await screen.findByRole('link', { name: 'Redis 캐시 전략' })).closest('article')!;
    await user.click(within(card).getByRole('link', { name: '#Redis' }));
    expect(await screen.findByRole('heading', { level: 1, name: '#Redis' })).toBeInTheDocument();
    await waitFor(() => expect(currentUrl(router)).toBe('/tags/redis/'));
  });

  it('answers an unknown tag with the closest matches', async () => {
    renderApp('/tags/kafak');
    expect(await screen.findByRole('heading', { level: 1, name: '찾을 수 없습니다' })).toBeInTheDocument();
    const suggestions = screen.getByRole('list', { name: '혹시 이것을 찾으셨나요?' });
    expect(within(suggestions).getByRole('link', { name: '#Kafka' })).toHaveAttribute('href', '/tags/kafka/');
  });
});

describe('filter-sessions at scale', () => {
  // The plain reading of the filter, one session at a time: what the indexed version must equal.
  const matches = (s: SessionSummary, f: SessionFilter, ignore?: 'tags' | 'edition' | 'company') =>
    (ignore === 'edition' || !f.edition || s.editionId === f.edition) &&
    (ignore === 'company' || !f.company || s.companies.includes(f.company)) &&
    (ignore === 'tags' || f.tags.length === 0 || (f.match === 'all' ? f.tags.every((t) => s.tags.includes(t)) : f.tags.some((t) => s.tags.includes(t))));
  const count = (sessions: SessionSummary[], keys: (s: SessionSummary) => string[]) => {
    const map = new Map<string, number>();
    for (const s of sessions) for (const key of keys(s)) map.set(key, (map.get(key) ?? 0) + 1);
    return map;
  };

  const index = (largeIndexFiles(600).get('data/index.json') as IndexFile);
  const sessionIndex = indexSessions(index);
  const ordered = timelineOrder(index);
  const filters: SessionFilter[] = [
    { tags: [], match: 'any' },
    { tags: ['kafka'], match: 'any' },
    { tags: ['kafka', 'redis'], match: 'any' },
    { tags: ['kafka', 'redis'], match: 'all' },
    { tags: ['kafka', 'kafka'], match: 'all' },
    { tags: ['no-such-tag'], match: 'any' },
    { tags: ['kafka', 'no-such-tag'], match: 'all' },
    { tags: [], match: 'all', edition: '2024' },
    { tags: ['ai'], match: 'any', company: 'kakaobank' },
    { tags: ['mysql', 'sharding'], match: 'all', edition: '2024', company: 'kakao' },
    { tags: ['kafka'], match: 'any', edition: 'no-such-edition' },
  ];

  it.each(filters.map((filter) => [filterToSearch(filter) || '(none)', filter] as const))('%s: same sessions and counts as checking each session', (_, filter) => {
    expect(filterSessions(sessionIndex, filter)).toEqual(ordered.filter((s) => matches(s, filter)));
    const counts = countFacets(sessionIndex, filter);
    expect(new Map(counts.tags)).toEqual(count(ordered.filter((s) => (filter.match === 'all' ? matches(s, filter) : matches(s, filter, 'tags'))), (s) => s.tags));
    expect(new Map(counts.editions)).toEqual(count(ordered.filter((s) => matches(s, filter, 'edition')), (s) => [s.editionId]));
    expect(new Map(counts.companies)).toEqual(count(ordered.filter((s) => matches(s, filter, 'company')), (s) => s.companies));
  });

  it.each([
    ['the fixture', fixture.files.get('data/index.json') as IndexFile],
    ['600 sessions', index],
  ])('%s: groups any set of sessions by edition, newest first, in timeline order, as a pass over every edition would', (_, catalog) => {
    const all = timelineOrder(catalog);
    const ids = new Set(all.filter((_s, i) => i % 3 === 0).map((s) => s.id));
    ids.add('no-such-session');
    const expected = [...catalog.editions]
      .sort((a, b) => (b.year ?? -1) - (a.year ?? -1))
      .map((edition) => ({ edition, sessions: all.filter((s) => ids.has(s.id) && edition.days.some((day) => day.sessionIds.includes(s.id))) }))
      .filter((group) => group.sessions.length > 0);
    expect(groupByEdition(catalog, ids)).toEqual(expected);
    expect(groupByEdition(catalog, new Set())).toEqual([]);
  });

  it('works the timeline and the tag lists out once per index', () => {
    expect(indexSessions(index)).toBe(sessionIndex);
    expect(timelineOrder(index)).toBe(ordered);
  });
});
