/**
 * A worker thread reading reviews for review-threads.ts: builds the review context from the
 * curated files once, then reads each batch of files it is sent and posts the results back.
 */
import { workerData } from 'node:worker_threads';
import { createReviewContext, readCuratedFiles } from '../catalog/catalog.ts';
import { readReview } from '../review.ts';
import type { WorkerInit, WorkerReply, WorkerTask } from './review-threads.ts';
import { collectAfterLarge } from './collect-garbage.ts';

const init = workerData as WorkerInit;
const post = (reply: WorkerReply) => {
  init.port.postMessage(reply);
  Atomics.add(init.signal, 0, 1);
  Atomics.notify(init.signal, 0);
};

try {
  // A long post's garbage collected after its parse and after it, as on the main thread
  // (read-reviews.ts): two workers reading the hostile folder's longest posts at once otherwise
  // grow into each one's dead events.
  const context = { ...createReviewContext(readCuratedFiles(init.curated).curated, init.paths), afterParse: collectAfterLarge };
  init.port.on('message', (task: WorkerTask) => {
    try {
      const results = task.files.map((f) => {
        const result = readReview(f.path, f.bytes, context);
        collectAfterLarge(f.bytes.length);
        return result;
      });
      post({ batch: task.batch, results });
    } catch (error) {
      post({ batch: -1, error: String((error as Error)?.stack ?? error) });
    }
  });
} catch (error) {
  post({ batch: -1, error: String((error as Error)?.stack ?? error) });
}
