// A worker of `measure-pipeline.ts --parse-only --threads N`: micromark's parse (and HTML) of
// the bodies it is given, as a review worker reads them (review-threads.ts). Plain JavaScript
// that registers tsx, as src/content/node/review-worker.mjs does, to load the TypeScript parser.
import { parentPort, workerData } from 'node:worker_threads';

const { register } = await import('tsx/esm/api');
register();
const { parseWholeEvents } = await import('../content/read/markdown-events.ts');
const { compile } = await import('micromark');
const { gfmHtml } = await import('micromark-extension-gfm');
const htmlExtensions = [gfmHtml()];
for (const body of workerData.bodies) {
  const events = parseWholeEvents(body);
  if (workerData.html) compile({ htmlExtensions })(events);
}
parentPort.postMessage('done');
