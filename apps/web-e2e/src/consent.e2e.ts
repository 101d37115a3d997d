import type { Browser, Page } from 'playwright-core';
import { AxeAudit } from './support/axe';
import { keepingLocale, pageGql } from './support/api';
import { launchBrowser, newPage, signIn, snapshot } from './support/browser';
import { openDialog, pickLanguage, settle } from './support/screens';
import { clickWhenStill } from './support/popup';
import { chooseOption } from './support/select';

/**
 * Consent and suppression screens (issue 15) on the demo data: a rep working in 简体中文 notes on
 * one of their contacts that the customer wants no more product news, and finds the answer with
 * its evidence in the contact's consent history (the panel photographed in Chinese and at phone
 * width, axe-clean); a marketer adds two addresses to the suppression list and removes one.
 * The demo users and contacts are shared by every e2e file: what is changed is put back.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface ContactConsent {
  id: string;
  emails: string[];
  consents: { address: string; status: string; subscriptionType: { key: string } | null }[];
}

/**
 * One of the signed-in rep's contacts whose primary address has not opted out of product news,
 * nor of marketing as a whole: the opt-out recorded here is then a change the panel must show.
 */
async function contactToAsk(page: Page): Promise<{ id: string; address: string }> {
  const { contacts } = await pageGql<{ contacts: { edges: { node: ContactConsent }[] } }>(
    page,
    '{ contacts(first: 100) { edges { node { id emails consents { address status subscriptionType { key } } } } } }',
  );
  for (const { node } of contacts.edges) {
    const address = node.emails[0]?.trim().toLowerCase();
    if (!address) continue;
    const own = node.consents.filter((c) => c.address === address);
    if (own.some((c) => c.status === 'OPTED_OUT' && (!c.subscriptionType || c.subscriptionType.key === 'product-news'))) continue;
    return { id: node.id, address };
  }
  throw new Error('rep1 has no demo contact with an address still open to product news');
}

const SET_CONSENT = 'mutation($i: SetConsentInput!) { setConsent(input: $i) { consent { status } } }';

