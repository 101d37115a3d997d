/**
 * antd forwards data-* props of config-built items (menu items, select options, button props) to
 * the DOM, but their TypeScript types do not declare them. This adds one without loosening types.
 */
export function withTestId<T extends object>(item: T, testId: string): T {
  return { ...item, 'data-testid': testId } as T;
}
