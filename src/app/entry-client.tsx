import { startClient } from './client/start.tsx';
import './styles/index.css';

const started = startClient({ root: document.getElementById('root')! });

if (import.meta.env.DEV) {
  // The plugin's dev module (src/vite/client/dev-diagnostics.ts) fires this when a file in
  // content/ changes: refetch the catalog instead of reloading the page.
  void started.then(({ queryClient }) => {
    window.addEventListener('talkshelf:content-updated', () => void queryClient.invalidateQueries());
  });
}
