/**
 * The UI language: Korean by default, English on request, remembered in localStorage.
 *
 * Pre-rendered HTML is Korean, so the first client render must be Korean too (the server
 * snapshot); a stored English choice is applied right after hydration. The English strings are
 * a chunk of their own, fetched only by readers who choose English: the first-load budget is
 * for everyone else.
 */
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { ko, type Messages } from './ko.ts';

export type Lang = 'ko' | 'en';
export type { Messages };

/** The languages whose strings are here; English joins once its chunk has loaded. */
const loaded: Partial<Record<Lang, Messages>> = { ko };
export const defaultLang: Lang = 'ko';
/** The pre-renderer and anything else outside React speak the default language. */
export const defaultMessages: Messages = ko;

const storageKey = 'talkshelf.lang';
const listeners = new Set<() => void>();
/** Used when localStorage refuses writes (private mode), so the switch still works. */
let storedFallback: Lang | undefined;

function readStoredLang(): Lang {
  try {
    return localStorage.getItem(storageKey) === 'en' ? 'en' : 'ko';
  } catch {
    return defaultLang;
  }
}

let loading: Promise<void> | undefined;

function loadMessages(lang: Lang): void {
  if (loaded[lang] || loading) return;
  loading = import('./en.ts').then(
    ({ en }) => {
      loaded.en = en;
      listeners.forEach((listener) => listener());
    },
    () => {
      // Offline or a stale deploy: stay in Korean, and try again on the next switch.
      loading = undefined;
    },
  );
}

/**
 * Fetch the chosen language's strings before the first render (client/start.tsx): hydration
 * must render Korean like the HTML, and with English already here the page turns English in the
 * render right after it instead of a round trip later, so an English reader never sees the
 * hydrated page in Korean. Resolves (in Korean) if the chunk cannot be loaded.
 */
export function preloadChosenLang(): Promise<void> {
  const lang = storedFallback ?? readStoredLang();
  if (loaded[lang]) return Promise.resolve();
  loadMessages(lang);
  return loading ?? Promise.resolve();
}

/** The language to show: the chosen one once its strings are here, Korean until then. */
function readLang(): Lang {
  const lang = storedFallback ?? readStoredLang();
  if (loaded[lang]) return lang;
  loadMessages(lang);
  return defaultLang;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === storageKey) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function setLang(lang: Lang): void {
  try {
    localStorage.setItem(storageKey, lang);
  } catch {
    storedFallback = lang;
  }
  listeners.forEach((listener) => listener());
}

export function useLang(): Lang {
  return useSyncExternalStore(subscribe, readLang, () => defaultLang);
}

export function useMessages(): Messages {
  return loaded[useLang()] ?? ko;
}

export function useLanguageSwitch() {
  const lang = useLang();
  const toggle = useCallback(() => setLang(lang === 'ko' ? 'en' : 'ko'), [lang]);
  return { lang, toggle };
}

/** Keep `<html lang>` in step with the UI language. */
export function useDocumentLang(): void {
  const lang = useLang();
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
}

const monthsEn = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * `2024-10-24` → `2024년 10월 24일` / `Oct 24, 2024`. By hand rather than Intl, so the server's
 * ICU and the browser's can never disagree during hydration.
 */
export function formatDate(date: string | null, lang: Lang): string | null {
  if (!date) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!match) return date;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  return lang === 'ko' ? `${year}년 ${month}월 ${day}일` : `${monthsEn[month - 1]} ${day}, ${year}`;
}
