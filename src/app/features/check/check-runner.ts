/**
 * Runs a check (src/content/check/check-posts.ts) in a Web Worker, one at a time; `cancel`
 * terminates the worker, and the next check starts a fresh one. Where there is no Worker (the
 * component tests' jsdom, outside a build) the same code runs on this thread, loaded on first use.
 */
import type { CheckReport, PostToCheck } from '../../../content/check/check-posts.ts';
import type { CheckDataFile, IndexFile } from '../../../content/schema.ts';

export interface CheckJob {
  data: CheckDataFile;
  index: IndexFile;
  posts: PostToCheck[];
}

export type CheckAnswer = { ok: true; report: CheckReport } | { ok: false; message: string };

export class CheckCancelled extends Error {
  override readonly name = 'CheckCancelled';
}

/**
 * The checker itself could not run the check: the browser has no Web Worker (`no-worker`), or
 * the worker died (`stopped`: out of memory, say), with the browser's words as the message when
 * it gave any. A reason rather than words, so the page says it in the reader's language.
 */
export class CheckerFailed extends Error {
  override readonly name = 'CheckerFailed';
  constructor(
    readonly reason: 'no-worker' | 'stopped',
    detail = '',
  ) {
    super(detail);
  }
}

export interface CheckRunner {
  run(job: CheckJob): Promise<CheckReport>;
  cancel(): void;
}

export function createCheckRunner(): CheckRunner {
  if (typeof Worker === 'function') return createWorkerRunner();
  // Every browser the site supports has workers; a build leaves the fallback (and a second
  // copy of the pipeline, which would split chunks the other pages share) out.
  if (import.meta.env.PROD) throw new CheckerFailed('no-worker');
  return createInThreadRunner();
}

function createWorkerRunner(): CheckRunner {
  let worker: Worker | undefined;
  let pending: { reject: (error: Error) => void } | undefined;
  return {
    run(job) {
      this.cancel();
      worker ??= new Worker(new URL('./check-worker.ts', import.meta.url), { type: 'module' });
      const current = worker;
      return new Promise<CheckReport>((resolve, reject) => {
        pending = { reject };
        current.onmessage = (event: MessageEvent<CheckAnswer>) => {
          pending = undefined;
          if (event.data.ok) resolve(event.data.report);
          else reject(new Error(event.data.message));
        };
        current.onerror = (event) => {
          event.preventDefault();
          pending = undefined;
          // A worker that failed (out of memory) is not reused.
          current.terminate();
          if (worker === current) worker = undefined;
          reject(new CheckerFailed('stopped', event.message));
        };
        current.postMessage(job);
      });
    },
    cancel() {
      if (!pending) return;
      worker?.terminate();
      worker = undefined;
      pending.reject(new CheckCancelled('cancelled'));
      pending = undefined;
    },
  };
}

function createInThreadRunner(): CheckRunner {
  let generation = 0;
  let pending: { reject: (error: Error) => void } | undefined;
  return {
    async run(job) {
      this.cancel();
      const mine = ++generation;
      const cancelled = new Promise<never>((_, reject) => (pending = { reject }));
      const work = (async () => {
        const { checkPosts } = await import('../../../content/check/check-posts.ts');
        // A turn of the event loop first, so a cancel right after starting wins, as with a worker.
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (mine !== generation) throw new CheckCancelled('cancelled');
        return checkPosts(job.data, job.index, job.posts);
      })();
      try {
        return await Promise.race([work, cancelled]);
      } finally {
        if (mine === generation) pending = undefined;
      }
    },
    cancel() {
      if (!pending) return;
      generation++;
      pending.reject(new CheckCancelled('cancelled'));
      pending = undefined;
    },
  };
}
