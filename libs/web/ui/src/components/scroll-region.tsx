import { useEffect, useRef, type ReactNode, type RefObject } from 'react';

export interface ScrollRegionProps {
  /** Names the region for screen readers, e.g. the table's title. */
  label: string;
  children: ReactNode;
  'data-testid'?: string;
}

/**
 * A wide table with nothing focusable in it (no links, no buttons) scrolls sideways here: the
 * region takes focus, so keyboard users can scroll it with the arrow keys (WCAG 2.1.1; axe:
 * scrollable-region-focusable). Tables with links in their rows use antd's own `scroll` instead.
 */
export function ScrollRegion({ label, children, 'data-testid': testId }: ScrollRegionProps) {
  return (
    <div role="region" aria-label={label} tabIndex={0} style={{ overflowX: 'auto' }} data-testid={testId}>
      {children}
    </div>
  );
}

/**
 * For an antd table that scrolls sideways itself (`scroll.x`): makes its scrolling box take focus,
 * so it can be scrolled from the keyboard whatever its rows hold — a page of revoked API keys or of
 * cost lines has no link or button to tab into (axe: scrollable-region-focusable). Put the ref on
 * an element around the table; `scrolls` says whether the table is given `scroll` now.
 */
export function useKeyboardScrollableTable<T extends HTMLElement>(scrolls: boolean): RefObject<T | null> {
  const ref = useRef<T>(null);
  useEffect(() => {
    for (const box of ref.current?.querySelectorAll<HTMLElement>('.ant-table-content') ?? []) {
      if (scrolls) box.tabIndex = 0;
      else box.removeAttribute('tabindex');
    }
  });
  return ref;
}
