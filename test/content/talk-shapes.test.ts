/**
 * Talks and speakers in the shapes other blogs write them (each shape seen in a real post of
 * test/fixtures/devset), table-driven: [post body, what a reader finds].
 */
import { describe, expect, it } from 'vitest';
import { createCompanyResolver } from '../../src/content/people/companies.ts';
import { createSeriesRecognizers } from '../../src/content/edition/editions.ts';
import { splitFrontmatter } from '../../src/content/read/frontmatter.ts';
import { parseMarkdown } from '../../src/content/read/markdown.ts';
import { MarkdownBlocks, readMarkdownBlocks } from '../../src/content/read/markdown-blocks.ts';
import { tableHoldsContent } from '../../src/content/talks/intro-clues.ts';
import { buildOutlineFromBlocks } from '../../src/content/outline.ts';
import { selectSessions } from '../../src/content/talks/sessions.ts';
import { readEnglishByline, readPersonLine, splitHeadingSpeakers } from '../../src/content/people/speakers.ts';

const recognizers = createSeriesRecognizers({ series: [] });
const companies = createCompanyResolver({ companies: [] });

function talksOf(body: string, postTitle = 'Some Conf 2024') {
  const root = parseMarkdown(body);
  return selectSessions(buildOutlineFromBlocks(MarkdownBlocks.fromTree(body, root), body.length), { postTitle, recognizers, companies, body }).map((s) => ({
    title: s.title,
    line: s.heading.line,
    speakers: s.speakers.map((p) => p.name + (p.company ? ` @ ${p.company}` : '')),
  }));
}

describe('bylines in headings', () => {
  it.each([
    ['Keynote: How Good Is Our Code? - Dan Kohn, Executive Director, Cloud Native Computing Foundation', 'Keynote: How Good Is Our Code?', ['Dan Kohn']],
    [
      'Prometheus 2.0 – The Next Scale of Cloud Native Monitoring - Fabian Reinartz, Software Engineer, Google',
      'Prometheus 2.0 – The Next Scale of Cloud Native Monitoring',
      ['Fabian Reinartz'],
    ],
    ['Rook Project Intro – Bassam Tabbara, Tony Allen & Jared Watts, Upbound (Any Skill Level)', 'Rook Project Intro', ['Bassam Tabbara', 'Tony Allen', 'Jared Watts']],
    ['> AngularJs 기반 웹북 클라이언트 개발 - 강민수님', '> AngularJs 기반 웹북 클라이언트 개발', ['강민수']],
    ['구글의 소프트웨어 엔지니어링 - Google 이준영님', '구글의 소프트웨어 엔지니어링', ['이준영']],
    ['Service Workers - Bring your own magic  - +Jungkee Song님', 'Service Workers - Bring your own magic', ['Jungkee Song']],
    // Two capitalised words after a dash are a subtitle, not a person, without an affiliation.
    ['Kafka in Practice - Getting Started', 'Kafka in Practice - Getting Started', []],
    ['카카오톡 시스템의 진화 - 테스트 자동화로 자신감 찾기', '카카오톡 시스템의 진화 - 테스트 자동화로 자신감 찾기', []],
  ])('%s', (heading, title, names) => {
    const split = splitHeadingSpeakers(heading, companies);
    expect(split.title).toBe(title);
    expect(split.speakers.map((s) => s.name)).toEqual(names);
  });

  it('keeps each person with their role and company', () => {
    expect(readEnglishByline('Liz Rice, Technology Evangelist, Aqua Security; Colin Sullivan, Product Manager, Synadia Communications, Inc.')).toEqual([
      { name: 'Liz Rice', role: 'Technology Evangelist', company: 'Aqua Security' },
      { name: 'Colin Sullivan', role: 'Product Manager', company: 'Synadia Communications, Inc.' },
    ]);
  });
});

describe('person lines', () => {
  it.each([
    ['한재엽 님(@Jbee)', { name: '한재엽', handle: 'Jbee' }],
    ['(김상균(curt.k) 님)', { name: '김상균', handle: 'curt.k' }],
    ['(이일민(toby)) 님)', { name: '이일민', handle: 'toby' }],
    ['하용호 | 데이터오븐 CEO', { name: '하용호', company: '데이터오븐', role: 'CEO' }],
    ['기술·AI 발전이 일과 조직 문화에 미칠 장기적 변화 전망', null],
  ])('%s', (line, expected) => {
    expect(readPersonLine(line)).toEqual(expected);
  });
});

