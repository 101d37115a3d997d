import http from 'node:http';
import type { AddressInfo } from 'node:net';
import ICAL from 'ical.js';
import { simpleParser } from 'mailparser';
import type { Browser } from 'playwright-core';
import { AxeAudit } from './support/axe';
import { apiLogin, eventually, gql } from './support/api';
import { baseUrl, launchBrowser, newPage, signIn, snapshot } from './support/browser';
import { inboxFor, PHONE } from './support/marketing';
import { settle } from './support/screens';

/**
 * Issue 16's browser acceptance on the built app, its real worker and the test SMTP sink. A visitor
 * reads three product pages of the company's site (this test serves it, with Rapport's tracking
 * script), then registers for a seminar through the form embedded in the site, on a phone, in
 * 繁體中文: the answer page says they are registered, and the sink holds the confirmation with its
 * iCalendar invitation, whose times a standard parser reads in Taipei. At the door, staff find them
 * by name on the check-in screen (phone) and check them in. The lead the registration made shows
 * the pages read before registering and the attendance on its timeline. axe on the public pages and
 * the check-in screen.
 */
let browser: Browser;
let site: http.Server;
let siteUrl = '';
let embedded = '';
const stamp = Date.now().toString(36);
const email = `seminar-${stamp}@e2e.example`;
const FIRST = `美玲${stamp}`;
const PRODUCTS = ['/products/pumps/p100', '/products/pumps/p200', '/products/valves/v10'];

const html = (title: string, body: string) =>
  `<!doctype html><html lang="zh-TW"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
<script src="${baseUrl()}/api/public/visitors.js" async></script></head><body><main><h1>${title}</h1>${body}</main></body></html>`;

beforeAll(async () => {
  browser = await launchBrowser();
  // The company's own site: three product pages and the seminar page with the embedded form.
  site = http.createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    if (req.url === '/seminar') res.end(html('研討會報名', embedded));
    else res.end(html(`產品 ${req.url}`, `<p>規格與價格</p><p><a href="/seminar">報名研討會</a></p>`));
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => site?.close(resolve));
});

/** A published seminar in Taipei next month with a question of its own; returns its id and embeddable form. */
async function seminar(marketer: string): Promise<{ id: string; embedHtml: string; startsAt: string }> {
  const startsAt = new Date(Date.now() + 30 * 24 * 60 * 60 * 1000);
  startsAt.setUTCHours(1, 30, 0, 0);
  const created = await gql(marketer, 'mutation($i: CreateEventInput!) { createEvent(input: $i) { event { id } } }', {
    i: {
      title: `Pump seminar ${stamp}`,
      titles: { 'zh-TW': `泵浦研討會 ${stamp}` },
      type: 'SEMINAR',
      timeZone: 'Asia/Taipei',
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 3 * 60 * 60 * 1000).toISOString(),
      venue: '台北國際會議中心',
      capacity: 30,
      form: { questions: [{ key: 'size', label: 'Company size', labels: { 'zh-TW': '公司規模' }, type: 'choice', required: true, options: [{ value: 'small', label: 'Up to 50', labels: { 'zh-TW': '50 人以下' } }, { value: 'large', label: 'More than 50', labels: { 'zh-TW': '50 人以上' } }] }], consents: [] },
    },
  });
  const id = created.createEvent.event.id as string;
  await gql(marketer, 'mutation($i: EventIdInput!) { publishEvent(input: $i) { event { id } } }', { i: { id } });
  const read = await gql(marketer, 'query($id: ID!) { event(id: $id) { embedHtml(language: "zh-TW") } }', { id });
  return { id, embedHtml: read.event.embedHtml as string, startsAt: startsAt.toISOString() };
}

