/**
 * Scroll positions like a multi-page site: a new page starts at the top (or at its #anchor),
 * back and forward return to where the reader was, and so does a reload. Positions are kept per
 * history entry (location.key) in sessionStorage, as react-router's data-router
 * <ScrollRestoration> does; the declarative router has none of its own. A navigation that only
 * changes the query string (a filter, the search box) keeps the reader where they are.
 *
 * A full page load has no key of its own: every entry the browser opened (a typed URL, a
 * bookmark) reads as `default`, so positions leaked from one to the next (issue #14). Such an
 * entry gets a unique key in its history state, and a full load restores a position only when
 * the Navigation Timing API says it is a reload or a back/forward, never a fresh navigation.
 *
 * Why not react-router's own <ScrollRestoration> (measured 2026-12-05, react-router 7.18.5):
 * it works only inside the data router (useDataRouterContext; in our declarative <Router> it
 * throws), and createBrowserRouter + RouterProvider + ScrollRestoration bundle to 32,802 B gzip
 * against 14,957 B for what we import (esbuild, minified, react external): +17,845 B on every
 * page's first load, 81,561 -> about 99,400 of the 105,000 B budget on /tags. It would bring bug 2
 * back besides: it keys positions by location.key, `default` for every entry the browser opened,
 * and restores that key on a load without hydration data (router.ts enableScrollRestoration),
 * while a hydrated load never restores (not even a reload); and it lands when the data router's
 * navigation is idle, which knows nothing of our pages' own loading state (route-page.tsx).
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router';
import { PAGE_LOADING_CLASS } from '../components/status.tsx';
import { decodeUrlPart } from '../routes.ts';

const STORAGE_KEY = 'talkshelf:scroll';

function readPositions(): Record<string, number> {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, number>) : {};
  } catch {
    return {};
  }
}

function savePositions(positions: Record<string, number>): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(positions));
  } catch {
    // Storage full or disabled (private mode): restoring is a nicety, never an error.
  }
}

/** How this document was loaded: 'navigate', 'reload', 'back_forward' (or 'prerender'). */
function documentLoadType(): string {
  const [entry] = performance.getEntriesByType?.('navigation') ?? [];
  return entry && 'type' in entry ? String(entry.type) : 'navigate';
}

/**
 * The key of the entry the document was loaded into: the router's own, or (for an entry the
 * browser opened, which the router calls `default`) a unique one written into its history state,
 * where the router finds it when the reader comes back to the entry.
 */
function ownKeyOfLoadedEntry(): string {
  const state: unknown = window.history.state;
  const current = state && typeof state === 'object' ? (state as { key?: unknown }).key : undefined;
  if (typeof current === 'string' && current) return current;
  const key = Math.random().toString(36).slice(2, 10);
  window.history.replaceState({ ...(state && typeof state === 'object' ? state : {}), key }, '');
  return key;
}

function scrollToHash(hash: string): boolean {
  if (!hash) return false;
  const id = decodeUrlPart(hash.slice(1));
  const target = document.getElementById(id);
  if (!target) return false;
  target.scrollIntoView();
  // Notes lay out only the blocks near the viewport (content-visibility in pages.css): those
  // just above the target take their real height in the next frames and push it down. Follow it
  // until it stays put (a few frames; at most ten, so a reader's own scroll soon wins).
  let last = Number.NaN;
  let frames = 0;
  const follow = () => {
    const top = target.getBoundingClientRect().top;
    if (top === last || ++frames > 10) return;
    last = top;
    target.scrollIntoView();
    requestAnimationFrame(follow);
  };
  requestAnimationFrame(follow);
  return true;
}

export function ScrollRestoration() {
  const location = useLocation();
  const navigationType = useNavigationType();
  const positions = useRef<Record<string, number> | null>(null);
  // The loaded entry's own key, for as long as the router still calls it `default`.
  const loadedKey = useRef<string | null>(null);
  const keyOf = (key: string) => (key === 'default' && loadedKey.current ? loadedKey.current : key);
  const currentKey = useRef(location.key);
  currentKey.current = location.key;

  useEffect(() => {
    loadedKey.current = ownKeyOfLoadedEntry();
    positions.current = readPositions();
    window.history.scrollRestoration = 'manual';
    let frame = 0;
    const remember = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        positions.current![keyOf(currentKey.current)] = window.scrollY;
      });
    };
    const persist = () => savePositions(positions.current!);
    window.addEventListener('scroll', remember, { passive: true });
    window.addEventListener('pagehide', persist);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', remember);
      window.removeEventListener('pagehide', persist);
      persist();
      window.history.scrollRestoration = 'auto';
    };
  }, []);

  // After the new page is in the DOM, before the browser paints it.
  const first = useRef(true);
  const previousPath = useRef(location.pathname);
  useLayoutEffect(() => {
    const samePage = previousPath.current === location.pathname;
    previousPath.current = location.pathname;
    if (first.current) {
      first.current = false;
      // A fresh load lands where the browser put it (top, or the #anchor); a reload or a
      // back/forward that loaded the page again returns to where the reader was.
      if (documentLoadType() === 'navigate') return;
      const saved = readPositions()[ownKeyOfLoadedEntry()];
      if (saved !== undefined) window.scrollTo(0, saved);
      return;
    }
    const saved = (positions.current ?? readPositions())[keyOf(location.key)];
    const land = () => {
      if (navigationType === 'POP' && saved !== undefined) {
        window.scrollTo(0, saved);
        return;
      }
      if (scrollToHash(location.hash) || samePage) return;
      window.scrollTo(0, 0);
    };
    const loading = () => document.getElementsByClassName(PAGE_LOADING_CLASS).length > 0;
    if (!loading()) {
      land();
      return;
    }
    // The page still loads and shows its loading state (history-router.tsx): its #anchor and
    // its height are not there yet. Show the loading state, and land once the page is in.
    if (!samePage) window.scrollTo(0, 0);
    const observer = new MutationObserver(() => {
      if (loading()) return;
      observer.disconnect();
      land();
    });
    observer.observe(document.body, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [location.key, location.hash, location.pathname, navigationType]);

  return null;
}
