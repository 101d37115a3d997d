import { Button, type ButtonProps } from 'antd';
import type { MouseEvent } from 'react';
import { useHref, useLinkClickHandler, type To } from 'react-router';

export interface LinkButtonProps extends Omit<ButtonProps, 'href' | 'htmlType' | 'onClick'> {
  /** Where the link goes in the app (a path, or a react-router `To`). */
  to: To;
  replace?: boolean;
  state?: unknown;
  onClick?: (event: MouseEvent<HTMLAnchorElement>) => void;
}

/**
 * A link drawn as an antd button: one real `<a href>` (not a `<button>` inside a router `<Link>`,
 * two interactive elements in one, which a screen reader announces twice and axe flags as
 * nested-interactive). A plain left click navigates in the app without a reload; a click with
 * Ctrl/⌘/Shift/Alt, a middle click or "open in new tab" is left to the browser, like any link.
 */
export function LinkButton({ to, replace, state, target, onClick, ...props }: LinkButtonProps) {
  const href = useHref(to);
  // react-router's own rule for <Link>: only an unmodified left click on a same-tab link is taken over.
  const navigate = useLinkClickHandler<HTMLAnchorElement>(to, { replace, state, target });
  return (
    <Button
      {...props}
      href={href}
      target={target}
      onClick={(event) => {
        const click = event as MouseEvent<HTMLAnchorElement>;
        onClick?.(click);
        if (!click.defaultPrevented) navigate(click);
      }}
    />
  );
}
