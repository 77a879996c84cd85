/**
 * The five real review posts against what a careful reader finds in them
 * (test/fixtures/spec/seed-sessions.yml, a copy of ../shared/spec/seed-sessions.yml kept in the
 * repo so a clone tests on its own). The spec is parsed here, so the test follows it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCatalog, emitStaticFiles, loadContent, type ContentInput } from '../../src/content/node/index.ts';
import { Catalog, IndexFile, ReviewFile, SessionFile, type Catalog as CatalogT, type Session } from '../../src/content/schema.ts';

const ROOT = join(__dirname, '..', '..');
const SPEC_PATH = join(ROOT, 'test', 'fixtures', 'spec', 'seed-sessions.yml');
const SHARED_SPEC_PATH = join(ROOT, '..', 'shared', 'spec', 'seed-sessions.yml');

// Where the shared spec sits beside the repo (CI, the team's machines), the copy must not drift.
describe.runIf(existsSync(SHARED_SPEC_PATH))('the spec copy', () => {
  it('is byte for byte the shared seed spec', () => {
    expect(readFileSync(SPEC_PATH, 'utf8')).toBe(readFileSync(SHARED_SPEC_PATH, 'utf8'));
  });
});

interface SpecSpeaker {
  name: string;
  handle?: string;
  company?: string;
}
interface SpecSession {
  title: string;
  kind?: string;
  speakers?: SpecSpeaker[];
  companies?: string[];
  link?: string;
  same_as?: string;
}
interface SpecReview {
  file: string;
  edition: string;
  day: number | null;
  published: string | null;
  author?: string;
  sessions: SpecSession[];
  not_sessions: string[];
}
interface Spec {
  editions: { id: string; name: string }[];
  reviews: SpecReview[];
}

const specText = readFileSync(SPEC_PATH, 'utf8');
const spec = parse(specText) as Spec;

let input: ContentInput;
let catalog: CatalogT;
const sessionById = (id: string) => catalog.sessions.find((s) => s.id === id)!;
const companyName = (id: string | undefined) => catalog.companies.find((c) => c.id === id)?.name;

beforeAll(async () => {
  input = await loadContent(join(ROOT, 'content'));
  catalog = buildCatalog(input);
});

describe('seed spec: editions', () => {
  it.each(spec.editions)('edition $id is named "$name"', ({ id, name }) => {
    expect(catalog.editions.find((e) => e.id === id)?.name).toBe(name);
  });
  it('has exactly the spec editions', () => {
    expect(catalog.editions.map((e) => e.id).sort()).toEqual(spec.editions.map((e) => e.id).sort());
  });
});

describe.each(spec.reviews)('seed spec: $file', (r) => {
  const review = () => catalog.reviews.find((x) => x.file === `reviews/${r.file}`)!;
  const sessionsOf = () => review().sessionIds.map(sessionById);
  const writeUpOf = (s: Session) => s.writeUps.find((w) => w.reviewId === review().id)!;

  it('is ingested with its edition, day, date and author', () => {
    expect(review()).toBeDefined();
    expect(review().editionId).toBe(r.edition);
    expect(review().dayId).toBe(r.day === null ? null : `day-${r.day}`);
    expect(review().date).toBe(r.published === null ? null : String(r.published));
    if (r.author) expect(review().author).toBe(r.author);
  });

  it('has the spec sessions in document order', () => {
    const titles = sessionsOf().map((s) => s.title);
    expect(titles).toEqual(r.sessions.map((s) => s.same_as ?? s.title));
  });

  it.each(r.sessions.map((s, i) => ({ ...s, i })))('session $i: $title', (expected) => {
    const session = sessionsOf()[expected.i]!;
    const writeUp = writeUpOf(session);
    expect(writeUp).toBeDefined();
    // The review's own heading carries its own title (numbering and speakers removed).
    expect(writeUp.heading).toContain(expected.title.replace(/\s+/g, ' ').split(' : ')[0]!.slice(0, 10));
    expect(session.kind).toBe(expected.kind ?? 'talk');
    if (expected.speakers) {
      expect(session.speakers.map((s) => s.name)).toEqual(expected.speakers.map((s) => s.name));
      expected.speakers.forEach((sp, k) => {
        const got = session.speakers[k]!;
        if (sp.handle) expect(got.handle).toBe(sp.handle);
        if (sp.company) expect(companyName(got.company)).toBe(sp.company);
      });
    }
    if (expected.companies) expect(session.companies.map(companyName).sort()).toEqual([...expected.companies].sort());
    if (expected.link) expect(session.link).toBe(expected.link);
    if (expected.same_as) {
      expect(session.title).toBe(expected.same_as);
      expect(session.writeUps.length).toBeGreaterThan(1);
      expect(session.aliases.length + (session.title === expected.title ? 1 : 0)).toBeGreaterThan(0);
    }
  });

  // Descriptions of text that must stay with the review, as the spec words them.
  const proseNotSessions: Record<string, string> = {
    'the closing paragraph after the last ---': '당장 활용할 수 있는 부분은 적을 것 같지만',
    'the opening paragraphs before the first numbered heading': '다른 회사들의 컨퍼런스는 어떤 식으로',
  };
  it.each(r.not_sessions)('not a session: %s', (description) => {
    const snippet = proseNotSessions[description];
    const allNotes = catalog.sessions.flatMap((s) => s.writeUps.filter((w) => w.reviewId === review().id)).map((w) => w.markdown);
    if (snippet) {
      expect(review().body).toContain(snippet);
      expect(allNotes.some((m) => m.includes(snippet))).toBe(false);
      return;
    }
    const heading = description.replace(/\s+\(.*\)$/, '');
    // The outermost heading with that text (a talk may have its own "정리" sub-heading).
    const lines = review().body.split('\n');
    const candidates = lines
      .map((l, i) => ({ i, depth: /^(#{1,6})\s/.exec(l)?.[1]?.length ?? 0, text: l.replace(/^#+\s*/, '').trim() }))
      .filter((x) => x.depth > 0 && x.text === heading)
      .sort((a, b) => a.depth - b.depth);
    const headingLine = candidates[0]?.i ?? -1;
    expect(headingLine, `heading "${heading}" is in the post`).toBeGreaterThanOrEqual(0);
    const h = review().headings.find((x) => x.line === headingLine + review().bodyLine);
    expect(h).toBeDefined();
    expect(h!.sessionId).toBeUndefined();
    // Its text is not inside any session's notes either.
    const rawLine = review().body.split('\n')[headingLine]!;
    expect(allNotes.some((m) => m.split('\n').includes(rawLine))).toBe(false);
  });
});

