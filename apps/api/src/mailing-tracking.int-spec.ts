import { simpleParser } from 'mailparser';
import { Role } from '@rapport/shared-domain';
import { MailingPumpService } from '@rapport/marketing-api';
import { useTestApi } from './testing/test-api';

/**
 * Opens and clicks (issue 15 item 7) of a message really sent through the test SMTP sink: its web
 * links go through the signed redirect with the campaign's UTM values, the unsubscribe link stays
 * direct, the pixel records an open, a person's open and click reach their timeline, and a link
 * scanner's click is kept but flagged as a machine. A token that is not ours redirects nowhere.
 */
const INBOX_URL = process.env['RAPPORT_TEST_INBOX_URL'] ?? '';
const ORIGIN = 'https://crm.rapport.test';
const api = useTestApi({ SMTP_URL: process.env['RAPPORT_TEST_SMTP_URL'] ?? '', PUBLIC_ORIGIN: ORIGIN, MAILING_DOMAIN: 'mail.rapport.test', INBOUND_SMTP_PORT: '0' });
const tag = `t${Date.now().toString(36)}`;
const address = `reader.${tag}@example.com`;
const BROWSER = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15';
let html = '';
let listUnsubscribe = '';
let text = '';
let sendId = '';
let contactId = '';
let mailingId = '';
let campaignId = '';
const membership = async () => ((await api.ctx.ds.query(`SELECT status, responded_at IS NOT NULL AS responded FROM campaign_member WHERE campaign_id = $1`, [campaignId])) as { status: string; responded: boolean }[])[0];
let marketerClient: Awaited<ReturnType<typeof api.signedIn>>;

beforeAll(async () => {
  const marketer = await api.signedIn((await api.ctx.newUser({ role: Role.Marketer })).email);
  marketerClient = marketer;
  const typeId = (await marketer.gqlOk<{ saveSubscriptionType: { subscriptionType: { id: string } } }>('mutation($i: SaveSubscriptionTypeInput!) { saveSubscriptionType(input: $i) { subscriptionType { id } } }', { i: { key: `tr-${tag}`, name: 'News', requiresOptIn: false } })).saveSubscriptionType.subscriptionType.id;
  const mjml = `<mjml><mj-body><mj-section><mj-column>
    <mj-button href="https://shop.example.com/spring?ref=mail#top">See the spring range</mj-button>
    <mj-text>Or write to <a href="mailto:sales@example.com">sales</a>. <a href="{{ unsubscribe_url }}">Unsubscribe</a> {{ company.postal_address }}</mj-text>
  </mj-column></mj-section></mj-body></mjml>`;
  const templateId = (await marketer.gqlOk<{ createEmailTemplate: { template: { id: string } } }>('mutation($i: CreateEmailTemplateInput!) { createEmailTemplate(input: $i) { template { id } } }', { i: { name: 'Spring', variants: [{ locale: 'en', subject: 'Spring', mjml }] } })).createEmailTemplate.template.id;
  const campaign = await api.ctx.newCampaign({ name: `Spring ${tag}`, type: 'email' });
  campaignId = campaign.id;
  const contact = await api.ctx.newContact({ firstName: 'Reader', emails: [address] });
  contactId = contact.id;
  await api.ctx.ds.query(`INSERT INTO campaign_member (campaign_id, contact_id, status) VALUES ($1, $2, 'sent')`, [campaign.id, contact.id]);
  const id = (await marketer.gqlOk<{ createMailing: { id: string } }>('mutation($i: CreateMailingInput!) { createMailing(input: $i) { id } }', { i: { name: 'Spring launch', campaignId: campaign.id, templateId, subscriptionTypeId: typeId, audience: { campaignMemberStatuses: ['sent'] } } })).createMailing.id;
  await marketer.gqlOk('mutation($i: SendMailingInput!) { sendMailing(input: $i) { id } }', { i: { id } });
  expect((await api.app.get(MailingPumpService).run(id)).outcome).toBe('done');
  mailingId = id;
  [{ id: sendId }] = await api.ctx.ds.query(`SELECT id FROM mailing_send WHERE mailing_id = $1`, [id]);
  const mails: { id: string; to: { address: string }[] }[] = await (await fetch(`${INBOX_URL}/api/email`)).json();
  const mail = mails.find((m) => m.to.some((t) => t.address === address))!;
  const parsed = await simpleParser(await (await fetch(`${INBOX_URL}/api/email/${mail.id}/source`)).text());
  html = String(parsed.html);
  listUnsubscribe = /<(https?:[^>]+)>/.exec(parsed.headerLines.find((h) => h.key === 'list-unsubscribe')!.line.replace(/\r?\n\s+/g, ''))![1]!;
  text = parsed.text ?? '';
});

