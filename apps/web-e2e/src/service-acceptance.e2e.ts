import nodemailer from 'nodemailer';
import type { Browser } from 'playwright-core';
import { AxeAudit } from './support/axe';
import { apiLogin, eventually, gql, keepingLocale } from './support/api';
import { baseUrl, launchBrowser, newPage, signIn, snapshot } from './support/browser';
import { header, inboxFor, PHONE } from './support/marketing';
import { pickLanguage, settle } from './support/screens';

/**
 * Issue 18's browser acceptance on the built app and its real worker: a customer's email to the
 * support address (the worker's SMTP receiver) becomes a case; the agent opens it in 简体中文, sees
 * the SLA timer's time left, replies (the customer's mailbox gets it, threaded); the test clock passes
 * the resolution target and the case is escalated; the agent resolves it; the rep who owns the
 * account sees it on the account page. axe on the list and the case, also on a phone. A phone call:
 * the call desk opens on the caller and a case is opened from the call in one step.
 */
let browser: Browser;
const stamp = Date.now().toString(36);
const customer = `fang-${stamp}@e2e.example`;
const SUBJECT = `打印机卡纸 ${stamp}`;
const SUPPORT = 'support@rapport.local';

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** An account of rep1's with a contact and a contract under a round-the-clock policy (the timers then do not depend on the hour). */
async function customerOfRep(admin: string): Promise<{ accountId: string; contactId: string }> {
  const allDay = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, periods: [{ start: 0, end: 1440 }] }));
  const cal = await gql(admin, 'mutation($i: CreateBusinessCalendarInput!) { createBusinessCalendar(input: $i) { calendar { id } } }', { i: { name: `24×7 ${stamp}`, timeZone: 'Asia/Shanghai', week: allDay } });
  const policy = await gql(admin, 'mutation($i: CreateServiceSlaPolicyInput!) { createServiceSlaPolicy(input: $i) { policy { id } } }', {
    i: { name: `Hotline ${stamp}`, calendarId: cal.createBusinessCalendar.calendar.id, targets: [{ priority: 'NORMAL', firstResponse: 240, nextResponse: 240, resolution: 480 }] },
  });
  const rep = await gql(admin, '{ users(first: 50) { edges { node { id email } } } }');
  const repId = rep.users.edges.find((e: { node: { email: string } }) => e.node.email === 'rep1@rapport.dev').node.id;
  const account = await gql(admin, 'mutation($i: CreateAccountInput!) { createAccount(input: $i) { account { id } } }', { i: { name: `印刷厂 ${stamp}`, ownerId: repId } });
  const accountId = account.createAccount.account.id;
  const contact = await gql(admin, 'mutation($i: CreateContactInput!) { createContact(input: $i) { contact { id } } }', { i: { lastName: '王芳', emails: [customer], accountId, ownerId: repId } });
  await gql(admin, 'mutation($i: CreateEntitlementInput!) { createEntitlement(input: $i) { entitlement { id } } }', { i: { accountId, name: 'Hotline care', startsOn: '2020-01-01', policyId: policy.createServiceSlaPolicy.policy.id } });
  return { accountId, contactId: contact.createContact.contact.id };
}

