/**
 * The catalog's lists built from the ordered sessions: the timeline (editions newest first,
 * undated ones last, then day, then the order talks were written up), reviews with the session
 * each heading opens, speakers, companies and tags with their counts.
 */
import { rememberReviewTemplate } from '../html/prerendered-html.ts';
import type { ReviewWork } from '../review.ts';
import type { Company, Day, Edition, Review, ReviewHeading, Session, SpeakerEntry, Tag } from '../schema.ts';
import type { SessionDraft } from '../talks/sessions.ts';
import type { EditionBuild, EditionsRead, ReviewDays } from './editions-build.ts';
import { compareMergeInputs } from './merge.ts';
import { dayIdOf, type SessionBuild } from './sessions-build.ts';
import type { TagMatcher } from './tags.ts';

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Sort the builds into timeline order; returns the editions in that order. */
export function orderTimeline(builds: SessionBuild[], editions: EditionsRead, primary: string | undefined): EditionBuild[] {
  const editionList = [...editions.editions.values()].sort(
    (a, b) => (b.year ?? -1) - (a.year ?? -1) || (a.series === primary ? -1 : b.series === primary ? 1 : a.series < b.series ? -1 : a.series > b.series ? 1 : 0),
  );
  const editionRank = new Map(editionList.map((e, i) => [e.id, i]));
  builds.sort((a, b) => editionRank.get(a.editionId)! - editionRank.get(b.editionId)! || (a.day ?? 1e9) - (b.day ?? 1e9) || compareMergeInputs(a.order, b.order));
  return editionList;
}

export function listEditions(editionList: EditionBuild[], builds: SessionBuild[]): Edition[] {
  return editionList.map((e) => {
    const byDay = new Map<string, Day>();
    for (const b of builds) {
      if (b.editionId !== e.id) continue;
      const dayId = dayIdOf(b.day);
      let day = byDay.get(dayId);
      if (!day) {
        day = { id: dayId, number: b.day, date: b.day === null ? null : (e.dayToDate.get(b.day) ?? null), sessionIds: [] };
        byDay.set(dayId, day);
      }
      day.sessionIds.push(b.session.id);
    }
    const days = [...byDay.values()].sort((a, b) => (a.number ?? 1e9) - (b.number ?? 1e9));
    const out: Edition = { id: e.id, series: e.series, name: e.name, year: e.year, days, reviewIds: e.works.map((w) => w.reviewId).sort() };
    if (e.venue) out.venue = e.venue;
    return out;
  });
}

export function listReviews(works: ReviewWork[], editions: EditionsRead, days: ReviewDays, sessionIdOf: Map<SessionDraft, string>): Review[] {
  const reviews = works.map((w) => {
    const e = editions.editionOf.get(w);
    const day = days.reviewDay(w);
    const openers = new Map<number, string>();
    for (const d of w.sessions) {
      const id = sessionIdOf.get(d);
      if (id) openers.set(d.heading.index, id);
    }
    const headings: ReviewHeading[] = w.outline.headings.map((h) => {
      const out: ReviewHeading = { line: h.line + w.bodyLine - 1, anchor: h.anchor };
      const sid = openers.get(h.index);
      if (sid) out.sessionId = sid;
      return out;
    });
    const review: Review = {
      id: w.reviewId,
      file: w.file,
      title: w.title,
      date: w.date,
      tags: w.tags,
      editionId: e ? e.id : null,
      dayId: e && day !== null ? dayIdOf(day) : null,
      sessionIds: [...new Set(w.sessions.map((d) => sessionIdOf.get(d)).filter((x): x is string => Boolean(x)))],
      body: w.body,
      bodyLine: w.bodyLine,
      headings,
    };
    if (w.author) review.author = w.author;
    if (w.description) review.description = w.description;
    if (w.url) review.url = w.url;
    rememberReviewTemplate(review, w.html.review);
    return review;
  });
  return reviews.sort(byId);
}

export function listSpeakers(sessions: Session[]): SpeakerEntry[] {
  const speakerMap = new Map<string, SpeakerEntry>();
  for (const s of sessions) {
    for (const sp of s.speakers) {
      let entry = speakerMap.get(sp.id);
      if (!entry) {
        entry = { ...sp, sessionIds: [] };
        speakerMap.set(sp.id, entry);
      } else {
        entry.handle ??= sp.handle;
        entry.company ??= sp.company;
        entry.role ??= sp.role;
        for (const k of ['handle', 'company', 'role'] as const) if (entry[k] === undefined) delete entry[k];
      }
      if (!entry.sessionIds.includes(s.id)) entry.sessionIds.push(s.id);
    }
  }
  return [...speakerMap.values()].sort(byId);
}

/** Most sessions first, then by id. */
function countBy<T>(sessions: Session[], pick: (s: Session) => string[], make: (id: string, sessionCount: number) => T & { id: string; sessionCount: number }): T[] {
  const counts = new Map<string, number>();
  for (const s of sessions) for (const id of pick(s)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts].map(([id, n]) => make(id, n)).sort((a, b) => b.sessionCount - a.sessionCount || (a.id < b.id ? -1 : 1));
}

/** `englishNames`: the curated English names by id (companies.yml `name_en`). */
export function listCompanies(sessions: Session[], companyNames: Map<string, string>, englishNames: ReadonlyMap<string, string>): Company[] {
  return countBy(sessions, (s) => s.companies, (id, sessionCount) => {
    const nameEn = englishNames.get(id);
    return { id, name: companyNames.get(id) ?? id, ...(nameEn ? { nameEn } : {}), sessionCount };
  });
}

export function listTags(sessions: Session[], tags: TagMatcher): Tag[] {
  return countBy(sessions, (s) => s.tags, (id, sessionCount) => {
    const labelEn = tags.labelEnOf(id);
    return { id, label: tags.labelOf(id), ...(labelEn ? { labelEn } : {}), sessionCount };
  });
}
