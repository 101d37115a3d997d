import type { Browser, Page } from 'playwright-core';
import { pageGql } from './support/api';
import { AxeAudit } from './support/axe';
import { launchBrowser, newPage, signIn } from './support/browser';
import { firstRecordPath, openDialog, settle, UUID, visit } from './support/screens';

/**
 * WCAG 2.2 AA on every main screen (issue 12): axe-core's A and AA rules in Chromium, as a rep, a
 * manager (in 简体中文) and an administrator, with each create dialog open, and at phone width
 * for some. Zero critical or serious findings, one `main` and one `h1` per screen; a failure
 * prints one line per rule and screen. Keyboard paths are in keyboard.e2e.ts.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const PHONE = { width: 390, height: 844 };
// A screen list takes a while on a busy 2-core runner: each test gets more than jest's default.
const LONG = 240_000;

/** The id of the first record of a GraphQL list (`leads`, …) the signed-in person sees with this filter. */
async function firstId(page: Page, list: string, filter: string): Promise<string> {
  const res = await page.request.post('/graphql', { data: { query: `{ ${list}(first: 1, filter: ${filter}) { edges { node { id } } } }` } });
  const id: string | undefined = (await res.json()).data?.[list]?.edges[0]?.node.id;
  if (!id) throw new Error(`no ${list} matching ${filter}`);
  return id;
}

/** A contact of the signed-in person with an email address: its page shows the consent panel with "Record answer". */
async function contactWithEmail(page: Page): Promise<string> {
  const res = await page.request.post('/graphql', { data: { query: '{ contacts(first: 50) { edges { node { id emails } } } }' } });
  const edges: { node: { id: string; emails: string[] } }[] = (await res.json()).data.contacts.edges;
  const contact = edges.map((e) => e.node).find((c) => c.emails.length > 0);
  if (!contact) throw new Error('no contact with an email address in the demo data');
  return `/sales/contacts/${contact.id}`;
}

/** One of the signed-in person's open deals in CNY (the demo price books are in CNY). */
async function openDealOf(page: Page): Promise<string> {
  const res = await page.request.post('/graphql', {
    data: { query: '{ opportunities(first: 50, filter: { isClosed: { eq: false } }) { edges { node { id currency } } } }' },
  });
  const edges: { node: { id: string; currency: string } }[] = (await res.json()).data.opportunities.edges;
  const deal = edges.map((e) => e.node).find((o) => o.currency === 'CNY');
  if (!deal) throw new Error('no open CNY deal in the demo data');
  return deal.id;
}

/** A published event with a registrant (the demo data has none): its page, registrations table and door screen have something to show. */
async function publishedEvent(page: Page): Promise<string> {
  const start = new Date(Date.now() + 7 * 86_400_000);
  const input = { title: 'Accessibility seminar', type: 'SEMINAR', timeZone: 'Asia/Shanghai', startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 3 * 3_600_000).toISOString(), capacity: 50, venue: 'Hall A' };
  const created = await pageGql<{ createEvent: { event: { id: string } } }>(page, 'mutation($i: CreateEventInput!) { createEvent(input: $i) { event { id } } }', { i: input });
  const id = created.createEvent.event.id;
  await pageGql(page, 'mutation($i: EventIdInput!) { publishEvent(input: $i) { event { id } } }', { i: { id } });
  await pageGql(page, 'mutation($i: WalkInInput!) { registerWalkIn(input: $i) { registration { id } } }', { i: { eventId: id, firstName: '敏', lastName: '王', email: `axe-${Date.now()}@example.com`, company: '上海泵业' } });
  return `/marketing/events/${id}`;
}

/** Opens a dialog from its button, checks the page with it open, closes it with Escape. */
async function checkDialog(page: Page, audit: AxeAudit, trigger: string, screen: string): Promise<void> {
  await page.getByTestId(trigger).click();
  const dialog = openDialog(page);
  await dialog.waitFor();
  await settle(page);
  await audit.check(page, `${screen} › ${trigger}`);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
}

