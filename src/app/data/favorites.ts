/**
 * Starred sessions, kept in localStorage as `{"version":1,"ids":[…]}`.
 *
 * Whatever is stored is read defensively: a value from an older version of the site (a bare
 * array of ids) is taken over, anything else that does not parse (hand-edited, truncated, another
 * app's key) counts as no favorites and is replaced on the next change. Never a crash.
 *
 * Pre-rendered HTML cannot know the reader's stars: stars render unpressed during hydration and
 * the stored ones appear right after.
 *
 * This module is what every card's star needs (it loads with the first cards); the whole list and
 * adding many at once are in favorite-list.ts, which only the favorites page loads.
 */
import { useSyncExternalStore } from 'react';

export const favoritesStorageKey = 'talkshelf.favorites';
const VERSION = 1;

/** Ids from a stored value, whatever its version or state; [] for anything unusable. */
export function parseFavorites(raw: string | null): string[] {
  if (raw === null || raw === '') return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return [];
  }
  // Version 0: a bare array of ids.
  const ids = Array.isArray(value)
    ? value
    : typeof value === 'object' && value !== null && (value as { version?: unknown }).version === VERSION
      ? (value as { ids?: unknown }).ids
      : undefined;
  if (!Array.isArray(ids)) return [];
  return [...new Set(ids.filter((id): id is string => typeof id === 'string' && id !== '').map((id) => id.normalize('NFC')))];
}

export function serializeFavorites(ids: readonly string[]): string {
  return JSON.stringify({ version: VERSION, ids });
}

const listeners = new Set<() => void>();
/** Used when localStorage refuses reads or writes (private mode, quota): stars still work. */
let memory: string | null = null;
let memoryOnly = false;
let cached: { raw: string | null; ids: string[] } = { raw: null, ids: [] };

function readRaw(): string | null {
  if (memoryOnly) return memory;
  try {
    return localStorage.getItem(favoritesStorageKey);
  } catch {
    memoryOnly = true;
    return memory;
  }
}

/** The same array as long as the stored text is the same, as useSyncExternalStore requires. */
export function getFavorites(): string[] {
  const raw = readRaw();
  if (raw !== cached.raw) cached = { raw, ids: parseFavorites(raw) };
  return cached.ids;
}

export function write(ids: readonly string[]): void {
  const raw = serializeFavorites(ids);
  memory = raw;
  if (!memoryOnly) {
    try {
      localStorage.setItem(favoritesStorageKey, raw);
    } catch {
      memoryOnly = true;
    }
  }
  listeners.forEach((listener) => listener());
}

export function toggleFavorite(id: string): void {
  const ids = getFavorites();
  write(ids.includes(id) ? ids.filter((other) => other !== id) : [...ids, id]);
}

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab starred something.
  const onStorage = (event: StorageEvent) => {
    if (event.key === favoritesStorageKey || event.key === null) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function useIsFavorite(id: string): boolean {
  return useSyncExternalStore(
    subscribe,
    () => getFavorites().includes(id),
    () => false,
  );
}
