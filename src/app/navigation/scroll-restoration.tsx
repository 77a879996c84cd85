/**
 * Scroll positions like a multi-page site: a new page starts at the top (or at its #anchor),
 * back and forward return to where the reader was, and so does a reload. Positions are kept per
 * history entry (location.key) in sessionStorage, as react-router's data-router
 * <ScrollRestoration> does; the declarative router has none of its own. A navigation that only
 * changes the query string (a filter, the search box) keeps the reader where they are.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router';

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

function scrollToHash(hash: string): boolean {
  if (!hash) return false;
  const id = decodeURIComponent(hash.slice(1));
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
  const currentKey = useRef(location.key);
  currentKey.current = location.key;

  useEffect(() => {
    positions.current = readPositions();
    window.history.scrollRestoration = 'manual';
    let frame = 0;
    const remember = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        positions.current![currentKey.current] = window.scrollY;
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
    const saved = (positions.current ?? readPositions())[location.key];
    const samePage = previousPath.current === location.pathname;
    previousPath.current = location.pathname;
    if (first.current) {
      first.current = false;
      // A fresh load lands where the browser put it (top, or the #anchor); a reload returns.
      if (saved !== undefined && navigationType === 'POP') window.scrollTo(0, saved);
      return;
    }
    if (navigationType === 'POP' && saved !== undefined) {
      window.scrollTo(0, saved);
      return;
    }
    if (scrollToHash(location.hash) || samePage) return;
    window.scrollTo(0, 0);
  }, [location.key, location.hash, location.pathname, navigationType]);

  return null;
}