describe('consent and suppression', () => {
  it('a rep in 简体中文 records a customer’s opt-out from product news and sees it with its evidence in the history', async () => {
    // The language is saved on rep1's profile, which other e2e files share: given back whatever happens.
    await keepingLocale('rep1@rapport.dev', async () => {
      const audit = new AxeAudit();
      const { context, page } = await newPage(browser);
      await signIn(page, 'rep1@rapport.dev');
      const { subscriptionTypes } = await pageGql<{ subscriptionTypes: { id: string; key: string }[] }>(page, '{ subscriptionTypes { id key } }');
      const productNews = subscriptionTypes.find((t) => t.key === 'product-news')!.id;
      const contact = await contactToAsk(page);
      const wording = `e2e-call-${Date.now()}`;
      let recorded = false;
      try {
        await page.goto(`/sales/contacts/${contact.id}`);
        // The page's queries answered before the switch: the app asks again in the new language, and
        // a request still under way in the old one would be reused for it (Apollo's deduplication).
        await page.getByTestId('consent-line').first().waitFor();
        await settle(page);
        await pickLanguage(page, 'lang-zh-CN', 'zh-CN');
        const panel = page.getByTestId('consent-panel-contact');
        await panel.getByText('营销邮件许可').waitFor();
        const line = panel.locator(`[data-testid="consent-address"][data-address="${contact.address}"] [data-testid="consent-line"][data-type="${productNews}"]`);
        expect(await line.getAttribute('data-status')).not.toBe('OPTED_OUT');
        // The types' names come from the API in the reader's language, asked again on the switch.
        await line.getByText('产品动态').waitFor();

        // The dialog, reached from the keyboard: the button takes focus and Enter opens it.
        await panel.getByTestId('consent-record-open').focus();
        await page.keyboard.press('Enter');
        const dialog = openDialog(page);
        // Open, the dialog puts the focus on its first choice (the contact has one address: the type).
        await page.waitForFunction(() => document.activeElement?.closest('[data-testid="consent-record-type"]'));
        // A click on an option while the types are re-rendered selects nothing and leaves the list open over the answers.
        await chooseOption(page, 'consent-record-type', null, '产品动态');
        await dialog.getByLabel('退订').check();
        await dialog.getByTestId('consent-record-wording').fill(wording);
        await snapshot(page, 'consent-record-dialog-zh-CN');
        await dialog.getByTestId('consent-record-submit').click();
        await page.getByText(`已记录：${contact.address}，产品动态：已退订。`).waitFor();
        recorded = true;
        await dialog.waitFor({ state: 'hidden' });

        // The panel asked again: the address is opted out of product news.
        await page.locator(`[data-testid="consent-address"][data-address="${contact.address}"] [data-testid="consent-line"][data-type="${productNews}"][data-status="OPTED_OUT"]`).waitFor();
        expect(await line.innerText()).toContain('已退订');

        // The history, newest first, has the answer with its evidence.
        await panel.getByTestId('consent-history-toggle').click();
        const latest = panel.getByTestId('consent-history').getByTestId('consent-event').first();
        await latest.waitFor();
        expect(await latest.getAttribute('data-status')).toBe('OPTED_OUT');
        expect(await latest.getAttribute('data-source')).toBe('STAFF');
        const evidence = await latest.innerText();
        for (const text of ['产品动态', '已退订', '本人同意', '员工记录', wording, '您（']) expect(evidence).toContain(text);
        await settle(page);
        await audit.check(page, 'contact consent panel zh-CN');
        await snapshot(page, 'consent-panel-zh-CN');

        // A phone: the panel's lines wrap, nothing scrolls sideways.
        await page.setViewportSize({ width: 390, height: 844 });
        await settle(page);
        await audit.check(page, 'contact consent panel phone zh-CN');
        await snapshot(page, 'consent-panel-phone');
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        audit.assertClean();
      } finally {
        // Product news is mailed until an opt-out: an opt-in (on the legitimate-interest basis the
        // type stands on) gives the contact back the mail it had. The history keeps both answers.
        if (recorded) {
          await pageGql(page, SET_CONSENT, {
            i: { contactId: contact.id, address: contact.address, subscriptionTypeId: productNews, answer: 'OPT_IN', lawfulBasis: 'LEGITIMATE_INTEREST', wordingVersion: 'e2e-restore' },
          }).catch(() => undefined);
        }
        await context.close();
      }
    });
  }, 180_000);

  it('a marketer adds two addresses to the suppression list and removes one', async () => {
    const audit = new AxeAudit();
    const { context, page } = await newPage(browser);
    await signIn(page, 'marketer@rapport.dev');
    const stamp = Date.now();
    const [first, second] = [`e2e-${stamp}-a@suppress.example`, `e2e-${stamp}-b@suppress.example`];
    try {
      // From the menu's Marketing group, beside the campaigns: first the demo's subscription types.
      await page.getByTestId('nav-marketing').click();
      await page.getByTestId('nav-marketing-subscription-types').getByRole('link').click();
      await page.getByRole('heading', { name: 'Subscription types' }).waitFor();
      const types = page.getByTestId('subscription-types-table');
      for (const key of ['newsletter', 'product-news', 'events']) await types.locator('code', { hasText: key }).waitFor();
      expect(await types.locator('tr', { hasText: 'product-news' }).innerText()).toContain('Mailed until they opt out');
      await settle(page);
      await snapshot(page, 'subscription-types');
      await page.getByTestId('nav-marketing-suppressions').getByRole('link').click();
      await page.getByRole('heading', { name: 'Suppression list' }).waitFor();
      await settle(page);
      // The demo list is there: the hard bounces and the imported list.
      await page.getByTestId('suppressions-table').getByText('bounced.customer@example.invalid').waitFor();

      await page.getByTestId('suppression-add').click();
      const dialog = openDialog(page);
      await dialog.getByTestId('suppression-add-text').fill(`${first}\n${second}, not-an-address`);
      await dialog.getByTestId('suppression-add-detail').fill('e2e list');
      await dialog.getByTestId('suppression-add-count').getByText('Entries to send: 3.').waitFor();
      await dialog.getByTestId('suppression-add-submit').click();
      const result = dialog.getByTestId('suppression-add-result');
      await result.waitFor();
      expect(await result.getByTestId('suppression-result-added').innerText()).toBe('2');
      expect(await result.getByTestId('suppression-result-already').innerText()).toBe('0');
      expect(await result.getByTestId('suppression-result-invalid-list').innerText()).toBe('not-an-address');
      await settle(page);
      await audit.check(page, 'suppression add result');
      await snapshot(page, 'suppression-add-result');
      await dialog.getByTestId('suppression-add-close').click();
      await dialog.waitFor({ state: 'hidden' });

      await page.getByTestId('suppressions-search').fill(`e2e-${stamp}`);
      const rows = page.getByTestId('suppressions-table').locator('tr.ant-table-row');
      await page.getByTestId('suppressions-total').getByText('Suppressed: 2').waitFor();
      expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-row-key')))).toEqual([first, second]);
      expect(await rows.first().innerText()).toContain('e2e list');
      await snapshot(page, 'suppression-list');

      await page.getByRole('button', { name: `Remove ${first} from the suppression list` }).click();
      await clickWhenStill(page.getByTestId('suppression-remove-confirm'));
      await page.getByText(`${first} is off the suppression list.`).waitFor();
      await page.getByTestId('suppressions-total').getByText('Suppressed: 1').waitFor();
      expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-row-key')))).toEqual([second]);
      audit.assertClean();
    } finally {
      for (const address of [first, second]) await pageGql(page, 'mutation($a: String!) { removeSuppression(address: $a) }', { a: address }).catch(() => undefined);
      await context.close();
    }
  }, 180_000);
});
