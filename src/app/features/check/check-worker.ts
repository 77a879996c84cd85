/**
 * The check page's Web Worker: the content pipeline runs here, off the page's thread, so a slow
 * or hostile post never freezes the page, and stopping a check is terminating the worker.
 */
import { checkPosts } from '../../../content/check/check-posts.ts';
import type { CheckJob, CheckAnswer } from './check-runner.ts';

/** The worker's global scope, typed by what is used of it (the project's lib is the DOM's). */
const scope = self as unknown as { onmessage: ((event: MessageEvent<CheckJob>) => void) | null; postMessage(answer: CheckAnswer): void };

scope.onmessage = (event) => {
  const { data, index, posts } = event.data;
  let answer: CheckAnswer;
  try {
    answer = { ok: true, report: checkPosts(data, index, posts) };
  } catch (error) {
    answer = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(answer);
};
