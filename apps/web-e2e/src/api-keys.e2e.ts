import { Browser } from 'playwright-core';
import { baseUrl, launchBrowser, newPage, signIn, snapshot } from './support/browser';
import { clickWhenStill } from './support/popup';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('API keys in the admin screens', () => {
  it('admin creates a key, sees it once, uses it, revokes it', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'admin@rapport.dev');
    await page.getByTestId('nav-admin').click();
    await page.getByTestId('nav-admin-api-keys').click();
    await page.getByTestId('apikey-create').click();
    await page.getByTestId('apikey-name').fill('Browser test key');
    await page.getByTestId('apikey-scope-users:read').check();
    await page.getByTestId('apikey-submit').click();
    const secret = (await page.getByTestId('apikey-secret').innerText()).trim();
    expect(secret).toMatch(/^rk_[A-Za-z0-9]{10}_[A-Za-z0-9_-]{43}$/);
    await snapshot(page, 'api-key-created');
    await page.getByTestId('apikey-secret-close').click();
    // The dialog is destroyed when hidden: the secret leaves the page entirely.
    await page.getByTestId('apikey-secret').waitFor({ state: 'detached' });

    const me = await fetch(`${baseUrl()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({ query: '{ me { email } }' }),
    });
    expect((await me.json()).data.me.email).toBe('admin@rapport.dev');
    const users = await fetch(`${baseUrl()}/api/v1/users`, { headers: { authorization: `Bearer ${secret}` } });
    expect(users.status).toBe(200);

    // The secret is never shown again: the list shows only the prefix.
    const body = await page.locator('body').innerText();
    expect(body).not.toContain(secret);
    expect(body).toContain(secret.slice(0, 13));

    const row = page.locator('tr', { hasText: 'Browser test key' });
    await row.locator('[data-testid^="apikey-revoke-"]').click();
    await clickWhenStill(page.locator('.ant-popconfirm .ant-btn-primary'));
    await row.getByText(/revoked/i).waitFor();
    const after = await fetch(`${baseUrl()}/api/v1/users`, { headers: { authorization: `Bearer ${secret}` } });
    expect(after.status).toBe(401);
    await context.close();
  });
});
