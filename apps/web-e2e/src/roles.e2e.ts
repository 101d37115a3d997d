import { Browser, Locator, Page } from 'playwright-core';
import { apiLogin, gql } from './support/api';
import { launchBrowser, newPage, signIn, snapshot } from './support/browser';

/**
 * Issue 12's acceptance, as each demo role lives it: every menu entry opens a working page (the
 * menu comes from the role's grants, so none opens a dead end), typed-in addresses of pages the
 * role may not use explain themselves instead of failing, and the service agent is offered no
 * action its role refuses.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const DEMO = [
  { email: 'admin@rapport.dev', role: 'Administrator' },
  { email: 'manager@rapport.dev', role: 'Sales manager' },
  { email: 'rep1@rapport.dev', role: 'Sales rep' },
  { email: 'marketer@rapport.dev', role: 'Marketer' },
  { email: 'servicemgr@rapport.dev', role: 'Service manager' },
  { email: 'agent@rapport.dev', role: 'Service agent' },
];

async function until(check: () => Promise<boolean>, what: string, timeout = 15_000): Promise<void> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The page has its heading and nothing is loading any more. */
async function settled(page: Page): Promise<void> {
  const main = page.locator('main');
  await main.locator('h1').first().waitFor();
  await until(async () => (await main.locator('.ant-spin-spinning, .ant-skeleton-active').count()) === 0, `${page.url()} to finish loading`);
}

/** No error state anywhere on the page: no failed result, no retry, no "not allowed" from the API. */
async function expectNoErrorState(page: Page, where: string): Promise<void> {
  const main = page.locator('main');
  const problems = {
    where,
    errorResults: await main.locator('.ant-result-error, .ant-result-500, .ant-result-warning').count(),
    retry: await main.getByRole('button', { name: /^(Retry|Try again)$/ }).count(),
    refused: await main.getByText(/not allowed to do this/i).count(),
    // A possible-duplicates warning is information, not a failure.
    errorAlerts: await main.locator('.ant-alert-error, .ant-alert-warning:not([data-testid="duplicates-warning"])').count(),
  };
  expect(problems).toEqual({ where, errorResults: 0, retry: 0, refused: 0, errorAlerts: 0 });
}

/** Every page link of the menu, with every group opened. */
async function menuLinks(page: Page): Promise<string[]> {
  const menu = page.locator('.ant-layout-sider .ant-menu').first();
  await openGroups(page);
  const hrefs = await menu.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  return [...new Set(hrefs)];
}

/** Opens every closed group of the menu, one at a time (each click changes which are closed). */
async function openGroups(page: Page): Promise<void> {
  const closed = page.locator('.ant-layout-sider .ant-menu-submenu:not(.ant-menu-submenu-open) > .ant-menu-submenu-title');
  for (let n = await closed.count(); n > 0; n = await closed.count()) {
    await closed.first().click();
    await until(async () => (await closed.count()) < n, 'a menu group to open');
  }
}

async function openFromMenu(page: Page, href: string): Promise<void> {
  const link = page.locator(`.ant-layout-sider a[href="${href}"]`).first();
  if (!(await link.isVisible())) await openGroups(page);
  await link.click();
  await page.waitForURL((url) => url.pathname === href);
}

async function expectNoAccess(page: Page, path: string, role: string): Promise<void> {
  await page.goto(path);
  const explained = page.getByTestId('no-access');
  await explained.waitFor();
  const needs = await explained.getByTestId('no-access-needs').innerText();
  expect(needs).toMatch(/^This page needs permission to .+\. Your role, .+, does not include it\.$/);
  expect(needs).toContain(role);
  await explained.getByTestId('no-access-roles').waitFor();
  expect(await explained.getByRole('link', { name: 'Go to the start page' }).count()).toBe(1);
  await expectNoErrorState(page, path);
}

const absent = async (scope: Page | Locator, testIds: string[]) =>
  Object.fromEntries(await Promise.all(testIds.map(async (id) => [id, await scope.getByTestId(id).count()] as const)));
const none = (testIds: string[]) => Object.fromEntries(testIds.map((id) => [id, 0]));

