import type { ReactNode } from 'react';
import { usePrefetchSession } from '../data/prefetch-session.ts';
import { AppLink } from './app-link.tsx';
import { sessionHref } from '../routes.ts';

/** A link to a session page that starts loading the session as soon as it is hovered or focused. */
export function SessionLink({
  id,
  children,
  className,
  rel,
}: {
  id: string;
  children: ReactNode;
  className?: string;
  rel?: string;
}) {
  const prefetch = usePrefetchSession(id);
  return (
    <AppLink
      to={sessionHref(id)}
      className={className}
      rel={rel}
      onMouseEnter={prefetch}
      onFocus={prefetch}
      onTouchStart={prefetch}
    >
      {children}
    </AppLink>
  );
}
