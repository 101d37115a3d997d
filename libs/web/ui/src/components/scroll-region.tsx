import type { ReactNode } from 'react';

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
