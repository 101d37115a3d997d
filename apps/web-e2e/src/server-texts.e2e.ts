/**
 * The last server texts a Chinese reader met in English: the rows an import left out and why (on
 * the screen and in the downloaded report), and the pages a browser gets after posting a web form
 * without scripts. In 繁體中文, checked with axe like every screen.
 */
import { Browser } from 'playwright-core';
import { apiLogin, eventually, gql, keepingLocale } from './support/api';
import { AxeAudit } from './support/axe';
import { baseUrl, launchBrowser, newPage, signIn, snapshot } from './support/browser';
import { settle } from './support/screens';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const run = `TXT${Date.now()}`;
const MARKETER = 'marketer@rapport.dev';

/** Uploads a CSV as `cookie`'s person, starts it with the suggested mapping and waits for the worker to finish it. */
async function importCsv(cookie: string, csv: string): Promise<string> {
  const body = new FormData();
  body.append('file', new Blob([csv], { type: 'text/csv' }), `${run}.csv`);
  const res = await fetch(`${baseUrl()}/api/v1/lead-imports`, { method: 'POST', headers: { cookie }, body });
  if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${await res.text()}`);
  const up = (await res.json()) as { id: string; suggestedMapping: { column: string; field: string }[] };
  const mapping = up.suggestedMapping.map((m) => ({ column: m.column, field: m.field.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase() }));
  await gql(cookie, 'mutation($i: StartLeadImportInput!) { startLeadImport(input: $i) { leadImport { id } } }', { i: { importId: up.id, mapping, dedupPolicy: 'SKIP', routeLeads: false } });
  await eventually('the import to finish', async () => (await gql(cookie, 'query($id: ID!) { leadImport(id: $id) { status } }', { id: up.id })).leadImport.status === 'DONE', 60_000);
  return up.id;
}

describe('server texts in 繁體中文', () => {
  it('an import’s left-out rows and their reasons, on the screen and in the report', () =>
    keepingLocale(MARKETER, async () => {
      const cookie = await apiLogin(MARKETER);
      const email = `${run.toLowerCase()}@import.example.com`;
      const id = await importCsv(cookie, ['First,Last,Email,Employees', `Mei,Lin ${run},${email},12`, 'Bo,,bo@,many', `Mei,Lin ${run},${email},`].join('\n'));

      const audit = new AxeAudit();
      const { context, page } = await newPage(browser);
      await signIn(page, MARKETER);
      await page.getByTestId('language-switch').first().click();
      await page.getByTestId('lang-zh-TW').click();
      await page.locator('html[lang="zh-TW"]').waitFor({ state: 'attached' });
      await page.goto(`/leads/import?import=${id}`);
      const list = page.getByTestId('import-problems');
      await list.getByText('電子郵件地址與第 2 列相同；已略過。').waitFor();
      expect(await list.getByTestId('import-problem-reason').allInnerTexts()).toEqual(['必須填寫姓氏或公司。', '不是有效的電子郵件地址。', '員工人數不是整數。', '電子郵件地址與第 2 列相同；已略過。']);
      await settle(page);
      await audit.check(page, 'zh-TW import result');
      await snapshot(page, 'server-texts-import-zh-TW');

      // The download asks for the screen's language.
      const href = await page.getByTestId('import-result').getByTestId(`import-report-${id}`).getAttribute('href');
      expect(href).toBe(`/api/v1/lead-imports/${id}/report.csv?lang=zh-TW`);
      const csv = await (await page.request.get(href!)).text();
      expect(csv).toContain('電子郵件地址與第 2 列相同；已略過。');
      expect(csv).not.toContain('skipped');
      await context.close();
      audit.assertClean();
    }));

  it('a web form posted by a zh-TW browser as a plain HTML form: what to fix, then thanks, in Traditional Chinese', async () => {
    const admin = await apiLogin('admin@rapport.dev');
    const { saveWebForm } = await gql(admin, 'mutation($i: SaveWebFormInput!) { saveWebForm(input: $i) { webForm { id hostedUrl } } }', {
      i: { name: `Form ${run}`, source: 'web', fields: [{ key: 'lastName', label: '姓氏', required: true }, { key: 'email', label: '電子郵件', required: true }] },
    });
    const audit = new AxeAudit();
    // Chromium in Traditional Chinese: its Accept-Language is what the server has to go on, as the
    // hosted page has no lang of its own for the form's script to copy. The post is the browser's own.
    const context = await browser.newContext({ baseURL: baseUrl(), locale: 'zh-TW' });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    ((globalThis as { __E2E_PAGES__?: unknown[] }).__E2E_PAGES__ ??= []).push(page);
    await page.goto(`/api/public/forms/${saveWebForm.webForm.id}`);
    // Longer than the server takes: the browser lets it through, the server refuses it.
    await page.locator('#rapport-lastName').fill('長'.repeat(101));
    await page.locator('#rapport-email').fill(`${run.toLowerCase()}@form.example.com`);
    await page.locator('button[type="submit"]').click();
    await page.locator('html[lang="zh-TW"] h1').getByText('請檢查表單').waitFor();
    expect(await page.locator('li').allInnerTexts()).toEqual(['姓氏：最多 100 個字元']);
    await audit.check(page, 'zh-TW web form error page');
    await snapshot(page, 'server-texts-form-error-zh-TW');

    await page.goBack();
    await page.locator('#rapport-lastName').fill(`林${run}`);
    await page.locator('#rapport-email').fill(`${run.toLowerCase()}@form.example.com`);
    await page.locator('button[type="submit"]').click();
    await page.locator('html[lang="zh-TW"] h1').getByText('謝謝，我們會盡快與您聯繫。').waitFor();
    await audit.check(page, 'zh-TW web form thank-you page');
    await context.close();
    audit.assertClean();
  });
});