describe('talks without talk headings', () => {
  it('reads a time slot heading as the talk on the line below, and the speaker after it', () => {
    const body = '## 세션 요약\n\n### 09:20 ~ 09:30\n**2030년에는 우리는 어떻게 일하고 있을까?**  \n박태웅 | 녹서포럼 의장  \n- 장기적 변화 전망\n\n### 14:00-14:40 Track A\n[카프카 운영기](https://example.com/s/1)\n\n노트\n';
    expect(talksOf(body)).toEqual([
      { title: '2030년에는 우리는 어떻게 일하고 있을까?', line: 3, speakers: ['박태웅 @ 녹서포럼'] },
      { title: '카프카 운영기', line: 8, speakers: [] },
    ]);
  });

  it('reads bold lines as talks when the post has no talk headings', () => {
    const body = "## Let'Swift Conference review\n\n**키노트**\n\n**What's New Swift 4**\n* Multi-Line String Literals\n\n**Swift vs Kotlin**\n- 비교\n";
    expect(talksOf(body, "Let'Swift Conference review").map((t) => [t.title, t.line])).toEqual([
      ['키노트', 3],
      ["What's New Swift 4", 5],
      ['Swift vs Kotlin', 8],
    ]);
  });

  it('leaves bold lines inside a talk as its own sub-points', () => {
    const body = '## Day 1. SwiftUI를 망설이고 있다면?\n\n**UIKit**\n- 안\n\n**SwiftUI**\n- 밖\n\n**Preview**\n- 실시간\n';
    expect(talksOf(body).map((t) => t.title)).toEqual(['Day 1. SwiftUI를 망설이고 있다면?']);
  });

  it("reads links to talks' own pages in prose as talks, even after a <br> line", () => {
    const body =
      '### AI\n\n개인적으로는 [추천시스템 3.0: 딥러닝 후기시대](https://deview.kr/2020/sessions/356)이 흥미로웠다.\n\n<br>\n[데이터 라벨링 너무 귀찮아요](https://deview.kr/2020/sessions/340) 와 [우리가 볼 수 없는 데이터](https://deview.kr/2020/sessions/341).\n\n[Armeria](https://github.com/line/armeria)\n';
    expect(talksOf(body).map((t) => [t.title, t.line])).toEqual([
      ['추천시스템 3.0: 딥러닝 후기시대', 3],
      ['데이터 라벨링 너무 귀찮아요', 6],
      ['우리가 볼 수 없는 데이터', 6],
    ]);
  });

  it('keeps the first heading as a talk when the post has no title of its own', () => {
    const body = '# Boosting Your kubectl Productivity:\n\n*Speaker: Mauricio Salatino, LearnK8s*\n\n* aliases\n\n# Easily Observing Operators:\n\n*Speaker: Lili Cosic, Red Hat*\n\n* x\n\n# Open Match:\n\n*Speaker: Robert Bailey, Google*\n';
    expect(talksOf(body, 'Boosting Your kubectl Productivity:')).toEqual([
      { title: 'Boosting Your kubectl Productivity:', line: 1, speakers: ['Mauricio Salatino @ LearnK8s'] },
      { title: 'Easily Observing Operators:', line: 7, speakers: ['Lili Cosic @ Red Hat'] },
      { title: 'Open Match:', line: 13, speakers: ['Robert Bailey @ Google'] },
    ]);
  });

  it('reads the speaker from a first bullet, a 연사 소개 section and a slide credit', () => {
    const body =
      '# normConf 2022\n\n## A. How small can I get that Docker container?\n\n* speaker: Matthijs Brouns\n* use a small base image\n\n## B. 카카오톡의 서버사이드 코틀린\n\n### 연사 소개\n(유용하(indy.jones) 님)\n- 카카오\n\n### 발표 내용\n노트\n\n## C. The Secret Metric\n\n[the secret metric](https://www.slideshare.net/x/y) from [Anna Migas](https://2022.jsconf.kr/speakers/anna-migas)\n\n# Things to Google\n\n* tracer bullets\n';
    expect(talksOf(body, 'normConf 2022')).toEqual([
      { title: 'How small can I get that Docker container?', line: 3, speakers: ['Matthijs Brouns'] },
      { title: '카카오톡의 서버사이드 코틀린', line: 8, speakers: ['유용하 @ 카카오'] },
      { title: 'The Secret Metric', line: 17, speakers: ['Anna Migas'] },
    ]);
  });

  it('looks through day containers dated in their heading', () => {
    const body = '# Deview 2015\n\n## Deview 란?\n### "내일을 향한 개발자의 시선"\n\n# 1일차 - 2015-09-14\n\n## React Everywhere\n노트\n\n# 2일차 - 2015-09-15\n\n## Docker Orchestration\n노트\n\n# 느낌\n좋았다\n';
    expect(talksOf(body, 'Deview 2015').map((t) => t.title)).toEqual(['React Everywhere', 'Docker Orchestration']);
  });
});

