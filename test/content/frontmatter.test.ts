import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/content/diagnostics.ts';
import { parseFrontmatter, splitFrontmatter, splitTagString, type Frontmatter } from '../../src/content/read/frontmatter.ts';

function read(text: string) {
  const split = splitFrontmatter('post.md', text);
  if (!split.ok) return { error: formatDiagnostic(split.diagnostic) };
  const fm = parseFrontmatter('post.md', split.split);
  if (!fm.ok) return { error: formatDiagnostic(fm.diagnostic) };
  const { positions: _positions, ...fields } = fm.frontmatter;
  const warnings = [...(split.diagnostic ? [split.diagnostic] : []), ...fm.diagnostics].map(formatDiagnostic);
  return { fields, bodyLine: fm.bodyLine ?? split.split.bodyLine, warnings };
}

describe('frontmatter: the spellings real blogs use', () => {
  it.each<[string, string, Partial<Omit<Frontmatter, 'positions'>>]>([
    ['Jekyll, spaces before the colon', '---\ntitle : if(kakakoAI) 2024\ndate  : 2024-10-24\ntags  : kakao ifkakao\n---\n', { title: 'if(kakakoAI) 2024', date: '2024-10-24', tags: ['kakao', 'ifkakao'] }],
    ['Hexo list tags', '---\ntitle: "[후기] if kakao"\ntags:\n  - if kakao\n  - 후기\n---\n', { title: '[후기] if kakao', tags: ['if kakao', '후기'] }],
    ['flow list tags', '---\ntitle: x\ntags: [kakao, ai]\n---\n', { tags: ['kakao', 'ai'] }],
    ['comma-separated tag string', '---\ntitle: x\ntags: if kakao, 후기\n---\n', { tags: ['if kakao', '후기'] }],
    ['Docusaurus authors', '---\ntitle: x\nauthors: haril\n---\n', { author: 'haril' }],
    ['Hugo author objects', '---\ntitle: x\nauthors:\n  - name: 박\n  - name: 최\n---\n', { author: '박, 최' }],
    ['Gatsby author object', '---\ntitle: x\nauthor:\n  name: 김개발\n---\n', { author: '김개발' }],
    ['description and categories', '---\ntitle: x\ndescription: day 3 후기\ncategories:\n- Conference\n---\n', { description: 'day 3 후기', categories: ['Conference'] }],
    ['numeric title', '---\ntitle: 2024\n---\n', { title: '2024' }],
    ['dates stay as written', '---\ntitle: x\ndate: 2019.08.30 12:00:00\n---\n', { date: '2019.08.30 12:00:00' }],
    ['`...` closes the block', '---\ntitle: x\n...\n# body', { title: 'x' }],
    ['pub_date (Python generators)', '---\ntitle: x\npub_date: 2022-11-24\n---\n', { date: '2022-11-24' }],
    ['publishDate (Astro, Hugo)', '---\ntitle: x\npublishDate: 2023-05-01\n---\n', { date: '2023-05-01' }],
    ['lastmod only when nothing else dates it', '---\ntitle: x\nlastmod: 2023-06-01\ndate: 2023-05-01\n---\n', { date: '2023-05-01' }],
    ['lastmod alone', '---\ntitle: x\nlastmod: 2023-06-01\n---\n', { date: '2023-06-01' }],
    ['no frontmatter', '# Just a post\n', {}],
  ])('%s', (_name, text, expected) => {
    const r = read(text);
    expect(r.error).toBeUndefined();
    expect(r.fields).toMatchObject(expected);
  });

  it('tells where the body starts', () => {
    expect(read('---\ntitle: x\ndate: 2024-10-24\n---\n\n## body').bodyLine).toBe(5);
    expect(read('# body').bodyLine).toBe(1);
  });

  it.each([
    ['TOML', '+++\ntitle = "x"\n+++\n', 'post.md:1:1 error TOML frontmatter (+++) is not supported. Rewrite the frontmatter as YAML between --- lines. frontmatter-unsupported'],
  ])('rejects %s frontmatter', (_name, text, message) => {
    expect(read(text).error).toBe(message);
  });

  // A frontmatter problem never costs the body: each is a warning, and what can be read is.
  it.each<[string, string, Partial<Omit<Frontmatter, 'positions'>>, number, string]>([
    [
      'an unclosed block',
      '---\ntitle: x\n\n# body\n',
      { title: 'x' },
      3,
      'post.md:1:1-1:4 warning The frontmatter opened on line 1 is never closed; lines 2–2 are read as its fields and the rest as the post. Add a line with --- after line 2. frontmatter-unclosed',
    ],
    [
      'an unclosed quote',
      '---\ntitle: "if kakao\ndate: 2019-08-30\n---\n',
      { title: 'if kakao', date: '2019-08-30' },
      5,
      'post.md:2:8 warning The frontmatter is not valid YAML: the " quote opened here is never closed; its one-line fields are read as written. Fix the YAML; quote values that contain ": " or start with [ { * & ! | > \' " % @ `. yaml-invalid',
    ],
    [
      'a list',
      '---\n- a\n- b\n---\n',
      {},
      5,
      'post.md:2:1 warning The frontmatter is not a list of `key: value` fields; the post is read without it. Write one `key: value` per line, for example `title: My post`. frontmatter-not-mapping',
    ],
    [
      "a quoted value continued at a line's start, as libyaml reads it",
      "---\ntitle: x\ndescription: 'first line\nsecond: line'\ndate: 2020-01-01\n---\n",
      { title: 'x', description: 'first line second: line', date: '2020-01-01' },
      7,
      "post.md:3:14 warning The frontmatter is not valid YAML: the ' quote opened here is never closed; read as Jekyll and PyYAML read it (a quoted value continued at the start of the next line). Indent the continued lines of the quoted value, or put it on one line, so every YAML reader agrees. yaml-lenient",
    ],
  ])('reads %s, with a warning', (_name, text, fields, bodyLine, warning) => {
    const r = read(text);
    expect(r.error).toBeUndefined();
    expect(r.fields).toMatchObject(fields);
    expect(r.bodyLine).toBe(bodyLine);
    expect(r.warnings).toEqual([warning]);
  });

  it.each([
    ['tags map', '---\ntitle: x\ntags: {a: 1}\n---\n', 'post.md:3:7 warning Frontmatter field `tags` should be a list of words or one space-separated string. Change `tags` to a list of words or one space-separated string; the field is ignored until then. frontmatter-invalid-field'],
    ['title list', '---\ntitle: [a, b]\n---\n', 'post.md:2:8 warning Frontmatter field `title` should be a line of text. Change `title` to a line of text; the field is ignored until then. frontmatter-invalid-field'],
  ])('warns about a %s', (_name, text, message) => {
    expect(read(text).warnings).toEqual([message]);
  });
});

describe('splitTagString', () => {
  it.each([
    ['kakao ifkakao', ['kakao', 'ifkakao']],
    ['if kakao, 후기', ['if kakao', '후기']],
    ['  ', []],
  ])('%j', (input, expected) => {
    expect(splitTagString(input)).toEqual(expected);
  });
});
