import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { usePrefetchSession } from '../data/hooks.ts';
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
    <Link
      to={sessionHref(id)}
      className={className}
      rel={rel}
      onMouseEnter={prefetch}
      onFocus={prefetch}
      onTouchStart={prefetch}
    >
      {children}
    </Link>
  );
}
