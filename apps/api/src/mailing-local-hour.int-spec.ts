import { Role } from '@rapport/shared-domain';
import type { ApiClient } from '@rapport/shared-testing';
import { nextLocalHour } from '@rapport/marketing-domain';
import { MailingPumpService } from '@rapport/marketing-api';
import { useTestApi } from './testing/test-api';

/**
 * A mailing delivered "at 9:00 in each recipient's time zone" (issue 15): each recipient's row is
 * due at that hour of their own day (a contact's or lead's time zone, else the contact policy's; a zone
 * PostgreSQL does not know falls back too), the pump sends only the rows that are due and waits
 * for the rest, quiet hours are kept in each recipient's own zone, and a contact's time zone is
 * validated where it is written.
 */
const INBOX_URL = process.env['RAPPORT_TEST_INBOX_URL'] ?? '';
const api = useTestApi({ SMTP_URL: process.env['RAPPORT_TEST_SMTP_URL'] ?? '', MAILING_DOMAIN: 'mail.rapport.test', INBOUND_SMTP_PORT: '0' });
const tag = `lh${Date.now().toString(36)}`;
const addr = (name: string) => `${name}.${tag}@example.com`;
let marketer: ApiClient;
let typeId = '';
let templateId = '';

beforeAll(async () => {
  marketer = await api.signedIn((await api.ctx.newUser({ role: Role.Marketer })).email);
  typeId = (
    await marketer.gqlOk<{ saveSubscriptionType: { subscriptionType: { id: string } } }>('mutation($i: SaveSubscriptionTypeInput!) { saveSubscriptionType(input: $i) { subscriptionType { id } } }', {
      i: { key: `local-${tag}`, name: 'Local news', requiresOptIn: false },
    })
  ).saveSubscriptionType.subscriptionType.id;
  const mjml = '<mjml><mj-body><mj-section><mj-column><mj-text>Good morning <a href="{{ unsubscribe_url }}">Unsubscribe</a> {{ company.postal_address }}</mj-text></mj-column></mj-section></mj-body></mjml>';
  templateId = (
    await marketer.gqlOk<{ createEmailTemplate: { template: { id: string } } }>('mutation($i: CreateEmailTemplateInput!) { createEmailTemplate(input: $i) { template { id } } }', {
      i: { name: `Morning ${tag}`, variants: [{ locale: 'en', subject: 'Good morning', mjml }] },
    })
  ).createEmailTemplate.template.id;
  await api.ctx.ds.query(`UPDATE contact_policy SET cap_max_messages = NULL, cap_window_days = NULL, quiet_start_hour = NULL, quiet_end_hour = NULL, time_zone = 'Asia/Shanghai'`);
});

const inbox = async (to: string) => ((await (await fetch(`${INBOX_URL}/api/email`)).json()) as { to: { address: string }[] }[]).filter((m) => m.to.some((t) => t.address === to));

