import type { Browser, Page } from 'playwright-core';
import { pageGql } from './support/api';
import { AxeAudit } from './support/axe';
import { launchBrowser, newPage, signIn, snapshot } from './support/browser';
import { pickLanguage, settle } from './support/screens';
import { clickWhenStill } from './support/popup';

/**
 * Admin → Exchange rates (issue 14) on the demo data and the real API: the administrator opens it
 * from the menu, sees the demo's monthly rates, adds a rate for a currency the demo has none of
 * (the form refuses a zero rate first), corrects it, reads the page in 简体中文 and on a phone (axe
 * on both), and removes it again, so the demo is left as found. A marketer may read the rates but
 * not change them, and has no Admin menu.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// A currency the demo has no rate for; a fixed day, so the rows it adds are known.
const CURRENCY = 'CHF';
const DAY = '2025-07-01';
const REMOVE = 'mutation($input: RemoveExchangeRateInput!) { removeExchangeRate(input: $input) { removed } }';

async function pickDay(page: Page, day: string): Promise<void> {
  const input = page.getByRole('dialog').getByLabel('Valid from', { exact: true });
  await input.click();
  await input.fill(day);
  await input.press('Enter');
  await page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)').waitFor({ state: 'hidden' }).catch(() => undefined);
}

describe('exchange rates', () => {
  it('an administrator adds, corrects and removes a rate; 简体中文, axe, a phone', async () => {
    const audit = new AxeAudit();
    const { context, page } = await newPage(browser);
    await signIn(page, 'admin@rapport.dev');
    // A run that failed half-way may have left its rate behind.
    await pageGql(page, REMOVE, { input: { currency: CURRENCY, validFrom: DAY } });
    try {
      await page.getByTestId('nav-admin').click();
      await page.getByTestId('nav-admin-exchange-rates').getByRole('link').click();
      await page.getByRole('heading', { name: 'Exchange rates', level: 1 }).waitFor();
      expect(page.url()).toMatch(/\/admin\/exchange-rates$/);
      const usd = page.getByTestId('rates-USD');
      await usd.waitFor();
      // The demo keeps a rate for the first of each of the last 13 months: the latest six show first.
      expect(await usd.locator('tbody tr.ant-table-row').count()).toBe(6);
      await page.getByTestId('rates-more-USD').click();
      await usd.locator('tbody tr.ant-table-row').nth(12).waitFor();
      expect(await page.getByTestId('rates-base').innerText()).toContain('Base currency');
      await settle(page);
      await audit.check(page, 'exchange rates en');
      await snapshot(page, 'exchange-rates-en');

      // Add: the code is upper-cased as typed; a zero rate is refused before it travels.
      await page.getByTestId('rate-add').click();
      const dialog = page.getByRole('dialog');
      await page.getByTestId('rate-currency').fill(CURRENCY.toLowerCase());
      expect(await page.getByTestId('rate-currency').inputValue()).toBe(CURRENCY);
      await pickDay(page, DAY);
      await page.getByTestId('rate-value').fill('0');
      await page.getByTestId('rate-submit').click();
      await dialog.getByText('The rate must be more than zero.').waitFor();
      await page.getByTestId('rate-value').fill('8.1234');
      await dialog.getByText(`1 ${CURRENCY} = 8.1234 CNY`).waitFor();
      await page.getByTestId('rate-submit').click();
      await page.getByText(`Saved: from ${DAY}, 1 ${CURRENCY} = 8.1234 CNY.`).waitFor();
      const card = page.getByTestId(`rates-${CURRENCY}`);
      await card.getByText('8.1234', { exact: true }).waitFor();

      // Correct: the same currency and day, another rate.
      await page.getByRole('button', { name: `Correct the ${CURRENCY} rate from ${DAY}` }).click();
      expect(await page.getByTestId('rate-currency').isDisabled()).toBe(true);
      await page.getByTestId('rate-value').fill('8.2');
      await page.getByTestId('rate-submit').click();
      await page.getByText(`Saved: from ${DAY}, 1 ${CURRENCY} = 8.2 CNY.`).waitFor();
      await card.getByText('8.2', { exact: true }).waitFor();
      expect(await card.locator('tbody tr.ant-table-row').count()).toBe(1);

      await pickLanguage(page, 'lang-zh-CN', 'zh-CN');
      await page.getByRole('heading', { name: '汇率', level: 1 }).waitFor();
      await settle(page);
      expect(await page.getByTestId('rates-base').innerText()).toContain('基准币种');
      expect(await page.getByTestId('nav-admin-exchange-rates').innerText()).toContain('汇率');
      await audit.check(page, 'exchange rates zh-CN');
      await snapshot(page, 'exchange-rates-zh-CN');
      await page.getByTestId('rate-add').click();
      await dialog.waitFor();
      await settle(page);
      await audit.check(page, 'exchange rates zh-CN › add');
      await snapshot(page, 'exchange-rates-add-zh-CN');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });

      // A phone: the tables scroll inside their cards, the page does not.
      await page.setViewportSize({ width: 390, height: 844 });
      await settle(page);
      await audit.check(page, 'exchange rates phone zh-CN');
      await snapshot(page, 'exchange-rates-phone');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.setViewportSize({ width: 1280, height: 800 });
      await pickLanguage(page, 'lang-en', 'en');

      // Remove, after a confirmation.
      await page.getByRole('button', { name: `Remove the ${CURRENCY} rate from ${DAY}` }).click();
      await clickWhenStill(page.locator('.ant-popconfirm-buttons .ant-btn-dangerous'));
      await page.getByText(`The ${CURRENCY} rate from ${DAY} was removed.`).waitFor();
      await card.waitFor({ state: 'detached' });
      audit.assertClean();
    } finally {
      // The language and the rates are shared with other e2e files: leave both as found.
      await page.setViewportSize({ width: 1280, height: 800 });
      await pickLanguage(page, 'lang-en', 'en').catch(() => undefined);
      await pageGql(page, REMOVE, { input: { currency: CURRENCY, validFrom: DAY } }).catch(() => undefined);
      await context.close();
    }
  }, 240_000);

  it('a marketer reads the rates without an Admin menu or anything to change', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'marketer@rapport.dev');
    try {
      expect(await page.getByTestId('nav-admin').count()).toBe(0);
      await page.goto('/admin/exchange-rates');
      await page.getByTestId('rates-USD').waitFor();
      await page.getByText('Only administrators can add or change rates.').waitFor();
      expect(await page.getByTestId('rate-add').count()).toBe(0);
      expect(await page.getByRole('button', { name: /^Correct the|^Remove the/ }).count()).toBe(0);
    } finally {
      await context.close();
    }
  }, 120_000);
});