describe('speakers where posts put them', () => {
  it.each([
    ['a plain line of polite names under the heading', '## 카프카 운영기\n\n홍길동님 / 김철수님\n\n노트\n', ['홍길동', '김철수']],
    ['a blockquote under the heading', '## 카프카 운영기\n\n> 홍길동님 - 카카오\n\n노트\n', ['홍길동 @ 카카오']],
    ['a sentence of the notes', '## 카프카 운영기\n\n이번 발표자는 홍길동님이었다. 카프카 이야기.\n', ['홍길동']],
    ['a sentence saying who presented', '## 카프카 운영기\n\n김철수님이 발표하셨다.\n', ['김철수']],
    ['not a sentence with a dash', '## Deep Learning 입문\n\nDeep Learning - 이번 발표는 기초부터 시작했다\n', []],
    ['a first bullet with a role', '## 카프카 운영기\n\n- 송창현 네이버 CTO\n- 노트\n', ['송창현 @ 네이버']],
    ['a first bullet with a dash', '## Scaling Kafka\n\n- Jane Doe - Acme\n- notes\n', ['Jane Doe @ Acme']],
    ['not a first bullet of notes that starts with a word', '## 카프카 운영기\n\n- 김치 맛있다 정말\n- 노트\n', []],
  ])('%s', (_name, body, speakers) => {
    expect(talksOf(body)[0]!.speakers).toEqual(speakers);
  });
});

describe('frontmatter without an opening ---', () => {
  it('reads Hexo fields from line 1 down to the closing line', () => {
    const text = 'title: GDG DEVFEST 2016 @Seoul Univ GCP\ndate: 2016-11-05\ntags: [a, b]\nbanner:\n  https://x/y.png\n---\n본문\n';
    const r = splitFrontmatter('p.md', text);
    expect(r).toEqual({ ok: true, split: { yaml: 'title: GDG DEVFEST 2016 @Seoul Univ GCP\ndate: 2016-11-05\ntags: [a, b]\nbanner:\n  https://x/y.png\n', yamlLine: 1, body: '본문\n', bodyLine: 7 } });
  });

  it('leaves a post that only opens with a colon line alone', () => {
    const r = splitFrontmatter('p.md', '참고: 이 글은 후기입니다\n\n## 세션\n\n---\n\n끝\n');
    expect(r).toMatchObject({ ok: true, split: { yaml: null, bodyLine: 1 } });
  });
});

describe('tracks over the level of the talks', () => {
  it('looks through a track whose talks name their speakers the way the other tracks do, even when one does not', () => {
    const body =
      '# DevFest 후기\n\n### Web\n\n#### > 웹북 클라이언트 개발 - 강민수님\n노트\n\n#### > 데스크탑 앱 개발 - 양용성님\n노트\n\n### Git\n\n#### > Git Branch 전략 - 김성노님\n노트\n\n' +
      '### 오픈소스\n\n#### > 구글의 소프트웨어 엔지니어링 - Google 이준영님\n노트\n\n#### > 코드 없이 오픈소스 기여하기\n노트\n';
    expect(talksOf(body, 'DevFest 후기')).toEqual([
      { title: '웹북 클라이언트 개발', line: 5, speakers: ['강민수'] },
      { title: '데스크탑 앱 개발', line: 8, speakers: ['양용성'] },
      { title: 'Git Branch 전략', line: 13, speakers: ['김성노'] },
      { title: '구글의 소프트웨어 엔지니어링', line: 18, speakers: ['이준영 @ Google'] },
      { title: '코드 없이 오픈소스 기여하기', line: 21, speakers: [] },
    ]);
  });

  it('reads a Google+ mention after a dash as the speaker, and a subtitle after a dash as the title', () => {
    const body = '## 코드 없이 오픈소스 기여하기 - [+Changwook Doh](https://plus.google.com/1)\n노트\n\n## Service Workers - Bring your own magic\n노트\n';
    expect(talksOf(body).map((t) => [t.title, t.speakers])).toEqual([
      ['코드 없이 오픈소스 기여하기', ['Changwook Doh']],
      ['Service Workers - Bring your own magic', []],
    ]);
  });

  it('keeps a heading at the level of the talks a talk, with its own sub-heading', () => {
    const body = '# 후기\n\n### 카프카 운영기 - 홍길동님\n노트\n\n#### 발표자 - 김철수님\n노트\n\n### 레디스 운영기 - 박영희님\n노트\n\n### 몽고 운영기 - 이영수님\n노트\n';
    expect(talksOf(body, '후기').map((t) => t.title)).toEqual(['카프카 운영기', '레디스 운영기', '몽고 운영기']);
  });
});

