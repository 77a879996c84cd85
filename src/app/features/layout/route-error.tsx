import { useRevalidator, useRouteError } from 'react-router';
import { LoadFailed } from '../../components/status.tsx';
import { errorMeta } from '../../head/meta.ts';
import { useDocumentTitle } from '../../head/use-document-title.ts';
import { isNotFound } from '../../data/transport.ts';
import { useMessages } from '../../i18n/i18n.ts';
import { NotFound } from '../not-found/not-found.tsx';

/** Every page's error boundary: missing things get suggestions, failures get a retry. */
export function RouteError() {
  const error = useRouteError();
  if (isNotFound(error)) return <NotFound kind={error.kind} id={error.id} />;
  return <RouteLoadFailed error={error} />;
}

function RouteLoadFailed({ error }: { error: unknown }) {
  const t = useMessages();
  const revalidator = useRevalidator();
  useDocumentTitle(errorMeta(t).title);
  const detail = error instanceof Error ? error.message : undefined;
  return <LoadFailed onRetry={() => void revalidator.revalidate()} detail={detail} />;
}
