import { describe, expect, it } from 'vitest';
import { decodeText, detectBinary, findInvalidUtf8 } from '../../src/content/read/decode.ts';
import { formatDiagnostic } from '../../src/content/diagnostics.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: (Uint8Array | number[])[]) => new Uint8Array(parts.flatMap((p) => [...p]));

describe('decodeText', () => {
  it.each([
    ['LF stays', utf8('a\nb'), 'a\nb'],
    ['CRLF becomes LF', utf8('a\r\nb\r\n'), 'a\nb\n'],
    ['lone CR becomes LF', utf8('a\rb'), 'a\nb'],
    ['BOM is dropped', concat([0xef, 0xbb, 0xbf], utf8('# 제목')), '# 제목'],
    ['NFD Hangul becomes NFC', utf8('카카오'.normalize('NFD')), '카카오'],
  ])('%s', (_name, bytes, expected) => {
    const r = decodeText('x.md', bytes);
    expect(r.ok && r.text).toBe(expected);
  });

  it('maps columns of NFD lines back to the file as written', () => {
    const line = `${'세션'.normalize('NFD')} (홍길동)`;
    const r = decodeText('x.md', utf8(`first\n${line}`));
    if (!r.ok) throw new Error('expected text');
    // "(" is column 4 in NFC ("세션 (") and column 6 in the NFD file (세 and 션 are 2 code units each… in NFD 2+3).
    const nfcCol = r.text.split('\n')[1]!.indexOf('(') + 1;
    const original = r.lineMap.toOriginal(2, nfcCol);
    expect(original).toEqual({ line: 2, column: line.indexOf('(') + 1 });
    expect(r.lineMap.toOriginal(1, 3)).toEqual({ line: 1, column: 3 });
  });

  it.each([
    ['empty.md', new Uint8Array(), 'empty.md:1:1 error The file is empty. Write the post or delete the file. empty-file'],
    ['blank.md', utf8(' \n\n\t\n'), 'blank.md:1:1 error The file is empty. Write the post or delete the file. empty-file'],
    ['bom-only.md', new Uint8Array([0xef, 0xbb, 0xbf]), 'bom-only.md:1:1 error The file is empty. Write the post or delete the file. empty-file'],
    [
      'binary.png.md',
      concat([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], [0, 0, 0, 13]),
      'binary.png.md:1:1 error The file is a PNG image, not a text post. Move it out of the content folder or give it a non-review extension. binary-file',
    ],
    ['utf16.md', new Uint8Array([0xff, 0xfe, 0x23, 0x00, 0x20, 0x00]), 'utf16.md:1:1 error The file is saved as UTF-16, not UTF-8. Save the file as UTF-8. invalid-utf8'],
    [
      'nul.md',
      utf8('abc\u0000def'),
      'nul.md:1:1 error The file is a binary file, not a text post. Move it out of the content folder or give it a non-review extension. binary-file',
    ],
    [
      'invalid-utf8.md',
      concat(utf8('---\ntitle: 후기\n---\n\n본문 '), [0xc7, 0xd1], utf8(' 끝\n')),
      'invalid-utf8.md:5:4 error Byte 0xc7 at offset 30 is not valid UTF-8. Save the file as UTF-8 (Korean posts are sometimes saved as EUC-KR/CP949). invalid-utf8',
    ],
  ])('rejects %s', (file, bytes, message) => {
    const r = decodeText(file, bytes);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(formatDiagnostic(r.diagnostic)).toBe(message);
  });
});

describe('findInvalidUtf8', () => {
  it.each([
    [[0x61, 0x62], -1],
    [[...utf8('한')], -1],
    [[0xff], 0],
    [[0x61, 0xc0, 0x80], 1], // overlong
    [[0xed, 0xa0, 0x80], 0], // surrogate
    [[0x61, 0xe4, 0xbd], 1], // truncated
    [[0xf0, 0x9f, 0x98, 0x80], -1], // emoji
  ])('%j → %i', (bytes, expected) => {
    expect(findInvalidUtf8(new Uint8Array(bytes))).toBe(expected);
  });
});

describe('detectBinary', () => {
  it.each([
    [[0xff, 0xd8, 0xff, 0xe0], 'JPEG image'],
    [[0x25, 0x50, 0x44, 0x46], 'PDF document'],
    [[...utf8('# hello')], null],
  ])('%j → %s', (bytes, expected) => {
    expect(detectBinary(new Uint8Array(bytes))).toBe(expected);
  });
});
