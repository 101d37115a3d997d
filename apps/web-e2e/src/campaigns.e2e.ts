import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, signIn, snapshot } from './support/browser';
import { pageGql } from './support/api';
import { pickLanguage, settle, settleWithPopup } from './support/screens';

/**
 * The campaign screens (issue 14) against the demo data: a marketer working in 简体中文 opens the
 * year's campaign, sees its sub-campaigns and return, adds a person, changes their status and
 * records a cost; the page is photographed in Chinese and in English.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});


describe('campaigns', () => {
  it('a marketer in 简体中文: the year campaign, its children and return; adds a member, changes the status, adds a cost', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'marketer@rapport.dev');
    // Someone no campaign has yet: a new lead with a name nobody else has.
    const lastName = `Campaignson${Date.now()}`;
    await pageGql(page, 'mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id } } }', {
      input: { firstName: 'Cara', lastName, company: 'Booth Visitors Ltd', source: 'EVENT' },
    });
    try {
      await page.goto('/marketing/campaigns');
      await pickLanguage(page, 'lang-zh-CN', 'zh-CN');
      // The menu's Marketing group leads here too.
      await page.getByTestId('campaigns-table').getByRole('link', { name: 'Marketing 2026 市场营销' }).click();
      await page.getByRole('heading', { name: 'Marketing 2026 市场营销' }).waitFor();
      await settle(page);

      // Totals and the return: ten sub-campaigns, members and responses rolled up.
      const overview = page.getByTestId('campaign-overview');
      expect(Number((await overview.getByTestId('campaign-total-members').innerText()).replace(/\D/g, ''))).toBeGreaterThan(0);
      const roi = page.getByTestId('campaign-roi');
      expect(await roi.getAttribute('data-model')).toBe('EVEN');
      expect(await page.getByTestId('campaign-roi-value').innerText()).toContain('投资回报率');
      await page.getByTestId('campaign-roi-model').click();
      await page.locator('.ant-select-item-option').filter({ hasText: '首次触达' }).click();
      await page.locator('[data-testid="campaign-roi"][data-model="FIRST_TOUCH"]').waitFor();
      expect(await page.getByTestId('campaign-cost-return-chart').getAttribute('aria-label')).toContain('预算');

      await page.getByRole('tab', { name: /子活动/ }).click();
      const children = page.getByTestId('campaign-children-table');
      await children.getByRole('link', { name: 'Spring Expo 2026' }).waitFor();
      expect(await children.locator('tbody tr.ant-table-row').count()).toBe(10);

      // Add the new lead as a member (status left to the type's first: 目标对象).
      await page.getByRole('tab', { name: '成员' }).click();
      await page.getByTestId('campaign-add-members').click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await dialog.getByTestId('add-members-people').locator('input').fill(lastName);
      await page.locator('.ant-select-item-option').filter({ hasText: lastName }).click();
      // Escape closes the open pick list only (the select keeps it from the dialog).
      await page.keyboard.press('Escape');
      await dialog.getByTestId('add-members-people').getByText(lastName).waitFor();
      await dialog.getByTestId('add-members-submit').click();
      await page.getByText('已添加成员：1').waitFor();
      await dialog.waitFor({ state: 'hidden' });

      // The member list is oldest first: page to the end, where the new member is.
      const members = page.getByTestId('campaign-members-table');
      const row = members.locator('tr.ant-table-row').filter({ hasText: lastName });
      while (!(await row.count())) {
        await members.getByRole('button', { name: /下一页|Next/ }).click();
        await settle(page);
      }
      expect(await row.getByText('目标对象').count()).toBe(1);
      await row.locator('input[type="checkbox"]').check();
      const bar = page.getByTestId('member-bulk-bar');
      await bar.getByTestId('member-bulk-status').click();
      await page.locator('.ant-select-item-option').filter({ hasText: '已响应' }).click();
      await bar.getByTestId('member-bulk-apply').click();
      await page.getByText('已更新成员：1').waitFor();
      await row.getByText('已响应').waitFor();
      expect(await row.locator('td').nth(3).innerText()).not.toBe('—');

      // A cost line raises the actual cost.
      const costBefore = await page.getByTestId('campaign-total-cost').innerText();
      await page.getByRole('tab', { name: '成本' }).click();
      await page.getByTestId('campaign-add-cost').click();
      const costDialog = page.getByRole('dialog');
      await costDialog.waitFor();
      await costDialog.getByTestId('cost-category').fill('Brochures e2e');
      await costDialog.getByTestId('cost-amount').fill('1234.5');
      await costDialog.getByTestId('cost-note').fill('1,000 brochures');
      await costDialog.getByTestId('cost-submit').click();
      await page.getByText('已添加成本。').waitFor();
      await page.getByTestId('campaign-costs-table').getByText('Brochures e2e').waitFor();
      await page.waitForFunction(
        (before) => document.querySelector('[data-testid="campaign-total-cost"]')?.textContent?.includes(before) === false,
        costBefore.replace(/^.*\n/, ''),
      );

      await page.getByRole('tab', { name: '成员' }).click();
      await settle(page);
      await snapshot(page, 'campaign-page-zh-CN');
      await pickLanguage(page, 'lang-en', 'en');
      await page.getByText('Cost and return').waitFor();
      await settle(page);
      await snapshot(page, 'campaign-page-en');
      await page.setViewportSize({ width: 390, height: 844 });
      await settleWithPopup(page);
      await snapshot(page, 'campaign-page-phone');
    } finally {
      await context.close();
    }
  }, 240_000);

  it('a marketer creates a trade-show campaign under the year campaign from the list', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'marketer@rapport.dev');
    const name = `Canton Fair booth ${Date.now()}`;
    try {
      await page.goto('/marketing/campaigns');
      await settle(page);
      await page.getByTestId('campaign-create').click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await dialog.getByTestId('campaign-name').fill(name);
      await dialog.getByTestId('campaign-type').click();
      await page.locator('.ant-select-item-option').filter({ hasText: 'Trade show' }).click();
      await dialog.getByTestId('campaign-parentCampaignId').locator('input').fill('Marketing 2026');
      await page.locator('.ant-select-item-option').filter({ hasText: 'Marketing 2026 市场营销' }).click();
      await dialog.getByTestId('campaign-budget').fill('50000');
      await dialog.getByTestId('campaign-submit').click();
      await page.getByRole('heading', { name }).waitFor();
      expect(page.url()).toMatch(/\/marketing\/campaigns\/[0-9a-f-]{36}$/);
      expect(await page.getByTestId('campaign-type').innerText()).toBe('Trade show');
      expect(await page.getByTestId('campaign-status').innerText()).toBe('Planned');
      await page.getByTestId('campaign-parent').getByRole('link', { name: 'Marketing 2026 市场营销' }).waitFor();
      // Nothing spent yet: the return on nothing is undefined, not zero.
      expect(await page.getByTestId('campaign-roi-value').innerText()).toContain('Undefined (no cost)');
    } finally {
      await context.close();
    }
  }, 120_000);
});
