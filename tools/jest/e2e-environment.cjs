// Node test environment for browser e2e: when a test fails, every page the test opened through
// apps/web-e2e/src/support/browser.ts (which records them on `globalThis.__E2E_PAGES__`) is
// saved as tmp/screenshots/failed-<test>-<n>.png, so a red run shows what the browser saw; and
// since a CI log is often all there is, each page's address and what it says in alerts, form
// errors, messages and open dialogs are printed with the failure.
const fs = require('node:fs');
const path = require('node:path');
const { TestEnvironment } = require('jest-environment-node');

const dir = path.resolve(__dirname, '..', '..', 'tmp', 'screenshots');
// Where the app tells people what went wrong, or what it is asking them.
const SAYS = '[role="alert"], .ant-form-item-explain-error, .ant-message-notice, .ant-notification-notice, .ant-modal-wrap:not([style*="display: none"]) .ant-modal-title';

class E2eEnvironment extends TestEnvironment {
  async handleTestEvent(event) {
    if (event.name !== 'test_fn_failure') return;
    const pages = (this.global.__E2E_PAGES__ ?? []).filter((p) => !p.isClosed());
    const name = event.test.name.replace(/[^A-Za-z0-9]+/g, '-').slice(0, 60);
    fs.mkdirSync(dir, { recursive: true });
    await Promise.all(
      pages.map((page, i) =>
        page.screenshot({ path: path.join(dir, `failed-${name}-${i}.png`), fullPage: true, timeout: 5_000 }).catch(() => undefined),
      ),
    );
    for (const page of pages) {
      const said = await page
        .evaluate((selector) => [...document.querySelectorAll(selector)].map((el) => el.textContent?.trim().slice(0, 300)).filter(Boolean), SAYS)
        .catch((error) => [`(could not read the page: ${error.message.split('\n')[0]})`]);
      process.stderr.write(`\n[e2e failure] ${event.test.name}\n  page: ${page.url()}\n${said.map((t) => `  says: ${t}`).join('\n')}\n`);
    }
  }
}

module.exports = E2eEnvironment;
