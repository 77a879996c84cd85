/**
 * Dev-only browser module, injected by the plugin in `vite dev`: shows the pipeline's
 * diagnostics in a small panel and tells the app that content changed, so it refetches instead
 * of reloading. Never part of a production build.
 */
import type { ContentEventPayload } from '../dev-server.ts';

export const CONTENT_UPDATED = 'talkshelf:content-updated';

const PANEL_ID = 'talkshelf-dev-diagnostics';
const PANEL_ITEMS = 200;

function render(payload: ContentEventPayload): void {
  document.getElementById(PANEL_ID)?.remove();
  if (payload.diagnostics.length === 0) return;
  const panel = document.createElement('aside');
  panel.id = PANEL_ID;
  panel.setAttribute('aria-label', 'Content diagnostics');
  panel.style.cssText =
    'position:fixed;inset:auto 1rem 1rem auto;max-width:min(40rem,calc(100vw - 2rem));max-height:40vh;overflow:auto;' +
    'z-index:2147483647;background:#1e1e1e;color:#f5f5f5;font:12px/1.5 ui-monospace,monospace;padding:.75rem 1rem;' +
    'border-radius:.5rem;box-shadow:0 4px 24px rgba(0,0,0,.4)';
  const title = document.createElement('strong');
  title.textContent = `talkshelf: ${payload.diagnostics.length} content problem(s) — ${payload.summary}`;
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = '×';
  close.setAttribute('aria-label', 'Close');
  close.style.cssText = 'float:right;background:none;border:0;color:inherit;font-size:1.25rem;cursor:pointer';
  close.addEventListener('click', () => panel.remove());
  const list = document.createElement('ul');
  list.style.cssText = 'margin:.5rem 0 0;padding-left:1rem';
  // A large folder can have thousands; the panel lists the first ones (a save's new problems
  // come first, dev-server.ts), the terminal and `npm run content` all of them.
  for (const d of payload.diagnostics.slice(0, PANEL_ITEMS)) {
    const item = document.createElement('li');
    // textContent, never innerHTML: messages quote untrusted review text.
    item.textContent = d.text;
    item.style.color = d.severity === 'error' ? '#ff8a80' : '#ffd180';
    list.append(item);
  }
  panel.append(close, title, list);
  const more = payload.diagnostics.length - PANEL_ITEMS;
  if (more > 0) {
    const note = document.createElement('p');
    note.style.cssText = 'margin:.5rem 0 0';
    note.textContent = `… and ${more} more: the terminal and \`npm run content\` list them all.`;
    panel.append(note);
  }
  document.body.append(panel);
}

if (import.meta.hot) {
  let seen: number | undefined;
  import.meta.hot.on('talkshelf:content', (payload: ContentEventPayload) => {
    // The first message answers the connection; a new version means a file changed: the page
    // starts refetching before the panel is drawn.
    if (seen !== undefined && payload.version !== seen) window.dispatchEvent(new CustomEvent(CONTENT_UPDATED));
    seen = payload.version;
    render(payload);
  });
}