describe('service in the browser', () => {
  it('a customer email becomes a case, answered in 简体中文, escalated by the clock, resolved, and seen by the rep', async () => {
    const admin = await apiLogin('admin@rapport.dev');
    const { accountId, contactId } = await customerOfRep(admin);

    // The customer writes to the support address; the worker's receiver opens a case.
    const relay = nodemailer.createTransport({ host: '127.0.0.1', port: Number(process.env['E2E_SMTP_PORT'] ?? 56035) + 2, secure: false, ignoreTLS: true });
    await relay.sendMail({ from: `王芳 <${customer}>`, to: SUPPORT, subject: SUBJECT, text: '打印机一直卡纸，请帮忙看看。', messageId: `<jam.${stamp}@e2e.example>` });
    relay.close();
    const agentCookie = await apiLogin('agent@rapport.dev');
    const caseId: string = await eventually('the case from the mail', async () => {
      const res = await gql(agentCookie, 'query($c: ID!) { cases(first: 5, filter: { contactId: { eq: $c } }) { edges { node { id } } } }', { c: contactId });
      return res.cases?.edges?.[0]?.node?.id;
    });

    await keepingLocale('agent@rapport.dev', async () => {
      const { context, page } = await newPage(browser);
      const audit = new AxeAudit();
      try {
        await signIn(page, 'agent@rapport.dev');
        await pickLanguage(page, 'lang-zh-CN', 'zh-CN');
        await page.goto('/service/cases');
        await settle(page);
        await page.getByText(SUBJECT).first().waitFor();
        await audit.check(page, 'cases zh-CN');
        await snapshot(page, 'service-cases-zh-CN');

        await page.goto(`/service/cases/${caseId}`);
        await settle(page);
        await page.getByTestId('case-thread').getByText('打印机一直卡纸，请帮忙看看。').waitFor();
        // The first response is due four hours after the mail: the timer counts the time left.
        const first = page.locator('[data-testid="sla-timer"][data-kind="FIRST_RESPONSE"]');
        await first.getByText(/剩余/).waitFor();
        await audit.check(page, 'case zh-CN');
        await snapshot(page, 'service-case-zh-CN');

        await page.getByTestId('case-reply-body').fill('您好，工程师今天下午联系您。');
        await page.getByTestId('case-reply-submit').click();
        await page.getByTestId('case-thread').getByText('您好，工程师今天下午联系您。').waitFor();
        await page.locator('[data-testid="sla-timer"][data-kind="FIRST_RESPONSE"][data-state="met"]').waitFor();

        await page.setViewportSize(PHONE);
        await settle(page);
        await audit.check(page, 'case phone zh-CN');
        await snapshot(page, 'service-case-phone');
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        audit.assertClean();
      } finally {
        await pickLanguage(page, 'lang-en', 'en').catch(() => undefined);
        await context.close();
      }
    });

    // The customer's mailbox gets the reply, threaded on their mail.
    const [mail] = await eventually('the reply in the customer’s mailbox', async () => {
      const found = await inboxFor(customer);
      return found.length ? found : undefined;
    });
    expect(mail!.subject).toMatch(new RegExp(`^Re: \\[CS-\\d{4}-\\d{6}\\] ${SUBJECT}$`));
    expect(await header(mail!, 'In-Reply-To')).toBe(`<jam.${stamp}@e2e.example>`);

    // The test clock passes the resolution target (eight hours): the case is escalated, once.
    const later = new Date(Date.now() + 9 * 3600_000).toISOString();
    for (let i = 0; i < 2; i++) {
      const res = await fetch(`${baseUrl()}/api/testing/escalate-cases`, { method: 'POST', headers: { cookie: admin, 'content-type': 'application/json' }, body: JSON.stringify({ at: later }) });
      expect(res.status).toBe(200);
    }
    const history = await gql(agentCookie, 'query($id: ID!) { case(id: $id) { history { kind } } }', { id: caseId });
    expect(history.case.history.filter((h: { kind: string }) => h.kind === 'escalated')).toHaveLength(1);

    // The rep who owns the account sees the customer's open case on the account page, read-only.
    const { context, page } = await newPage(browser);
    try {
      await signIn(page, 'rep1@rapport.dev');
      await page.goto(`/sales/accounts/${accountId}`);
      await page.getByTestId('open-cases-account').getByText(SUBJECT).waitFor();
      await snapshot(page, 'service-account-panel-rep');
      await page.goto(`/service/cases/${caseId}`);
      await page.getByTestId('case-thread').getByText('打印机一直卡纸，请帮忙看看。').waitFor();
      expect(await page.getByTestId('case-reply').count()).toBe(0);
      expect(await page.getByTestId('case-note').count()).toBe(0);
    } finally {
      await context.close();
    }

    const resolved = await gql(agentCookie, 'mutation($i: SetCaseStatusInput!) { setCaseStatus(input: $i) { case { status resolvedAt isOpen } } }', { i: { id: caseId, status: 'resolved' } });
    expect(resolved.setCaseStatus.case).toMatchObject({ status: 'resolved', isOpen: false });
  });

  it('a phone call: the desk opens on the caller in 简体中文, and a case is opened from the call in one step', async () => {
    const admin = await apiLogin('admin@rapport.dev');
    const phone = `+86 21 5${String(Date.now()).slice(-7)}`;
    const account = await gql(admin, 'mutation($i: CreateAccountInput!) { createAccount(input: $i) { account { id } } }', { i: { name: `热线客户 ${stamp}` } });
    await gql(admin, 'mutation($i: CreateContactInput!) { createContact(input: $i) { contact { id } } }', { i: { lastName: `陈静${stamp}`, phones: [phone], accountId: account.createAccount.account.id } });
    await keepingLocale('agent@rapport.dev', async () => {
      const { context, page } = await newPage(browser);
      const audit = new AxeAudit();
      try {
        await signIn(page, 'agent@rapport.dev');
        await pickLanguage(page, 'lang-zh-CN', 'zh-CN');
        // What a phone system opens when the call rings: the caller's and the dialled number in the address.
        await page.goto(`/service/call?from=${encodeURIComponent(phone)}&to=${encodeURIComponent('+86 400 800 1234')}`);
        await page.getByTestId('call-contact').getByText(`陈静${stamp}`).waitFor();
        await page.getByTestId('call-open-cases-none').waitFor();
        await settle(page);
        await audit.check(page, 'call desk zh-CN');
        await snapshot(page, 'service-call-desk-zh-CN');
        await page.getByTestId('call-case-subject').fill('热水器不出热水');
        await page.getByTestId('call-case-notes').fill('客户来电：热水器从周一起不出热水。');
        await page.getByTestId('call-case-submit').click();
        await page.waitForURL(/\/service\/cases\/[0-9a-f-]{36}$/);
        await page.getByTestId('case-thread').getByText('客户来电：热水器从周一起不出热水。').waitFor();
        await page.setViewportSize(PHONE);
        await page.goto(`/service/call?from=${encodeURIComponent(phone)}`);
        await page.getByTestId('call-open-case').getByText('热水器不出热水').waitFor();
        await settle(page);
        await audit.check(page, 'call desk phone zh-CN');
        await snapshot(page, 'service-call-desk-phone');
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        audit.assertClean();
      } finally {
        await pickLanguage(page, 'lang-en', 'en').catch(() => undefined);
        await context.close();
      }
    });
  });

  it('service set-up: calendars and SLA policies, in 繁體中文 and on a phone, pass axe', async () => {
    await keepingLocale('servicemgr@rapport.dev', async () => {
      const { context, page } = await newPage(browser);
      const audit = new AxeAudit();
      try {
        await signIn(page, 'servicemgr@rapport.dev');
        await pickLanguage(page, 'lang-zh-TW', 'zh-TW');
        await page.goto('/service/setup/calendars');
        await page.getByTestId('calendars-table').waitFor();
        await settle(page);
        await audit.check(page, 'calendars zh-TW');
        await snapshot(page, 'service-calendars-zh-TW');
        await page.getByTestId('calendar-link').first().click();
        await page.waitForURL(/\/service\/setup\/calendars\/[0-9a-f-]{36}$/);
        await settle(page);
        await audit.check(page, 'calendar zh-TW');
        await snapshot(page, 'service-calendar-zh-TW');
        await page.goto('/service/setup/sla-policies');
        await page.getByTestId('policies-table').waitFor();
        await settle(page);
        await audit.check(page, 'sla policies zh-TW');
        await page.getByTestId('policy-link').first().click();
        await page.waitForURL(/\/service\/setup\/sla-policies\/[0-9a-f-]{36}$/);
        await settle(page);
        await audit.check(page, 'sla policy zh-TW');
        await snapshot(page, 'service-sla-policy-zh-TW');
        await page.setViewportSize(PHONE);
        await settle(page);
        await audit.check(page, 'sla policy phone zh-TW');
        audit.assertClean();
      } finally {
        await pickLanguage(page, 'lang-en', 'en').catch(() => undefined);
        await context.close();
      }
    });
  });
});
