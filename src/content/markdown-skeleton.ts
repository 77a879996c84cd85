/**
 * A shorter copy of a post body that micromark's block pass reads into the same root-level
 * blocks, for markdown-blocks.ts. Reading every character of every post with micromark was most
 * of the pipeline's cost, and block structure depends on little of it: CommonMark decides blocks
 * from a line's opening (indentation, `>` and list markers, `#`, fences, `<`, `|`…), from whether
 * it is blank, and from a few whole-line shapes. So, and only where that provably changes
 * nothing micromark decides:
 *
 * - A line is cut to its opening up to and including the first letter, plus its last non-space
 *   character and trailing whitespace. Everything that opens a block is in the kept part; a
 *   letter stays, so neither copy is blank, a thematic break, a setext underline, a fence closer
 *   or a table delimiter row; and a block that ends in the line ends the same distance from its
 *   end. `#` (closing sequences) and `\` (escapes) are never dropped from the middle.
 * - In a run of three or more "prose" lines with the same opening (only indentation and
 *   markers, then a letter or digit), the lines between the first and the last are dropped:
 *   such a line continues whatever the one before it opened (the same paragraph, list, quote or
 *   code block) and leaves the parser as it found it, so no root-level block starts or ends there.
 * - Lines with `<`, `>`, `|`, backticks, `~`, tabs or CR stay whole (HTML block start and end
 *   conditions, tables, fences and tab stops look inside the line), and so do all lines from one
 *   opening with `[` to the next blank line: a link or footnote definition's label and title may
 *   run over lines.
 *
 * Kept lines keep their order and their opening columns, so every position maps back through the
 * line it is on: before the cut by column, after it by distance from the line end.
 * test/content/markdown-skeleton.test.ts compares the blocks with the full mdast on tricky
 * shapes, every real post and fixture, and a generated corpus.
 */

/** Characters kept before the trailing whitespace of a cut line. */
const SUFFIX_CHARS = 1;
/** Cut only when at least this much goes. */
const MIN_CUT = 4;

