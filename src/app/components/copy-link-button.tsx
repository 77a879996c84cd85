import { useEffect, useRef, useState } from 'react';
import { useHref } from 'react-router';
import { useMessages } from '../i18n/i18n.ts';
import { withTrailingSlash } from '../routes.ts';

type State = { status: 'idle' } | { status: 'copied' } | { status: 'failed'; url: string };

/**
 * Copies the canonical address of a page (or of a place on it) and says so. The address is
 * built from where the site is actually served, so a copy from a project page carries its base
 * path. Where the clipboard is out of reach (plain http, a locked-down browser), the address is
 * shown selected for copying by hand.
 */
export function CopyLinkButton({ to, label }: { to: string; /** Visible text: what the link points at. */ label: string }) {
  const t = useMessages();
  // The page's own address on a static host: a shared link never starts with a redirect.
  const href = useHref(withTrailingSlash(to));
  const [state, setState] = useState<State>({ status: 'idle' });
  const fallback = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (state.status === 'copied') {
      const timer = setTimeout(() => setState({ status: 'idle' }), 2500);
      return () => clearTimeout(timer);
    }
    if (state.status === 'failed') {
      fallback.current?.focus();
      fallback.current?.select();
    }
  }, [state]);

  const copy = async () => {
    const url = new URL(href, window.location.origin).href;
    try {
      await navigator.clipboard.writeText(url);
      setState({ status: 'copied' });
    } catch {
      setState({ status: 'failed', url });
    }
  };

  return (
    <span className="copy-link">
      <button type="button" className="button button--quiet" onClick={() => void copy()}>
        {label}
      </button>
      <span role="status" className="visually-hidden">
        {state.status === 'copied' ? t.linkCopied : ''}
      </span>
      {state.status === 'failed' && (
        <label className="copy-link__fallback">
          <span>{t.copyLinkFailed}</span>
          <input ref={fallback} readOnly value={state.url} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </span>
  );
}
