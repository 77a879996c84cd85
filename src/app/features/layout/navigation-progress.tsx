import { useNavigation } from 'react-router';
import { useMessages } from '../../i18n/i18n.ts';

/** A thin bar at the top while the next page's data and code load. */
export function NavigationProgress() {
  const t = useMessages();
  const navigation = useNavigation();
  if (navigation.state === 'idle') return null;
  return <div className="nav-progress" role="progressbar" aria-label={t.loading} />;
}
