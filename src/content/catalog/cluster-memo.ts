/**
 * An edition's write-ups merged into sessions, remembered from one catalog build to the next.
 * The dev server builds the whole catalog on every save, and merging 25,000 write-ups of 2,000
 * reviews took ~125 ms of each save (issue 13) although a save changes one review, so one
 * edition. Merging is a pure function of each write-up's merge fields (merge.ts's MergeInput) and
 * the edition's curated merges: when both are what they were, the edition's clusters are the
 * same, with this build's write-ups in the places of the last build's.
 */
import type { MergesFile } from './curated.ts';
import { mergeWriteUps, type MergedCluster, type MergeInput } from './merge.ts';

interface EditionMerge<T extends MergeInput> {
  merges: string;
  inputs: T[];
  clusters: MergedCluster<T>[];
}

/** What a build hands the next: kept by the caller (the dev server) between builds. */
export class ClusterMemo<T extends MergeInput> {
  private editions = new Map<string, EditionMerge<T>>();
  /** Editions the last `merge` took from the build before it, and editions it merged. */
  reused = 0;
  merged = 0;

  /** `mergeWriteUps(inputs, merges)`, each edition merged again only when its inputs or merges changed. */
  merge(inputs: T[], merges: MergesFile['merges']): MergedCluster<T>[] {
    const byEdition = new Map<string, T[]>();
    for (const input of inputs) {
      const list = byEdition.get(input.editionId);
      if (list) list.push(input);
      else byEdition.set(input.editionId, [input]);
    }
    const next = new Map<string, EditionMerge<T>>();
    this.reused = 0;
    this.merged = 0;
    // mergeWriteUps orders clusters by edition id first, so editions merged apart and put in
    // that order give its order.
    for (const id of [...byEdition.keys()].sort(compareIds)) {
      const editionInputs = byEdition.get(id)!;
      const editionMerges = merges.filter((m) => m.edition === id);
      const mergesKey = JSON.stringify(editionMerges);
      const last = this.editions.get(id);
      const same = last !== undefined && last.merges === mergesKey && sameMergeFields(last.inputs, editionInputs);
      const clusters = same ? moveTo(last, editionInputs) : mergeWriteUps(editionInputs, editionMerges);
      if (same) this.reused++;
      else this.merged++;
      next.set(id, { merges: mergesKey, inputs: editionInputs, clusters });
    }
    this.editions = next;
    return [...next.values()].flatMap((e) => e.clusters);
  }
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether two lists of write-ups hold, in order, the same fields merging reads. */
function sameMergeFields(a: readonly MergeInput[], b: readonly MergeInput[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) {
    const x = a[k]!;
    const y = b[k]!;
    if (x.editionId !== y.editionId || x.reviewId !== y.reviewId || x.reviewDate !== y.reviewDate || x.order !== y.order || x.title !== y.title || x.day !== y.day) return false;
    if (x.speakerNames.length !== y.speakerNames.length || x.speakerNames.some((s, i) => s !== y.speakerNames[i])) return false;
  }
  return true;
}

/** The last build's clusters with this build's write-ups, each in the place of the one at its index. */
function moveTo<T extends MergeInput>(last: EditionMerge<T>, inputs: T[]): MergedCluster<T>[] {
  const now = new Map(last.inputs.map((input, k) => [input, inputs[k]!]));
  return last.clusters.map((c) => ({ editionId: c.editionId, title: c.title, items: c.items.map((i) => now.get(i)!) }));
}
