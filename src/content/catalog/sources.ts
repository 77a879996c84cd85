/**
 * Original addresses from the curated `sources.yml`: a post that does not say where it is
 * published (most frontmatters have no `url`) gets the address an editor looked up and wrote
 * down, so its page can link the original. The post's own `url`/`canonical`/`permalink` wins:
 * the author's word about their post outranks ours.
 */
import { createDiagnostic, DiagnosticCode } from '../diagnostics.ts';
import type { ReviewWork } from '../review.ts';
import type { Diagnostic } from '../schema.ts';
import type { CuratedData } from './curated.ts';
import { createReviewId } from './ids.ts';

/**
 * Give each review without a url its sources.yml address (the first entry for it), and warn
 * about entries whose review is not in the folder: a renamed file or a typo in the id. A review
 * given an address is a copy: the works are results the dev server keeps between saves, and
 * sources.yml may change while the review does not.
 */
export function applySources(works: ReviewWork[], curated: Pick<CuratedData, 'sources' | 'sourceLocations'>): { works: ReviewWork[]; diagnostics: Diagnostic[] } {
  const indexById = new Map(works.map((w, k) => [w.reviewId, k]));
  const sourced = [...works];
  const diagnostics: Diagnostic[] = [];
  curated.sources.forEach((entry, k) => {
    // An id, a file name or a path all name the same review: the id is the file's stem.
    const index = indexById.get(createReviewId(entry.review));
    if (index !== undefined) {
      const work = sourced[index]!;
      if (work.url == null) sourced[index] = { ...work, url: entry.url };
      return;
    }
    diagnostics.push(
      createDiagnostic({
        code: DiagnosticCode.sourceReviewUnknown,
        severity: 'warning',
        location: curated.sourceLocations[k]!,
        message: `sources.yml gives the address of review "${entry.review}", but the content folder has no review with that id or file name`,
        hint: 'Write the review id as `npm run content` lists it (the file name without its extension), or remove the entry',
      }),
    );
  });
  return { works: sourced, diagnostics };
}
