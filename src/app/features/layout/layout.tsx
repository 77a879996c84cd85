import { useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useDocumentLang, useMessages } from '../../i18n/i18n.ts';
import { RouteOutlet } from '../../navigation/route-page.tsx';
import { ScrollRestoration } from '../../navigation/scroll-restoration.tsx';
import { matchAppRoute } from '../../router.tsx';
import { companiesHref, favoritesHref, homeHref, paths, speakersHref, topicsHref } from '../../routes.ts';
import { SearchBox } from '../search/search-box.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { NavigationProgress } from './navigation-progress.tsx';
import { ThemeSwitch } from './theme-switch.tsx';

/** The shell around every page: header with nav and switches, main, footer. */
export function Layout() {
  const t = useMessages();
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  useDocumentLang();
  useFocusMainOnNavigation(mainRef, matchAppRoute(pathname).route.keepFocus ?? false);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <NavigationProgress />
      <header className="site-header">
        <Link to={homeHref()} className="site-name">
          {t.siteName}
        </Link>
        <nav aria-label={t.mainNav} className="site-nav">
          <ul>
            <li>
              <NavLink to={homeHref()} end>
                {t.navTimeline}
              </NavLink>
            </li>
            <li>
              <NavLink to={paths.tags}>{t.navTags}</NavLink>
            </li>
            <li>
              <NavLink to={topicsHref()}>{t.navTopics}</NavLink>
            </li>
            <li>
              <NavLink to={speakersHref()}>{t.navSpeakers}</NavLink>
            </li>
            <li>
              <NavLink to={companiesHref()}>{t.navCompanies}</NavLink>
            </li>
            <li>
              <NavLink to={favoritesHref()}>{t.navFavorites}</NavLink>
            </li>
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
