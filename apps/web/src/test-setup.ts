import { createRequire } from 'node:module';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { decorativeByDefault, i18n, initI18n } from '@rapport/web-ui';
import { installStyleMatchPrefilter } from './testing/style-match-prefilter';

// Icons decorative by default, as in the app (docs/adr/0012-decorative-icons.md). Vitest loads
// antd and @ant-design/icons as Node CommonJS, out of reach of the build's module swap
// (vite-decorative-icons.ts); every icon module reads its renderer's `default` export at render
// time, so the same wrapper goes there.
const requireCjs = createRequire(import.meta.url);
for (const renderer of ['AntdIcon', 'AntdIconLight']) {
  const module = requireCjs(`@ant-design/icons/lib/components/${renderer}`) as { default: Parameters<typeof decorativeByDefault>[0] };
  module.default = decorativeByDefault(module.default);
}

// jsdom has no layout engine; antd's responsive helpers need matchMedia. Width queries are
// answered against window.innerWidth (1024 in jsdom) so screens render in their desktop shape.
function matchesWidth(query: string): boolean {
  const min = /min-width:\s*([\d.]+)px/.exec(query);
  const max = /max-width:\s*([\d.]+)px/.exec(query);
  const width = window.innerWidth;
  return (!min || width >= Number(min[1])) && (!max || width <= Number(max[1]));
}
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: matchesWidth(query),
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});

// Overflowing menus and tables observe their size; jsdom never resizes, so a no-op is faithful.
if (!('ResizeObserver' in window)) {
  class ResizeObserverStub {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.defineProperty(window, 'ResizeObserver', { writable: true, value: ResizeObserverStub });
  Object.defineProperty(globalThis, 'ResizeObserver', { writable: true, value: ResizeObserverStub });
}

// antd measures scrollbars with getComputedStyle(el, '::-webkit-scrollbar'); jsdom logs a
// "not implemented" error for pseudo-elements, so answer without the pseudo-element.
const getComputedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (element: Element) => getComputedStyle(element);
// Style answers are what Testing Library's role queries spend their time on (see the prefilter).
installStyleMatchPrefilter(document);

// English is bundled, so this is ready at once.
// The app fetches a Chinese bundle only when someone reads in Chinese; tests that format in all
// three languages (`t(key, { lng })`, Intl labels) need every bundle there before they start.
await initI18n('en');
await i18n.loadLanguages(['zh-CN', 'zh-TW']);

afterEach(() => {
  cleanup();
});