interface Screen {
  name: string;
  path: string;
  /** Test ids of the buttons that open this screen's create dialogs. */
  dialogs?: string[];
}

async function checkScreens(page: Page, audit: AxeAudit, screens: readonly Screen[]): Promise<void> {
  for (const screen of screens) {
    await visit(page, screen.path);
    await audit.check(page, screen.name);
    for (const dialog of screen.dialogs ?? []) await checkDialog(page, audit, dialog, screen.name);
  }
}

describe('accessibility (axe-core, WCAG 2.2 A and AA)', () => {
  it('the login page, in English, in 简体中文 and on a phone', async () => {
    const audit = new AxeAudit();
    const { context, page } = await newPage(browser);
    await visit(page, '/login');
    await audit.check(page, 'login');
    await page.getByTestId('language-switch').click();
    await page.getByTestId('lang-zh-CN').click();
    await page.getByTestId('login-submit').getByText('登录').waitFor();
    await settle(page);
    await audit.check(page, 'login zh-CN');
    await context.close();

    const phone = await newPage(browser, PHONE);
    await visit(phone.page, '/login');
    await audit.check(phone.page, 'login phone');
    await phone.context.close();
    audit.assertClean();
  });

  it('a rep: sales home, lists, record pages and their create dialogs', async () => {
    const audit = new AxeAudit();
    const { context, page } = await newPage(browser);
    await signIn(page, 'rep1@rapport.dev');
    const account = await firstRecordPath(page, '/sales/accounts', '/sales/accounts');
    const contact = await firstRecordPath(page, '/sales/contacts', '/sales/contacts');
    // A lead still open, so its page offers Convert (a converted one does not).
    const lead = `/leads/${await firstId(page, 'leads', '{ status: { in: [NEW, WORKING] } }')}`;
    const opportunity = await firstRecordPath(page, '/sales/opportunities', '/sales/opportunities');
    const consentContact = await contactWithEmail(page);
    await checkScreens(page, audit, [
      { name: 'sales home', path: '/sales' },
      { name: 'accounts', path: '/sales/accounts', dialogs: ['account-create'] },
      { name: 'account page', path: account, dialogs: ['account-contact-create', 'account-opportunity-create', 'account-commitment-create'] },
      { name: 'contacts', path: '/sales/contacts', dialogs: ['contact-create'] },
      { name: 'contact page', path: contact },
      { name: 'contact page with its consent panel', path: consentContact, dialogs: ['consent-record-open'] },
      { name: 'leads', path: '/leads', dialogs: ['lead-create'] },
      { name: 'lead page', path: lead, dialogs: ['lead-convert'] },
      { name: 'opportunities', path: '/sales/opportunities', dialogs: ['opportunity-create'] },
      { name: 'opportunity page', path: opportunity, dialogs: ['activity-log-open'] },
      { name: 'activities', path: '/sales/activities' },
      { name: 'unknown page', path: '/sales/nowhere' },
      { name: 'record not found', path: '/sales/accounts/00000000-0000-4000-8000-000000000000' },
    ]);
    await context.close();
    audit.assertClean();
  }, LONG);

  it('a rep: pipeline board, quote editor, quotes, forecast, commitments, catalog', async () => {
    const audit = new AxeAudit();
    const { context, page } = await newPage(browser);
    await signIn(page, 'rep1@rapport.dev');
    // The demo data has no quotes: write one, through the editor (a screen of its own).
    const deal = await openDealOf(page);
    await visit(page, `/sales/quotes/new?opportunityId=${deal}`);
    await page.getByTestId('quote-line-product-0').click();
    await page.keyboard.type('CRM-SEAT');
    await page.getByTestId('quote-line-product-0-option-CRM-SEAT').click();
    await page.getByTestId('quote-line-price-0').waitFor();
    await settle(page);
    await audit.check(page, 'new quote');
    await page.getByTestId('quote-save').click();
    await page.waitForURL(new RegExp(`/sales/quotes/${UUID}$`));
    const quote = new URL(page.url()).pathname;
    await checkScreens(page, audit, [
      { name: 'pipeline', path: '/sales/pipeline' },
      { name: 'quotes', path: '/sales/quotes' },
      { name: 'quote page', path: quote },
      { name: 'forecast', path: '/sales/forecast' },
      { name: 'commitments', path: '/sales/commitments', dialogs: ['commitment-create'] },
      { name: 'catalog', path: '/sales/catalog' },
      { name: 'price conflicts', path: '/sales/quotes/conflicts' },
    ]);
    await context.close();
    audit.assertClean();
  }, LONG);

  it('an administrator: admin screens and their create dialogs', async () => {
    const audit = new AxeAudit();
    const { context, page } = await newPage(browser);
    await signIn(page, 'admin@rapport.dev');
    const user = await firstRecordPath(page, '/admin/users', '/users');
    const team = await firstRecordPath(page, '/admin/teams', '/teams');
    await checkScreens(page, audit, [
      { name: 'users', path: '/admin/users', dialogs: ['user-create'] },
      { name: 'user page', path: user },
      { name: 'teams', path: '/admin/teams', dialogs: ['team-create'] },
      { name: 'team page', path: team },
      { name: 'roles', path: '/admin/roles' },
      { name: 'api keys', path: '/admin/api-keys', dialogs: ['apikey-create'] },
      { name: 'custom fields', path: '/admin/custom-fields', dialogs: ['cf-def-create'] },
      { name: 'picklists', path: '/admin/picklists', dialogs: ['picklist-add-industry'] },
      { name: 'exchange rates', path: '/admin/exchange-rates', dialogs: ['rate-add'] },
      { name: 'website tracking', path: '/admin/web-tracking', dialogs: ['interest-rule-add'] },
      { name: 'admin catalog', path: '/sales/catalog', dialogs: ['product-create'] },
    ]);
    await context.close();
    audit.assertClean();
  }, LONG);

  it('an administrator: lead intake screens, approvals, handover, board and forecast', async () => {
    const audit = new AxeAudit();
    const { context, page } = await newPage(browser);
    await signIn(page, 'admin@rapport.dev');
    await checkScreens(page, audit, [
      { name: 'web forms', path: '/leads/forms', dialogs: ['webform-create'] },
      { name: 'routing', path: '/leads/routing', dialogs: ['routing-rule-create'] },
      { name: 'scoring', path: '/leads/scoring', dialogs: ['scoring-rule-create', 'sla-policy-create'] },
      { name: 'unanswered', path: '/leads/unanswered' },
      { name: 'imports', path: '/leads/import' },
      { name: 'approvals', path: '/sales/quotes/approvals' },
      { name: 'handover', path: '/sales/handover' },
      { name: 'admin pipeline', path: '/sales/pipeline' },
      { name: 'admin forecast', path: '/sales/forecast' },
    ]);
    await context.close();
    audit.assertClean();
  }, LONG);

  it('the manager, whose profile says 简体中文: lists, board, forecast, approvals and a dialog in Chinese', async () => {
    const audit = new AxeAudit();
    const { context, page } = await newPage(browser);
    await signIn(page, 'manager@rapport.dev');
    await page.locator('html[lang="zh-CN"]').waitFor({ state: 'attached' });
    await checkScreens(page, audit, [
      { name: 'zh-CN sales home', path: '/sales' },
      { name: 'zh-CN accounts', path: '/sales/accounts', dialogs: ['account-create'] },
      { name: 'zh-CN leads', path: '/leads', dialogs: ['lead-create'] },
      { name: 'zh-CN pipeline', path: '/sales/pipeline' },
      { name: 'zh-CN forecast', path: '/sales/forecast' },
      { name: 'zh-CN approvals', path: '/sales/quotes/approvals' },
    ]);
    // Accessible names come from the locale too: no English "Select all" on a list's checkbox.
    await visit(page, '/sales/accounts');
    const selectAll = page.locator('thead th.ant-table-selection-column input[type="checkbox"]').first();
    expect(await selectAll.getAttribute('aria-label')).toBe('选择本页所有行');
    await context.close();
    audit.assertClean();
  }, LONG);

  it('a marketer: campaigns, a campaign page, subscription types, the suppression list, events (list, calendar, page, check-in), their dialogs and the inbound-call dialog, also on a phone', async () => {
    const audit = new AxeAudit();
    const { context, page } = await newPage(browser);
    await signIn(page, 'marketer@rapport.dev');
    const campaign = `/marketing/campaigns/${await firstId(page, 'campaigns', '{ name: { startsWith: "Marketing 2026" } }')}`;
    const event = await publishedEvent(page);
    await checkScreens(page, audit, [
      { name: 'campaigns', path: '/marketing/campaigns', dialogs: ['campaign-create', 'log-call-open'] },
      { name: 'campaign page', path: campaign, dialogs: ['campaign-add-members'] },
      { name: 'subscription types', path: '/marketing/subscription-types', dialogs: ['subscription-type-create'] },
      { name: 'suppression list', path: '/marketing/suppressions', dialogs: ['suppression-add'] },
      { name: 'known visitors today', path: '/marketing/visitors' },
      { name: 'website tracking, read only', path: '/admin/web-tracking' },
      { name: 'events', path: '/marketing/events', dialogs: ['event-create'] },
      { name: 'events calendar', path: '/marketing/events?view=calendar' },
      { name: 'event page', path: event, dialogs: ['event-edit'] },
      { name: 'event check-in', path: `${event}/check-in`, dialogs: ['check-in-walk-in'] },
    ]);
    await context.close();
    const phone = await newPage(browser, PHONE);
    await signIn(phone.page, 'marketer@rapport.dev');
    await checkScreens(phone.page, audit, [
      { name: 'phone campaigns', path: '/marketing/campaigns' },
      { name: 'phone campaign page', path: campaign },
      { name: 'phone subscription types', path: '/marketing/subscription-types' },
      { name: 'phone suppression list', path: '/marketing/suppressions', dialogs: ['suppression-add'] },
      { name: 'phone website tracking', path: '/admin/web-tracking' },
      { name: 'phone events calendar', path: '/marketing/events?view=calendar' },
      { name: 'phone event page', path: event },
      { name: 'phone event check-in', path: `${event}/check-in`, dialogs: ['check-in-walk-in'] },
    ]);
    await phone.context.close();
    audit.assertClean();
  }, LONG);

  it('a rep on a phone (390 px): home, lists, a record, the board, the forecast and a dialog', async () => {
    const audit = new AxeAudit();
    const { context, page } = await newPage(browser, PHONE);
    await signIn(page, 'rep1@rapport.dev');
    const account = await firstRecordPath(page, '/sales/accounts', '/sales/accounts');
    const consentContact = await contactWithEmail(page);
    await checkScreens(page, audit, [
      { name: 'phone sales home', path: '/sales' },
      { name: 'phone accounts', path: '/sales/accounts' },
      { name: 'phone account page', path: account },
      { name: 'phone contact page with its consent panel', path: consentContact, dialogs: ['consent-record-open'] },
      { name: 'phone leads', path: '/leads', dialogs: ['lead-create'] },
      { name: 'phone pipeline', path: '/sales/pipeline' },
      { name: 'phone forecast', path: '/sales/forecast' },
      { name: 'phone known visitors today', path: '/marketing/visitors' },
    ]);
    // The menu is a drawer on a phone: checked open.
    await page.getByTestId('nav-open').click();
    await openDialog(page).waitFor();
    await settle(page);
    await audit.check(page, 'phone menu drawer');
    await context.close();
    audit.assertClean();
  }, LONG);
});
