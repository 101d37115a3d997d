import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, signIn } from './support/browser';

/**
 * Keyboard paths (issue 12, WCAG 2.1.1 / 2.4.3): everything below is done with keys only — no
 * clicks — after signing in: the skip link, a create dialog opened, filled (its account picker
 * included), submitted and escaped, and a deal moved to another stage on the pipeline board.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** The focused element's test id (or its tag name when it has none). */
const focused = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? '');

/** Presses Tab until `reached` says so; fails after `max` presses, listing where focus went. */
async function tabUntil(page: Page, reached: () => Promise<boolean>, what: string, max = 60): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await reached()) return;
    seen.push(await focused(page));
  }
  throw new Error(`Tab never reached ${what}; went through: ${seen.join(', ')}`);
}

/** Presses Tab until the element with this test id has focus. */
const tabTo = async (page: Page, testId: string) => tabUntil(page, async () => (await focused(page)) === testId, testId);

/** Loads a page and waits for its heading, with focus at the top of the document. */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.locator('main h1').first().waitFor();
  await page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached' }).catch(() => undefined);
}

const dialog = (page: Page) => page.locator('.ant-modal-wrap:not([style*="display: none"]) [role="dialog"]').last();

describe('keyboard paths', () => {
  it('the first Tab reaches "Skip to content", which moves focus into the page past the menu', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'rep1@rapport.dev');
    await open(page, '/sales/accounts');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('skip-link');
    const link = page.getByTestId('skip-link');
    expect(await link.innerText()).toBe('Skip to content');
    // Hidden until focused, visible once it is.
    expect(await link.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
    // The next stop is in the page's own content (its first action), not the menu or the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);
    expect(new URL(page.url()).hash).toBe('');
    await context.close();
  });

  it('a rep creates a contact with the keyboard only: open, fill, pick the account, submit', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'rep1@rapport.dev');
    const account = await page.request.post('/graphql', { data: { query: '{ accounts(first: 1) { edges { node { id name } } } }' } });
    const { id: accountId, name: accountName } = (await account.json()).data.accounts.edges[0].node as { id: string; name: string };
    const lastName = `Keyboard${Date.now()}`;

    await open(page, '/sales/contacts');
    await tabTo(page, 'contact-create');
    await page.keyboard.press('Enter');
    await dialog(page).waitFor();
    // The dialog puts focus in its first field.
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'contact-first-name');
    await page.keyboard.type('Kim');
    await page.keyboard.press('Tab');
    await page.keyboard.type(lastName);

    // The account picker: its label names it (the <label for> reaches the real input) …
    const picker = dialog(page).getByRole('combobox', { name: 'Account' });
    expect(await picker.count()).toBe(1);
    await tabUntil(page, () => picker.evaluate((el) => el === document.activeElement), 'the account picker');
    // … and works from the keyboard: type part of the name, arrow to the match, Enter takes it.
    await page.keyboard.type(accountName.slice(0, 6));
    const list = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
    await list.locator(`[title="${accountName}"]`).first().waitFor();
    for (let i = 0; i < 20 && (await list.locator(`.ant-select-item-option-active[title="${accountName}"]`).count()) === 0; i++) {
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await dialog(page).getByTestId('contact-account').getByText(accountName).waitFor();

    // On to the e-mail field; Enter in a text field submits the dialog.
    await tabTo(page, 'contact-email');
    await page.keyboard.type(`${lastName.toLowerCase()}@example.com`);
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/sales/contacts/${UUID}$`));
    await page.getByRole('heading', { level: 1, name: `Kim ${lastName}` }).waitFor();
    const check = await page.request.post('/graphql', {
      data: { query: `{ contacts(first: 1, filter: { lastName: { eq: "${lastName}" } }) { edges { node { account { id } } } } }` },
    });
    expect((await check.json()).data.contacts.edges[0].node.account.id).toBe(accountId);
    await context.close();
  });

  it('Escape closes a create dialog and gives focus back to the button that opened it', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'rep1@rapport.dev');
    for (const [path, trigger] of [
      ['/leads', 'lead-create'],
      ['/sales/opportunities', 'opportunity-create'],
    ] as const) {
      await open(page, path);
      await tabTo(page, trigger);
      await page.keyboard.press('Enter');
      await dialog(page).waitFor();
      await page.waitForFunction(() => Boolean(document.activeElement?.closest('[role="dialog"]')));
      await page.keyboard.press('Escape');
      await dialog(page).waitFor({ state: 'hidden' });
      await page.waitForFunction((id) => document.activeElement?.getAttribute('data-testid') === id, trigger);
    }
    await context.close();
  });

  it('a rep moves a deal to another stage on the board from its "Move to stage" menu', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'rep1@rapport.dev');
    await open(page, '/sales/pipeline');
    const from = page.getByTestId('kanban-column-Qualification');
    const card = from.locator('li[data-testid^="kanban-card-"][data-movable="true"]').first();
    await card.waitFor();
    const id = (await card.getAttribute('data-testid'))!.replace('kanban-card-', '');

    // Tab from the deal's link (where a keyboard user arrives after tabbing through the board)
    // reaches its move button; Enter opens the menu with focus in it.
    await card.getByRole('link').focus();
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe(`kanban-move-${id}`);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^Move .+ to another stage$/);
    await page.keyboard.press('Enter');
    const menu = page.locator('.ant-dropdown:not(.ant-dropdown-hidden) [role="menu"]');
    await menu.waitFor();
    await page.waitForFunction(() => Boolean(document.activeElement?.closest('[role="menu"]')));
    // Arrow down to "Proposal" (the current stage is there but disabled), Enter moves the deal.
    // The menu moves focus a frame after each key: wait for it before reading where it is.
    const label = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    for (let i = 0; i < 8 && (await label()) !== 'Proposal'; i++) {
      const before = await label();
      await page.keyboard.press('ArrowDown');
      await page.waitForFunction((prev) => (document.activeElement?.textContent ?? '') !== prev, before);
    }
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Proposal');
    await page.keyboard.press('Enter');

    const moved = page.getByTestId('kanban-column-Proposal').getByTestId(`kanban-card-${id}`);
    await moved.waitFor();
    await page.locator(`[data-testid="kanban-card-${id}"][aria-busy="false"]`).waitFor();
    // Focus is back on the deal's move button, in its new column, and the move was announced.
    await page.waitForFunction((testId) => document.activeElement?.getAttribute('data-testid') === testId, `kanban-move-${id}`);
    expect(await page.getByTestId('kanban-announcement').innerText()).toMatch(/moved to Proposal\.$/);
    const saved = await page.request.post('/graphql', { data: { query: `{ opportunity(id: "${id}") { stage { name } } }` } });
    expect((await saved.json()).data.opportunity.stage.name).toBe('Proposal');

    // Escape closes the menu without moving anything and returns focus to the button.
    await page.keyboard.press('Enter');
    await menu.waitFor();
    await page.waitForFunction(() => Boolean(document.activeElement?.closest('[role="menu"]')));
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'hidden' });
    expect(await focused(page)).toBe(`kanban-move-${id}`);
    expect(await page.getByTestId('kanban-column-Proposal').getByTestId(`kanban-card-${id}`).count()).toBe(1);
    await context.close();
  });
});
