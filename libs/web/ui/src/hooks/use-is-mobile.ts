import { Grid } from 'antd';

/**
 * True below antd's `md` breakpoint (768px). useBreakpoint is empty on the first render; treating
 * "unknown" as desktop avoids flashing the drawer button on every desktop page load.
 */
export function useIsMobile(): boolean {
  const screens = Grid.useBreakpoint();
  return screens.md === false;
}
