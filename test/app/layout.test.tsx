import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { themeScript } from '../../src/app/theme-script.ts';
import { renderApp } from './render-app.tsx';

describe('language switch', () => {
  it('switches the UI to English, updates <html lang> and the title, and persists', async () => {
    const first = renderApp('/');
    await screen.findByRole('heading', { level: 1, name: '타임라인' });
    await first.user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Timeline' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(screen.getByText('2 reviews')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    await waitFor(() => expect(document.title).toBe('Timeline · talkshelf'));
    first.unmount();

    // A new visit (reload) keeps English.
    renderApp('/tags');
    expect(await screen.findByRole('heading', { level: 1, name: 'Tags' })).toBeInTheDocument();
    const back = screen.getByRole('button', { name: '한국어' });
    expect(back).toHaveAttribute('lang', 'ko');
  });

  it('switches back to Korean', async () => {
    localStorage.setItem('talkshelf.lang', 'en');
    const { user } = renderApp('/');
    await user.click(await screen.findByRole('button', { name: '한국어' }));
    expect(await screen.findByRole('heading', { level: 1, name: '타임라인' })).toBeInTheDocument();
    expect(localStorage.getItem('talkshelf.lang')).toBe('ko');
    expect(document.documentElement.lang).toBe('ko');
  });
});

describe('theme switch', () => {
  it('follows the system by default and lets the reader pick light or dark, persisted', async () => {
    const { user, unmount } = renderApp('/');
    const select = await screen.findByRole('combobox', { name: '테마' });
    expect(select).toHaveValue('system');
    expect(document.documentElement).not.toHaveAttribute('data-theme');

    await user.selectOptions(select, 'dark');
    expect(document.documentElement).toHaveAttribute('data-theme', 'dark');
    expect(localStorage.getItem('talkshelf.theme')).toBe('dark');
    unmount();

    renderApp('/');
    expect(await screen.findByRole('combobox', { name: '테마' })).toHaveValue('dark');
    await user.selectOptions(screen.getByRole('combobox', { name: '테마' }), 'system');
    expect(document.documentElement).not.toHaveAttribute('data-theme');
    expect(localStorage.getItem('talkshelf.theme')).toBeNull();
  });

  it('ships a pre-paint script that applies a stored manual theme and marks the page as scripted', () => {
    localStorage.setItem('talkshelf.theme', 'light');
    new Function(themeScript)();
    expect(document.documentElement).toHaveAttribute('data-theme', 'light');
    expect(document.documentElement).toHaveAttribute('data-js');
    document.documentElement.removeAttribute('data-theme');
    localStorage.setItem('talkshelf.theme', 'bogus');
    new Function(themeScript)();
    expect(document.documentElement).not.toHaveAttribute('data-theme');
  });
});

describe('landmarks and keyboard', () => {
  it('has banner, navigation, main and footer, and a skip link first in tab order', async () => {
    const { user } = renderApp('/');
    await screen.findByRole('heading', { level: 1, name: '타임라인' });
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    expect(screen.getAllByRole('banner').length).toBeGreaterThan(0);
    await user.tab();
    expect(screen.getByRole('link', { name: '본문으로 건너뛰기' })).toHaveFocus();
    expect(screen.getByRole('link', { name: '본문으로 건너뛰기' })).toHaveAttribute('href', '#main');
  });

  it('moves focus to the main content after navigating to another page, by keyboard alone', async () => {
    const { user } = renderApp('/');
    const link = await screen.findByRole('link', { name: 'Redis 캐시 전략' });
    link.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Redis 캐시 전략' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('main')).toHaveFocus());
    const nav = screen.getByRole('navigation', { name: '주 메뉴' });
    await user.click(within(nav).getByRole('link', { name: '태그' }));
    expect(await screen.findByRole('heading', { level: 1, name: '태그' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: '태그' })).toHaveAttribute('aria-current', 'page');
  });

  it('marks the section a page belongs to in the main menu, and only that one', async () => {
    renderApp('/speakers/신재홍');
    expect(await screen.findByRole('heading', { level: 1, name: '신재홍' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: '주 메뉴' });
    expect(within(nav).getByRole('link', { name: '발표자' })).toHaveAttribute('aria-current', 'page');
    // The timeline's link is for the home page only, not for everything under it.
    expect(within(nav).getByRole('link', { name: '타임라인' })).not.toHaveAttribute('aria-current');
    expect(within(nav).getAllByRole('link').filter((link) => link.hasAttribute('aria-current'))).toHaveLength(1);
  });
});
