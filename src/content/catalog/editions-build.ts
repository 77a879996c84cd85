/**
 * Editions from the reviews that name them, with the facts the curated file gives, and the day
 * each review and talk is on. A stated day (`Day 2`) or attended date (`참여 날짜: …`) is strong
 * evidence; the publish date is weak (003 is dated the day after the day it covers), so it names
 * the day but never keeps two write-ups apart.
 */
import { createEditionId, type SeriesRecognizer } from '../edition/editions.ts';
import type { ReviewWork } from '../review.ts';
import type { CuratedData } from './curated.ts';

export interface EditionBuild {
  id: string;
  series: string;
  year: number | null;
  name: string;
  venue?: string;
  dateToDay: Map<string, number>;
  dayToDate: Map<number, string>;
  /** How many days the curated file says the event had, when it says. */
  dayCount?: number;
  works: ReviewWork[];
}

export interface EditionsRead {
  editions: Map<string, EditionBuild>;
  editionOf: Map<ReviewWork, EditionBuild>;
}

export function buildEditions(works: ReviewWork[], curated: CuratedData, recognizers: SeriesRecognizer[]): EditionsRead {
  const editions = new Map<string, EditionBuild>();
  const editionOf = new Map<ReviewWork, EditionBuild>();
  for (const w of works) {
    const id = createEditionId(w.edition.seriesId, w.edition.year, curated.editions.primary);
    let e = editions.get(id);
    if (!e) {
      e = createEditionBuild(id, w, curated, recognizers);
      editions.set(id, e);
    }
    e.works.push(w);
    editionOf.set(w, e);
  }
  for (const e of editions.values()) tieStatedDates(e);
  return { editions, editionOf };
}

function createEditionBuild(id: string, w: ReviewWork, curated: CuratedData, recognizers: SeriesRecognizer[]): EditionBuild {
  const { seriesId, seriesName, year } = w.edition;
  const facts = curated.editions.series.find((s) => s.id === seriesId)?.editions.find((x) => x.year === year);
  const recognizer = recognizers.find((r) => r.id === seriesId);
  const e: EditionBuild = {
    id,
    series: seriesId,
    year,
    name: facts?.name ?? (year === null ? seriesName : `${recognizer?.name ?? seriesName} ${year}`),
    dateToDay: new Map(),
    dayToDate: new Map(),
    works: [],
  };
  if (facts?.venue) e.venue = facts.venue;
  facts?.days.forEach((d, i) => {
    if (d === null) return;
    e.dateToDay.set(d, i + 1);
    e.dayToDate.set(i + 1, d);
  });
  if (facts) e.dayCount = facts.days.length;
  return e;
}

/**
 * A post that states its day and the date it attended ties that date to that day for the whole
 * edition (001: "2024년 10월 24일 (day 3)"), unless the curated file already says.
 */
function tieStatedDates(e: EditionBuild): void {
  for (const w of e.works) {
    if (w.statedDay === null || !w.attendedDate) continue;
    if (!e.dateToDay.has(w.attendedDate) && !e.dayToDate.has(w.statedDay)) {
      e.dateToDay.set(w.attendedDate, w.statedDay);
      e.dayToDate.set(w.statedDay, w.attendedDate);
    }
  }
}

export interface ReviewDays {
  /** The day a review is about: strong evidence, else its publish date's day. */
  reviewDay(w: ReviewWork): number | null;
  /** Strong evidence only, which may keep two write-ups of one title apart. */
  strongDay(w: ReviewWork): number | null;
  /** The day a review's talks are on: its day, or the only day of a one-day event. */
  sessionDay(w: ReviewWork): number | null;
}

export function readReviewDays(works: ReviewWork[], { editionOf }: EditionsRead): ReviewDays {
  const isOneDay = (e: EditionBuild) => e.dayCount === 1;
  const review = new Map<ReviewWork, number | null>();
  const strong = new Map<ReviewWork, number | null>();
  for (const w of works) {
    const e = editionOf.get(w);
    let stated = w.statedDay;
    if (stated === null && e && w.attendedDate) stated = e.dateToDay.get(w.attendedDate) ?? null;
    // A one-day event has no day to tell: its post numbers none (002), though its talks are
    // all on that day (sessionDay).
    const weak = stated === null && e && w.date && !isOneDay(e) ? (e.dateToDay.get(w.date) ?? null) : null;
    strong.set(w, stated);
    review.set(w, stated ?? weak);
  }
  return {
    reviewDay: (w) => review.get(w) ?? null,
    strongDay: (w) => strong.get(w) ?? null,
    sessionDay(w) {
      const e = editionOf.get(w);
      return review.get(w) ?? (e && isOneDay(e) ? 1 : null);
    },
  };
}
