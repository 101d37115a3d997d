import { Browser } from 'playwright-core';
import { launchBrowser, newPage, signIn, snapshot } from './support/browser';
import { keepingLocale } from './support/api';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const DEMO_USERS = [
  'admin@rapport.dev',
  'manager@rapport.dev',
  'rep1@rapport.dev',
  'rep2@rapport.dev',
  'marketer@rapport.dev',
  'servicemgr@rapport.dev',
  'agent@rapport.dev',
];

/** Visible text with emails, numbers and the product name removed: what must change with the language. */
async function visibleWords(page: import('playwright-core').Page): Promise<string[]> {
  const text = await page.locator('body').innerText();
  return text
    .replace(/[\w.+-]+@[\w.-]+/g, ' ')
    .replace(/Rapport/g, ' ')
    .split(/[^A-Za-z]+/)
    .filter((w) => w.length > 2);
}

describe('sign-in in the browser', () => {
  it.each([
    ['lang-zh-CN', '登录'],
    ['lang-zh-TW', '登入'],
    ['lang-en', 'Sign in'],
  ])('switching to %s translates the login page and the app', (option, signInLabel) => keepingLocale('manager@rapport.dev', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/login');
    await page.getByTestId('language-switch').click();
    await page.getByTestId(option).click();
    // A Chinese bundle is fetched on first use: wait for the label instead of reading it at once.
    await page.getByTestId('login-submit').getByText(signInLabel).waitFor();
    await expect(page.getByTestId('login-submit').innerText()).resolves.toContain(signInLabel);
    await page.getByTestId('login-email').fill('manager@rapport.dev');
    await page.getByTestId('login-password').fill('rapport-demo');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('user-menu').waitFor();
    await snapshot(page, `home-${option}`);
    if (option !== 'lang-en') {
      // No English left on screen: every string came from the locale.
      expect(await visibleWords(page)).toEqual([]);
    }
    await context.close();
  }));

  it('shows the server message for a wrong password', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/login');
    await page.getByTestId('login-email').fill('rep2@rapport.dev');
    await page.getByTestId('login-password').fill('wrong-password');
    await page.getByTestId('login-submit').click();
    await expect(page.getByTestId('login-error').innerText()).resolves.toMatch(/not correct/);
    await context.close();
  });

  it.each(DEMO_USERS)('%s signs in and out', async (email) => {
    const { context, page } = await newPage(browser);
    await signIn(page, email);
    await page.getByTestId('user-menu').click();
    await page.getByTestId('logout').click();
    await page.getByTestId('login-submit').waitFor();
    await context.close();
  });

  it('works on a phone-sized screen', async () => {
    const { context, page } = await newPage(browser, { width: 390, height: 844 });
    await signIn(page, 'rep1@rapport.dev');
    await snapshot(page, 'phone-home');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});
