/**
 * A worker thread reading reviews for review-threads.ts: builds the review context from the
 * curated files once, then reads each batch of files it is sent and posts the results back.
 */
import { workerData } from 'node:worker_threads';
import { createReviewContext, readCuratedFiles } from '../catalog/catalog.ts';
import { readReview } from '../review.ts';
import type { WorkerInit, WorkerReply, WorkerTask } from './review-threads.ts';

const init = workerData as WorkerInit;
const post = (reply: WorkerReply) => {
  init.port.postMessage(reply);
  Atomics.add(init.signal, 0, 1);
  Atomics.notify(init.signal, 0);
};

try {
  const context = createReviewContext(readCuratedFiles(init.curated).curated, init.paths);
  init.port.on('message', (task: WorkerTask) => {
    try {
      post({ batch: task.batch, results: task.files.map((f) => readReview(f.path, f.bytes, context)) });
    } catch (error) {
      post({ batch: -1, error: String((error as Error)?.stack ?? error) });
    }
  });
} catch (error) {
  post({ batch: -1, error: String((error as Error)?.stack ?? error) });
}
