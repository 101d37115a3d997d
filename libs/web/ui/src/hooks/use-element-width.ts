import { useLayoutEffect, useRef, useState } from 'react';

/**
 * The width of an element, followed as the window resizes: charts (recharts) need a number of
 * pixels, not a percentage. jsdom and a hidden tab measure 0; `fallback` is then the width, so a
 * chart still draws instead of vanishing.
 */
export function useElementWidth<T extends HTMLElement = HTMLElement>(fallback: number) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setWidth(el.clientWidth || fallback);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [fallback]);
  return { ref, width };
}