const tracked = (s: string, kind: 'o' | 'c') => [...s.matchAll(new RegExp(`${ORIGIN}/api/public/t/${kind}/([A-Za-z0-9_.-]+)`, 'g'))].map((m) => m[1]!);
const events = async () => (await api.ctx.ds.query(`SELECT kind, detail, machine, machine_reason AS reason FROM mailing_event WHERE send_id = $1 ORDER BY id`, [sendId])) as { kind: string; detail: string | null; machine: boolean; reason: string | null }[];

it('sends web links through the signed redirect and leaves mailto and unsubscribe links direct', () => {
  expect(tracked(html, 'c')).toHaveLength(1);
  expect(tracked(html, 'o')).toHaveLength(1);
  expect(tracked(text, 'c')).toHaveLength(1);
  expect(html).toContain('href="mailto:sales@example.com"');
  expect(html).toMatch(new RegExp(`href="${ORIGIN}/api/public/unsubscribe/[^"]+"`));
  expect(html).not.toContain('shop.example.com');
});

it('records a person’s open and click on their timeline and redirects to the link with the campaign’s UTM values', async () => {
  // An open within seconds of delivery is a machine's; this reader opens a minute later.
  await api.ctx.ds.query(`UPDATE mailing_send SET sent_at = now() - interval '1 minute' WHERE id = $1`, [sendId]);
  const pixel = await api.anon().get(`/api/public/t/o/${tracked(html, 'o')[0]}`).set('User-Agent', BROWSER);
  expect(pixel.status).toBe(200);
  expect(pixel.headers['content-type']).toBe('image/gif');
  expect(pixel.headers['cache-control']).toContain('no-store');
  expect(await membership()).toEqual({ status: 'opened', responded: false });
  const click = await api.anon().get(`/api/public/t/c/${tracked(html, 'c')[0]}`).set('User-Agent', BROWSER);
  expect(click.status).toBe(302);
  // An email campaign's member moves forward: a click is a response.
  expect(await membership()).toEqual({ status: 'clicked', responded: true });
  const to = new URL(click.headers['location']!);
  expect(`${to.origin}${to.pathname}${to.hash}`).toBe('https://shop.example.com/spring#top');
  expect(Object.fromEntries(to.searchParams)).toEqual({ ref: 'mail', utm_source: 'rapport', utm_medium: 'email', utm_campaign: `Spring ${tag}`, utm_content: 'Spring launch' });
  expect(await events()).toEqual([
    { kind: 'open', detail: null, machine: false, reason: null },
    { kind: 'click', detail: click.headers['location'], machine: false, reason: null },
  ]);
  const timeline: { event_type: string }[] = await api.ctx.ds.query(`SELECT event_type FROM timeline_event WHERE subject_id = $1 AND event_type LIKE 'mailing.%' ORDER BY occurred_at`, [contactId]);
  expect(timeline.map((t) => t.event_type)).toEqual(['mailing.opened', 'mailing.clicked']);
});

