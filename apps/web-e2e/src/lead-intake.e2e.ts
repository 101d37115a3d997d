/**
 * Lead intake, as people use it: an admin sets up a web form and a routing rule in the browser,
 * a visitor's submission reaches the right rep within seconds (lead list, unanswered board with the
 * routing explanation, the bell, the email), and when nobody answers the SLA ladder tells the
 * manager and hands the lead to someone else.
 */
import { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser, newPage, signIn, snapshot } from './support/browser';
import { apiLogin, eventually, gql } from './support/api';
import { bellItem } from './support/bell';
import { settle } from './support/screens';
import { chooseOption } from './support/select';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// Unique per run: the e2e database is shared by every file and kept between the steps below.
const run = `E2E${Date.now()}`;
const campaign = `Intake ${run}`;
const formName = `Form ${run}`;
const ruleName = `Rule ${run}`;
const lastName = `Visitor${run}`;
const email = `${run.toLowerCase()}@visitor.example.com`;

// ---- HTTP helpers (the API as the test's own hands) --------------------------------------------

const login = apiLogin;

interface InboxMail {
  subject: string;
  to: { address: string }[];
}

/**
 * Mail the CRM sent to `to` whose subject mentions every one of `texts`, from the dev SMTP sink.
 * Subjects are in the recipient's language, so tests look for names, not wording.
 */
async function mailTo(to: string, ...texts: string[]): Promise<InboxMail | undefined> {
  const mails = (await (await fetch(`${process.env['E2E_INBOX_URL']}/api/email`)).json()) as InboxMail[];
  return mails.find((m) => m.to.some((a) => a.address === to) && texts.every((text) => m.subject.includes(text)));
}

// ---- browser helpers ---------------------------------------------------------------------------------

/** Opens a menu item (first its group unless that is open) and waits until its page is there. */
async function openNav(page: Page, group: string, item: string, path: string): Promise<void> {
  const target = page.getByTestId(`nav-${item}`);
  if (!(await target.isVisible())) await page.getByTestId(`nav-${group}`).click();
  await target.click();
  await page.waitForURL((url) => url.pathname === path);
}

/** The board shortens long explanations to three lines; open the rest first. */
async function fullExplanation(page: Page, id: string): Promise<string> {
  const cell = page.getByTestId(`unanswered-explanation-${id}`);
  const expand = cell.locator('.ant-typography-expand');
  if (await expand.count()) await expand.click();
  return cell.innerText();
}

let rep1: { id: string; name: string };
let formId: string;
let leadId: string;

