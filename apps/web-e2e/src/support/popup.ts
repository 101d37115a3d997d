import type { Locator } from 'playwright-core';

/**
 * Waits until `inside` has stopped moving: the zoom-in of an antd popup around it over (antd holds
 * the first, smaller frame until the motion starts) and its place steady for a few frames (a popup
 * realigns when the page scrolls, the viewport or the language changes, or the header above it
 * fills in; a menu group slides open). Playwright checks only that the mouse-down hits the target:
 * if the target moves before the mouse-up, the click goes to neither and nothing happens (the
 * confirmation stays open and the action is never taken) while Playwright reports success.
 */
export async function popupSettled(inside: Locator): Promise<void> {
  await inside.waitFor();
  await inside.evaluate(
    (el) =>
      new Promise<void>((resolve) => {
        let last = '';
        let steady = 0;
        const look = () => {
          const popup = el.closest('.ant-popover, .ant-dropdown, .ant-menu-submenu-popup');
          const moving = /-(appear|enter|leave)(-|\s|$)/.test(popup?.className ?? '');
          const r = el.getBoundingClientRect();
          const box = `${r.x},${r.y},${r.width},${r.height}`;
          steady = !moving && box === last ? steady + 1 : 0;
          last = box;
          if (steady >= 3) resolve();
          else requestAnimationFrame(look);
        };
        look();
      }),
  );
}

/** Clicks a button inside a popup (a confirmation's "Yes") once it is in view and still. */
export async function clickWhenStill(target: Locator): Promise<void> {
  await popupSettled(target);
  // Brought into view first: a scroll inside the click would realign the popup under the mouse.
  await target.scrollIntoViewIfNeeded();
  await popupSettled(target);
  await target.click();
}
