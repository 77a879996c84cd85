import { use, type AnchorHTMLAttributes } from 'react';
import { UNSAFE_NavigationContext as NavigationContext } from 'react-router';

/**
 * A router link for long lists (the cards' titles and tags): a plain `<a>` that reads only the
 * router's basename and history, which change with the app, not with every navigation.
 * react-router's <Link> resolves its path against the current location and subscribes to it,
 * which at dozens of links per scroll frame or toggle was a large part of the script time.
 * `to` is an href from routes.ts below the root (`/sessions/…`, `/tags/…`). A plain left click
 * navigates in the app (a new history entry, as <Link>); any other click is the browser's.
 */
export function ListLink({ to, ...props }: Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href' | 'onClick'> & { to: string }) {
  const { basename, navigator } = use(NavigationContext);
  const href = basename.replace(/\/$/, '') + to;
  return (
    <a
      {...props}
      href={href}
      onClick={(event) => {
        if (event.button || event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
        event.preventDefault();
        navigator.push(href);
      }}
    />
  );
}
