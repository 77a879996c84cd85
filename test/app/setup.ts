import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';

// The first visit to a lazy page transforms its module (react-markdown and all) on the fly.
configure({ asyncUtilTimeout: 5000 });

beforeEach(() => {
  // jsdom has no scrolling; ScrollRestoration calls these on every navigation.
  window.scrollTo = () => {};
  Element.prototype.scrollIntoView = () => {};
});

afterEach(() => {
  cleanup();
  localStorage.clear();
  document.documentElement.removeAttribute('data-theme');
  document.documentElement.lang = 'ko';
  document.title = '';
});