describe('talks shown by embedded slides and videos', () => {
  const slideshare = (key: string, title: string, speaker: string) =>
    `<iframe src="//www.slideshare.net/slideshow/embed_code/key/${key}" width="595" height="485" allowfullscreen> </iframe> <div style="margin-bottom:5px"> <strong> <a href="//www.slideshare.net/x/${key}" title="${title}" target="_blank">${title}</a> </strong> from <strong><a href="https://www.slideshare.net/x" target="_blank">${speaker}</a></strong> </div>\n`;

  it('reads each embed that names its talk as a talk, with the speaker its caption credits', () => {
    const body =
      '# 후기\n\n좋은 행사였다.\n\n' +
      slideshare('a1', 'Hitchhiker&#x27;s guide to the front end', '정윤 김') +
      '\n프론트엔드 이야기.\n\n' +
      '<iframe width="560" height="315" src="https://www.youtube.com/embed/abc" title="카프카 운영 3년의 기록" allowfullscreen></iframe>\n\n카프카 이야기.\n';
    expect(talksOf(body)).toEqual([
      { title: "Hitchhiker's guide to the front end", line: 5, speakers: ['정윤 김'] },
      { title: '카프카 운영 3년의 기록', line: 9, speakers: [] },
    ]);
  });

  it("leaves a player's own title, an embed inside a talk and one talk's slides and video alone", () => {
    const player = '<iframe src="https://www.youtube.com/embed/a" title="YouTube video player"></iframe>\n\n노트\n\n<iframe src="https://www.youtube.com/embed/b" title="YouTube video player"></iframe>\n';
    expect(talksOf(`# 후기\n\n${player}`)).toEqual([]);
    const same = '<iframe src="https://speakerdeck.com/player/1" title="카프카 운영기"></iframe>\n\n<iframe src="https://www.youtube.com/embed/b" title="카프카 운영기"></iframe>\n';
    expect(talksOf(`# 후기\n\n${same}`)).toEqual([]);
    const inside = `## 카프카 운영기 - 홍길동님\n\n${slideshare('b', '카프카 운영기 슬라이드', '홍길동')}\n${slideshare('c', '부록 슬라이드', '홍길동')}`;
    expect(talksOf(inside).map((t) => t.title)).toEqual(['카프카 운영기']);
  });

  it("names the speaker from the embed's caption or a link to their page on the conference site", () => {
    expect(talksOf(`## Boot Camp #0\n\n노트\n\n${slideshare('d', 'Frontend 101', 'Chang W. Doh')}`)[0]!.speakers).toEqual(['Chang W. Doh']);
    expect(talksOf('## Boot Camp #1\n\n- 프로필\nhttps://festi.kr/festi/speaker/choeun\n\n노트\n')[0]!.speakers).toEqual(['choeun']);
    expect(talksOf('## Boot Camp #2\n\n[profile](https://2022.jsconf.kr/speakers/anna-migas)\n\n노트\n')[0]!.speakers).toEqual(['Anna Migas']);
  });
});