it('a contact’s time zone is checked where it is written', async () => {
  const create = 'mutation($i: CreateContactInput!) { createContact(input: $i) { contact { id timeZone } } }';
  const rep = await api.signedIn((await api.ctx.newUser({ role: Role.SalesRep })).email);
  const ok = await rep.gql<{ createContact: { contact: { timeZone: string } } }>(create, { i: { lastName: 'Zoned', timeZone: 'Europe/Berlin' } });
  expect(ok.errors).toBeUndefined();
  expect(ok.data?.createContact.contact.timeZone).toBe('Europe/Berlin');
  const bad = await rep.gql(create, { i: { lastName: 'Lost', timeZone: 'Mars/Olympus' } });
  expect(bad.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
  expect((bad.errors?.[0].extensions?.fields as { path: string; message: string }[]).map((f) => [f.path, f.message])).toEqual([['input.timeZone', 'Choose a time zone such as Asia/Shanghai.']]);
});

it('each recipient is due at the hour of their own day; the pump sends the due ones and waits for the rest', async () => {
  const campaign = await api.ctx.newCampaign({ name: `Morning ${tag}` });
  const people: Record<string, string | null> = { york: 'America/New_York', shanghai: 'Asia/Shanghai', berlin: 'Europe/Berlin', plain: null, mars: 'Mars/Olympus' };
  for (const [name, zone] of Object.entries(people)) {
    const c = await api.ctx.newContact({ firstName: name, emails: [addr(name)], timeZone: zone });
    await api.ctx.ds.query(`INSERT INTO campaign_member (campaign_id, contact_id, status) VALUES ($1, $2, 'invited')`, [campaign.id, c.id]);
  }
  // A lead on the campaign is due at the hour of its own zone too.
  const lead = await api.ctx.newLead({ firstName: 'tokyo', lastName: 'Lead', email: addr('tokyo'), timeZone: 'Asia/Tokyo' });
  await api.ctx.ds.query(`INSERT INTO campaign_member (campaign_id, lead_id, status) VALUES ($1, $2, 'invited')`, [campaign.id, lead.id]);
  const hour = 9;
  const { createMailing } = await marketer.gqlOk<{ createMailing: { id: string; localHour: number } }>('mutation($i: CreateMailingInput!) { createMailing(input: $i) { id localHour } }', {
    i: { name: `Morning ${tag}`, campaignId: campaign.id, templateId, subscriptionTypeId: typeId, audience: { campaignMemberStatuses: ['invited'] }, localHour: hour },
  });
  expect(createMailing.localHour).toBe(hour);
  const refused = await marketer.gql('mutation($i: UpdateMailingInput!) { updateMailing(input: $i) { id } }', { i: { id: createMailing.id, localHour: 24 } });
  expect(refused.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');

  await marketer.gqlOk('mutation($i: SendMailingInput!) { sendMailing(input: $i) { id } }', { i: { id: createMailing.id } });
  const before = new Date();
  const pump = api.app.get(MailingPumpService);
  expect((await pump.run(createMailing.id)).outcome).toBe('waiting');
  const after = new Date();

  const rows: { address: string; not_before: Date; status: string }[] = await api.ctx.ds.query(`SELECT address, not_before, status FROM mailing_send WHERE mailing_id = $1`, [createMailing.id]);
  const due = Object.fromEntries(rows.map((r) => [r.address.split('.')[0], r.not_before.toISOString()]));
  // Each as the pure rule computes it for that zone; no contact zone, or one PostgreSQL does not know: the policy's.
  const expected = (zone: string) => {
    const a = nextLocalHour(before, zone, hour).toISOString();
    return a === nextLocalHour(after, zone, hour).toISOString() ? a : expect.any(String);
  };
  expect(due).toEqual({ york: expected('America/New_York'), shanghai: expected('Asia/Shanghai'), berlin: expected('Europe/Berlin'), plain: expected('Asia/Shanghai'), mars: expected('Asia/Shanghai'), tokyo: expected('Asia/Tokyo') });
  expect(rows.every((r) => r.status === 'queued' && r.not_before > after)).toBe(true);

  // The watchdog leaves a mailing alone while every recipient waits for their hour…
  expect(await pump.wakeDue()).not.toContain(createMailing.id);

  // …New York's morning comes: only that row is due, the watchdog wakes the mailing, and only that person gets the message.
  await api.ctx.ds.query(`UPDATE mailing_send SET not_before = now() - interval '1 second' WHERE mailing_id = $1 AND address = $2`, [createMailing.id, addr('york')]);
  expect(await pump.wakeDue()).toContain(createMailing.id);
  expect((await pump.run(createMailing.id)).outcome).toBe('waiting');
  expect(await pump.wakeDue()).not.toContain(createMailing.id);
  const status = await marketer.gqlOk<{ mailing: { status: string; progress: { sent: number; queued: number } } }>('query($id: ID!) { mailing(id: $id) { status progress { sent queued } } }', { id: createMailing.id });
  expect(status.mailing).toEqual({ status: 'SENDING', progress: { sent: 1, queued: 5 } });
  expect(await inbox(addr('york'))).toHaveLength(1);
  expect(await inbox(addr('shanghai'))).toHaveLength(0);
});

it('quiet hours are kept in each recipient’s own time zone: a recipient in their quiet hours waits, one awake elsewhere gets it', async () => {
  const campaign = await api.ctx.newCampaign({ name: `Quiet ${tag}` });
  const people: Record<string, string | null> = { night: 'Asia/Shanghai', day: 'America/New_York', plain: null };
  for (const [name, zone] of Object.entries(people)) {
    const c = await api.ctx.newContact({ firstName: name, emails: [addr(name)], timeZone: zone });
    await api.ctx.ds.query(`INSERT INTO campaign_member (campaign_id, contact_id, status) VALUES ($1, $2, 'invited')`, [campaign.id, c.id]);
  }
  // The quiet hour is the one it is now in Shanghai (the policy's zone too); New York is 12–13 hours away.
  const hour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', hourCycle: 'h23' }).format(new Date()));
  await api.ctx.ds.query(`UPDATE contact_policy SET quiet_start_hour = $1, quiet_end_hour = $2, time_zone = 'Asia/Shanghai'`, [hour, (hour + 1) % 24]);
  try {
    const { createMailing } = await marketer.gqlOk<{ createMailing: { id: string } }>('mutation($i: CreateMailingInput!) { createMailing(input: $i) { id } }', {
      i: { name: `Quiet ${tag}`, campaignId: campaign.id, templateId, subscriptionTypeId: typeId, audience: { campaignMemberStatuses: ['invited'] } },
    });
    await marketer.gqlOk('mutation($i: SendMailingInput!) { sendMailing(input: $i) { id } }', { i: { id: createMailing.id } });
    const pump = api.app.get(MailingPumpService);
    expect((await pump.run(createMailing.id)).outcome).toBe('waiting');
    const rows: { address: string; status: string; time_zone: string | null }[] = await api.ctx.ds.query(`SELECT address, status, time_zone FROM mailing_send WHERE mailing_id = $1 ORDER BY address`, [createMailing.id]);
    expect(Object.fromEntries(rows.map((r) => [r.address.split('.')[0], [r.status, r.time_zone]]))).toEqual({
      day: ['sent', 'America/New_York'],
      night: ['queued', 'Asia/Shanghai'],
      plain: ['queued', null],
    });
    expect(await inbox(addr('day'))).toHaveLength(1);
    expect(await inbox(addr('night'))).toHaveLength(0);
  } finally {
    await api.ctx.ds.query(`UPDATE contact_policy SET quiet_start_hour = NULL, quiet_end_hour = NULL`);
  }
});