describe('lead intake in the browser', () => {
  it('an admin sets up a rep, a web form and a routing rule (moved to the top with the keyboard)', async () => {
    const admin = await login('admin@rapport.dev');
    const found = await gql(admin, 'query($e: String!) { users(first: 1, filter: { email: { eq: $e } }) { edges { node { id name } } } }', { e: 'rep1@rapport.dev' });
    rep1 = found.users.edges[0].node;

    const { context, page } = await newPage(browser);
    await signIn(page, 'admin@rapport.dev');

    // The rep takes leads around the clock, so routing does not depend on when the test runs.
    await openNav(page, 'leads', 'leads-routing', '/leads/routing');
    await page.getByTestId('routing-tab-profiles').click();
    await page.getByTestId(`routing-profile-edit-${rep1.id}`).click();
    for (const day of [1, 2, 3, 4, 5, 6, 7]) await page.getByTestId(`profile-days-${day}`).check();
    await chooseOption(page, 'profile-start', '00:00', '00:00');
    await chooseOption(page, 'profile-end', '24:00', '24:00');
    await page.getByTestId('profile-capacity').fill('');
    await page.getByTestId('profile-submit').click();
    await page.getByTestId('routing-profiles-table').getByText('00:00–24:00').waitFor();

    await openNav(page, 'leads', 'leads-forms', '/leads/forms');
    await page.getByTestId('webform-create').click();
    await page.getByTestId('webform-name').fill(formName);
    await page.getByTestId('webform-campaign').fill(campaign);
    await page.getByTestId('webform-field-required-company').check();
    await page.getByTestId('webform-preview').getByText(formName).waitFor();
    await page.getByTestId('webform-submit').click();
    const hosted = page.getByTestId('webform-hosted-link');
    await hosted.waitFor();
    formId = (await hosted.getAttribute('href'))?.split('/').pop() ?? '';
    expect(formId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await page.getByTestId('webform-embed-html').inputValue()).toContain(`name="formId" value="${formId}"`);
    await snapshot(page, 'intake-web-form');
    await page.keyboard.press('Escape');

    await openNav(page, 'leads', 'leads-routing', '/leads/routing');
    await page.getByTestId('routing-tab-rules').click();
    await page.getByTestId('routing-rule-create').click();
    await page.getByTestId('routing-rule-name').fill(ruleName);
    await page.getByTestId('routing-rule-campaigns').click();
    await page.keyboard.type(campaign);
    await page.keyboard.press('Enter');
    await page.getByTestId('routing-rule-target-user').click();
    await chooseOption(page, 'routing-rule-user', 'rep1', rep1.name);
    await page.getByTestId('routing-rule-submit').click();

    // New rules go last; only the first matching rule counts, so take it to the top by keyboard.
    const list = page.getByTestId('routing-rules-list');
    const row = list.locator('[data-position]', { hasText: ruleName });
    await row.waitFor();
    // The keyboard drag moves by the rows' measured places: start once the dialog has gone (its
    // close gives the page its scrollbar back, shifting every row) and nothing loads or animates,
    // else an arrow can land on the row it left and is never announced.
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await settle(page);
    const position = Number(await row.getAttribute('data-position'));
    const ruleTestId = (await row.getAttribute('data-testid'))!;
    const handle = page.getByTestId(ruleTestId.replace('routing-rule-', 'routing-rule-handle-'));
    // dnd-kit announces each step in its live region; wait for it so no key press is lost.
    const announced = (text: string) => page.locator('[id^="DndLiveRegion"]', { hasText: text }).waitFor({ state: 'attached' });
    await handle.focus();
    await page.keyboard.press('Space');
    await announced(`is over position ${position}`);
    for (let i = position - 1; i >= 1; i--) {
      await page.keyboard.press('ArrowUp');
      await announced(`is over position ${i}`);
    }
    await page.keyboard.press('Space');
    await list.locator('[data-position="1"]', { hasText: ruleName }).waitFor();
    await page.locator('[data-testid="routing-rules-list"][aria-busy="false"]').waitFor();
    const rules = await gql(admin, '{ routingRules { name } }');
    expect(rules.routingRules[0].name).toBe(ruleName);
    await snapshot(page, 'intake-routing-rules');
    await context.close();
  });

  it('a visitor’s submission reaches the rep within seconds: lead list, board with the explanation, bell and email', async () => {
    const posted = await fetch(`${baseUrl()}/api/public/leads`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ formId, firstName: 'Erin', lastName, company: `${lastName} Robotics`, email, message: 'Please call me about a demo.' }),
    });
    expect(posted.status).toBe(201);

    const rep = await login('rep1@rapport.dev');
    const routed = await eventually('the lead to be routed to rep1', async () => {
      const d = await gql(rep, 'query($e: String!) { leads(filter: { email: { eq: $e } }) { edges { node { id owner { id } intake { explanation routedAt } } } } }', { e: email });
      const node = d.leads.edges[0]?.node;
      return node?.intake?.routedAt ? node : undefined;
    });
    leadId = routed.id;
    expect(routed.owner.id).toBe(rep1.id);

    const { context, page } = await newPage(browser);
    await signIn(page, 'rep1@rapport.dev');
    await openNav(page, 'leads', 'leads-all', '/leads');
    await page.getByTestId('leads-search').fill(lastName);
    await page.getByTestId('leads-table').getByText(`Erin ${lastName}`).waitFor();

    await openNav(page, 'leads', 'leads-unanswered', '/leads/unanswered');
    const board = page.getByTestId('unanswered-page');
    await board.getByTestId(`unanswered-lead-${leadId}`).waitFor();
    const explanation = await fullExplanation(page, leadId);
    expect(explanation).toContain(ruleName);
    expect(explanation).toContain(rep1.name);
    expect(await board.getByTestId(`unanswered-sla-${leadId}`).innerText()).toBe('On track');
    await snapshot(page, 'intake-unanswered-rep');

    // The header's bell: the new-lead notification opens the lead.
    // The count is polled every 15 s; the bell's label says it in words ("Notifications, 3 unread").
    await eventually('an unread count on the bell', async () => /[1-9]\d* unread/.test((await page.getByTestId('notification-bell').getAttribute('aria-label')) ?? ''));
    const item = await bellItem(page, `New lead for you: Erin ${lastName}`);
    await item.waitFor();
    await snapshot(page, 'intake-bell');
    await item.click();
    await page.waitForURL(new RegExp(`/leads/${leadId}$`));
    // The lead's own page tells the same story in its intake panel.
    expect(await page.getByTestId('lead-intake-explanation').innerText()).toContain(ruleName);
    expect(await page.getByTestId('lead-intake-state').innerText()).toBe('On track');
    await context.close();

    const mail = await eventually('the new-lead email to rep1', () => mailTo('rep1@rapport.dev', `Erin ${lastName}`));
    expect(mail.to.map((a) => a.address)).toEqual(['rep1@rapport.dev']);
  });

  it('nobody answers: the SLA check tells the manager and reassigns the lead', async () => {
    const admin = await login('admin@rapport.dev');
    const before = await gql(admin, 'query($id: ID!) { lead(id: $id) { owner { id } intake { slaDueAt slaMinutes slaState } } }', { id: leadId });
    expect(before.lead.owner.id).toBe(rep1.id);
    expect(before.lead.intake.slaMinutes).toBeGreaterThan(0);
    // A week past the due time is several business days whatever the calendar: every ladder step (50/100/150 %) is due.
    const at = new Date(new Date(before.lead.intake.slaDueAt).getTime() + 7 * 24 * 3600_000).toISOString();
    const checked = await fetch(`${baseUrl()}/api/testing/check-sla`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: admin }, body: JSON.stringify({ at }) });
    expect(checked.status).toBe(200);
    expect((await checked.json()).escalations).toBeGreaterThanOrEqual(3);

    const after = await gql(admin, 'query($id: ID!) { lead(id: $id) { owner { id name } intake { explanation } } }', { id: leadId });
    expect(after.lead.owner.id).not.toBe(rep1.id);

    const { context, page } = await newPage(browser);
    await signIn(page, 'manager@rapport.dev');
    // The demo manager reads 简体中文; choose it here, whatever language another test left on the profile.
    await page.getByTestId('language-switch').first().click();
    await page.getByTestId('lang-zh-CN').click();
    await openNav(page, 'leads', 'leads-unanswered', '/leads/unanswered');
    const board = page.getByTestId('unanswered-page');
    // The demo manager reads Chinese: the notice is worded in their language from its kind and values.
    const overdue = await bellItem(page, `尚未回复 Erin ${lastName}`);
    await overdue.waitFor();
    expect(await overdue.innerText()).toContain(`已超时：${rep1.name}`);
    // Still waiting for a first response, now with the new owner's routing explanation.
    await board.getByTestId(`unanswered-lead-${leadId}`).waitFor();
    expect(await fullExplanation(page, leadId)).toContain(after.lead.owner.name);
    await snapshot(page, 'intake-manager-escalation');
    await context.close();

    // The overdue mail names both the lead and the rep who let it wait.
    await eventually('the overdue email to the manager', () => mailTo('manager@rapport.dev', `Erin ${lastName}`, rep1.name));
  });
});
