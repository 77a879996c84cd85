/**
 * Write-ups of the same talk merged within each edition (merge.ts), checked against the curated
 * merges, and each cluster given its session id. Clusters come in canonical order (earliest
 * review date, review id, position), so the session written up first keeps the plain id when two
 * distinct sessions slug alike.
 */
import { createDiagnostic, DiagnosticCode } from '../diagnostics.ts';
import type { ReviewWork } from '../review.ts';
import type { Diagnostic, SourceLocation } from '../schema.ts';
import type { SessionDraft } from '../talks/sessions.ts';
import type { CuratedData } from './curated.ts';
import type { EditionsRead, ReviewDays } from './editions-build.ts';
import { createSessionId } from './ids.ts';
import type { ClusterMemo } from './cluster-memo.ts';
import { findMissingMergeNames, mergeWriteUps, type MergeInput } from './merge.ts';

export interface WriteUpInput extends MergeInput {
  work: ReviewWork;
  draft: SessionDraft;
}

export interface SessionCluster {
  id: string;
  editionId: string;
  title: string;
  items: WriteUpInput[];
}

/** `memo`: the last build's merges, reused for the editions whose write-ups are the same (cluster-memo.ts). */
export function clusterSessions(
  works: ReviewWork[],
  editions: EditionsRead,
  days: ReviewDays,
  curated: CuratedData,
  diagnostics: Diagnostic[],
  memo?: ClusterMemo<WriteUpInput>,
): SessionCluster[] {
  const inputs: WriteUpInput[] = [];
  for (const w of works) {
    const e = editions.editionOf.get(w);
    if (!e) continue;
    w.sessions.forEach((draft, order) => {
      const day = draft.day ?? days.strongDay(w);
      inputs.push({ editionId: e.id, reviewId: w.reviewId, reviewDate: w.date, order, title: draft.title, day, speakerNames: draft.speakers.map((s) => s.name), work: w, draft });
    });
  }
  const clusters = memo ? memo.merge(inputs, curated.merges.merges) : mergeWriteUps(inputs, curated.merges.merges);
  diagnostics.push(...reportMissingMerges(inputs, curated));
  return assignSessionIds(clusters, diagnostics);
}

function reportMissingMerges(inputs: WriteUpInput[], curated: CuratedData): Diagnostic[] {
  return findMissingMergeNames(inputs, curated.merges.merges).map(({ entry, name }) => {
    const m = curated.merges.merges[entry]!;
    const place = curated.mergeLocations[entry]!;
    const edition = `edition "${m.edition}"`;
    return name === 'title'
      ? createDiagnostic({
          code: DiagnosticCode.mergeTargetMissing,
          severity: 'warning',
          location: place.title,
          message: `The merge of "${m.title}"${m.same_as.length ? ` (same as ${m.same_as.map((t) => `"${t}"`).join(', ')})` : ''} in ${edition} matches no session: no review of that edition has a session with any of these titles`,
          hint: 'Check the edition id and the titles against the sessions `npm run content` lists (titles without numbering or speakers), or remove the entry',
        })
      : createDiagnostic({
          code: DiagnosticCode.mergeTargetMissing,
          severity: 'warning',
          location: place.sameAs[name] ?? place,
          message: `"${m.same_as[name]}" is listed as the same session as "${m.title}" in ${edition}, but no review of that edition has a session with that title`,
          hint: 'Write the title as the sessions `npm run content` lists show it (without numbering or speakers), or remove it from same_as',
        });
  });
}

function assignSessionIds(clusters: { editionId: string; title: string; items: WriteUpInput[] }[], diagnostics: Diagnostic[]): SessionCluster[] {
  const usedIds = new Set<string>();
  const firstPlace = new Map<string, SourceLocation>();
  const placeOf = (i: WriteUpInput): SourceLocation => i.work.headingPlaces[i.draft.heading.index]!;
  return clusters.map((c) => {
    const base = createSessionId(c.editionId, c.title);
    let id = base;
    const canonical = c.items[0]!;
    if (usedIds.has(base)) {
      let n = 2;
      while (usedIds.has(`${base}-${n}`)) n++;
      id = `${base}-${n}`;
      diagnostics.push(
        createDiagnostic({
          code: DiagnosticCode.duplicateSessionId,
          severity: 'warning',
          location: placeOf(canonical),
          message: `Two different sessions get the id "${base}"; this one becomes "${id}"`,
          hint: 'Give the headings distinct titles, or list them in merges.yml if they are the same talk',
          related: [firstPlace.get(base)!],
        }),
      );
    }
    usedIds.add(id);
    firstPlace.set(id, placeOf(canonical));
    return { id, editionId: c.editionId, title: c.title, items: c.items };
  });
}
