import { themeStorageKey } from './theme/theme.ts';

/**
 * Inline this in `<head>` (before any stylesheet paints) as `<script>${themeScript}</script>`:
 * it applies a stored manual theme so a dark-mode reader never sees a light flash. It only sets
 * an attribute outside #root, so hydration is unaffected.
 */
export const themeScript = `(function(){try{var t=localStorage.getItem(${JSON.stringify(
  themeStorageKey,
)});if(t==='light'||t==='dark')document.documentElement.setAttribute('data-theme',t)}catch(e){}})();`;
