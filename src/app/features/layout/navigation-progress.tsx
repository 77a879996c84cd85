import { useMessages } from '../../i18n/i18n.ts';
import { useNavigationPending } from '../../navigation/history-router.tsx';

/** A thin bar at the top while the next page's data and code load. */
export function NavigationProgress() {
  const t = useMessages();
  if (!useNavigationPending()) return null;
  return <div className="nav-progress" role="progressbar" aria-label={t.loading} />;
}
