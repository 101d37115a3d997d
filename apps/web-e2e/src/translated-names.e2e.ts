import type { Browser, Page } from 'playwright-core';
import { keepingLocale } from './support/api';
import { AxeAudit } from './support/axe';
import { launchBrowser, newPage, signIn, snapshot } from './support/browser';

/**
 * Configured names in the reader's language (issue 12, docs/adr/0010): the board's stages follow
 * the UI language, switching the language re-reads them, and admins edit names and translations
 * under Admin → Pipelines (checked with axe like every admin screen); products are named in the
 * reader's language in the quote editor's picker and the catalog, where admins translate them.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function switchLanguage(page: Page, option: 'lang-en' | 'lang-zh-CN' | 'lang-zh-TW'): Promise<void> {
  await page.getByTestId('language-switch').first().click();
  await page.getByTestId(option).click();
}

/** The board's column titles, left to right. */
async function columnTitles(page: Page): Promise<string[]> {
  const ids = await page.locator('[data-testid^="kanban-column-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid') ?? ''));
  return ids.map((id) => id.replace('kanban-column-', ''));
}

describe('configured names in the reader’s language', () => {
  it('the board shows stages in the manager’s Chinese, and in Traditional Chinese after a switch', async () => {
    const { context, page } = await newPage(browser);
    // The demo manager's profile says 简体中文; other tests may have switched it, so choose it here.
    await signIn(page, 'manager@rapport.dev');
    try {
      await page.goto('/sales/pipeline');
      await switchLanguage(page, 'lang-zh-CN');
      await page.getByTestId('kanban-column-资格确认').waitFor();
      expect(await columnTitles(page)).toEqual(expect.arrayContaining(['初步接洽', '资格确认', '方案报价', '商务谈判']));
      await snapshot(page, 'names-board-zh-CN');

      // The page on screen asks again in the new language; no reload.
      await switchLanguage(page, 'lang-zh-TW');
      await page.getByTestId('kanban-column-資格確認').waitFor();
      expect(await columnTitles(page)).toEqual(expect.arrayContaining(['初步接洽', '資格確認', '提案報價', '議價協商']));
      expect(await columnTitles(page)).not.toContain('资格确认');
    } finally {
      // The switch is saved to the profile: give the manager their language back for other tests.
      await switchLanguage(page, 'lang-zh-CN');
      await page.getByTestId('kanban-column-资格确认').waitFor();
      await context.close();
    }
  });

  it('an admin edits a stage’s translations under Admin → Pipelines (axe clean, dialog too)', async () => {
    const audit = new AxeAudit();
    const { context, page } = await newPage(browser);
    await signIn(page, 'admin@rapport.dev');
    await page.goto('/admin/pipelines');
    await page.getByRole('heading', { level: 1, name: 'Pipelines and stages' }).waitFor();
    // The admin group is open on admin pages; the page has its menu entry, a real link.
    expect(await page.locator('.ant-layout-sider').getByRole('link', { name: 'Pipelines' }).getAttribute('href')).toBe('/admin/pipelines');
    await page.getByRole('button', { name: 'Edit stage Churned' }).waitFor();
    await audit.check(page, 'admin pipelines');

    const save = async (zhTW: string) => {
      await page.getByRole('button', { name: 'Edit stage Churned' }).click();
      const box = page.getByTestId('name-zh-tw');
      await box.waitFor();
      expect(await page.getByTestId('name-canonical').inputValue()).toBe('Churned');
      await box.fill(zhTW);
      return box;
    };
    await save('流失客戶');
    await audit.check(page, 'admin pipelines › edit stage');
    await snapshot(page, 'names-admin-edit-stage');
    await page.getByTestId('name-submit').click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    const zhTW = page.getByRole('row', { name: /Churned/ }).locator('span[lang="zh-TW"]');
    await zhTW.getByText('流失客戶').waitFor();
    expect(await page.getByRole('row', { name: /Churned/ }).locator('span[lang="zh-CN"]').innerText()).toBe('已流失');

    // Back to the demo's translation, as other tests expect it.
    await save('已流失');
    await page.getByTestId('name-submit').click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await zhTW.getByText('已流失').waitFor();
    await context.close();
    audit.assertClean();
  });

  it('products: the quote line picker speaks 繁體 (and finds by it), the catalog 简体', async () => {
    await keepingLocale('rep2@rapport.dev', async () => {
      const { context, page } = await newPage(browser);
      await signIn(page, 'rep2@rapport.dev');
      try {
        // One of rep2's own open deals in CNY, the demo price books' currency.
        const res = await page.request.post('/graphql', { data: { query: '{ me { id } }' } });
        const me: string = (await res.json()).data.me.id;
        const deals = await page.request.post('/graphql', {
          data: { query: 'query($me: ID!) { opportunities(first: 50, filter: { isClosed: { eq: false }, ownerId: { eq: $me } }) { edges { node { id currency } } } }', variables: { me } },
        });
        const deal = ((await deals.json()).data.opportunities.edges as { node: { id: string; currency: string } }[]).find((e) => e.node.currency === 'CNY');
        if (!deal) throw new Error('rep2 has no open CNY deal in the demo data');

        await page.goto(`/sales/quotes/new?opportunityId=${deal.node.id}`);
        await switchLanguage(page, 'lang-zh-TW');
        await page.getByTestId('quote-line-product-0').click();
        const seat = page.getByTestId('quote-line-product-0-option-CRM-SEAT');
        await seat.getByText('雲端使用者授權（年）').waitFor();
        expect(await seat.innerText()).not.toContain('Rapport Cloud seat');
        // A reader searches in the words they read.
        await page.keyboard.type('行銷');
        await seat.waitFor({ state: 'detached' });
        const pack = page.getByTestId('quote-line-product-0-option-MKT-PACK');
        await pack.getByText('行銷自動化套件').waitFor();
        expect(await page.locator('[data-testid^="quote-line-product-0-option-"]').count()).toBe(1);
        await snapshot(page, 'names-quote-product-zh-TW');
        await pack.click();
        await page.getByTestId('quote-line-product-0').getByText('MKT-PACK · 行銷自動化套件').waitFor();

        // The catalog in Simplified Chinese: the stored name, and the reader's under it.
        await switchLanguage(page, 'lang-zh-CN');
        await page.goto('/sales/catalog');
        const row = page.getByTestId('products-table').locator('tr', { has: page.getByText('CRM-SEAT', { exact: true }) });
        await row.getByText('云座席（年）').waitFor();
        expect(await row.innerText()).toContain('Rapport Cloud seat (year)');
        expect(await row.innerText()).not.toContain('雲端使用者授權');
      } finally {
        await context.close();
      }
    });
  });

  it('an admin translates a product in the catalog (axe clean dialog)', async () => {
    const audit = new AxeAudit();
    const { context, page } = await newPage(browser);
    await signIn(page, 'admin@rapport.dev');
    await page.goto('/sales/catalog');
    const edit = page.getByTestId('product-edit-HW-KIOSK');
    const save = async (zhTW: string) => {
      await edit.click();
      const box = page.getByTestId('name-zh-tw');
      await box.waitFor();
      expect(await page.getByTestId('product-name').inputValue()).toBe('Service kiosk');
      expect(await page.getByTestId('name-zh-cn').inputValue()).toBe('服务终端');
      await box.fill(zhTW);
      return box;
    };
    await save('服務資訊站');
    await audit.check(page, 'admin catalog › translate product');
    await snapshot(page, 'names-admin-edit-product');
    await page.getByTestId('product-submit').click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    // Saved: the dialog opens with it.
    await edit.click();
    expect(await page.getByTestId('name-zh-tw').inputValue()).toBe('服務資訊站');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });

    // Back to the demo's translation, as other tests expect it.
    await save('自助服務機');
    await page.getByTestId('product-submit').click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await context.close();
    audit.assertClean();
  });
});
