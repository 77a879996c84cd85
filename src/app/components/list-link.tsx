import { use, type AnchorHTMLAttributes, type MouseEvent } from 'react';
import { UNSAFE_NavigationContext as NavigationContext } from 'react-router';

/**
 * A router link for long lists (the cards' titles and tags): a plain `<a>` that reads only the
 * router's basename and history, which change with the app, not with every navigation.
 * react-router's <Link> resolves its path against the current location and subscribes to it,
 * which at dozens of links per scroll frame or toggle was a large part of the script time.
 * `to` is an absolute href from routes.ts.
 */
export function ListLink({ to, onClick, ...props }: Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string }) {
  const { basename, navigator } = use(NavigationContext);
  const href = basename === '/' ? to : to === '/' || /^\/[?#]/.test(to) ? `${basename}${to.slice(1)}` : `${basename.replace(/\/$/, '')}${to}`;
  const navigate = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
    if (props.target && props.target !== '_self') return;
    event.preventDefault();
    // As <Link>: a link to the page it is on replaces the entry instead of adding one.
    const here = `${window.location.pathname}${window.location.search}${window.location.hash}`;
    (here === href ? navigator.replace : navigator.push)(href);
  };
  return <a {...props} href={href} onClick={navigate} />;
}
