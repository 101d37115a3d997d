import fs from 'node:fs';
import path from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';

/**
 * Debian's Chromium driven by playwright-core (no browser download). The flags keep it from
 * reaching for the network, which this machine doesn't have. playwright gives every launch a
 * fresh temporary profile.
 */
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}; npm test installs it with apt-get.`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export function baseUrl(): string {
  return process.env['E2E_BASE_URL']!;
}

export async function newPage(browser: Browser, viewport = { width: 1280, height: 800 }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: baseUrl(), viewport, locale: 'en-US' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  // Read by tools/jest/e2e-environment.cjs to screenshot what a failed test left on screen.
  const open = ((globalThis as { __E2E_PAGES__?: Page[] }).__E2E_PAGES__ ??= []);
  open.push(page);
  return { context, page };
}

export async function signIn(page: Page, email: string, password = 'rapport-demo'): Promise<void> {
  await page.goto('/login');
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('user-menu').waitFor();
}

/** Saves a screenshot under tmp/screenshots for people to look at after a run. */
export async function snapshot(page: Page, name: string): Promise<void> {
  const dir = path.resolve(__dirname, '../../../../tmp/screenshots');
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}
