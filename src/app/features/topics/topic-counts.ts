import type { Edition, IndexFile } from '../../../content/schema.ts';
import { tagLabel } from '../../data/labels.ts';

export interface TopicRow {
  tagId: string;
  label: string;
  /** Sessions with the tag, per edition, in the order of `editions`. */
  counts: number[];
  total: number;
}

/**
 * Sessions per tag and edition. Editions oldest first (a trend reads left to right), tags by
 * total, most first; a tag no session carries is left out.
 */
export function countTopics(index: IndexFile, lang = 'ko'): { editions: Edition[]; rows: TopicRow[]; max: number } {
  const editions = [...index.editions].sort((a, b) => (a.year ?? -1) - (b.year ?? -1));
  const column = new Map(editions.map((edition, i) => [edition.id, i]));
  const rows = new Map(index.tags.map((tag) => [tag.id, { tagId: tag.id, label: tagLabel(tag, lang), counts: editions.map(() => 0), total: 0 }]));
  for (const session of index.sessions) {
    const i = column.get(session.editionId);
    if (i === undefined) continue;
    for (const tagId of session.tags) {
      const row = rows.get(tagId);
      if (!row) continue;
      row.counts[i]! += 1;
      row.total += 1;
    }
  }
  const sorted = [...rows.values()].filter((row) => row.total > 0).sort((a, b) => b.total - a.total);
  const max = Math.max(1, ...sorted.flatMap((row) => row.counts));
  return { editions, rows: sorted, max };
}
