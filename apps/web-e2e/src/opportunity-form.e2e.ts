import { launchBrowser, newPage, signIn, snapshot } from './support/browser';
import { pageGql } from './support/api';
import { chooseOption } from './support/select';

/**
 * A deal's fields come from its record definition (issue 13, docs/adr/0011): the create dialog and
 * the record page's edit mode share them, with the account, pipeline, stage and currency controls
 * the generic form does not have. Done in Simplified Chinese, the demo manager's language.
 */
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';


describe('a deal’s create dialog and edit mode', () => {
  it('creates a deal for an account and edits its campaign and currency', async () => {
    const browser = await launchBrowser();
    const { page } = await newPage(browser);
    await signIn(page, 'manager@rapport.dev');
    const { accounts } = await pageGql<{ accounts: { edges: { node: { id: string; name: string } }[] } }>(page, '{ accounts(first: 1) { edges { node { id name } } } }');
    const account = accounts.edges[0]!.node;
    const name = `Form deal ${Date.now()}`;
    try {
      await page.goto('/sales/opportunities');
      await page.getByTestId('language-switch').first().click();
      await page.getByTestId('lang-zh-CN').click();
      await page.getByTestId('opportunity-create').click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      // The default pipeline arrives after the dialog opens and brings its currency.
      await page.waitForFunction(() => (document.querySelector('[data-testid="opportunity-currency"]') as HTMLInputElement | null)?.value === 'CNY');
      // The deal's name is the first field: focus is there.
      await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'opportunity-name');
      await page.keyboard.type(name);
      await chooseOption(page, 'opportunity-account', account.name.slice(0, 6), account.name);
      await dialog.getByTestId('opportunity-amount').fill('12345');
      // The deal's campaign is picked from the campaigns (a rep reads them all).
      await chooseOption(page, 'opportunity-campaign', 'Spring Expo', 'Spring Expo 2026');
      // In the reader's language: the dialog's title and the catalogue's labels.
      await dialog.getByText('新建商机').waitFor();
      expect(await dialog.getByRole('textbox', { name: '名称' }).count()).toBe(1);
      await snapshot(page, 'opportunity-create-zh-CN');
      await page.getByTestId('opportunity-submit').click();
      await page.waitForURL(new RegExp(`/sales/opportunities/${UUID}$`));
      const id = page.url().split('/').pop()!;

      await page.getByTestId('record-edit').click();
      const form = page.getByTestId('record-form');
      await form.waitFor();
      // The edit mode has no account or pipeline: both are fixed once the deal exists.
      expect(await form.getByTestId('opportunity-account').count()).toBe(0);
      expect(await form.getByTestId('opportunity-pipeline').count()).toBe(0);
      await form.getByTestId('opportunity-campaign').getByText('Spring Expo 2026').waitFor();
      await chooseOption(page, 'opportunity-campaign', 'Partner Ref', 'Partner Referral Q3');
      // Typed in lower case, saved upper case.
      await form.getByTestId('opportunity-currency').fill('usd');
      await snapshot(page, 'opportunity-edit-zh-CN');
      await page.getByTestId('record-save').click();
      // The details name the campaign and link to it.
      await page.getByTestId('opportunity-details').getByRole('link', { name: 'Partner Referral Q3' }).waitFor();

      const { opportunity } = await pageGql<{ opportunity: { name: string; amount: number; currency: string; campaign: { name: string }; account: { id: string } } }>(
        page,
        `{ opportunity(id: "${id}") { name amount currency campaign { name } account { id } } }`,
      );
      expect(opportunity).toEqual({ name, amount: 12345, currency: 'USD', campaign: { name: 'Partner Referral Q3' }, account: { id: account.id } });
    } finally {
      await browser.close();
    }
  });
});
