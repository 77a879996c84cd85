import { useMessages } from '../i18n/i18n.ts';

/** Marks a page that is still loading (scroll-restoration.tsx waits for it to go). */
export const PAGE_LOADING_CLASS = 'page-loading';

export function PageLoading() {
  const t = useMessages();
  return (
    <p className={PAGE_LOADING_CLASS} role="status">
      {t.loading}
    </p>
  );
}

/** A failed load: say so and offer a retry, never a blank page. */
export function LoadFailed({ onRetry, detail }: { onRetry: () => void; detail?: string }) {
  const t = useMessages();
  return (
    <section className="load-failed" role="alert" aria-labelledby="load-failed-title">
      <h1 id="load-failed-title">{t.errorTitle}</h1>
      <p>{t.errorMessage}</p>
      {detail && <p className="muted">{detail}</p>}
      <button type="button" className="button" onClick={onRetry}>
        {t.retry}
      </button>
    </section>
  );
}
