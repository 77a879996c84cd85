import { useEffect, useRef, type ReactNode } from 'react';
import { Outlet, useLocation } from 'react-router';
import { AppLink } from '../../components/app-link.tsx';
import { useDocumentLang, useMessages } from '../../i18n/i18n.ts';
import { RouteOutlet } from '../../navigation/route-page.tsx';
import { ScrollRestoration } from '../../navigation/scroll-restoration.tsx';
import { checkHref, companiesHref, favoritesHref, homeHref, speakersHref, tagsHref, topicsHref } from '../../routes.ts';
import { SearchBox } from '../search/search-box.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { NavigationProgress } from './navigation-progress.tsx';
import { ThemeSwitch } from './theme-switch.tsx';

/**
 * A main navigation link; the section the reader is in gets aria-current="page", matched as
 * NavLink matches (case-insensitive, the link's path or below it; `end`: the path only). A plain
 * AppLink: the header is on every page, and NavLink's resolving and matching on each render
 * was a tenth of pre-rendering a big site, and part of every page's hydration.
 */
function NavItem({ to, pathname, end = false, children }: { to: string; pathname: string; end?: boolean; children: ReactNode }) {
  const path = to.length > 1 ? to.replace(/\/$/, '').toLowerCase() : to;
  const here = pathname.toLowerCase();
  const current = here === path || here === `${path}/` || (!end && path !== '/' && here.startsWith(`${path}/`));
  return (
    <li>
      <AppLink to={to} aria-current={current ? 'page' : undefined}>
        {children}
      </AppLink>
    </li>
  );
}

/**
 * The shell around every page: header with nav and switches, main, footer. `keepsFocus` tells
 * whether the page at a path keeps focus where it is on navigation (the router knows its routes;
 * passed in so the shell does not import the router that renders it).
 */
export function Layout({ keepsFocus }: { keepsFocus: (pathname: string) => boolean }) {
  const t = useMessages();
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  useDocumentLang();
  useFocusMainOnNavigation(mainRef, keepsFocus(pathname));

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <NavigationProgress />
      <header className="site-header">
        <AppLink to={homeHref()} className="site-name">
          {t.siteName}
        </AppLink>
        <nav aria-label={t.mainNav} className="site-nav">
          <ul>
            {[
              { to: homeHref(), label: t.navTimeline, end: true },
              { to: tagsHref(), label: t.navTags },
              { to: topicsHref(), label: t.navTopics },
              { to: speakersHref(), label: t.navSpeakers },
              { to: companiesHref(), label: t.navCompanies },
              { to: favoritesHref(), label: t.navFavorites },
            ].map(({ to, label, end }) => (
              <NavItem key={to} to={to} pathname={pathname} end={end}>
                {label}
              </NavItem>
            ))}
          </ul>
        </nav>
        <SearchBox />
        <div className="site-switches">
          <LanguageSwitch />
          <ThemeSwitch />
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1}>
        <RouteOutlet>
          <Outlet />
        </RouteOutlet>
      </main>
      <footer className="site-footer">
        <p>{t.footer}</p>
        <p>
          <AppLink to={checkHref()}>{t.checkTitle}</AppLink>
        </p>
      </footer>
      <ScrollRestoration />
    </div>
  );
}

/**
 * After a client navigation to another page, move focus to <main> so keyboard and screen reader
 * users start at the new content instead of the link they left. Filter changes keep focus.
 */
function useFocusMainOnNavigation(mainRef: React.RefObject<HTMLElement | null>, keepFocus: boolean) {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    if (!keepFocus) mainRef.current?.focus({ preventScroll: true });
  }, [pathname, keepFocus, mainRef]);
}
