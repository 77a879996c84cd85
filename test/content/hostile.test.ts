/**
 * Hostile content never costs the site (issue 16): each fixture under test/fixtures/hostile is
 * named for what is wrong with it, and each test checks the diagnostics and the JSON that the
 * rest of the folder still builds. Fixtures a text file cannot hold are built here.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog, formatDiagnostic, loadContent, type ContentFile } from '../../src/content/index.ts';
import { readTaxonomyTags } from '../../src/search/taxonomy.ts';

const HOSTILE = join(import.meta.dirname, '..', 'fixtures', 'hostile');

async function readFixture(path: string): Promise<ContentFile> {
  return { path, bytes: new Uint8Array(await readFile(join(HOSTILE, path))) };
}

describe('an unclosed frontmatter whose post has a later ---', () => {
  it('is invalid YAML at the failing line, and the hint names the missing --- after line 1’s block', async () => {
    const catalog = buildCatalog({ files: [await readFixture('reviews/unclosed-frontmatter-later-dashes.md')] });
    expect(catalog.diagnostics.map(formatDiagnostic)).toEqual([
      'reviews/unclosed-frontmatter-later-dashes.md:7:1 error The frontmatter is not valid YAML: Implicit map keys need to be followed by map values. ' +
        'The frontmatter opened on line 1 is missing its closing --- after line 3, so the post is read as YAML down to the --- on line 9; add a line with --- after line 3. yaml-invalid',
    ]);
  });
});

describe('a YAML alias bomb in a curated file', () => {
  it('is a diagnostic with file and line; the file is ignored and the reviews still build', async () => {
    const catalog = buildCatalog(await loadContent(join(import.meta.dirname, '..', 'fixtures', 'curated-alias-bomb')));
    expect(catalog.diagnostics.map(formatDiagnostic)).toEqual([
      'taxonomy.yml:7:8 error taxonomy.yml repeats its YAML aliases (*name) into too many copies to read, the shape of an alias bomb. ' +
        'Write the values out instead of nesting aliases of aliases; the file is ignored until then. curated-alias-bomb',
    ]);
    expect(catalog.files.map((f) => `${f.file} ${f.status}`)).toEqual(['reviews/good-post.md ingested', 'taxonomy.yml curated']);
    expect(catalog.sessions.map((s) => s.title)).toEqual(['Kafka 운영 노하우']);
  });

  it('costs the search index nothing either (it reads the taxonomy too)', async () => {
    const input = await loadContent(join(import.meta.dirname, '..', 'fixtures', 'curated-alias-bomb'));
    expect(readTaxonomyTags(input)).toEqual([]);
  });
});
