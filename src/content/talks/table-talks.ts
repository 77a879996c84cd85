/**
 * Talks listed in a table (`| 제목 | 발표자 | 내용 |`): a post that keeps its notes as a table of
 * the talks it heard. The header says which column is the title (and the speakers, company and
 * notes); each row with a title is a talk, its notes the row's notes cell.
 */
import { toString } from 'mdast-util-to-string';
import type { Table } from 'mdast';
import type { Outline } from '../outline.ts';
import { readPoliteNames, type SpeakerDraft } from '../people/speakers.ts';
import { stripNumbering } from './heading-words.ts';
import { addVirtualHeading } from './other-talks.ts';
import type { SessionDraft } from './session-draft.ts';

const TITLE_COLUMN = /^(?:제목|세션|세션명|발표|발표\s*제목|강연|주제|title|session|talk|topic)$/i;
/**
 * A title column's name anywhere in a line: a table whose header line has none has no title
 * column, and is passed over before its mdast is built (a table can be thousands of rows).
 */
const TITLE_WORD = new RegExp(TITLE_COLUMN.source.slice(1, -1), 'i');
const SPEAKER_COLUMN = /^(?:발표자|연사|스피커|이름|speakers?|presenters?|by)$/i;
const COMPANY_COLUMN = /^(?:회사|소속|company|affiliation|org(?:anization)?)$/i;
const NOTES_COLUMN = /^(?:내용|요약|메모|노트|후기|느낀\s*점|소감|notes?|summary|memo|comments?)$/i;

interface Columns {
  title: number;
  speaker: number;
  company: number;
  notes: number;
}

function readColumns(table: Table): Columns | null {
  const header = table.children[0]?.children.map((c) => toString(c).trim()) ?? [];
  const find = (re: RegExp) => header.findIndex((h) => re.test(h));
  const columns = { title: find(TITLE_COLUMN), speaker: find(SPEAKER_COLUMN), company: find(COMPANY_COLUMN), notes: find(NOTES_COLUMN) };
  return columns.title >= 0 ? columns : null;
}

/** `홍길동, 김철수`, `Jane Doe / John Roe`, `홍길동님`: the names of a speaker cell, as written. */
function readSpeakerCell(text: string, company: string): SpeakerDraft[] {
  const names = readPoliteNames(text) ?? text.split(/\s*(?:,|，|\/|·|&)\s*/).filter((n) => n && n.length <= 40).map((name) => ({ name }));
  return names.map((n) => (company ? { ...n, company } : n));
}

/** The talks of every table whose header names a title column, in document order. */
export function findTableTalks(outline: Outline, body: string): SessionDraft[] {
  const { blocks } = outline;
  const out: SessionDraft[] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (blocks.blocks[i]!.type !== 'table') continue;
    const [header = ''] = blocks.source(i).split('\n', 1);
    if (!TITLE_WORD.test(header)) continue;
    const table = blocks.node(i);
    if (table.type !== 'table') continue;
    const columns = readColumns(table);
    if (!columns) continue;
    for (const row of table.children.slice(1)) {
      const cell = (k: number) => (k >= 0 && row.children[k] ? toString(row.children[k]!).trim() : '');
      const title = stripNumbering(cell(columns.title));
      if (!title || !row.position) continue;
      // The notes as written (emphasis, links), from the source of its cell.
      const notesCell = columns.notes >= 0 ? row.children[columns.notes] : undefined;
      const notes = notesCell?.position ? body.slice(notesCell.position.start.offset, notesCell.position.end.offset).replace(/^\s*\|?\s*|\s*\|?\s*$/g, '') : '';
      const block = blocks.blocks[i]!;
      const index = addVirtualHeading(outline, i, title, i + 1, block.end, row.position.start.line);
      out.push({
        heading: outline.headings[index]!,
        title,
        kind: 'talk',
        speakers: cell(columns.speaker) ? readSpeakerCell(cell(columns.speaker), cell(columns.company)) : [],
        companies: !cell(columns.speaker) && cell(columns.company) ? [cell(columns.company)] : [],
        links: [],
        // The notes cell alone, rendered from its text (no block of the post is only this row).
        markdown: notes,
        start: block.start,
        end: block.start,
        empty: notes === '',
        day: null,
      });
    }
  }
  return out;
}
