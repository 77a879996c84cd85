import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BROKEN_KINDS, generateCorpus, generateCorpusWithManifest, writeCorpus, type CorpusFile } from '../../src/cli/corpus.ts';
import { buildCatalog, DiagnosticCode, loadContent } from '../../src/content/node/index.ts';
import type { Catalog } from '../../src/content/schema.ts';

const decoder = new TextDecoder();
const text = (file: CorpusFile): string => decoder.decode(file.bytes).replace(/^\uFEFF/, '').replace(/\r\n/g, '\n').normalize('NFC');
const corpus200 = generateCorpusWithManifest({ reviews: 200 });
const texts = corpus200.files.map(text);

/** How many of the 200 reviews match. */
const count = (pattern: RegExp): number => texts.filter((t) => pattern.test(t)).length;
const frontmatterOf = (t: string): string => (t.startsWith('---\n') ? t.slice(4, Math.max(4, t.indexOf('\n---\n', 4))) : '');

describe('generateCorpus', () => {
  it('gives identical bytes for the same seed and different bytes for another', () => {
    const a = generateCorpus({ reviews: 60, seed: 7 });
    const b = generateCorpus({ reviews: 60, seed: 7 });
    const c = generateCorpus({ reviews: 60, seed: 8 });
    expect(a.map((f) => f.path)).toEqual(b.map((f) => f.path));
    a.forEach((file, i) => expect(Buffer.from(file.bytes).equals(Buffer.from(b[i]!.bytes))).toBe(true));
    expect(c.filter((file, i) => Buffer.from(file.bytes).equals(Buffer.from(a[i]!.bytes)))).toHaveLength(0);
  });

  it('produces the requested number of reviews, with unique paths, as a prefix of a larger corpus', () => {
    expect(generateCorpus({ reviews: 0 })).toEqual([]);
    expect(corpus200.files).toHaveLength(200);
    expect(new Set(corpus200.files.map((f) => f.path)).size).toBe(200);
    for (const file of corpus200.files) expect(file.path).toMatch(/^reviews\/[\w.-]+\.(txt|md)$/);
    const small = generateCorpus({ reviews: 20 });
    small.forEach((file, i) => expect(Buffer.from(file.bytes).equals(Buffer.from(corpus200.files[i]!.bytes))).toBe(true));
    expect(() => generateCorpus({ reviews: -1 })).toThrow(/non-negative/);
  });

  it('writes about 12–13 sessions and 5–30 KB per review, over several editions and repeated talks', () => {
    const writeUps = corpus200.reviews.reduce((sum, r) => sum + r.writeUps.length, 0);
    expect(writeUps / 200).toBeGreaterThan(11);
    expect(writeUps / 200).toBeLessThan(14);
    const sizes = corpus200.reviews.map((r) => r.bytes).sort((a, b) => a - b);
    const median = sizes[100]!;
    expect(median).toBeGreaterThan(8_000);
    expect(median).toBeLessThan(25_000);
    expect(sizes.filter((s) => s >= 5_000 && s <= 30_000).length).toBeGreaterThan(180);

    const editions = new Set(corpus200.reviews.map((r) => r.editionId));
    for (const id of ['2018', '2019', '2024', '2025']) expect(editions).toContain(id);
    expect([...editions].some((id) => id.startsWith('deview-'))).toBe(true);
    expect([...editions].some((id) => id.startsWith('feconf-'))).toBe(true);

    // Many reviews write about the same talks: far fewer distinct talks than write-ups.
    const distinct = new Set(corpus200.reviews.flatMap((r) => r.writeUps.map((w) => w.talkKey))).size;
    expect(distinct).toBeLessThan(writeUps / 2);
    // …and some of them under a slightly different title than another review used.
    const headingsByTalk = new Map<string, Set<string>>();
    for (const review of corpus200.reviews) {
      for (const w of review.writeUps) {
        const title = w.heading.replace(/^(세션 \d+ - |\d+\.\s?)/, '').replace(/ [/(].*$/, '');
        headingsByTalk.set(w.talkKey, (headingsByTalk.get(w.talkKey) ?? new Set()).add(title));
      }
    }
    expect([...headingsByTalk.values()].filter((titles) => titles.size > 1).length).toBeGreaterThan(100);
  });

  it('varies the frontmatter the way Jekyll, Hexo, Docusaurus and Hugo posts do', () => {
    const fm = texts.map(frontmatterOf);
    const has = (pattern: RegExp): number => fm.filter((f) => pattern.test(f)).length;
    expect(has(/^title\s+:/m)).toBeGreaterThan(10); // `title : x`
    expect(has(/^tags:\s*\[/m)).toBeGreaterThan(10); // flow list
    expect(has(/^tags:\s*\n\s*- /m)).toBeGreaterThan(10); // YAML list
    expect(has(/^tags\s+:\s*[^\s["][^\n]* [^\n]+$/m)).toBeGreaterThan(10); // space-separated string
    expect(has(/^authors?:/m)).toBeGreaterThan(10);
    expect(has(/^description:/m)).toBeGreaterThan(10);
    expect(has(/^categories:/m)).toBeGreaterThan(10);
    expect(has(/^date\s+:\s*\d{4}-\d{2}-\d{2}$/m)).toBeGreaterThan(5); // 2024-10-24
    expect(has(/^date: \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} \+0900$/m)).toBeGreaterThan(5);
    expect(has(/^date: \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/m)).toBeGreaterThan(5);
    expect(has(/^date: \d{4}\.\d{2}\.\d{2} 12:00:00$/m)).toBeGreaterThan(5); // 2019.08.30 12:00:00
    expect(has(/^date: \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+09:00$/m)).toBeGreaterThan(5);
    expect(fm.filter((f) => f !== '' && !/^date\s*:/m.test(f)).length).toBeGreaterThan(10); // no date
    expect(corpus200.files.filter((f) => /^reviews\/\d{4}-\d{2}-\d{2}-[\w-]+\.md$/.test(f.path)).length).toBeGreaterThan(5);
    expect(texts.filter((t) => !t.startsWith('---\n') && t.startsWith('# ')).length).toBeGreaterThan(0);
  });

  it('writes session headings at every level and in every style the real posts use', () => {
    const headings = corpus200.reviews.flatMap((r) => r.writeUps);
    for (const level of [1, 2, 3, 4]) expect(headings.filter((h) => h.level === level).length).toBeGreaterThan(50);
    // Reviews whose sessions sit at more than one level (like `## 1.` then `# 2.`).
    expect(corpus200.reviews.filter((r) => new Set(r.writeUps.map((w) => w.level)).size > 1).length).toBeGreaterThan(3);
    expect(count(/^#{1,6} \d+\. \S/m)).toBeGreaterThan(10); // 1. title
    expect(count(/^#{1,6} 0\d\.\S/m)).toBeGreaterThan(5); // 03.title
    expect(count(/^#{1,6} 세션 \d+ - /m)).toBeGreaterThan(5);
    expect(count(/^#{1,6} (\d+\.\s?)?\*\*[^*]+\*\*/m)).toBeGreaterThan(5); // bold-wrapped
    expect(count(/^#{1,6} (\d+\.\s?)?\[[^\]]+\]\(https:\/\/[^)]+\)/m)).toBeGreaterThan(5); // link-wrapped
    expect(count(/^#{1,6} (Overview|들어가며|컨퍼런스 입장|장소|로비|부스|시작하며|참석 계기)$/m)).toBeGreaterThan(30);
    expect(count(/^#{1,6} (Day0?\d )?(마무리|정리|느낀점|Conclusion|총평|후기|마치며)$/m)).toBeGreaterThan(50);
    expect(count(/^#{1,6} (세션|들은 세션|Sessions)$/m)).toBeGreaterThan(5); // container heading
    expect(count(/^#{1,6} (키노트|Keynote|오프닝 키노트)( |$)/m)).toBeGreaterThan(10);
    expect(count(/^#{1,6} .*(패널톡|AI Finance Tech|AI Life Tech|Data & AI)/m)).toBeGreaterThan(5);
    expect(count(/^---$/m)).toBeGreaterThan(150); // frontmatter fences and thematic breaks
    expect(count(/^```\w+$/m)).toBeGreaterThan(50);
    expect(count(/^\| --- \|/m)).toBeGreaterThan(30);
    expect(count(/!\[[^\]]*\]\([^)]+\)/)).toBeGreaterThan(50);
    expect(count(/https:\/\/if\.kakao\.com\/program\?sessionId=[0-9a-f-]{36}/)).toBeGreaterThan(5);
  });

  it('names speakers in all five ways', () => {
    expect(count(/^#{1,6} .+ \([^()|]+ - [^()]+\)$/m)).toBeGreaterThan(20); // (카카오 - 이희관, 이세희)
    expect(count(/^#{1,6} .+ \/ [가-힣]{2,4}\([a-z]+\.[a-z]+\)/m)).toBeGreaterThan(20); // / 고승범(peter.ko)
    expect(count(/^#{1,6} .+ \([^()|]+ \| [^()]+\)$/m)).toBeGreaterThan(10); // (정규돈 | 카카오)
    expect(count(/^발표자 ?: ?\S.* \([^()]+\)$/m)).toBeGreaterThan(20); // 발표자 : Hardy.Jung (카카오)
    expect(count(/^#{1,6} .+\n\n[-*+] (\S+ )?[가-힣]{3}(, [가-힣]{3})*님$/m)).toBeGreaterThan(10); // - 이름님
    expect(count(/[A-Z][a-z]+\.[A-Z][a-z]+/)).toBeGreaterThan(5); // Hardy.Jung nicknames
  });

  it('encodes some files with CRLF, a BOM or decomposed Hangul (NFD)', () => {
    const raw = corpus200.files.map((f) => decoder.decode(f.bytes));
    const bom = corpus200.files.filter((f) => f.bytes[0] === 0xef && f.bytes[1] === 0xbb && f.bytes[2] === 0xbf).length;
    expect(bom).toBeGreaterThan(2);
    expect(raw.filter((t) => t.includes('\r\n')).length).toBeGreaterThan(5);
    expect(raw.filter((t) => /[\u1100-\u11ff]/.test(t)).length).toBeGreaterThan(1);
    expect(bom).toBe(corpus200.reviews.filter((r) => r.bom).length);
  });

  it('writes a corpus folder, replaces an earlier corpus, and leaves other folders alone unless forced', () => {
    const root = mkdtempSync(join(tmpdir(), 'talkshelf-corpus-'));
    try {
      const out = join(root, 'corpus');
      writeCorpus(generateCorpus({ reviews: 8 }), out, false);
      expect(readdirSync(join(out, 'reviews'))).toHaveLength(8);
      const first = corpus200.files[0]!;
      expect(Buffer.from(readFileSync(join(out, first.path))).equals(Buffer.from(first.bytes))).toBe(true);
      writeCorpus(generateCorpus({ reviews: 3 }), out, false);
      expect(readdirSync(join(out, 'reviews'))).toHaveLength(3);

      const other = join(root, 'other');
      mkdirSync(other);
      writeFileSync(join(other, 'notes.md'), 'mine');
      expect(() => writeCorpus(generateCorpus({ reviews: 1 }), other, false)).toThrow(/--force/);
      expect(readFileSync(join(other, 'notes.md'), 'utf8')).toBe('mine');
      writeCorpus(generateCorpus({ reviews: 1 }), other, true);
      expect(readdirSync(other).filter((name) => !name.startsWith('.'))).toEqual(['reviews']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('breaks a few files on purpose, each kind in turn', () => {
    const broken = corpus200.reviews.filter((r) => r.broken);
    expect(broken.map((r) => r.broken)).toEqual(BROKEN_KINDS);
    const byKind = new Map(broken.map((r) => [r.broken, texts[corpus200.reviews.indexOf(r)]!]));
    const unclosed = byKind.get('unclosed-frontmatter')!;
    expect(unclosed.startsWith('---\n')).toBe(true);
    expect(unclosed.slice(4).split('\n')).not.toContain('---');
    const untitled = byKind.get('missing-title')!;
    expect(frontmatterOf(untitled)).not.toMatch(/^title/m);
    expect(untitled).not.toMatch(/^# /m);
    expect(frontmatterOf(byKind.get('bad-date')!)).toMatch(/^date\s*: *(\d{4}-(1[3-9]|0[2])-(3\d|4\d)|지난주|\d{4}-\d{2}-\d{2} 2[4-9]:)/m);
    // The healthy ones close their frontmatter and have a title.
    for (const [i, review] of corpus200.reviews.entries()) {
      if (review.broken || review.frontmatter === 'none') continue;
      expect(frontmatterOf(texts[i]!), review.path).toMatch(/^title\s*:/m);
    }
  });
});

describe('the pipeline on a 200-review synthetic corpus', () => {
  let catalog: Catalog;
  const broken = corpus200.reviews.filter((r) => r.broken);

  beforeAll(async () => {
    // The curated files of content/ (editions, taxonomy, companies, merges), without its reviews.
    const curated = (await loadContent('content')).files.filter((f) => !f.path.startsWith('reviews/'));
    catalog = buildCatalog({ files: [...curated, ...corpus200.files] });
  }, 600_000);

  it('ingests the healthy reviews and finds about as many write-ups as were written', () => {
    const rejected = new Set(catalog.files.filter((f) => f.status === 'rejected').map((f) => f.file));
    expect(rejected.size).toBeLessThanOrEqual(broken.length);
    expect(catalog.reviews.length).toBe(200 - rejected.size);
    const written = corpus200.reviews.filter((r) => !rejected.has(r.path)).reduce((sum, r) => sum + r.writeUps.length, 0);
    const found = catalog.sessions.reduce((sum, s) => sum + s.writeUps.length, 0);
    expect(found).toBeGreaterThan(written * 0.85);
    expect(found).toBeLessThan(written * 1.1);
  });

  it('merges write-ups of the same talk, and only those', () => {
    const talkOf = new Map<string, string>();
    const reviewIdOf = new Map(catalog.reviews.map((r) => [r.file, r.id]));
    for (const review of corpus200.reviews) {
      for (const w of review.writeUps) talkOf.set(`${reviewIdOf.get(review.path)}:${w.line}`, w.talkKey);
    }
    const writeUps = catalog.sessions.reduce((sum, s) => sum + s.writeUps.length, 0);
    // Each write-up the catalog lists sits on a heading the generator wrote (same review, same line).
    const placed = catalog.sessions.flatMap((s) => s.writeUps).filter((w) => talkOf.has(`${w.reviewId}:${w.line}`)).length;
    expect(placed).toBeGreaterThan(writeUps * 0.97);
    const talks = new Set(corpus200.reviews.flatMap((r) => r.writeUps.map((w) => w.talkKey))).size;
    expect(catalog.sessions.length).toBeLessThan(writeUps / 2);
    // Not much more than one session per talk (titles vary between reviews)…
    expect(catalog.sessions.length).toBeLessThan(talks * 1.3);
    // …and a session almost never gathers write-ups of two different talks.
    const mixed = catalog.sessions.filter((s) => new Set(s.writeUps.map((w) => talkOf.get(`${w.reviewId}:${w.line}`))).size > 1);
    expect(mixed.length).toBeLessThan(catalog.sessions.length * 0.02);
    const merged = catalog.sessions.filter((s) => s.writeUps.length > 1);
    expect(merged.length).toBeGreaterThan(talks * 0.5);
  });

  it('reports every deliberately broken file', () => {
    expect(broken).toHaveLength(4);
    const reported = new Set(catalog.diagnostics.map((d) => d.file));
    for (const review of broken) expect(reported, `${review.broken}: ${review.path}`).toContain(review.path);
    const codes = (path: string) => catalog.diagnostics.filter((d) => d.file === path).map((d) => d.code);
    const byKind = new Map(broken.map((r) => [r.broken, codes(r.path)]));
    expect(byKind.get('unclosed-frontmatter')).toContain(DiagnosticCode.frontmatterUnclosed);
    expect(byKind.get('missing-title')).toContain(DiagnosticCode.missingTitle);
    expect(byKind.get('bad-date')).toContain(DiagnosticCode.dateInvalid);
    expect(byKind.get('invalid-yaml')).toContain(DiagnosticCode.yamlInvalid);
  });
});
