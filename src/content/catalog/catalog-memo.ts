/**
 * What one catalog build leaves for the next, for a caller that builds the same folder again and
 * again with a few files changed (the dev server, on every save). Each part is keyed on what it
 * was made from, so a build given a memo makes the same catalog as one without it: only faster.
 * The reviews' own results are the review cache's business (node/review-cache.ts).
 */
import type { ReviewContext } from '../review.ts';
import type { Diagnostic, FileStatus } from '../schema.ts';
import type { ContentFile } from './catalog.ts';
import { ClusterMemo } from './cluster-memo.ts';
import type { CuratedData } from './curated.ts';
import type { WriteUpInput } from './session-clusters.ts';
import { SessionMemo } from './session-memo.ts';

/** The curated files read (catalog.ts, readCuratedFiles), and the matchers reviews are read with. */
export interface CuratedRead {
  curated: CuratedData;
  diagnostics: Diagnostic[];
  statuses: FileStatus[];
  context: Omit<ReviewContext, 'paths' | 'afterParse'>;
}

export interface CatalogMemo {
  /** The curated files last read, and what was read from them (catalog.ts, readCuratedWithMemo). */
  curated?: { files: readonly ContentFile[]; read: CuratedRead };
  clusters: ClusterMemo<WriteUpInput>;
  sessions: SessionMemo;
}

export function createCatalogMemo(): CatalogMemo {
  return { clusters: new ClusterMemo(), sessions: new SessionMemo() };
}
