/**
 * react-router's declarative <Router> driven by a history object we own, like its BrowserRouter
 * and MemoryRouter, with one addition: the navigation is a React transition whose pending state
 * we can read. The current page stays on screen while the next one's code and data load
 * (RoutePage suspends inside the transition), and `useNavigationPending` shows a progress bar
 * meanwhile.
 */
import { createContext, use, useLayoutEffect, useState, useTransition, type ReactNode } from 'react';
import { Router, type UNSAFE_createBrowserHistory } from 'react-router';

export type History = ReturnType<typeof UNSAFE_createBrowserHistory>;

const PendingContext = createContext(false);

export function useNavigationPending(): boolean {
  return use(PendingContext);
}

export function HistoryRouter({ history, basename, children }: { history: History; basename?: string; children: ReactNode }) {
  const [state, setState] = useState({ action: history.action, location: history.location });
  const [pending, startTransition] = useTransition();
  useLayoutEffect(() => history.listen((update) => startTransition(() => setState(update))), [history]);
  return (
    <PendingContext value={pending}>
      <Router basename={basename ?? '/'} location={state.location} navigationType={state.action} navigator={history}>
        {children}
      </Router>
    </PendingContext>
  );
}