describe('seed spec: totals', () => {
  const totals = /(\d+) session write-ups, (\d+) distinct sessions[\s#]*\(2018: (\d+), 2019: (\d+), 2024: (\d+)\), (\d+) editions/.exec(specText);
  it('reads the totals from the spec', () => {
    expect(totals).not.toBeNull();
  });
  it('counts write-ups, sessions and sessions per edition', () => {
    const [, writeUps, sessions, y2018, y2019, y2024, editions] = totals!.map(Number);
    expect(catalog.sessions.reduce((n, s) => n + s.writeUps.length, 0)).toBe(writeUps);
    expect(catalog.sessions.length).toBe(sessions);
    const per = (id: string) => catalog.sessions.filter((s) => s.editionId === id).length;
    expect([per('2018'), per('2019'), per('2024')]).toEqual([y2018, y2019, y2024]);
    expect(catalog.editions.length).toBe(editions);
  });
});

describe('seed: catalog integrity', () => {
  it('parses with the Catalog schema and rejects no file', () => {
    expect(() => Catalog.parse(catalog)).not.toThrow();
    expect(catalog.files.filter((f) => f.status === 'rejected')).toEqual([]);
    expect(catalog.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('emits files that parse with their schemas', () => {
    const files = emitStaticFiles(catalog);
    expect(IndexFile.parse(files.get('data/index.json'))).toBeDefined();
    let sessions = 0;
    let reviews = 0;
    for (const [path, value] of files) {
      if (path.startsWith('data/sessions/')) {
        const parsed = SessionFile.parse(value);
        expect(path).toBe(`data/sessions/${parsed.session.id}.json`);
        sessions++;
      } else if (path.startsWith('data/reviews/')) {
        ReviewFile.parse(value);
        reviews++;
      }
    }
    expect(sessions).toBe(catalog.sessions.length);
    expect(reviews).toBe(catalog.reviews.length);
    expect(files.has('data/sessions/2024/카카오-빌링-mysql-db-샤딩-적용.json')).toBe(true);
  });

  it('keeps each write-up as the exact source slice under its heading', () => {
    for (const s of catalog.sessions) {
      for (const w of s.writeUps) {
        const review = catalog.reviews.find((r) => r.id === w.reviewId)!;
        const raw = readFileSync(join(ROOT, 'content', review.file), 'utf8');
        const fileLines = raw.split('\n');
        expect(fileLines[w.line - 1]).toMatch(/^#{1,6}\s/);
        const after = fileLines.slice(w.line).join('\n');
        expect(after.trimStart().startsWith(w.markdown)).toBe(true);
        expect(w.empty).toBe(false);
      }
    }
  });

  it('links each heading to its anchor and session', () => {
    const r001 = catalog.reviews.find((r) => r.id === '001_b14e009d84ebaef2')!;
    const reviews = r001.headings.filter((h) => h.anchor.startsWith('리뷰'));
    expect(reviews.map((h) => h.anchor)).toEqual(['리뷰', '리뷰-1', '리뷰-2', '리뷰-3', '리뷰-4', '리뷰-5']);
    expect(r001.headings.filter((h) => h.sessionId).map((h) => h.sessionId)).toEqual(r001.sessionIds);
  });

  it('keeps 패널톡 1부 reachable as an alias of AI Finance Tech', () => {
    const panel = catalog.sessions.find((s) => s.title === 'AI Finance Tech')!;
    expect(panel.id).toBe('2024/ai-finance-tech');
    expect(panel.aliases).toContain('2024/패널톡-1부');
    expect(panel.writeUps.map((w) => w.reviewId)).toEqual(['000_b91a9a0d89eb8562', '001_b14e009d84ebaef2']);
  });

  it('normalises the reviews own tags', () => {
    const tagsOf = (id: string) => catalog.reviews.find((r) => r.id === id)!.tags;
    expect(tagsOf('002_c0a5c2683df2f7ca')).toEqual(['ifkakao', 'review', 'kakao']);
    expect(tagsOf('003_4bf890e34c6fded4')).toEqual(['ifkakao']);
    expect(tagsOf('000_b91a9a0d89eb8562')).toEqual(['kakao', 'ifkakao']);
  });

  it('tags sessions from the taxonomy', () => {
    const kraft = catalog.sessions.find((s) => s.title.startsWith('카프카, KRaft'))!;
    expect(kraft.tags).toContain('kafka');
    const billing = sessionById('2024/카카오-빌링-mysql-db-샤딩-적용');
    expect(billing.tags).toEqual(expect.arrayContaining(['mysql', 'sharding']));
    expect(catalog.tags.find((t) => t.id === 'kafka')?.label).toBe('Kafka');
  });

  it('reports the broken relative images of 004 and nothing else', () => {
    expect(catalog.diagnostics.map((d) => `${d.file}:${d.line} ${d.code}`)).toEqual([
      'reviews/004_47ba6abc418ce00e.txt:12 broken-relative-image',
      'reviews/004_47ba6abc418ce00e.txt:17 broken-relative-image',
      'reviews/004_47ba6abc418ce00e.txt:22 broken-relative-image',
      'reviews/004_47ba6abc418ce00e.txt:28 broken-relative-image',
    ]);
  });
});

describe('seed: ids are stable', () => {
  const resolvable = (c: CatalogT) => {
    const map = new Map<string, string>();
    for (const s of c.sessions) {
      map.set(s.id, s.id);
      for (const a of s.aliases) map.set(a, s.id);
    }
    return map;
  };

  it.each(['000_b91a9a0d89eb8562', '001_b14e009d84ebaef2', '003_4bf890e34c6fded4'])('removing %s renames no other session', (removed) => {
    const smaller = buildCatalog({ files: input.files.filter((f) => !f.path.includes(removed)) });
    const before = resolvable(catalog);
    for (const s of smaller.sessions) {
      // Every id the smaller catalog gives resolves in the full one, to the same talk.
      expect(before.has(s.id), s.id).toBe(true);
      const full = sessionById(before.get(s.id)!);
      expect(full.writeUps.some((w) => s.writeUps.some((x) => x.reviewId === w.reviewId && x.line === w.line))).toBe(true);
    }
  });

  it('adding a review keeps every existing id', () => {
    const extra = new TextEncoder().encode(
      [
        '---',
        'title: if(kakaoAI) 2024 셋째 날 후기',
        'date: 2024-10-27',
        '---',
        '',
        '## 카카오 빌링 MySQL 샤딩 적용기 (카카오 - 권세원)',
        '',
        '- A.I. 는 Auto Increment 였다',
        '',
        '## 카카오톡 검색 개편기 (카카오 - 홍길동)',
        '',
        '- 검색 품질 개선',
        '',
      ].join('\n'),
    );
    const bigger = buildCatalog({ files: [...input.files, { path: 'reviews/2024-10-27-extra.md', bytes: extra }] });
    const ids = new Set(bigger.sessions.map((s) => s.id));
    for (const s of catalog.sessions) expect(ids.has(s.id), s.id).toBe(true);
    expect(bigger.sessions.length).toBe(catalog.sessions.length + 1);
    // The new write-up of the billing talk joins the existing session under its old name.
    const billing = bigger.sessions.find((s) => s.id === '2024/카카오-빌링-mysql-db-샤딩-적용')!;
    expect(billing.writeUps.map((w) => w.reviewId)).toEqual(['000_b91a9a0d89eb8562', '001_b14e009d84ebaef2', '2024-10-27-extra']);
    expect(billing.aliases).toContain('2024/카카오-빌링-mysql-샤딩-적용기');
  });

  it('gives the same catalog whatever the file order', () => {
    const shuffled = buildCatalog({ files: [...input.files].reverse() });
    expect(shuffled).toEqual(catalog);
  });
});
