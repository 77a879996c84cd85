/**
 * Reading the dates bloggers write. Frontmatter dates come from Jekyll (`2018-09-04 22:38:50`),
 * Hexo/Hugo (`2024-10-26 10:32:15 +0900`, ISO with `T`), hand-written (`2019.08.30 12:00:00`)
 * and Korean prose (`2024년 10월 24일`). We keep the calendar date as written: converting
 * `+0900` to UTC would move late-evening Korean posts to the previous day.
 */

function isValidDate(y: number, m: number, d: number): boolean {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= days[m - 1]!;
}

function toIso(y: number, m: number, d: number): string | null {
  if (!isValidDate(y, m, d)) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

// A date, then optionally a time and a zone. Separators `-`, `.` or `/` (one kind per date).
// The time of day is captured only to be checked: `25:61` means the whole date is mistyped.
const FRONTMATTER_DATE =
  /^(\d{4})([-./])(\d{1,2})\2(\d{1,2})\.?(?:[T ]\s*(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2}|[A-Z]{2,4})?)?$/;
const KOREAN_DATE = /^(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일/;

/** Parse a frontmatter date value into `YYYY-MM-DD`, or null when it cannot be read. */
export function parseDate(value: string): string | null {
  const v = value.trim();
  const m = FRONTMATTER_DATE.exec(v);
  if (m) {
    const [hour, minute, second] = [m[5], m[6], m[7]].map((part) => Number(part ?? 0));
    if (hour! > 23 || minute! > 59 || second! > 59) return null;
    return toIso(Number(m[1]), Number(m[3]), Number(m[4]));
  }
  const k = KOREAN_DATE.exec(v);
  if (k) return toIso(Number(k[1]), Number(k[2]), Number(k[3]));
  return null;
}

/** Jekyll-style file names start with the date: `2024-10-24-if-kakao.md`. */
export function parseFileNameDate(baseName: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[-_]|$)/.exec(baseName);
  return m ? toIso(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** Every full date written in prose (`2024년 10월 24일`, `2024.10.24`, `2024-10-24`). */
export function findDatesInText(text: string): string[] {
  const out: string[] = [];
  const re = /(\d{4})\s*(?:년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일|([-./])(\d{1,2})\4(\d{1,2}))/g;
  for (const m of text.matchAll(re)) {
    const iso = m[2] ? toIso(Number(m[1]), Number(m[2]), Number(m[3])) : toIso(Number(m[1]), Number(m[5]), Number(m[6]));
    if (iso && !out.includes(iso)) out.push(iso);
  }
  return out;
}
