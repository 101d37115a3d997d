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

  it('a marketer saves a view of the campaign list (ads only, without the channel column) and applies it after a reload', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'marketer@rapport.dev');
    const name = `Ads without channel ${Date.now()}`;
    const table = page.getByTestId('campaigns-table');
    const headers = () => table.locator('thead th').allInnerTexts();
    const standardRow = table.getByRole('link', { name: 'Customer meetup 客户交流会' });
    const adRow = table.getByRole('link', { name: 'Baidu search ads 百度搜索广告' });
    try {
      await page.goto('/marketing/campaigns');
      await settle(page);
      await standardRow.waitFor();

      // Type is Advertising, in the filter builder.
      await page.getByTestId('list-filters').click();
      await page.getByTestId('filter-add-condition').click();
      await page.getByTestId('filter-field-0').click();
      await page.keyboard.type('Type');
      await page.locator('.ant-select-item-option').filter({ hasText: /^Type$/ }).click();
      await page.getByTestId('filter-value-0').click();
      await page.locator('.ant-select-item-option').filter({ hasText: /^Advertising$/ }).click();
      await page.keyboard.press('Escape');
      await standardRow.waitFor({ state: 'detached' });
      await adRow.waitFor();

      // Saved as a view of the marketer's own (a marketer may not share views), which becomes the active one.
      await page.getByTestId('views-save').click();
      await page.getByTestId('view-name').fill(name);
      expect(await page.getByTestId('view-shared').count()).toBe(0);
      await page.getByTestId('view-name-submit').click();
      await page.getByText(`View ${name} was saved.`).waitFor();

      // With the view active, the channel column goes, and the view keeps that.
      await page.getByTestId('list-columns').click();
      await page.getByTestId('column-toggle-channel').uncheck();
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => ![...document.querySelectorAll('[data-testid="campaigns-table"] thead th')].some((th) => th.textContent === 'Channel'));
      // The first save's message goes first, so the one awaited next is the second save's.
      await page.getByText(`View ${name} was saved.`).waitFor({ state: 'detached' });
      await page.getByTestId('views-save').click();
      await page.getByRole('menuitem', { name: 'Save changes to this view' }).click();
      await page.getByText(`View ${name} was saved.`).waitFor();

      // A reload starts from the standard view: every type, the channel column back.
      await page.reload();
      await settle(page);
      await standardRow.waitFor();
      expect(await headers()).toContain('Channel');
      expect(await page.getByTestId('views-select').innerText()).toContain('Standard view');

      // Applied in 简体中文 (a language switch reloads the page's messages, and the page with them).
      await pickLanguage(page, 'lang-zh-CN', 'zh-CN');
      await page.getByTestId('views-select').getByText('标准视图').waitFor();
      await page.getByTestId('views-select').click();
      await page.locator('.ant-select-item-option').filter({ hasText: name }).click();
      await standardRow.waitFor({ state: 'detached' });
      await adRow.waitFor();
      expect(await headers()).not.toContain('渠道');
      expect(await headers()).toContain('预算');
      expect(await table.locator('tbody tr.ant-table-row').filter({ hasNotText: '广告' }).count()).toBe(0);
      expect(await page.getByTestId('filter-value-0').innerText()).toContain('广告');
      await settle(page);
      await snapshot(page, 'campaigns-list-view-zh-CN');
      await page.setViewportSize({ width: 390, height: 844 });
      await settle(page);
      // The toolbar wraps; only the table scrolls sideways, not the page.
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      await snapshot(page, 'campaigns-list-view-phone');
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
      await pickLanguage(page, 'lang-en', 'en').catch(() => undefined);
      // The view is the marketer's own; it goes, so the next run starts as this one did.
      const { savedViews } = await pageGql<{ savedViews: { id: string; name: string }[] }>(page, '{ savedViews(objectType: "campaigns") { id name } }');
      for (const view of savedViews.filter((v) => v.name === name)) {
        await pageGql(page, 'mutation($input: DeleteViewInput!) { deleteView(input: $input) { view { id } } }', { input: { id: view.id } });
      }
      await context.close();
    }
  }, 180_000);
});
