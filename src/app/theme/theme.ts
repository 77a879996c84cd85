/**
 * Light and dark themes follow the system unless the reader picks one. The choice is stored in
 * localStorage and mirrored to `<html data-theme>`; `theme-script.ts` applies it before first paint.
 * The server (and so the hydration render) always sees "system".
 */
import { useCallback, useEffect, useSyncExternalStore } from 'react';

export type ThemeChoice = 'system' | 'light' | 'dark';

export const themeStorageKey = 'talkshelf.theme';
const listeners = new Set<() => void>();
let fallback: ThemeChoice | undefined;

function readTheme(): ThemeChoice {
  if (fallback) return fallback;
  try {
    const stored = localStorage.getItem(themeStorageKey);
    return stored === 'light' || stored === 'dark' ? stored : 'system';
  } catch {
    return 'system';
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function applyTheme(choice: ThemeChoice): void {
  const root = document.documentElement;
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
}

export function setTheme(choice: ThemeChoice): void {
  try {
    if (choice === 'system') localStorage.removeItem(themeStorageKey);
    else localStorage.setItem(themeStorageKey, choice);
  } catch {
    fallback = choice;
  }
  applyTheme(choice);
  listeners.forEach((listener) => listener());
}

export function useTheme() {
  const theme = useSyncExternalStore(subscribe, readTheme, () => 'system' as const);
  useEffect(() => applyTheme(theme), [theme]);
  const choose = useCallback((choice: ThemeChoice) => setTheme(choice), []);
  return { theme, setTheme: choose };
}
