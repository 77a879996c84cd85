/**
 * What `npm run content` prints for people: per review its edition, day and sessions with
 * speakers, then every merge of write-ups whose titles differ, then the diagnostics, then one
 * line counting files by status.
 */
import { formatDiagnostic } from '../diagnostics.ts';
import type { Catalog, Session } from '../schema.ts';

export interface CatalogCounts {
  ingested: number;
  warnings: number;
  rejected: number;
  curated: number;
  errors: number;
  warningDiagnostics: number;
  sessions: number;
  writeUps: number;
}

export function countCatalog(catalog: Catalog): CatalogCounts {
  const byStatus = (s: string) => catalog.files.filter((f) => f.status === s).length;
  return {
    ingested: byStatus('ingested'),
    warnings: byStatus('warnings'),
    rejected: byStatus('rejected'),
    curated: byStatus('curated'),
    errors: catalog.diagnostics.filter((d) => d.severity === 'error').length,
    warningDiagnostics: catalog.diagnostics.filter((d) => d.severity === 'warning').length,
    sessions: catalog.sessions.length,
    writeUps: catalog.sessions.reduce((n, s) => n + s.writeUps.length, 0),
  };
}

/** One line: `5 reviews: 3 ingested, 2 with warnings, 0 rejected; 4 curated files; …`. */
export function formatSummaryLine(catalog: Catalog): string {
  const c = countCatalog(catalog);
  const reviews = c.ingested + c.warnings + c.rejected;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return (
    `${plural(reviews, 'review')}: ${c.ingested} ingested, ${c.warnings} with warnings, ${c.rejected} rejected; ` +
    `${plural(c.curated, 'curated file')}; ${plural(catalog.editions.length, 'edition')}, ${plural(c.sessions, 'session')}, ` +
    `${plural(c.writeUps, 'write-up')}; ${plural(c.errors, 'error')}, ${plural(c.warningDiagnostics, 'warning')}`
  );
}

/**
 * A session whose write-ups are under titles that are not the same once case, spaces and
 * punctuation are ignored: a fuzzy or curated merge, which an author may want to check.
 */
function isInexactMerge(s: Session): boolean {
  return s.writeUps.length > 1 && s.aliases.length > 0;
}

/** The whole human report. */
export function summarizeCatalog(catalog: Catalog): string {
  const lines: string[] = [];
  const sessions = new Map(catalog.sessions.map((s) => [s.id, s]));
  const editions = new Map(catalog.editions.map((e) => [e.id, e]));
  const reviewsByFile = new Map(catalog.reviews.map((r) => [r.file, r]));
  for (const f of catalog.files) {
    if (f.status === 'curated') continue;
    if (f.status === 'rejected') {
      lines.push(`${f.file}  rejected (${f.reason})`, '');
      continue;
    }
    const r = reviewsByFile.get(f.file);
    if (!r) continue;
    const edition = r.editionId ? (editions.get(r.editionId)?.name ?? r.editionId) : 'unknown edition';
    const day = r.dayId ? r.dayId.replace('day-', 'day ') : 'day unknown';
    lines.push(`${f.file}  ${edition}, ${day}${r.date ? `, ${r.date}` : ''}  "${r.title}"`);
    for (const id of r.sessionIds) {
      const s = sessions.get(id);
      if (!s) continue;
      const who = s.speakers
        .map((p) => [p.name, p.handle ? `(${p.handle})` : '', p.company ? `@${p.company}` : ''].join(''))
        .join(', ');
      const kind = s.kind === 'talk' ? '' : ` [${s.kind}]`;
      const merged = s.writeUps.length > 1 ? ` (+${s.writeUps.length - 1} other review${s.writeUps.length > 2 ? 's' : ''})` : '';
      lines.push(`  - ${s.title}${kind}${who ? ` — ${who}` : ''}${merged}`);
      lines.push(`      ${s.id}${s.tags.length ? `  #${s.tags.join(' #')}` : ''}`);
    }
    lines.push('');
  }
  const inexact = catalog.sessions.filter(isInexactMerge);
  if (inexact.length) {
    lines.push('Merged although the titles differ (a close title, or merges.yml; list them in merges.yml to keep or part them):');
    const files = new Map(catalog.reviews.map((r) => [r.id, r.file]));
    for (const s of inexact) {
      lines.push(`  ${s.id}  "${s.title}"`);
      for (const w of s.writeUps) lines.push(`      ${files.get(w.reviewId) ?? w.reviewId}:${w.line}  ${w.heading}`);
    }
    lines.push('');
  }
  if (catalog.diagnostics.length) {
    lines.push('Diagnostics:');
    for (const d of catalog.diagnostics) lines.push(formatDiagnostic(d));
    lines.push('');
  }
  lines.push(formatSummaryLine(catalog));
  return lines.join('\n');
}
