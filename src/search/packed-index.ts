/**
 * MiniSearch's own serialisation, packed small enough to ship for tens of thousands of sessions,
 * and unpacked back into exactly what `MiniSearch.loadJS` reads, so MiniSearch still does the
 * matching and the ranking.
 *
 * MiniSearch writes `{ term: { field: { doc: count } } }`: every posting costs a quoted document
 * id and a count, about ten bytes. Here a term's postings in one field are its document ids in
 * increasing order, written as the gaps between them in a base-64 variable-length code, so a
 * posting mostly costs one character. Counts are almost always 1 (notes count each term once, see
 * tokenizeNotes), so only the others are written. Document ids are the positions in
 * `SearchIndexFile.docs` and field ids the positions in SEARCH_FIELDS, so neither table is stored.
 */
import type { AsPlainObject } from 'minisearch';
import { SEARCH_FIELDS, type SearchField } from './index-file.ts';

export interface PackedIndex {
  documentCount: number;
  /** Terms, in the order of `postings`. */
  terms: string[];
  /**
   * Per term, one group per field that has it: the field's position in SEARCH_FIELDS as one digit
   * (there are fewer than ten fields), then a number per document (gap to the previous one, minus
   * one), each followed by `.` and its count where the count is not 1. Groups are separated by
   * spaces.
   */
  postings: string[];
  /** The number of terms in each field of each document, document after document. */
  fieldLengths: string;
  averageFieldLength: number[];
}

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** Characters 0–31 end a number, 32–63 carry five more bits of it. */
const MORE = 32;
const COUNT_MARK = '.';
const GROUP_SEPARATOR = ' ';
/** Char code → digit value, -1 for anything else: a table, since unpacking reads millions. */
const DIGIT_VALUE = new Int8Array(128).fill(-1);
[...DIGITS].forEach((char, value) => (DIGIT_VALUE[char.charCodeAt(0)] = value));

export function writeNumber(value: number): string {
  let out = '';
  let rest = value;
  do {
    const low = rest % MORE;
    rest = Math.floor(rest / MORE);
    out += DIGITS[rest > 0 ? low + MORE : low];
  } while (rest > 0);
  return out;
}

/** Reads numbers out of a packed string one after another. */
class NumberReader {
  at = 0;
  constructor(readonly text: string) {}

  done(): boolean {
    return this.at >= this.text.length;
  }

  peek(): string {
    return this.text[this.at]!;
  }

  read(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      const digit = DIGIT_VALUE[this.text.charCodeAt(this.at++)] ?? -1;
      if (digit < 0) throw new Error(`Packed search index: unexpected ${JSON.stringify(this.text[this.at - 1])} at ${this.at - 1}.`);
      value += (digit % MORE) * scale;
      if (digit < MORE) return value;
      scale *= MORE;
    }
  }
}

/** MiniSearch's output → packed. Throws if the index does not use positions as ids. */
export function packIndex(plain: AsPlainObject): PackedIndex {
  SEARCH_FIELDS.forEach((field, position) => {
    if (plain.fieldIds[field] !== position) throw new Error(`Field ${field} has id ${plain.fieldIds[field]}, not ${position}.`);
  });
  for (const [shortId, id] of Object.entries(plain.documentIds)) {
    if (Number(shortId) !== id) throw new Error(`Document ${String(id)} has short id ${shortId}: index documents by position.`);
  }
  const terms: string[] = [];
  const postings: string[] = [];
  for (const [term, fields] of plain.index) {
    const groups: string[] = [];
    for (const [fieldId, counts] of Object.entries(fields)) {
      const docs = Object.keys(counts)
        .map(Number)
        .sort((a, b) => a - b);
      let group = fieldId;
      let previous = -1;
      for (const doc of docs) {
        group += writeNumber(doc - previous - 1);
        previous = doc;
        const count = counts[doc]!;
        if (count !== 1) group += COUNT_MARK + writeNumber(count);
      }
      groups.push(group);
    }
    terms.push(term);
    postings.push(groups.join(GROUP_SEPARATOR));
  }
  let fieldLengths = '';
  for (let doc = 0; doc < plain.documentCount; doc++) {
    const lengths = plain.fieldLength[doc];
    if (!lengths) throw new Error(`Document ${doc} has no field lengths.`);
    for (const length of lengths) fieldLengths += writeNumber(length);
  }
  return { documentCount: plain.documentCount, terms, postings, fieldLengths, averageFieldLength: plain.averageFieldLength };
}

/** Packed → what `MiniSearch.loadJS` reads. */
export function unpackIndex(packed: PackedIndex): AsPlainObject {
  const { documentCount } = packed;
  const documentIds: Record<string, number> = {};
  const fieldLength: Record<string, number[]> = {};
  const lengths = new NumberReader(packed.fieldLengths);
  for (let doc = 0; doc < documentCount; doc++) {
    documentIds[doc] = doc;
    fieldLength[doc] = SEARCH_FIELDS.map(() => lengths.read());
  }
  const index: AsPlainObject['index'] = packed.terms.map((term, t) => {
    const fields: Record<string, Record<string, number>> = {};
    for (const group of packed.postings[t]!.split(GROUP_SEPARATOR)) {
      const counts: Record<string, number> = {};
      const reader = new NumberReader(group);
      reader.at = 1;
      let doc = -1;
      while (!reader.done()) {
        doc += reader.read() + 1;
        let count = 1;
        if (!reader.done() && reader.peek() === COUNT_MARK) {
          reader.at++;
          count = reader.read();
        }
        counts[doc] = count;
      }
      fields[group[0]!] = counts;
    }
    return [term, fields];
  });
  return {
    documentCount,
    nextId: documentCount,
    documentIds,
    fieldIds: Object.fromEntries(SEARCH_FIELDS.map((field, position) => [field, position])),
    fieldLength,
    averageFieldLength: packed.averageFieldLength,
    storedFields: {},
    dirtCount: 0,
    index,
    serializationVersion: 2,
  };
}

/** The terms that have postings in one field, read without unpacking anything. */
export function findTermsInField(packed: PackedIndex, field: SearchField): Set<string> {
  const digit = String(SEARCH_FIELDS.indexOf(field));
  const terms = new Set<string>();
  packed.postings.forEach((groups, t) => {
    if (groups.split(GROUP_SEPARATOR).some((group) => group[0] === digit)) terms.add(packed.terms[t]!);
  });
  return terms;
}