describe('each demo role', () => {
  it.each(DEMO)('$email: every menu entry opens a working page', async ({ email }) => {
    const { context, page } = await newPage(browser, { width: 1440, height: 900 });
    await signIn(page, email);
    // The start page first: its tiles are only what the role may open.
    await settled(page);
    await expectNoErrorState(page, page.url());
    const links = await menuLinks(page);
    expect(links.length).toBeGreaterThan(3);
    const visited: string[] = [];
    for (const href of links) {
      await openFromMenu(page, href);
      await settled(page);
      // Menus follow the grants: an entry never leads to a page the role may not use.
      expect({ href, noAccess: await page.getByTestId('no-access').count() }).toEqual({ href, noAccess: 0 });
      await expectNoErrorState(page, href);
      visited.push(href);
    }
    expect(visited).toEqual(links);
    await context.close();
  });
});

describe('pages a role may not use', () => {
  it('explain themselves to the service manager and the agent, in words, without an error', async () => {
    for (const { email, role } of DEMO.filter((d) => d.email.startsWith('servicemgr') || d.email.startsWith('agent'))) {
      const { context, page } = await newPage(browser, { width: 1440, height: 900 });
      await signIn(page, email);
      for (const path of ['/sales/pipeline', '/sales/opportunities', '/leads', '/sales/quotes', '/sales/forecast', '/admin/users']) {
        await expectNoAccess(page, path, role);
      }
      if (email.startsWith('agent')) await snapshot(page, 'roles-agent-no-access');
      await context.close();
    }
  });

  it('show a rep an explained page for the admin area and the handover', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'rep1@rapport.dev');
    await expectNoAccess(page, '/admin/users', 'Sales rep');
    await expectNoAccess(page, '/sales/handover', 'Sales rep');
    expect(await page.getByTestId('no-access-needs').innerText()).toContain('hand over a person’s records');
    await context.close();
  });
});

describe('the service agent', () => {
  it('sees no action it cannot perform on accounts and contacts, and may create its own contacts', async () => {
    const { context, page } = await newPage(browser, { width: 1440, height: 900 });
    await signIn(page, 'agent@rapport.dev');

    // Accounts: read every one, change none.
    await page.goto('/sales/accounts');
    const accounts = page.getByTestId('accounts-table');
    await accounts.locator('tbody tr.ant-table-row').first().waitFor();
    expect(await absent(page, ['account-create'])).toEqual(none(['account-create']));
    expect(await accounts.locator('.ant-table-selection-column').count()).toBe(0);
    await accounts.locator('tbody tr.ant-table-row').first().click();
    await page.waitForURL(/\/sales\/accounts\/[0-9a-f-]{36}$/);
    await page.getByTestId('account-details').waitFor();
    await settled(page);
    const offLimits = ['record-edit', 'record-share', 'account-opportunity-create', 'related-opportunities', 'account-commitment-create'];
    expect(await absent(page, offLimits)).toEqual(none(offLimits));
    expect(await page.locator('[data-testid^="duplicate-merge-"], [data-testid^="cf-edit-"]').count()).toBe(0);
    // Its own contacts it may create, here as on the contacts list.
    expect(await page.getByTestId('account-contact-create').count()).toBe(1);
    await expectNoErrorState(page, 'account page');
    await snapshot(page, 'roles-agent-account');

    // Contacts: may create its own; others' it reads but does not change or share.
    await page.goto('/sales/contacts');
    const contacts = page.getByTestId('contacts-table');
    await contacts.locator('tbody tr.ant-table-row').first().waitFor();
    expect(await page.getByTestId('contact-create').count()).toBe(1);
    // The demo agent owns no contacts yet: nothing to pick for a bulk change.
    expect(await contacts.locator('.ant-table-selection-column input:not([disabled])').count()).toBe(0);
    await contacts.locator('tbody tr.ant-table-row').first().click();
    await page.waitForURL(/\/sales\/contacts\/[0-9a-f-]{36}$/);
    await settled(page);
    const onContact = ['record-edit', 'record-share'];
    expect(await absent(page, onContact)).toEqual(none(onContact));
    expect(await page.locator('[data-testid^="duplicate-merge-"], [data-testid^="cf-edit-"]').count()).toBe(0);

    // The commitment ledger and the catalog are read-only for service agents.
    await page.goto('/sales/commitments');
    await settled(page);
    expect(await page.getByTestId('commitment-create').count()).toBe(0);
    await page.goto('/sales/catalog');
    await settled(page);
    expect(await page.getByTestId('catalog-read-only').count()).toBe(1);
    expect(await page.getByTestId('product-create').count()).toBe(0);
    await context.close();
  });
});

