import type { Page } from 'playwright-core';

/**
 * Picks an option of an antd Select: opens it, types into its own search box (when `typed` is not
 * null) and clicks the match in its own list.
 *
 * Two races seen in CI are ruled out here. Typing with `page.keyboard` before the list had opened
 * sent the keys to the previous select, so the list showed every option and the wanted one was
 * outside the virtual window ("24:00" never rendered); typing goes to this select's combobox only
 * once it says it is expanded. A list still closing from the previous pick matched a global
 * "visible dropdown" selector; the option is looked up in the list this combobox controls. A remote
 * search re-renders options when results arrive, and a click on an option being replaced selects
 * nothing, so the pick is repeated until the select shows the option; the caller's assertions judge
 * the outcome.
 */
export async function chooseOption(page: Page, testId: string, typed: string | null, option: string): Promise<void> {
  const select = page.getByTestId(testId);
  const combobox = select.locator('input[role="combobox"]');
  for (let attempt = 0; attempt < 3; attempt++) {
    if ((await combobox.getAttribute('aria-expanded')) !== 'true') await select.click();
    await page.waitForFunction(
      (input) => input?.getAttribute('aria-expanded') === 'true',
      await combobox.elementHandle(),
      { timeout: 5_000 },
    );
    // null: a select without a search box (its options may still be re-rendered as their data arrives).
    if (typed !== null) await combobox.fill(typed);
    const listId = await combobox.getAttribute('aria-controls');
    const list = page.locator(`.ant-select-dropdown:has([id="${listId}"])`);
    const picked = await list
      .locator('.ant-select-item-option', { hasText: option })
      .first()
      .click({ timeout: 5_000 })
      .then(() => true, () => false);
    const chosen =
      picked &&
      (await select
        .filter({ hasText: option })
        .waitFor({ timeout: 2_000 })
        .then(() => true, () => false));
    if (chosen) return;
    await page.keyboard.press('Escape');
  }
}
