/**
 * The vendored mdast compiler (src/content/read/vendor/mdast-compiler.js) is the installed
 * mdast-util-from-markdown's, with one word added: an update of the package fails here until the
 * copy is taken again. And it compiles a block from the post's own events into the node a full
 * parse gives, on posts of every shape.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdownTree, readMarkdownBlocks } from '../../src/content/read/markdown-blocks.ts';

const ROOT = join(import.meta.dirname, '..', '..');

describe('the vendored mdast compiler', () => {
  it('is the installed package’s lib/index.js with `compiler` exported, and nothing else changed', () => {
    const upstream = readFileSync(join(ROOT, 'node_modules/mdast-util-from-markdown/lib/index.js'), 'utf8');
    const vendored = readFileSync(join(ROOT, 'src/content/read/vendor/mdast-compiler.js'), 'utf8');
    const body = vendored.slice(vendored.indexOf('*/\n') + 3);
    expect(body).toBe(upstream.replace('\nfunction compiler(options) {', '\nexport function compiler(options) {'));
    expect(body).not.toBe(upstream);
  });

  it('gives each block the node of the full parse, positions included, from the events', () => {
    const body = [
      '# Title *with* `code`',
      '',
      'Setext',
      '===',
      '',
      '- first **item** [link](https://example.com)',
      '  continued',
      '- second',
      '',
      '> quote with www.example.com',
      '',
      '| a | b |',
      '|---|:-:|',
      '| 1 | ~~2~~ |',
      '',
      '1. one',
      '',
      '   loose',
      '2. two',
      '',
      '```js',
      'code()',
      '```',
      '',
      'Text & more<br>',
    ].join('\n');
    const blocks = readMarkdownBlocks(body)!;
    const tree = parseMarkdownTree(body);
    expect(blocks.length).toBe(tree.children.length);
    for (let i = 0; i < blocks.length; i++) expect(blocks.node(i)).toEqual(tree.children[i]);
    const lead = tree.children[2]!;
    expect(lead.type === 'list' && blocks.leadParagraph(2)).toEqual(lead.type === 'list' && lead.children[0]!.children[0]);
  });
});
