/**
 * Dev-only browser module, injected by the plugin in `vite dev`: shows the pipeline's
 * diagnostics in a small panel and tells the app that content changed, so it refetches instead
 * of reloading. Never part of a production build.
 */
import type { ContentEventPayload } from '../dev-server.ts';

export const CONTENT_UPDATED = 'talkshelf:content-updated';

const PANEL_ID = 'talkshelf-dev-diagnostics';

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
  for (const d of payload.diagnostics) {
    const item = document.createElement('li');
    // textContent, never innerHTML: messages quote untrusted review text.
    item.textContent = d.text;
    item.style.color = d.severity === 'error' ? '#ff8a80' : '#ffd180';
    list.append(item);
  }
  panel.append(close, title, list);
  document.body.append(panel);
}

if (import.meta.hot) {
  let seen: number | undefined;
  import.meta.hot.on('talkshelf:content', (payload: ContentEventPayload) => {
    render(payload);
    // The first message answers the connection; a new version means a file changed.
    if (seen !== undefined && payload.version !== seen) window.dispatchEvent(new CustomEvent(CONTENT_UPDATED));
    seen = payload.version;
  });
}
