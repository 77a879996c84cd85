import { useRouteError } from 'react-router';
import { LoadFailed } from '../../components/status.tsx';

/** Last resort if the shell itself fails: still a message and a way forward, never blank. */
export function RootError() {
  const error = useRouteError();
  return (
    <main id="main" className="shell">
      <LoadFailed
        onRetry={() => window.location.reload()}
        detail={error instanceof Error ? error.message : undefined}
      />
    </main>
  );
}
