// A pre-rendering worker (see prerender.ts). Plain JavaScript: it only imports the built server
// bundle, which is JavaScript already, so it needs no TypeScript loader. Data files are read
// from the build folder, where the plugin has written them before pre-rendering starts.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';

const { entryUrl, outDir, base, siteUrl, shared } = workerData;
const entry = await import(entryUrl);
// Files most pages read (the index): parsed once, not per page (see SHARED_FILES in prerender.ts).
const parsed = new Map();
const loadJson = async (file) => {
  const name = file.replace(/^\//, '');
  if (parsed.has(name)) return parsed.get(name);
  let text;
  try {
    text = await readFile(path.join(outDir, name), 'utf8');
  } catch {
    throw Object.assign(new Error(`No data file ${file}`), { status: 404 });
  }
  const value = JSON.parse(text);
  if (shared.includes(name)) parsed.set(name, value);
  return value;
};

parentPort.on('message', async ({ batch, pages }) => {
  try {
    const results = [];
    for (const page of pages) results.push(await entry.render(page, { loadJson, base, siteUrl }));
    parentPort.postMessage({ batch, results });
  } catch (error) {
    parentPort.postMessage({ batch, error: String(error?.stack ?? error) });
  }
});
parentPort.postMessage({ ready: true });