it('keeps a link scanner’s click but flags it, and refuses a token that is not ours', async () => {
  const scan = await api.anon().get(`/api/public/t/c/${tracked(text, 'c')[0]}`).set('User-Agent', 'Mozilla/5.0 (compatible; Barracuda Sentinel (EE))');
  expect(scan.status).toBe(302);
  expect((await events()).at(-1)).toMatchObject({ kind: 'click', machine: true, reason: 'scanner-user-agent' });
  const token = tracked(html, 'c')[0]!;
  const forged = await api.anon().get(`/api/public/t/c/${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`);
  expect(forged.status).toBe(404);
  expect(forged.headers['location']).toBeUndefined();
  expect(forged.headers['content-type']).toMatch(/^application\/problem\+json/);
  // A person's browser gets a page in their language instead.
  const page = await api.anon().get(`/api/public/t/c/not-a-token`).set('Accept', 'text/html').set('Accept-Language', 'zh-CN');
  expect([page.status, page.headers['content-type']]).toEqual([404, expect.stringMatching(/^text\/html/)]);
  expect(page.text).toContain('此链接无效');
  // The pixel answers anyway (a broken image helps nobody) but records nothing.
  const before = (await events()).length;
  expect((await api.anon().get('/api/public/t/o/not-a-token')).status).toBe(200);
  expect(await events()).toHaveLength(before);
});

it('reports the mailing’s engagement without the machines, per link and per hour, with what the viewer may do', async () => {
  const { mailing } = await marketerClient.gqlOk<{ mailing: Record<string, unknown> }>(
    `query($id: ID!) { mailing(id: $id) {
      engagement { sent delivered opens uniqueOpens machineOpens clicks uniqueClicks machineClicks unsubscribes hardBounces complaints replies }
      links { url clicks uniqueClicks } hourly { opens clicks }
      campaign { name } template { name } subscriptionType { name } viewerCan { update send pause resume cancel } } }`,
    { id: mailingId },
  );
  expect(mailing['engagement']).toEqual({ sent: 1, delivered: 1, opens: 1, uniqueOpens: 1, machineOpens: 0, clicks: 1, uniqueClicks: 1, machineClicks: 1, unsubscribes: 0, hardBounces: 0, complaints: 0, replies: 0 });
  expect(mailing['links']).toEqual([{ url: expect.stringMatching(/^https:\/\/shop\.example\.com\/spring\?ref=mail&utm_source=rapport/), clicks: 1, uniqueClicks: 1 }]);
  expect(mailing['hourly']).toEqual([{ opens: 1, clicks: 1 }]);
  expect(mailing).toMatchObject({ campaign: { name: `Spring ${tag}` }, template: { name: 'Spring' }, subscriptionType: { name: 'News' } });
  // Completed: nothing left to do with it.
  expect(mailing['viewerCan']).toEqual({ update: false, send: false, pause: false, resume: false, cancel: false });
});

it('counts a one-click unsubscribe through the mail on the mailing and moves the membership to unsubscribed', async () => {
  const url = new URL(listUnsubscribe);
  expect(url.searchParams.get('s')).toMatch(new RegExp(`^${sendId}-[a-z2-7]{12}$`));
  // As a mail provider does it (RFC 8058): a POST with the one-click body, twice.
  for (let i = 0; i < 2; i++) {
    const res = await api.anon().post(`${url.pathname}${url.search}`).type('form').send('List-Unsubscribe=One-Click');
    expect(res.status).toBe(200);
  }
  const { mailing } = await marketerClient.gqlOk<{ mailing: { engagement: { unsubscribes: number } } }>('query($id: ID!) { mailing(id: $id) { engagement { unsubscribes } } }', { id: mailingId });
  expect(mailing.engagement.unsubscribes).toBe(1);
  expect(await membership()).toEqual({ status: 'unsubscribed', responded: true });
  // A forged send token counts nothing (the consent answer itself still stands: the address token is genuine).
  const forged = `${url.pathname}?s=${sendId}-aaaaaaaaaaaa`;
  expect((await api.anon().post(forged).type('form').send('List-Unsubscribe=One-Click')).status).toBe(200);
  expect((await events()).filter((e) => e.kind === 'unsubscribe')).toHaveLength(1);
});
