import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useElementWidth } from './use-element-width';

function Probe({ fallback }: { fallback: number }) {
  const { ref, width } = useElementWidth<HTMLDivElement>(fallback);
  return (
    <div ref={ref} data-testid="probe">
      {width}
    </div>
  );
}

let restore = () => {};
afterEach(() => {
  restore();
  restore = () => {};
  vi.restoreAllMocks();
});

describe('useElementWidth', () => {
  it('uses the fallback while the element measures 0 (jsdom, a hidden tab)', () => {
    render(<Probe fallback={360} />);
    expect(screen.getByTestId('probe').textContent).toBe('360');
  });

  it('follows the element as it resizes and stops watching once unmounted', () => {
    let resized: () => void = () => undefined;
    const disconnect = vi.fn();
    // The test setup's stub is writable but cannot be redefined (vi.stubGlobal): swap it by hand.
    const original = globalThis.ResizeObserver;
    globalThis.ResizeObserver = class {
      constructor(callback: () => void) {
        resized = callback;
      }
      observe() {}
      unobserve() {}
      disconnect() {
        disconnect();
      }
    } as unknown as typeof ResizeObserver;
    restore = () => {
      globalThis.ResizeObserver = original;
    };
    const clientWidth = vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(500);
    const { unmount } = render(<Probe fallback={360} />);
    expect(screen.getByTestId('probe').textContent).toBe('500');
    clientWidth.mockReturnValue(720);
    act(() => resized());
    expect(screen.getByTestId('probe').textContent).toBe('720');
    unmount();
    expect(disconnect).toHaveBeenCalledTimes(1);
  });
});
