import { createElement, forwardRef, type ComponentType, type Ref } from 'react';

/** The props of an @ant-design/icons component that decide what a screen reader hears of it. */
export interface IconAriaProps {
  'aria-label'?: string;
  'aria-labelledby'?: string;
  'aria-hidden'?: boolean | 'true' | 'false';
  role?: string;
  [prop: string]: unknown;
}

/** Whether the caller named the icon: then it is content (a status, a click target), not decoration. */
export function isNamedIcon(props: IconAriaProps): boolean {
  return props['aria-label'] != null || props['aria-labelledby'] != null;
}

/**
 * What an icon renders with: the caller's props, and — unless the caller named the icon — hidden
 * from assistive technology, without the English icon name ("plus", "down") @ant-design/icons
 * puts on every icon as its `aria-label`. An explicit `aria-hidden` or `role` from the caller wins.
 */
export function decorativeIconProps(props: IconAriaProps): IconAriaProps {
  if (isNamedIcon(props)) return props;
  return { role: undefined, 'aria-label': undefined, 'aria-hidden': true, ...props };
}

/** Statics the two-tone icon component carries (`AntdIcon.getTwoToneColor`, …); kept on the wrapper. */
const STATICS = ['getTwoToneColor', 'setTwoToneColor'] as const;

/**
 * Wraps @ant-design/icons' own icon component (`components/AntdIcon` or `AntdIconLight`, which
 * every icon module renders) so that icons are decorative by default, ours and antd's internal
 * ones alike (docs/adr/0012-decorative-icons.md). The build and dev server swap it in for that
 * module (apps/web/vite-decorative-icons.ts); vitest, which loads antd as CommonJS, puts it in the
 * CommonJS module's export (apps/web/src/test-setup.ts). Nothing imports it otherwise. A button
 * or link beside an icon already says what it does; an icon that must speak gets `aria-label={t(…)}`.
 */
export function decorativeByDefault<C extends ComponentType<IconAriaProps>>(Icon: C): C {
  const Decorative = forwardRef(function DecorativeIcon(props: IconAriaProps, ref: Ref<HTMLSpanElement>) {
    return createElement(Icon, { ...decorativeIconProps(props), ref });
  });
  const source = Icon as unknown as Record<string, unknown>;
  const target = Decorative as unknown as Record<string, unknown>;
  for (const key of STATICS) if (key in source) target[key] = source[key];
  return Decorative as unknown as C;
}
