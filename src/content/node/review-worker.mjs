// Entry of a review-reading worker (see review-threads.ts). Plain JavaScript so Node can start
// it anywhere; it registers tsx (a dev dependency, like the rest of the build) to load the
// TypeScript worker, since loader hooks are not inherited by worker threads on every Node.
// Any failure is posted to the parent, which is asleep on the signal and would not see an
// 'error' event: it then reads the reviews itself.
import { workerData } from 'node:worker_threads';

try {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./review-worker.ts');
} catch (error) {
  workerData.port.postMessage({ batch: -1, error: String(error?.stack ?? error) });
  Atomics.add(workerData.signal, 0, 1);
  Atomics.notify(workerData.signal, 0);
}
