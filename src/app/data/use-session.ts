/** The session page's data (see hooks.ts). */
import { useSuspenseQuery } from '@tanstack/react-query';
import { sessionQuery } from './queries.ts';

export function useSession(id: string) {
  return useSuspenseQuery(sessionQuery(id)).data;
}
