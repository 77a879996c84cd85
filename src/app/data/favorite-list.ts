/**
 * The starred ids as a list, and adding many at once: for the favorites page only, so the cards'
 * stars on every other page do not load them (favorites.ts).
 */
import { useSyncExternalStore } from 'react';
import { getFavorites, subscribe, write } from './favorites.ts';

/** Adds the ids not yet starred, after the existing ones, in the given order. */
export function addFavorites(add: readonly string[]): void {
  const ids = getFavorites();
  write([...ids, ...add.filter((id) => !ids.includes(id))]);
}

const unknown = () => null;

/** The starred ids, or null while hydrating pre-rendered HTML (not known on the server). */
export function useFavorites(): string[] | null {
  return useSyncExternalStore<string[] | null>(subscribe, getFavorites, unknown);
}
