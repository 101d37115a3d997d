import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { initI18n } from '@rapport/web-ui';

// jsdom has no layout engine; antd's responsive helpers need matchMedia to exist.
if (!window.matchMedia) {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }),
  });
}

// antd measures scrollbars with getComputedStyle(el, '::-webkit-scrollbar'); jsdom logs a
// "not implemented" error for pseudo-elements, so answer without the pseudo-element.
const getComputedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (element: Element) => getComputedStyle(element);

initI18n('en');

afterEach(() => {
  cleanup();
});
