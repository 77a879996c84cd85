import { use, type AnchorHTMLAttributes, type MouseEvent } from 'react';
import { UNSAFE_NavigationContext as NavigationContext, type Navigator } from 'react-router';

/** A click for the app to follow: the main button, no modifier (those open tabs and windows). */
export function isPlainClick(event: MouseEvent): boolean {
  return !event.defaultPrevented && event.button === 0 && !event.metaKey && !event.altKey && !event.ctrlKey && !event.shiftKey;
}

/**
 * Goes to `href` (the base included) in the app, as <Link> does: a new history entry, or the
 * same one replaced when the link is to where the reader already is.
 */
export function followInApp(navigator: Navigator, href: string): void {
  const { pathname, search, hash } = window.location;
  if (pathname + search + hash === href) navigator.replace(href);
  else navigator.push(href);
}

/**
 * The app's link: a plain `<a>` that reads only the router's basename and history, which change
 * with the app, not with every navigation. react-router's <Link> resolves its path against the
 * current location and subscribes to it, which at dozens of links per scroll frame or toggle was
 * a large part of the script time; it also brings prefetching and route discovery a static site
 * does not use, a third of react-router's first-load bytes (production-router.ts).
 * `to` is an href from routes.ts below the root (`/sessions/…`, `/tags/…#…`). A plain click on a
 * link without another target is followed in the app; any other is the browser's.
 */
export function AppLink({ to, ...props }: Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href' | 'onClick'> & { to: string }) {
  const { basename, navigator } = use(NavigationContext);
  const href = basename.replace(/\/$/, '') + to;
  return (
    <a
      {...props}
      href={href}
      onClick={(event) => {
        if (!isPlainClick(event) || (props.target && props.target !== '_self')) return;
        event.preventDefault();
        followInApp(navigator, href);
      }}
    />
  );
}
