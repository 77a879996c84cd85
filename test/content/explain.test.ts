/**
 * `npm run content -- --explain FILE`: every candidate with its cues and the decision, on real
 * posts from the devset, and the command itself.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createReviewContext, readCuratedFiles } from '../../src/content/catalog/catalog.ts';
import { explainPost, formatExplanation, type PostExplanation } from '../../src/content/explain.ts';

const ROOT = join(__dirname, '..', '..');
const curatedFiles = ['editions.yml', 'companies.yml', 'taxonomy.yml'].map((n) => ({ path: n, bytes: new Uint8Array(readFileSync(join(ROOT, 'content', n))) }));
const context = createReviewContext(readCuratedFiles(curatedFiles).curated, []);

function explain(name: string): PostExplanation {
  const file = join('test', 'fixtures', 'devset', 'reviews', name);
  const e = explainPost(`reviews/${name}`, new Uint8Array(readFileSync(join(ROOT, file))), context);
  if (!('work' in e)) throw new Error(`rejected: ${e.reason}`);
  return e;
}

describe('explainPost', () => {
  it('gives every heading a decision, and the talks are the sessions the catalog gets', () => {
    const e = explain('2015-depapepe-deview2015.md');
    const byLine = new Map(e.candidates.map((c) => [c.line, c]));
    expect(byLine.get(1)!.decision).toBe("the post's own title: looked through");
    expect(byLine.get(5)!.decision).toMatch(/^not a talk/);
    expect(byLine.get(6)!.decision).toBe('not a talk: under a heading that is no talk');
    expect(byLine.get(15)!.cues).toContain('day 1');
    expect(byLine.get(15)!.decision).toMatch(/^a container/);
    expect(byLine.get(34)!.decision).toBe('TALK "React Everywhere" (talk; day 1)');
    expect(e.candidates.filter((c) => c.decision.startsWith('TALK')).length).toBe(e.work.sessions.length);
  });

  it('names the speaker cue and a talk part as such', () => {
    const e = explain('2018-greatfarmer-ifkakao2018.md');
    const talk = e.candidates.find((c) => c.line === 72)!;
    expect(talk.decision).toMatch(/^TALK "맵매칭 .*김상균 @ 카카오모빌리티/);
    expect(e.candidates.find((c) => c.line === 76)!.decision).toBe('part of the talk "맵매칭 (부정확한 GPS포인트들로부터 경로 추정하기)" (its notes)');
  });

  it('lists the links a post without talk headings was read by', () => {
    const e = explain('2020-rooftophero-deview2020.md');
    const links = e.candidates.filter((c) => c.written.startsWith('['));
    expect(links).toHaveLength(10);
    expect(links[0]!.cues).toContain("a link to the talk's own page");
    expect(e.candidates.find((c) => c.written === '### AI')!.decision).not.toMatch(/^TALK/);
  });

  it('says what decided the edition', () => {
    expect(formatExplanation(explain('2018-galexrt-kubeconeu2018-day1.md'))).toContain('edition: KubeCon Copenhagen 2018 — "KubeCon Copenhagen 2018 - Day 1" names KubeCon Copenhagen 2018');
  });
});

describe('npm run content -- --explain', () => {
  it('prints the explanation of a post in the folder’s context', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/content.ts', '--explain', 'content/reviews/002_c0a5c2683df2f7ca.txt'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('reviews/002_c0a5c2683df2f7ca.txt  "[후기] if kakao 개발자 컨퍼런스 2018"');
    expect(r.stdout).toMatch(/→ TALK "카프카, 산전수전 노하우" \(talk; 고승범\)/);
  });

  it('says so when the post cannot be read', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/content.ts', '--explain', 'no/such.md'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('Cannot read no/such.md: no such file, or not readable.\n');
  });
});
