import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fixture, renderApp } from './render-app.tsx';

const session = fixture.index.sessions.find((s) => s.reviewCount > 1)!;
const sessionPath = `/sessions/${session.id.split('/').map(encodeURIComponent).join('/')}`;
/** What leaves the app ends in a slash: the page's own file on a static host, no redirect. */
const sharedPath = `${sessionPath}/`;

describe('copy link', () => {
  it('copies the session’s canonical address and says so', async () => {
    const { user } = renderApp(sessionPath);
    await screen.findByRole('heading', { level: 1, name: session.title });
    const button = screen.getByRole('button', { name: '세션 링크 복사' });
    await user.click(button);
    expect(await navigator.clipboard.readText()).toBe(`${window.location.origin}${sharedPath}`);
    expect(within(button.parentElement!).getByRole('status')).toHaveTextContent('링크를 복사했습니다.');
  });

  it('copies a link to one review’s notes, pointing at their place on the session page', async () => {
    const { user } = renderApp(sessionPath);
    await screen.findByRole('heading', { level: 1, name: session.title });
    const [first] = screen.getAllByRole('button', { name: '이 후기 링크 복사' });
    await user.click(first!);
    const copied = new URL(await navigator.clipboard.readText());
    expect(copied.pathname).toBe(sharedPath);
    // The anchor names an element on the page: the write-up it was copied from.
    const target = document.getElementById(decodeURIComponent(copied.hash.slice(1)));
    expect(target).not.toBeNull();
    expect(target).toContainElement(first!);
  });

  it('shows the address, selected, when the clipboard is out of reach', async () => {
    const { user } = renderApp(sessionPath);
    await screen.findByRole('heading', { level: 1, name: session.title });
    // A browser that refuses clipboard access (plain http, a locked-down profile).
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    await user.click(screen.getByRole('button', { name: '세션 링크 복사' }));
    const field = within((await screen.findByText(/클립보드를 쓸 수 없습니다/)).closest('label')!).getByRole('textbox');
    expect(field).toHaveValue(`${window.location.origin}${sharedPath}`);
    // Focus moves in an effect after the fallback renders.
    await waitFor(() => expect(field).toHaveFocus());
  });
});