describe('row actions on someone else’s record', () => {
  it('give the owner the done box and the resolve buttons, and the service agent neither', async () => {
    // rep1 logs a call and makes a promise on an account of theirs, as a rep does every day.
    const rep = await apiLogin('rep1@rapport.dev');
    const { me } = await gql(rep, '{ me { id } }');
    const { accounts } = await gql(rep, 'query($me: ID!) { accounts(first: 1, filter: { ownerId: { eq: $me } }) { edges { node { id } } } }', { me: me.id });
    const accountId: string = accounts.edges[0].node.id;
    const stamp = Date.now().toString(36);
    const { createActivity } = await gql(rep, 'mutation($i: CreateActivityInput!) { createActivity(input: $i) { activity { id } } }', {
      i: { type: 'CALL', subject: `Roles check call ${stamp}`, accountId },
    });
    // Due yesterday: overdue promises sort first, so it is on the panel's first page.
    const { createCommitment } = await gql(rep, 'mutation($i: CreateCommitmentInput!) { createCommitment(input: $i) { commitment { id } } }', {
      i: { kind: 'follow_up', description: `Roles check promise ${stamp}`, accountId, dueAt: new Date(Date.now() - 86_400_000).toISOString() },
    });
    const activityId: string = createActivity.activity.id;
    const commitmentId: string = createCommitment.commitment.id;
    const rowActions = [`activity-done-${activityId}`, `commitment-kept-${commitmentId}`, `commitment-broken-${commitmentId}`];

    // The agent reads the account and every promise to it, and may change neither the promise nor
    // rep1's call (which it may not even read: no row, so no box).
    const agent = await newPage(browser, { width: 1440, height: 900 });
    await signIn(agent.page, 'agent@rapport.dev');
    await agent.page.goto(`/sales/accounts/${accountId}`);
    await settled(agent.page);
    const promises = agent.page.getByTestId('account-commitments-table');
    await promises.getByText(`Roles check promise ${stamp}`).waitFor();
    await agent.page.getByTestId('related-activities').waitFor();
    await settled(agent.page);
    expect(await absent(agent.page, rowActions)).toEqual(none(rowActions));
    expect(await agent.page.getByTestId('related-activities').getByText(`Roles check call ${stamp}`).count()).toBe(0);
    expect(await promises.locator('[data-testid^="commitment-kept-"], [data-testid^="commitment-broken-"], [data-testid^="commitment-reopen-"]').count()).toBe(0);
    await expectNoErrorState(agent.page, 'account page of rep1, as the agent');
    await agent.context.close();

    // The owner gets both, and a click on Kept goes through: the buttons promised what the API does.
    const owner = await newPage(browser, { width: 1440, height: 900 });
    await signIn(owner.page, 'rep1@rapport.dev');
    await owner.page.goto(`/sales/accounts/${accountId}`);
    await owner.page.getByTestId(`commitment-kept-${commitmentId}`).waitFor();
    await owner.page.getByTestId(`activity-done-${activityId}`).waitFor();
    expect(await absent(owner.page, rowActions)).toEqual(Object.fromEntries(rowActions.map((id) => [id, 1])));
    await owner.page.getByTestId(`commitment-kept-${commitmentId}`).click();
    await owner.page.getByTestId('account-commitments-table').getByText(`Roles check promise ${stamp}`).waitFor({ state: 'detached' });
    // The box is bound to the saved state: it ticks when the API has answered, so click and wait for both.
    const box = owner.page.getByTestId(`activity-done-${activityId}`);
    await box.click();
    await until(async () => box.isChecked(), 'the done box to tick');
    await until(async () => (await gql(rep, 'query($id: ID!) { activities(filter: { id: { eq: $id } }) { edges { node { done } } } }', { id: activityId })).activities.edges[0]?.node.done === true, 'the call to be ticked off');
    await expectNoErrorState(owner.page, 'account page of rep1, as rep1');
    await owner.context.close();
  });
});
