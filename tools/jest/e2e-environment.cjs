// Node test environment for browser e2e: when a test fails, every page the test opened through
// apps/web-e2e/src/support/browser.ts (which records them on `globalThis.__E2E_PAGES__`) is
// saved as tmp/screenshots/failed-<test>-<n>.png, so a red run shows what the browser saw.
const fs = require('node:fs');
const path = require('node:path');
const { TestEnvironment } = require('jest-environment-node');

const dir = path.resolve(__dirname, '..', '..', 'tmp', 'screenshots');

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
  }
}

module.exports = E2eEnvironment;
