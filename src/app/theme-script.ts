import { themeStorageKey } from './theme/theme.ts';

/**
 * Inline this in `<head>` (before any stylesheet paints) as `<script>${themeScript}</script>`:
 * it applies a stored manual theme so a dark-mode reader never sees a light flash, and marks
 * the page as scripted (`data-js`), so what only JavaScript will fill in (loading states) shows
 * only where it will be filled in. It only sets attributes outside #root, so hydration is
 * unaffected.
 */
export const themeScript = `(function(){document.documentElement.setAttribute('data-js','');try{var t=localStorage.getItem(${JSON.stringify(
  themeStorageKey,
)});if(t==='light'||t==='dark')document.documentElement.setAttribute('data-theme',t)}catch(e){}})();`;
