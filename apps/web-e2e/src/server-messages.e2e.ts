/**
 * Server messages in the person's language, as they meet them in 简体中文: a wrong password, a
 * refusal from the server on a form field, and a new-lead notification in the bell, with the
 * routing explanation ("why this owner") on the lead's page.
 */
import { Browser, Page } from 'playwright-core';
import { apiLogin, eventually, gql, keepingLocale } from './support/api';
import { bellItem } from './support/bell';
import { baseUrl, launchBrowser, newPage, snapshot } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const run = `I18N${Date.now()}`;

const login = apiLogin;

/** The login page in 简体中文, then signing in keeps it (the choice is stored on the device). */
async function chineseLogin(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByTestId('language-switch').click();
  await page.getByTestId('lang-zh-CN').click();
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

describe('server messages in 简体中文', () => {
  it('a wrong password reads in Chinese', async () => {
    const { context, page } = await newPage(browser);
    // An address nobody has: the sign-in limit of the demo users stays untouched.
    await chineseLogin(page, `${run.toLowerCase()}@nobody.example.com`, 'not-the-password');
    await expect(page.getByTestId('login-error').innerText()).resolves.toContain('邮箱或密码不正确。');
    await snapshot(page, 'i18n-wrong-password-zh-CN');
    await context.close();
  });

  it('a field the server refuses reads in Chinese on that field', () => keepingLocale('admin@rapport.dev', async () => {
    const { context, page } = await newPage(browser);
    await chineseLogin(page, 'admin@rapport.dev', 'rapport-demo');
    await page.getByTestId('user-menu').waitFor();
    await page.goto('/admin/users');
    await page.getByTestId('user-create').click();
    await page.getByTestId('user-email').fill('rep1@rapport.dev');
    await page.getByTestId('user-name').fill(`Twin ${run}`);
    await page.getByTestId('user-password').fill('a-long-enough-password');
    await page.getByTestId('user-submit').click();
    // "This email is already in use." as the server keyed it (users.emailInUse).
    await page.getByText('此邮箱已被使用。').waitFor();
    await snapshot(page, 'i18n-field-error-zh-CN');
    await context.close();
  }));

  it('a new lead: the bell and the lead page say it in Chinese', async () => {
    const admin = await login('admin@rapport.dev');
    const email = `${run.toLowerCase()}@visitor.example.com`;
    // Routed by the demo rules to whoever is available now: that person reads it.
    const posted = await fetch(`${baseUrl()}/api/public/leads`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ firstName: '伟', lastName: `王${run}`, email, company: `Acme ${run}` }) });
    expect(posted.status).toBe(201);
    const lead = await eventually('the lead to be routed', async () => {
      const node = (await gql(admin, 'query($e: String!) { leads(filter: { email: { eq: $e } }) { edges { node { id name owner { email } intake { routedAt } } } } }', { e: email })).leads.edges[0]?.node;
      return node?.intake?.routedAt && node.owner ? node : undefined;
    });

    await keepingLocale(lead.owner.email, async () => {
      const { context, page } = await newPage(browser);
      await chineseLogin(page, lead.owner.email, 'rapport-demo');
      await page.getByTestId('user-menu').waitFor();
      const item = await bellItem(page, `您有新线索：${lead.name}`);
      await snapshot(page, 'i18n-bell-zh-CN');
      await item.click();
      await page.waitForURL(new RegExp(`/leads/${lead.id}$`));
      // "Why this owner", worded in Chinese from the stored decision.
      await expect(page.getByTestId('lead-intake-explanation').innerText()).resolves.toMatch(/^(规则“.+”匹配（.+）|没有规则分配此线索，由兜底负责人接收)；.+。$/);
      await snapshot(page, 'i18n-lead-why-zh-CN');
      await context.close();
    });
  });
});
