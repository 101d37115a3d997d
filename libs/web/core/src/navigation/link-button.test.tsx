import { fireEvent, render, screen } from '@testing-library/react';
import type { MouseEvent as ReactMouseEvent } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LinkButton } from './link-button';

/** A two-page app in memory: the start page holds the LinkButton, /board says where we are. */
function renderApp(onClick?: (event: ReactMouseEvent<HTMLAnchorElement>) => void) {
  const router = createMemoryRouter(
    [
      { path: '/', element: <LinkButton to="/board?view=all" type="primary" onClick={onClick} data-testid="to-board">Board</LinkButton> },
      { path: '/board', element: <h1>On the board</h1> },
    ],
    { initialEntries: ['/'] },
  );
  const navigate = vi.spyOn(router, 'navigate');
  render(<RouterProvider router={router} />);
  return { router, navigate };
}

/**
 * Whether the app kept the browser from following the link. Read once the click has been through
 * React's handlers, which then stops jsdom following it itself (it cannot load another document).
 */
let leftToBrowser: boolean[] = [];
const recordClick = (event: Event) => {
  leftToBrowser.push(!event.defaultPrevented);
  event.preventDefault();
};
beforeEach(() => {
  leftToBrowser = [];
  window.addEventListener('click', recordClick);
});
afterEach(() => window.removeEventListener('click', recordClick));

const click = (init: MouseEventInit) => fireEvent(screen.getByTestId('to-board'), new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ...init }));

describe('LinkButton', () => {
  it('is one link with a real href, drawn as a button, with nothing interactive inside it', () => {
    renderApp();
    const link = screen.getByRole('link', { name: 'Board' });
    expect(link).toBe(screen.getByTestId('to-board'));
    expect(link.tagName).toBe('A');
    expect(link.getAttribute('href')).toBe('/board?view=all');
    expect(link.className).toContain('ant-btn-primary');
    expect(link.querySelector('a, button, input, [tabindex]')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('navigates in the app on a plain click, without the browser following the href', () => {
    const onClick = vi.fn();
    const { router, navigate } = renderApp(onClick);
    click({});
    expect(leftToBrowser).toEqual([false]);
    expect(navigate).toHaveBeenCalledTimes(1);
    expect(router.state.location.pathname).toBe('/board');
    expect(router.state.location.search).toBe('?view=all');
    expect(screen.getByRole('heading', { name: 'On the board' })).toBeTruthy();
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['Ctrl', { ctrlKey: true }],
    ['⌘', { metaKey: true }],
    ['Shift', { shiftKey: true }],
    ['Alt', { altKey: true }],
    ['middle-button', { button: 1 }],
  ])('leaves a %s click to the browser (new tab or window): no in-app navigation', (_kind, init) => {
    const { router, navigate } = renderApp();
    click(init);
    expect(leftToBrowser).toEqual([true]);
    expect(navigate).not.toHaveBeenCalled();
    expect(router.state.location.pathname).toBe('/');
  });

  it('does not navigate when its own onClick prevents it', () => {
    const { router, navigate } = renderApp((event) => event.preventDefault());
    click({});
    expect(navigate).not.toHaveBeenCalled();
    expect(router.state.location.pathname).toBe('/');
  });
});
