import { use, type AnchorHTMLAttributes } from 'react';
import { UNSAFE_NavigationContext as NavigationContext } from 'react-router';

/**
 * The app's link: a plain `<a>` that reads only the router's basename and history, which change
 * with the app, not with every navigation. react-router's <Link> resolves its path against the
 * current location and subscribes to it, which at dozens of links per scroll frame or toggle was
 * a large part of the script time; it also brings prefetching and route discovery a static site
 * does not use, a third of react-router's first-load bytes (production-router.ts).
 * `to` is an href from routes.ts below the root (`/sessions/…`, `/tags/…#…`). A plain left click
 * on a link without another target navigates in the app, as <Link> does: a new history entry,
 * or a replaced one when the link is to where the reader already is. Any other click is the
 * browser's (new tab, new window).
 */
export function AppLink({ to, ...props }: Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href' | 'onClick'> & { to: string }) {
  const { basename, navigator } = use(NavigationContext);
  const href = basename.replace(/\/$/, '') + to;
  return (
    <a
      {...props}
      href={href}
      onClick={(event) => {
        if (event.button || event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
        if (props.target && props.target !== '_self') return;
        event.preventDefault();
        const { pathname, search, hash } = window.location;
        if (pathname + search + hash === href) navigator.replace(href);
        else navigator.push(href);
      }}
    />
  );
}
