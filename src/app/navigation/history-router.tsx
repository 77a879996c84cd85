/**
 * react-router's declarative <Router> driven by a history object we own, like its BrowserRouter
 * and MemoryRouter, with one addition: the navigation is a React transition whose pending state
 * we can read. The current page stays on screen while the next one's code and data load
 * (RoutePage suspends inside the transition), and `useNavigationPending` shows a progress bar
 * meanwhile.
 */
import { createContext, use, useEffect, useLayoutEffect, useRef, useState, useTransition, type ReactNode } from 'react';
import { Router, type UNSAFE_createBrowserHistory } from 'react-router';

export type History = ReturnType<typeof UNSAFE_createBrowserHistory>;

const PendingContext = createContext(false);

/**
 * How long the current page stays while the next one loads. After that the next page's loading
 * state replaces it (and its error, if the load fails): a reader who clicked sees the click
 * answered, instead of the old page under a progress bar for as long as the load takes.
 */
const KEEP_CURRENT_PAGE_MS = 100;

export function useNavigationPending(): boolean {
  return use(PendingContext);
}

export function HistoryRouter({ history, basename, children }: { history: History; basename?: string; children: ReactNode }) {
  const [state, setState] = useState({ action: history.action, location: history.location });
  const [pending, startTransition] = useTransition();
  const showLoading = useRef(0);
  useLayoutEffect(
    () =>
      history.listen((update) => {
        window.clearTimeout(showLoading.current);
        startTransition(() => setState(update));
        // The same location again, urgently: a render outside the transition that suspends
        // shows the page's Suspense fallback instead of keeping the old page.
        showLoading.current = window.setTimeout(() => setState({ ...update }), KEEP_CURRENT_PAGE_MS);
      }),
    [history],
  );
  // The next page is on screen (or nothing had to load): no loading state to show.
  useEffect(() => {
    if (!pending) window.clearTimeout(showLoading.current);
  }, [pending]);
  return (
    <PendingContext value={pending}>
      <Router basename={basename ?? '/'} location={state.location} navigationType={state.action} navigator={history}>
        {children}
      </Router>
    </PendingContext>
  );
}
