/**
 * Text → search terms, the same way for the index and for queries.
 *
 * Korean has no spaces between a noun and its particles (`카프카를`, `샤딩을`) and no stemmer we
 * could ship, so Hangul runs become overlapping character bigrams: `카프카` → 카프, 프카. Any two
 * syllables of a word then find it, which is what makes `샤딩` find `…DB 샤딩 적용` and `카프`
 * find `카프카`. The last syllable of each run is also kept on its own, so a one-syllable query
 * (looked up as a prefix) can reach every syllable. Latin letters and digits stay whole words,
 * case-folded; queries look them up as prefixes (`kube` → `kubernetes`).
 *
 * Everything is NFC first: macOS and some blog engines hand us decomposed Hangul (NFD), and a
 * decomposed `샤딩` shares no code point with a composed one.
 */

/** A Hangul run, or a run of other letters and digits. */
const RUN = /(\p{Script=Hangul}+)|((?:(?!\p{Script=Hangul})[\p{L}\p{N}])+)/gu;

/** NFC and case-folded; the same length as the input for everything we index. */
export function foldText(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

export interface Run {
  text: string;
  hangul: boolean;
}

/** Letter/digit runs of a folded text, Hangul and the rest kept apart (`mysql로` → mysql, 로). */
export function splitRuns(folded: string): Run[] {
  const runs: Run[] = [];
  for (const match of folded.matchAll(RUN)) {
    if (match[1]) runs.push({ text: match[1], hangul: true });
    else if (match[2]) runs.push({ text: match[2], hangul: false });
  }
  return runs;
}

/** `카프카` → 카프, 프카, 카; `빌` → 빌. */
export function hangulTerms(run: string): string[] {
  const chars = [...run];
  if (chars.length === 1) return chars;
  const terms: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) terms.push(chars[i]! + chars[i + 1]!);
  terms.push(chars.at(-1)!);
  return terms;
}

/** Terms a document's text is indexed under. */
export function tokenizeForIndex(text: string): string[] {
  const terms: string[] = [];
  for (const run of splitRuns(foldText(text))) {
    if (run.hangul) terms.push(...hangulTerms(run.text));
    else terms.push(run.text);
  }
  return terms;
}

/**
 * Terms a session's notes are indexed under: the bigrams and Latin words, each once. No
 * run-final syllables: in notes those are mostly particles (는, 를, 로) found in nearly every
 * session, and one-syllable queries look only at titles, people, companies and tags (see
 * query.ts). Once per session, because the notes are a short excerpt where a repeated word says
 * little, and a count of one per term keeps the index small (see packed-index.ts).
 */
export function tokenizeNotes(text: string): string[] {
  const terms = new Set<string>();
  for (const run of splitRuns(foldText(text))) {
    if (!run.hangul) terms.add(run.text);
    else if (run.text.length > 1) for (const term of hangulTerms(run.text).slice(0, -1)) terms.add(term);
  }
  return [...terms];
}

/**
 * Terms one query word must all match. A Hangul word needs its bigrams (a one-syllable word is
 * looked up as a prefix instead, see `isPrefixTerm`); a Latin word is itself.
 */
export function tokenizeQueryWord(word: string): string[] {
  const terms: string[] = [];
  for (const run of splitRuns(foldText(word))) {
    if (!run.hangul) terms.push(run.text);
    else {
      const chars = [...run.text];
      if (chars.length === 1) terms.push(run.text);
      else for (let i = 0; i + 1 < chars.length; i++) terms.push(chars[i]! + chars[i + 1]!);
    }
  }
  return terms;
}

const HANGUL = /^\p{Script=Hangul}$/u;

/** A single Hangul syllable (`카`): the notes are not indexed under these (see tokenizeNotes). */
export function isSyllable(term: string): boolean {
  return term.length === 1 && HANGUL.test(term);
}

/**
 * Whether a query term is looked up as a prefix: Latin words (so a half-typed word matches) and
 * single syllables (which then match every bigram starting with them). Bigrams are exact.
 */
export function isPrefixTerm(term: string): boolean {
  const chars = [...term];
  if (chars.length === 1) return true;
  return !HANGUL.test(chars[0]!);
}

/** The words of a query, in order, without duplicates: whitespace and punctuation split them. */
export function splitQuery(query: string): string[] {
  const words = foldText(query)
    .split(/[^\p{L}\p{N}+#]+/u)
    .filter((word) => splitRuns(word).length > 0);
  return [...new Set(words)];
}

/** Case, spaces and punctuation do not tell two spellings of a topic apart (`Kafka Streams`). */
export function compactKey(text: string): string {
  return foldText(text).replace(/[^\p{L}\p{N}+#]+/gu, '');
}
