import type { Browser, Page } from 'playwright-core';
import { apiLogin, eventually, gql, pageGql } from './support/api';
import { launchBrowser, newPage, signIn, snapshot } from './support/browser';
import { pickLanguage, settle } from './support/screens';

/**
 * Issue 14's story end to end, on the screens: a marketer creates a trade-show campaign, records
 * its cost and imports 50 business cards into it; the leads are routed to sales; the rep who got
 * one converts it and wins the deal; the campaign page then shows the won deal, the ROI and the
 * funnel, in English and in 简体中文.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});


/** Picks an option of a plain (not searchable) select by the text it shows. */
async function pick(page: Page, testId: string, option: string | RegExp): Promise<void> {
  await page.getByTestId(testId).click();
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: option }).first().click();
}

const count = async (page: Page, testId: string) => Number((await page.getByTestId(testId).innerText()).replace(/[^\d]/g, ''));

describe('a trade show, from business cards to a won deal', () => {
  it('shows on the campaign page as one won deal, its ROI and its funnel, in English and 简体中文', async () => {
    const stamp = Date.now();
    const name = `Booth e2e ${stamp}`;
    const code = `BOOTH-${stamp}`;
    const marketer = await newPage(browser);
    const { page } = marketer;
    try {
      await signIn(page, 'marketer@rapport.dev');
      // In English whatever language another test left on the marketer's profile.
      await pickLanguage(page, 'lang-en', 'en');

      // 1. The campaign, created on the campaign list, with its booth cost.
      await page.goto('/marketing/campaigns');
      await page.getByTestId('campaign-create').first().click();
      const dialog = page.getByRole('dialog');
      await dialog.getByTestId('campaign-name').fill(name);
      await pick(page, 'campaign-type', 'Trade show');
      await dialog.getByTestId('campaign-shortCode').fill(code);
      await dialog.getByTestId('campaign-submit').click();
      await page.waitForURL(/\/marketing\/campaigns\/[0-9a-f-]{36}$/);
      const campaignUrl = page.url();
      const campaignId = campaignUrl.split('/').pop()!;
      await page.getByRole('heading', { name }).waitFor();
      await page.getByRole('tab', { name: /Costs/ }).click();
      await page.getByTestId('campaign-add-cost').click();
      const costDialog = page.getByRole('dialog');
      await costDialog.getByTestId('cost-category').fill('Booth');
      await costDialog.getByTestId('cost-amount').fill('20000');
      await costDialog.getByTestId('cost-submit').click();
      await page.getByTestId('campaign-costs-table').getByText('Booth').waitFor();

      // 2. Fifty business cards, imported with the campaign's short code and routed to sales.
      const rows = Array.from({ length: 50 }, (_, i) => `Card${i},Visitor${stamp}x${i},Booth Co ${stamp} ${i},card${i}.${stamp}@booth.example,${code}`);
      await page.goto('/leads/import');
      await page
        .getByTestId('import-upload')
        .locator('input[type="file"]')
        .setInputFiles({ name: 'business-cards.csv', mimeType: 'text/csv', buffer: Buffer.from(['First name,Last name,Company,Email,Campaign', ...rows].join('\n')) });
      await page.getByTestId('import-mapping').waitFor();
      const route = page.getByTestId('import-route');
      if ((await route.getAttribute('aria-checked')) !== 'true') await route.click();
      await page.getByTestId('import-start').click();
      await page.getByTestId('import-result').waitFor({ timeout: 60_000 });
      expect(await count(page, 'import-count-created')).toBe(50);

      // Every card is a lead of the campaign, and routing gives each an owner.
      const admin = await apiLogin('admin@rapport.dev');
      type Routed = { leads: { totalCount: number; edges: { node: { id: string; owner: { id: string } | null } }[] } };
      const routed = await eventually('the imported leads routed', async () => {
        const r: Routed = await gql(admin, 'query($c: ID!) { leads(first: 50, filter: { campaignId: { eq: $c } }) { totalCount edges { node { id owner { id } } } } }', { c: campaignId });
        return r.leads.totalCount === 50 && r.leads.edges.every((e) => e.node.owner) ? r : null;
      }, 60_000);
      const lead = routed.leads.edges[0]!.node;
      const { users } = await gql(admin, 'query($id: ID!) { users(first: 1, filter: { id: { eq: $id } }) { edges { node { email } } } }', { id: lead.owner!.id });
      const ownerEmail: string = users.edges[0].node.email;

      // 3. Whoever got the lead converts it into a deal and wins it.
      const seller = await newPage(browser);
      try {
        await signIn(seller.page, ownerEmail);
        await seller.page.goto(`/leads/${lead.id}`);
        await seller.page.getByTestId('lead-convert').click();
        await seller.page.getByTestId('convert-create-opportunity').check();
        await seller.page.getByTestId('convert-opportunity-name').fill(`Booth deal ${stamp}`);
        await seller.page.getByTestId('convert-submit').click();
        await seller.page.waitForURL(/\/sales\/accounts\/[0-9a-f-]{36}$/);
        const href = await seller.page.getByTestId('convert-result-opportunity').getAttribute('href');
        const opportunityId = href!.split('/').pop()!;
        // The deal's value, as the rep would type it on the deal.
        await pageGql(seller.page, 'mutation($i: UpdateOpportunityInput!) { updateOpportunity(input: $i) { opportunity { id } } }', { i: { id: opportunityId, amount: 120000 } });
        await seller.page.goto(href!);
        // The deal came from the campaign: its page names it.
        await seller.page.getByTestId('opportunity-details').getByText(name).waitFor();
        // Won: the one stage at 100 %, whatever the seller's language calls it.
        await pick(seller.page, 'opportunity-stage', '100%');
        await eventually('the deal won', async () => {
          const r = await pageGql<{ opportunity: { stage: { isWon: boolean } } }>(seller.page, 'query($id: ID!) { opportunity(id: $id) { stage { isWon } } }', { id: opportunityId });
          return r.opportunity.stage.isWon;
        });
      } finally {
        await seller.context.close();
      }

      // 4. The campaign page: one won deal, the ROI on the booth's cost, the funnel down to it.
      await page.goto(campaignUrl);
      await page.getByRole('heading', { name }).waitFor();
      const roi = page.getByTestId('campaign-roi');
      await roi.waitFor();
      expect(await count(page, 'campaign-roi-won-deals')).toBe(1);
      // (120,000 − 20,000) / 20,000 = 500 %.
      expect(await page.getByTestId('campaign-roi-value').innerText()).toContain('500');
      const funnel = page.getByTestId('campaign-funnel');
      await funnel.waitFor();
      expect(await page.getByTestId('campaign-funnel-step-MEMBER').getAttribute('data-count')).toBe('50');
      expect(await page.getByTestId('campaign-funnel-step-RESPONDED').getAttribute('data-count')).toBe('50');
      expect(await page.getByTestId('campaign-funnel-step-WON').getAttribute('data-count')).toBe('1');
      await settle(page);
      await snapshot(page, 'campaign-acceptance-en');

      await pickLanguage(page, 'lang-zh-CN', 'zh-CN');
      await page.getByTestId('campaign-roi-value').getByText('投资回报率').waitFor();
      expect(await page.getByTestId('campaign-roi-won-deals').innerText()).toContain('赢单数');
      expect(await page.getByTestId('campaign-funnel-step-WON').getAttribute('data-count')).toBe('1');
      expect(await funnel.innerText()).toMatch(/[\u4e00-\u9fff]/);
      await settle(page);
      await snapshot(page, 'campaign-acceptance-zh-CN');
    } finally {
      await pickLanguage(page, 'lang-en', 'en').catch(() => undefined);
      await marketer.context.close();
    }
  });
});