/** Anywhere in a line, these keep it whole. */
const KEEP_LINE = /[<>|`~\t\r]/;
/** In the part that would be cut, these keep the line whole (closing `#`s, escapes). */
const KEEP_MIDDLE = /[#\\]/;

export interface Skeleton {
  /** The shortened body micromark reads. */
  text: string;
  /** Body offset of a skeleton offset. */
  toBody(offset: number): number;
  /** 1-based body line of a skeleton offset. */
  lineOf(offset: number): number;
  /**
   * Whether a block may start at this skeleton offset: not past the cut point of a cut line
   * (where columns no longer match). Block starts never are; if one were, the caller falls back.
   */
  isStartKept(offset: number): boolean;
}

/** Offset after the indentation, `>` and list markers that open the line at `from`. */
function skipMarkers(s: string, from: number, to: number): number {
  let i = from;
  for (;;) {
    while (i < to && s.charCodeAt(i) === 32) i++;
    const c = s.charCodeAt(i);
    if (c === 62 /* > */) {
      i++;
      continue;
    }
    if ((c === 45 || c === 43 || c === 42) /* - + * */ && (i + 1 >= to || s.charCodeAt(i + 1) === 32)) {
      i++;
      continue;
    }
    if (c >= 48 && c <= 57) {
      let j = i;
      while (j < to && j - i < 9 && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
      const d = s.charCodeAt(j);
      if ((d === 46 || d === 41) /* . ) */ && (j + 1 >= to || s.charCodeAt(j + 1) === 32)) {
        i = j + 1;
        continue;
      }
    }
    return i;
  }
}

const LETTER = /\p{L}/u;

function isLetter(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122;
  // Hangul syllables, the bulk of the posts, without a RegExp.
  if (c >= 0xac00 && c <= 0xd7a3) return true;
  return LETTER.test(String.fromCodePoint(s.codePointAt(i)!));
}

function isLetterOrDigit(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return (c >= 48 && c <= 57) || isLetter(s, i);
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isBlank(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** The skeleton of `body`, or null when it would not be shorter. */
export function buildSkeleton(body: string): Skeleton | null {
  // Pass 1: each line, and whether it is prose: markers, then at once a letter or digit.
  const starts: number[] = [];
  const ends: number[] = [];
  const content: number[] = [];
  const prose: boolean[] = [];
  const whole: boolean[] = [];
  let inDefinition = false;
  for (let lineStart = 0; lineStart <= body.length; ) {
    let lineEnd = body.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = body.length;
    const at = skipMarkers(body, lineStart, lineEnd);
    if (body.charCodeAt(at) === 91 /* [ */) inDefinition = true;
    else if (inDefinition && isBlank(body, lineStart, lineEnd)) inDefinition = false;
    const keepWhole = inDefinition || KEEP_LINE.test(body.slice(lineStart, lineEnd));
    starts.push(lineStart);
    ends.push(lineEnd);
    content.push(at);
    whole.push(keepWhole);
    prose.push(!keepWhole && at < lineEnd && isLetterOrDigit(body, at));
    lineStart = lineEnd + 1;
  }
  const lineCount = starts.length;
  // Pass 2: within a run of prose lines opened by the same markers, only the first and the last
  // count; the ones between are dropped.
  const sameOpening = (a: number, b: number) =>
    content[a]! - starts[a]! === content[b]! - starts[b]! && body.startsWith(body.slice(starts[a]!, content[a]!), starts[b]!);
  const dropped: boolean[] = new Array<boolean>(lineCount).fill(false);
  let droppedAny = false;
  for (let i = 1; i + 1 < lineCount; i++) {
    if (prose[i - 1] && prose[i] && prose[i + 1] && sameOpening(i - 1, i) && sameOpening(i, i + 1)) {
      dropped[i] = true;
      droppedAny = true;
    }
  }

  // Pass 3: copy the kept lines, cut where it is safe, and note where each one came from.
  const parts: string[] = [];
  const skeletonStarts: number[] = [];
  const cutPoints: number[] = [];
  const skeletonEnds: number[] = [];
  const bodyStarts: number[] = [];
  const bodyEnds: number[] = [];
  const bodyLines: number[] = [];
  let length = 0;
  let cutAny = false;
  for (let i = 0; i < lineCount; i++) {
    if (dropped[i]) continue;
    const lineStart = starts[i]!;
    const lineEnd = ends[i]!;
    let cutAt = -1;
    let resumeAt = lineEnd;
    if (!whole[i] && lineEnd - lineStart > MIN_CUT + SUFFIX_CHARS) {
      // Cut after the first letter past the markers: everything that opens the line (`#`,
      // fences, `<`, `1.`…) stays, and the kept part cannot read as blank or a break.
      let at = content[i]!;
      while (at < lineEnd && !isLetter(body, at)) at++;
      at += isHighSurrogate(body.charCodeAt(at)) ? 2 : 1;
      let last = lineEnd - 1;
      while (last > lineStart && (body.charCodeAt(last) === 32 || body.charCodeAt(last) === 9)) last--;
      let resume = last + 1 - SUFFIX_CHARS;
      if (isHighSurrogate(body.charCodeAt(resume - 1))) resume--;
      if (resume - at >= MIN_CUT && !KEEP_MIDDLE.test(body.slice(at, resume))) {
        cutAt = at;
        resumeAt = resume;
      }
    }
    skeletonStarts.push(length);
    bodyStarts.push(lineStart);
    bodyEnds.push(lineEnd);
    bodyLines.push(i + 1);
    const tail = i + 1 < lineCount ? '\n' : '';
    if (cutAt === -1) {
      parts.push(body.slice(lineStart, lineEnd) + tail);
      cutPoints.push(-1);
      skeletonEnds.push(length + lineEnd - lineStart);
    } else {
      cutAny = true;
      parts.push(body.slice(lineStart, cutAt) + body.slice(resumeAt, lineEnd) + tail);
      cutPoints.push(length + cutAt - lineStart);
      skeletonEnds.push(length + (cutAt - lineStart) + (lineEnd - resumeAt));
    }
    length = skeletonEnds[skeletonEnds.length - 1]! + tail.length;
  }
  if (!cutAny && !droppedAny) return null;

  /** Index of the kept line holding skeleton offset `offset` (a line end belongs to its line). */
  const lineIndex = (offset: number): number => {
    let lo = 0;
    let hi = skeletonStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (skeletonStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return {
    text: parts.join(''),
    toBody(offset) {
      const k = lineIndex(offset);
      const cut = cutPoints[k]!;
      if (cut === -1 || offset < cut) return bodyStarts[k]! + (offset - skeletonStarts[k]!);
      return bodyEnds[k]! - (skeletonEnds[k]! - offset);
    },
    lineOf(offset) {
      return bodyLines[lineIndex(offset)]!;
    },
    isStartKept(offset) {
      const cut = cutPoints[lineIndex(offset)]!;
      return cut === -1 || offset < cut;
    },
  };
}
