import type { Browser } from 'playwright-core';
import { apiLogin, gql, keepingLocale, pageGql } from './support/api';
import { launchBrowser, newPage, signIn, snapshot } from './support/browser';
import { chooseOption } from './support/select';

/**
 * Picklists (issue 12, docs/adr/0018): an admin adds a territory with its Chinese names under
 * Admin → Picklists; a Chinese-speaking manager then sees industries and territories in Chinese in
 * the accounts list, picks them by their Chinese names in the new-account dialog, finds the account
 * by the Chinese industry name, and the API stores the configured values.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const stamp = Date.now().toString(36);
const TERRITORY = `Northeast ${stamp}`;
const SIMPLIFIED_INDUSTRIES = ['制造业', '零售', '软件', '物流', '医疗健康', '金融', '能源', '教育'];

describe('picklists', () => {
  it('an admin adds a translated territory; a zh-CN manager picks and reads both fields in Chinese', async () => {
    const admin = await newPage(browser);
    try {
      await signIn(admin.page, 'admin@rapport.dev');
      await admin.page.goto('/admin/picklists');
      await admin.page.getByTestId('picklist-add-territory').click();
      await admin.page.getByTestId('picklist-value').fill(TERRITORY);
      await admin.page.getByTestId('name-zh-cn').fill(`东北${stamp}`);
      await admin.page.getByTestId('name-zh-tw').fill(`東北${stamp}`);
      await admin.page.getByTestId('picklist-value-submit').click();
      await admin.page.getByTestId('picklist-values-territory').getByText(TERRITORY, { exact: true }).waitFor();
      await snapshot(admin.page, 'picklists-admin');
    } finally {
      await admin.context.close();
    }

    await keepingLocale('manager@rapport.dev', async () => {
      await gql(await apiLogin('manager@rapport.dev'), 'mutation { updateMyPreferences(input: { locale: ZH_CN }) { user { id } } }');
      const { context, page } = await newPage(browser);
      try {
        await signIn(page, 'manager@rapport.dev');
        await page.goto('/sales/accounts');
        const table = page.getByTestId('accounts-table');
        // The demo's industries read in Simplified Chinese, not as stored (the labels come with the
        // picklists, which may arrive after the first rows: wait for them rather than read at once).
        await page.waitForFunction((names) => [...document.querySelectorAll('[data-testid="accounts-table"] tbody td')].some((td) => names.includes((td.textContent ?? '').trim())), SIMPLIFIED_INDUSTRIES);
        const cells = await table.locator('tbody tr td').allInnerTexts();
        expect(cells.some((c) => SIMPLIFIED_INDUSTRIES.includes(c.trim()))).toBe(true);
        expect(cells).not.toContain('Manufacturing');

        const name = `挑选测试 ${stamp}`;
        await page.getByTestId('account-create').click();
        await page.getByTestId('account-name').fill(name);
        await chooseOption(page, 'account-industry', '制造', '制造业');
        await chooseOption(page, 'account-territory', `东北${stamp}`, `东北${stamp}`);
        await snapshot(page, 'picklists-account-dialog-zh-CN');
        await page.getByTestId('account-submit').click();
        await page.getByRole('heading', { level: 1, name }).waitFor();
        await page.getByText(`制造业 · 东北${stamp}`).waitFor();

        // Stored as the configured values, whatever language picked them.
        const id = page.url().split('/').pop()!;
        const stored = await pageGql<{ account: { industry: string; territory: string } }>(page, 'query($id: ID!) { account(id: $id) { industry territory } }', { id });
        expect(stored.account).toEqual({ industry: 'Manufacturing', territory: TERRITORY });

        // The search box finds accounts by the industry name the reader sees (stored in English).
        await page.goto('/sales/accounts');
        await page.getByTestId('accounts-search').fill('制造');
        const rows = page.getByTestId('accounts-table').locator('tbody tr.ant-table-row');
        await page.waitForFunction(() => {
          const texts = [...document.querySelectorAll('[data-testid="accounts-table"] tbody tr.ant-table-row')].map((r) => r.textContent ?? '');
          return texts.length > 0 && texts.every((t) => t.includes('制造'));
        });
        expect((await rows.allInnerTexts()).filter((t) => t.includes('制造业')).length).toBeGreaterThan(0);
      } finally {
        await context.close();
      }
    });
  });
});