it('a visitor reads three product pages, registers on a phone in 繁體中文, gets the invitation, is checked in by name; the lead shows both', async () => {
  const audit = new AxeAudit();
  const marketer = await apiLogin('marketer@rapport.dev');
  const event = await seminar(marketer);
  embedded = event.embedHtml;

  // The visitor, on a phone, in Traditional Chinese.
  // A phone's own user agent: headless Chromium names itself HeadlessChrome, which the tracking endpoint drops as a bot.
  const visitor = await browser.newContext({
    viewport: PHONE,
    locale: 'zh-TW',
    timezoneId: 'Asia/Taipei',
    isMobile: true,
    hasTouch: true,
    userAgent: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  });
  const page = await visitor.newPage();
  page.setDefaultTimeout(15_000);
  // The site's console stays clean: the tracking script's requests are not refused by the browser.
  const refused: string[] = [];
  page.on('requestfailed', (r) => refused.push(`${r.url()} ${r.failure()?.errorText}`));
  for (const path of PRODUCTS) {
    await page.goto(`${siteUrl}${path}`);
    await page.waitForFunction(() => /rapport_vid=/.test(document.cookie));
    // A person reads a page for a while: the script sends its views 3 s after the view (headless
    // Chromium drops a beacon sent while a page unloads for the next navigation).
    await page.waitForTimeout(3_500);
  }
  await page.goto(`${siteUrl}/seminar`);
  const cookie = (await visitor.cookies(siteUrl)).find((c) => c.name === 'rapport_vid')!;
  // The script filled the form's visitor id: the registration will bring the pages read before it.
  await eventually('the visitor id in the form', async () => (await page.locator('form.rapport-form input[name=visitorId]').inputValue()) === cookie.value);
  await audit.check(page, 'embedded registration form (phone, zh-TW)');
  await page.getByLabel('姓氏').fill('林');
  await page.getByLabel('名字').fill(FIRST);
  await page.getByLabel('電子郵件').fill(email);
  await page.getByLabel('公司規模').selectOption('large');
  await page.getByRole('button', { name: '立即報名' }).click();
  await page.getByRole('heading', { level: 1, name: '報名成功' }).waitFor();
  await audit.check(page, 'registration answer page (phone, zh-TW)');
  await snapshot(page, 'event-registered-phone-zh-TW');

  // The confirmation, with an invitation a calendar reads at 09:30 in Taipei.
  const mail = await eventually('the confirmation in the sink', async () => (await inboxFor(email))[0], 30_000);
  const source = await (await fetch(`${process.env['E2E_INBOX_URL']}/api/email/${mail.id}/source`)).text();
  expect(source).toMatch(/Content-Type: text\/calendar; (charset=utf-8; )?method=REQUEST/i);
  // Read by a real MIME parser: the calendar part, decoded from its transfer encoding.
  const parsed = await simpleParser(source);
  const ics = parsed.attachments.find((a) => a.contentType.startsWith('text/calendar'))!.content.toString('utf8');
  const cal = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  ICAL.TimezoneService.register(new ICAL.Timezone(cal.getFirstSubcomponent('vtimezone')!));
  const vevent = new ICAL.Event(cal.getFirstSubcomponent('vevent')!);
  expect(String(cal.getFirstPropertyValue('method'))).toBe('REQUEST');
  expect([vevent.startDate.hour, vevent.startDate.minute, vevent.startDate.zone.tzid]).toEqual([9, 30, 'Asia/Taipei']);
  expect(vevent.startDate.toJSDate().toISOString()).toBe(event.startsAt);

  // At the door: the marketer, on a phone, finds her by name and checks her in.
  const { page: door } = await newPage(browser, PHONE);
  await signIn(door, 'marketer@rapport.dev');
  await door.goto(`/marketing/events/${event.id}/check-in`);
  await door.getByTestId('check-in-search').fill(`林${FIRST}`);
  const card = door.getByTestId('check-in-card').filter({ hasText: FIRST });
  await card.getByTestId('check-in-button').click();
  await door.locator('[data-testid="check-in-card"][data-status="attended"]').filter({ hasText: FIRST }).waitFor();
  await audit.check(door, 'check-in screen (phone)');
  await snapshot(door, 'event-check-in-phone');

  // The lead her registration made: the product pages read before registering, and the attendance.
  const leads = await gql(marketer, 'query($e: String!) { leads(first: 1, filter: { email: { eq: $e } }) { edges { node { id source } } } }', { e: email });
  const lead = leads.leads.edges[0].node as { id: string; source: string };
  expect(lead.source).toBe('EVENT');
  const urls = async () => {
    const d = await gql(marketer, 'query($id: ID!) { lead(id: $id) { webActivity { pageViews(first: 20) { edges { node { url } } } } } }', { id: lead.id });
    return (d.lead.webActivity.pageViews.edges as { node: { url: string } }[]).map((e) => new URL(e.node.url).pathname);
  };
  await eventually('the pages read before registering, on the lead', async () => {
    const read = await urls();
    return PRODUCTS.every((p) => read.includes(p));
  });
  expect(refused).toEqual([]);
  const { page: desk } = await newPage(browser);
  await signIn(desk, 'admin@rapport.dev');
  await desk.goto(`/leads/${lead.id}`);
  const panel = desk.getByTestId('visits-panel-lead');
  for (const path of PRODUCTS) await panel.getByText(path, { exact: false }).first().waitFor();
  await desk.getByTestId('timeline-event-event.attended').first().waitFor();
  await settle(desk);
  await snapshot(desk, 'event-lead-visits-and-attendance');
  audit.assertClean();
});
