/**
 * Reading reviews on worker threads, for `buildCatalog`.
 *
 * Each review is read on its own (decode, frontmatter, markdown, outline, sessions, and its HTML
 * rendered: most of the pipeline's work), so a big folder splits across the cores.
 * `buildCatalog` stays synchronous: this thread hands out batches of files over message ports
 * and sleeps on a shared counter (Atomics.wait) until a worker posts results, which it takes
 * with receiveMessageOnPort. Workers get a larger young
 * generation than the default, since parsing markdown makes many short-lived objects and the
 * default sizes spend much of the time collecting them. Threads start for many reviews, or for
 * a few whose bytes add up to seconds of reading (the largest are handed out first).
 *
 * Results are the ReviewResults `readReview` gives, in file order, so the catalog is the same
 * whichever way they were read (test/content/review-threads.test.ts checks it). When workers
 * cannot start (no TypeScript loader, a sandbox without threads) or one fails, this returns null
 * and the caller reads the reviews itself.
 */
import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { ContentFile } from '../catalog/catalog.ts';
import { identifyCuratedFile } from '../catalog/curated.ts';
import type { ReviewResult } from '../review.ts';

/** Below this many reviews, starting workers costs more than it saves… */
export const THREADS_MIN_REVIEWS = 64;
/**
 * …unless they are this large in all: a few long posts take seconds each, against about a
 * second to start the workers (the 17-file hostile folder, 8.3 MB, issue 13).
 */
export const THREADS_MIN_BYTES = 4 * 1024 * 1024;
/** Files per message: large enough to amortise messaging, small enough to balance the load. */
const BATCH = 16;
/** A batch ends at this many bytes too, so long posts are handed out one or a few at a time. */
const BATCH_BYTES = 256 * 1024;
/** Young generation of each worker, MiB (V8's default is far smaller): 2,000 reviews 31.6 s with it, 55.0 s with 48. */
export const YOUNG_GENERATION_MB = 192;
/**
 * …and of each worker reading a few long posts, whose parts are small enough to die young in
 * less (the hostile folder on two workers: 778–803 MB peak with 64, 948–1,054 MB with 192).
 */
const LONG_POSTS_YOUNG_GENERATION_MB = 64;
/** A worker silent for this long is taken as stuck. */
const STALL_MS = 120_000;

export interface WorkerInit {
  /** Curated files and every path of the folder: what a review context is built from. */
  curated: ContentFile[];
  paths: string[];
  port: MessagePort;
  /** Int32Array over a SharedArrayBuffer: [0] counts messages posted to this thread. */
  signal: Int32Array;
}

export interface WorkerTask {
  batch: number;
  files: ContentFile[];
}

export type WorkerReply = { batch: number; results: ReviewResult[] } | { batch: -1; error: string };

/** Give up on threads; TALKSHELF_CONTENT_THREADS_DEBUG=1 says why on stderr. */
function giveUp(reason: string): null {
  if (process.env.TALKSHELF_CONTENT_THREADS_DEBUG) process.stderr.write(`talkshelf content: reading reviews on the main thread: ${reason}\n`);
  return null;
}

/**
 * How many threads to use for `batches` batches of `count` reviews of `bytes` bytes in all;
 * `requested` overrides (0 = none). Many reviews go to workers even on one core, for their
 * larger young generation; a few long posts only when two threads can share them.
 */
export function threadCount(count: number, bytes: number, batches: number, requested?: number): number {
  if (requested !== undefined) return Math.max(0, Math.floor(requested));
  const env = process.env.TALKSHELF_CONTENT_THREADS;
  if (env !== undefined && env !== '') return Math.max(0, Math.floor(Number(env)) || 0);
  const threads = Math.min(availableParallelism(), batches);
  if (count >= THREADS_MIN_REVIEWS) return threads;
  return bytes >= THREADS_MIN_BYTES && threads >= 2 ? threads : 0;
}

/**
 * The reviews' indexes in batches, largest reviews first: the longest posts start first and
 * the small ones fill in after them, so the threads finish together, and a batch holds at most
 * `BATCH` files and, past its first, `BATCH_BYTES` bytes.
 */
export function batchReviews(reviews: ContentFile[]): number[][] {
  const order = reviews.map((_, k) => k).sort((a, b) => reviews[b]!.bytes.length - reviews[a]!.bytes.length || a - b);
  const batches: number[][] = [];
  let batch: number[] = [];
  let bytes = 0;
  for (const k of order) {
    const size = reviews[k]!.bytes.length;
    if (batch.length > 0 && (batch.length === BATCH || bytes + size > BATCH_BYTES)) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(k);
    bytes += size;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/**
 * Read `reviews` on worker threads, in order; null when threads are not used or not available.
 * `folder` is every file of the content folder (the workers need its curated files and paths).
 */
export function readReviewsOnThreads(reviews: ContentFile[], folder: ContentFile[], requested?: number): ReviewResult[] | null {
  const batches = batchReviews(reviews);
  const count = threadCount(reviews.length, reviews.reduce((sum, f) => sum + f.bytes.length, 0), batches.length, requested);
  if (count === 0 || reviews.length === 0) return null;
  const workerUrl = new URL('./review-worker.mjs', import.meta.url);
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const curated = folder.filter((f) => identifyCuratedFile(f.path));
  const paths = folder.map((f) => f.path);
  const workers: { worker: Worker; port: MessagePort; busy: boolean }[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const { port1, port2 } = new MessageChannel();
      const init: WorkerInit = { curated, paths, port: port2, signal };
      const worker = new Worker(workerUrl, {
        workerData: init,
        transferList: [port2],
        resourceLimits: { maxYoungGenerationSizeMb: reviews.length >= THREADS_MIN_REVIEWS ? YOUNG_GENERATION_MB : LONG_POSTS_YOUNG_GENERATION_MB },
        stdout: false,
        stderr: false,
      });
      // Errors arrive as messages on the port (the worker catches them); keep the process alive
      // of nothing, and never let an 'error' event go unhandled.
      worker.on('error', () => {});
      worker.unref();
      workers.push({ worker, port: port1, busy: false });
    }
    const results: ReviewResult[] = new Array(reviews.length);
    let next = 0;
    let done = 0;
    const dispatch = (w: (typeof workers)[number]) => {
      if (next >= batches.length) return;
      const task: WorkerTask = { batch: next, files: batches[next]!.map((k) => reviews[k]!) };
      next++;
      w.busy = true;
      w.port.postMessage(task);
    };
    for (const w of workers) dispatch(w);
    let seen = Atomics.load(signal, 0);
    while (done < batches.length) {
      let progressed = false;
      for (const w of workers) {
        for (let m = receiveMessageOnPort(w.port); m; m = receiveMessageOnPort(w.port)) {
          const reply = m.message as WorkerReply;
          if ('error' in reply) return giveUp(reply.error);
          const indexes = batches[reply.batch]!;
          reply.results.forEach((r, k) => {
            results[indexes[k]!] = r;
          });
          done++;
          progressed = true;
          w.busy = false;
          dispatch(w);
        }
      }
      if (progressed || done >= batches.length) continue;
      if (Atomics.wait(signal, 0, seen, STALL_MS) === 'timed-out') return giveUp('a worker stalled');
      seen = Atomics.load(signal, 0);
    }
    return results;
  } catch (error) {
    return giveUp(String(error));
  } finally {
    for (const w of workers) {
      w.port.close();
      void w.worker.terminate();
    }
  }
}
