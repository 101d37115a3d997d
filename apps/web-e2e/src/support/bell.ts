import type { Locator, Page } from 'playwright-core';
import { eventually } from './api';

/**
 * Opens the notification bell and finds the notice with this text. Consecutive unread notices of
 * one kind fold into a group ("3 leads are overdue"), and a notice arriving while the panel is
 * open can fold into a group that is closed, so every closed group is opened again until the
 * notice shows.
 */
export async function bellItem(page: Page, text: string): Promise<Locator> {
  await page.getByTestId('notification-bell').click();
  const panel = page.getByTestId('notification-panel');
  const item = panel.locator('[data-testid^="notification-item-"]', { hasText: text });
  await eventually(`the notification "${text}"`, async () => {
    for (const toggle of await panel.getByTestId('notification-group-toggle').all()) {
      if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
    }
    return (await item.count()) > 0;
  });
  return item;
}
