import type { Page } from 'playwright-core';

/**
 * Getting a screen ready to be checked (axe, accessible names): shared by the accessibility tests.
 */

export const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

// Open popups (select lists, menus, date pickers) and toasts: a screen is checked without them.
export const TRANSIENT = [
  '.ant-select-dropdown:not(.ant-select-dropdown-hidden)',
  '.ant-dropdown:not(.ant-dropdown-hidden)',
  '.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)',
  '.ant-message-notice',
].join(', ');

/**
 * Waits until nothing matching `busy` is there for two looks in a row (a list may refetch once),
 * then for antd's enter animations: a half-faded element has a contrast it never keeps.
 */
export async function quiet(page: Page, busy: string): Promise<void> {
  let calm = 0;
  const until = Date.now() + 20_000;
  while (calm < 2 && Date.now() < until) {
    calm = (await page.locator(busy).count()) === 0 ? calm + 1 : 0;
    await page.waitForTimeout(150);
  }
  await page.waitForTimeout(300);
}

const LOADING = '.ant-spin-spinning, .ant-skeleton-active, [aria-busy="true"]';

/** A screen is ready when its h1 is there and nothing is loading or opening any more (popups gone). */
export async function settle(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await quiet(page, `${LOADING}, ${TRANSIENT}`);
}

/** Ready with a popup deliberately open: loading done, the popup's own opening animation over. */
export async function settleWithPopup(page: Page): Promise<void> {
  await quiet(page, `${LOADING}, .ant-slide-up-appear, .ant-slide-up-enter, .ant-slide-down-enter, .ant-zoom-big-enter`);
}

export async function visit(page: Page, path: string): Promise<void> {
  await page.goto(path);
  try {
    await settle(page);
  } catch (error) {
    throw new Error(`${path} did not settle: ${(error as Error).message.split('\n')[0]}`);
  }
}

/** The path of the first record a list links to (e.g. `/sales/accounts/<id>`). */
export async function firstRecordPath(page: Page, listPath: string, recordPrefix: string): Promise<string> {
  await visit(page, listPath);
  const hrefs = await page.locator(`main a[href^="${recordPrefix}/"]`).evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
  const path = hrefs.find((h) => new RegExp(`^${recordPrefix}/${UUID}$`).test(h));
  if (!path) throw new Error(`no record link under ${recordPrefix} on ${listPath}`);
  return path;
}

export const openDialog = (page: Page) => page.locator('.ant-modal-wrap:not([style*="display: none"]) [role="dialog"], .ant-drawer-open [role="dialog"]').last();

/** Switches the signed-in person's language from the header (saved to their profile: switch back when done). */
export async function pickLanguage(page: Page, testId: 'lang-zh-CN' | 'lang-zh-TW' | 'lang-en', lang: string): Promise<void> {
  await page.getByTestId('language-switch').first().click();
  await page.getByTestId(testId).click();
  await page.locator(`html[lang="${lang}"]`).waitFor({ state: 'attached' });
}
