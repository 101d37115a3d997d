import type { Browser, Locator, Page } from 'playwright-core';
import { keepingLocale } from './support/api';
import { AxeAudit } from './support/axe';
import { launchBrowser, newPage, signIn, snapshot } from './support/browser';
import { unshownEnglish } from './support/names';
import { firstRecordPath, openDialog, settleWithPopup, visit } from './support/screens';

/**
 * What a screen reader is told (issue 12, docs/adr/0012-decorative-icons.md): axe with antd's popups open (a Select's
 * list, an AutoComplete's results, a date picker), which accessibility.e2e.ts closes before it
 * looks; and, in 简体中文, no name with English the page does not show — the English icon names
 * @ant-design/icons puts on every icon ("plus", "down", "search"), antd's built-in English
 * ("Increase Value"), a chart legend's "… legend icon".
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const LONG = 240_000;

const openList = (page: Page) => page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last();
const openPicker = (page: Page) => page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)').last();
/** A field in the open dialog, found by its form label. */
const dialogField = (page: Page, label: string) => openDialog(page).locator(`.ant-form-item:has(> .ant-row label:text-is("${label}"))`);

/** Clicks a Select open and waits for its list (and its options, when it fetches them). */
async function openSelect(page: Page, select: Locator): Promise<void> {
  await select.locator('.ant-select-content, .ant-select-selector').first().click();
  await openList(page).locator('.ant-select-item-option').first().waitFor();
  await settleWithPopup(page);
}

async function openDatePicker(page: Page, picker: Locator): Promise<void> {
  await picker.locator('input').click();
  await openPicker(page).locator('.ant-picker-cell-in-view').first().waitFor();
  await settleWithPopup(page);
}

/** The create-deal dialog on the opportunities list: a searching Select, a plain Select and a date picker. */
async function openDealDialog(page: Page): Promise<void> {
  await visit(page, '/sales/opportunities');
  await page.getByTestId('opportunity-create').click();
  await openDialog(page).waitFor();
  await settleWithPopup(page);
}

async function closeDialog(page: Page): Promise<void> {
  const dialog = openDialog(page);
  await dialog.locator('.ant-modal-close').click();
  await dialog.waitFor({ state: 'hidden' });
}

describe('accessible names', () => {
  it("with antd's popups open: a Select's list, a searching Select, an AutoComplete and a date picker (axe)", async () => {
    const audit = new AxeAudit();
    const { context, page } = await newPage(browser);
    await signIn(page, 'rep1@rapport.dev');
    await openDealDialog(page);

    await openSelect(page, dialogField(page, 'Account'));
    // The open list is named after the field (axe: aria-input-field-name).
    await openList(page).getByRole('listbox', { name: 'Account', includeHidden: true }).first().waitFor({ state: 'attached' });
    await audit.check(page, 'deal dialog › account select open');
    await page.keyboard.press('Escape');

    await openSelect(page, dialogField(page, 'Pipeline'));
    await openList(page).getByRole('listbox', { name: 'Pipeline', includeHidden: true }).first().waitFor({ state: 'attached' });
    await audit.check(page, 'deal dialog › pipeline select open');
    await page.keyboard.press('Escape');

    await openDatePicker(page, dialogField(page, 'Close date'));
    await audit.check(page, 'deal dialog › date picker open');
    await page.keyboard.press('Escape');

    // The header's search: an AutoComplete whose results are a listbox too.
    await closeDialog(page);
    const account = (await page.request.post('/graphql', { data: { query: '{ accounts(first: 1) { edges { node { name } } } }' } }).then((r) => r.json())).data.accounts.edges[0].node.name as string;
    await page.getByTestId('global-search').fill(account.slice(0, 4));
    await openList(page).locator('.ant-select-item-option').first().waitFor();
    await settleWithPopup(page);
    await openList(page).getByRole('listbox', { name: 'Search Rapport', includeHidden: true }).first().waitFor({ state: 'attached' });
    await audit.check(page, 'global search results open');

    await context.close();
    audit.assertClean();
  }, LONG);

  it('in 简体中文, no name a screen reader reads has English the page does not show: list, record, dialog and its popups, charts', () =>
    keepingLocale('rep1@rapport.dev', async () => {
      const { context, page } = await newPage(browser);
      await signIn(page, 'rep1@rapport.dev');
      await page.getByTestId('language-switch').first().click();
      await page.getByTestId('lang-zh-CN').click();
      await page.locator('html[lang="zh-CN"]').waitFor({ state: 'attached' });
      const found: string[] = [];
      const check = async (screen: string) => {
        for (const name of await unshownEnglish(page)) found.push(`${screen}: ${name}`);
      };

      const account = await firstRecordPath(page, '/sales/accounts', '/sales/accounts');
      // The quick search holds text, so its clear button shows.
      await page.getByTestId('accounts-search').fill('a');
      await page.locator('.ant-input-clear-icon:not(.ant-input-clear-icon-hidden)').first().waitFor();
      await check('accounts');
      // Icons say nothing: the create button is named by its text alone, not "plus 新建客户".
      expect(await page.getByTestId('account-create').ariaSnapshot()).toBe('- button "新建客户"');
      await snapshot(page, 'names-accounts-zh-CN');

      await visit(page, account);
      await check('account page');
      await visit(page, '/sales/forecast');
      await check('forecast (charts)');

      await openDealDialog(page);
      await check('new deal dialog');
      // antd's own icon-only buttons keep the names its Chinese locale gives them.
      expect(await openDialog(page).locator('.ant-modal-close').getAttribute('aria-label')).toBe('关闭');
      await openSelect(page, dialogField(page, '客户'));
      await check('new deal › account list open');
      await snapshot(page, 'names-deal-select-zh-CN');
      await page.keyboard.press('Escape');
      await openDatePicker(page, dialogField(page, '预计成交日期'));
      await check('new deal › date picker open');
      expect(await openPicker(page).locator('.ant-picker-header-prev-btn').getAttribute('aria-label')).toBe('上个月');
      expect(await openPicker(page).locator('.ant-picker-header-next-btn').getAttribute('aria-label')).toBe('下个月');
      // The month and year buttons are named by what they show (WCAG 2.5.3).
      expect(await openPicker(page).locator('.ant-picker-year-btn').getAttribute('aria-label')).toBeNull();
      await page.keyboard.press('Escape');
      await closeDialog(page);
      // The list behind the dialog: its column filters are icon-only triggers.
      await check('opportunities');

      await context.close();
      expect(found).toEqual([]);
    }),
  LONG);
});