describe('talks listed in a table', () => {
  it('reads each row of a table whose header names a title column, with its speakers and notes', () => {
    const body = '## 들은 세션\n\n| 제목 | 발표자 | 소속 | 메모 |\n| --- | --- | --- | --- |\n| 1. 카프카 운영기 | 홍길동 | 카카오 | 파티션 이야기 |\n| 검색 개선기 | 김철수, 이영희 | 네이버 | |\n\n총평: 좋았다\n';
    expect(talksOf(body)).toEqual([
      { title: '카프카 운영기', line: 5, speakers: ['홍길동 @ 카카오'] },
      { title: '검색 개선기', line: 6, speakers: ['김철수 @ 네이버', '이영희 @ 네이버'] },
    ]);
  });

  it('leaves a table of anything else alone', () => {
    const body = '## 카프카 운영기\n\n| 항목 | 값 |\n| --- | --- |\n| 파티션 | 12 |\n| 복제 | 3 |\n';
    expect(talksOf(body).map((t) => t.title)).toEqual(['카프카 운영기']);
  });
});

describe('a talk whose notes are a table', () => {
  // Blocks read from the post's events, as the pipeline reads them: nothing is compiled to
  // mdast until a stage asks for it.
  function draftsOf(body: string) {
    const blocks = readMarkdownBlocks(body)!;
    const drafts = selectSessions(buildOutlineFromBlocks(blocks, body.length), { postTitle: 'Some Conf 2024', recognizers, companies, body });
    const table = blocks.blocks.findIndex((b) => b.type === 'table');
    return { drafts, tableParsed: blocks.isParsed(table) };
  }

  it('has notes when a cell has text, and none when every cell is empty, without parsing the table', () => {
    const rows = Array.from({ length: 500 }, (_, i) => `| ${10 + (i % 8)}:00 | 세션 ${i} |`).join('\n');
    const full = draftsOf(`## 카프카 운영기 - 홍길동님\n\n| 시간 | 내용 |\n| --- | --- |\n${rows}\n`);
    expect(full.drafts.map((d) => [d.title, d.empty])).toEqual([['카프카 운영기', false]]);
    expect(full.tableParsed).toBe(false);
    const empty = draftsOf('## 카프카 운영기 - 홍길동님\n\n| | |\n| :-- | --: |\n|  |  |\n');
    expect(empty.drafts.map((d) => [d.title, d.empty])).toEqual([['카프카 운영기', true]]);
    expect(empty.tableParsed).toBe(false);
  });

  it('an escaped pipe is text, as in the mdast', () => {
    expect(tableHoldsContent('| a |\n| - |')).toBe(true);
    expect(tableHoldsContent('| \\| |\n| - |')).toBe(true);
    expect(tableHoldsContent('|  |  |\n| :-: | --- |\n| | |')).toBe(false);
  });

  it('a table under a time slot ends the look for the slot\'s talk without being parsed', () => {
    const { drafts, tableParsed } = draftsOf('## 10:00 ~ 10:40\n\n| 시간 | 내용 |\n| --- | --- |\n| 10:00 | 키노트 |\n');
    expect(tableParsed).toBe(false);
    expect(drafts.map((d) => d.title)).toEqual(['10:00 ~ 10:40']);
  });
});

describe("a talk's own sections at the level of the talks", () => {
  it('are parts of the talk before them where the talks name their speakers', () => {
    const body =
      '## Kafka at Scale - Jane Doe, Engineer, Acme\n\nnotes\n\n## Use Cases\n\nmore notes\n\n## Future work\n\nplans\n\n## Observability Today - John Roe, SRE, Initech\n\nnotes\n\n## Serverless Tomorrow - Ann Lee, CTO, Globex\n\nnotes\n';
    const root = parseMarkdown(body);
    const outline = buildOutlineFromBlocks(MarkdownBlocks.fromTree(body, root), body.length);
    const drafts = selectSessions(outline, { postTitle: 'KubeCon 2024', recognizers, companies, body });
    expect(drafts.map((d) => d.title)).toEqual(['Kafka at Scale', 'Observability Today', 'Serverless Tomorrow']);
    expect(drafts[0]!.markdown).toBe('notes\n\n## Use Cases\n\nmore notes\n\n## Future work\n\nplans');
  });

  it('stay talks where the talks name no speakers', () => {
    const body = '## 카프카 운영기\n\n노트\n\n## 검색 개선기\n\n노트\n\n## 배포 이야기\n\n노트\n';
    expect(talksOf(body).map((t) => t.title)).toEqual(['카프카 운영기', '검색 개선기', '배포 이야기']);
  });
});
