import type { CSSProperties } from 'react';

/**
 * Out of sight but in the accessibility tree: for texts only screen readers need (live
 * announcements, a skip link until it gets focus). `display: none` would hide them from both.
 */
export const VISUALLY_HIDDEN: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
  border: 0,
};
