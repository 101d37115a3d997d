import { Role } from '@rapport/shared-domain';
import type { ApiClient } from '@rapport/shared-testing';
import { nextOccurrence, type Recurrence } from '@rapport/marketing-domain';
import { MailingPumpService, MailingSeriesService } from '@rapport/marketing-api';
import { useTestApi } from './testing/test-api';

/**
 * Recurring mailings (issue 15, docs/adr/0016 §11): a series is started on a rule; each time the
 * rule comes round the watchdog makes one occurrence (never two, however often or concurrently it
 * runs), which sends the template as it is then; COUNT ends the series; a paused series makes
 * nothing; an occurrence missed by days is not sent late.
 */
const INBOX_URL = process.env['RAPPORT_TEST_INBOX_URL'] ?? '';
const api = useTestApi({ SMTP_URL: process.env['RAPPORT_TEST_SMTP_URL'] ?? '', MAILING_DOMAIN: 'mail.rapport.test', INBOUND_SMTP_PORT: '0' });
const tag = `rs${Date.now().toString(36)}`;
const addr = (name: string) => `${name}.${tag}@example.com`;
let marketer: ApiClient;
let typeId = '';
let templateId = '';

const body = (text: string) => `<mjml><mj-body><mj-section><mj-column><mj-text>${text} <a href="{{ unsubscribe_url }}">Unsubscribe</a> {{ company.postal_address }}</mj-text></mj-column></mj-section></mj-body></mjml>`;
const SERIES = `query($id: ID!) { mailing(id: $id) { id kind status nextRunAt occurrenceCount recurrence { frequency interval weekdays monthDay hour minute timeZone count until rrule }
  occurrences { totalCount nodes { id kind parentId status occurrenceAt progress { sent } } } } }`;
type Series = {
  mailing: {
    kind: string;
    status: string;
    nextRunAt: string | null;
    occurrenceCount: number;
    recurrence: Recurrence & { rrule: string };
    occurrences: { totalCount: number; nodes: { id: string; kind: string; parentId: string; status: string; occurrenceAt: string; progress: { sent: number } }[] };
  };
};
const inbox = async (to: string) => ((await (await fetch(`${INBOX_URL}/api/email`)).json()) as { subject: string; to: { address: string }[] }[]).filter((m) => m.to.some((t) => t.address === to));

beforeAll(async () => {
  marketer = await api.signedIn((await api.ctx.newUser({ role: Role.Marketer })).email);
  typeId = (
    await marketer.gqlOk<{ saveSubscriptionType: { subscriptionType: { id: string } } }>('mutation($i: SaveSubscriptionTypeInput!) { saveSubscriptionType(input: $i) { subscriptionType { id } } }', {
      i: { key: `weekly-${tag}`, name: 'Weekly news', requiresOptIn: false },
    })
  ).saveSubscriptionType.subscriptionType.id;
  templateId = (
    await marketer.gqlOk<{ createEmailTemplate: { template: { id: string } } }>('mutation($i: CreateEmailTemplateInput!) { createEmailTemplate(input: $i) { template { id } } }', {
      i: { name: `Weekly ${tag}`, variants: [{ locale: 'en', subject: 'Issue one', mjml: body('First issue') }] },
    })
  ).createEmailTemplate.template.id;
  await api.ctx.ds.query(`UPDATE contact_policy SET cap_max_messages = NULL, cap_window_days = NULL, same_content_once = true, quiet_start_hour = NULL, quiet_end_hour = NULL`);
});

/** Moves a series' next occurrence into the past, as if the week had gone by. */
const comeRound = (id: string, ago = '1 minute') => api.ctx.ds.query(`UPDATE mailing SET next_run_at = now() - $2::interval WHERE id = $1`, [id, ago]);

it('refuses a rule it cannot follow, every problem at once', async () => {
  const campaign = await api.ctx.newCampaign();
  const bad = await marketer.gql('mutation($i: CreateMailingInput!) { createMailing(input: $i) { id } }', {
    i: { name: 'Bad rule', campaignId: campaign.id, templateId, subscriptionTypeId: typeId, audience: { campaignMemberStatuses: ['invited'] }, recurrence: { frequency: 'WEEKLY', weekdays: [], hour: 25, timeZone: 'Nowhere/Land' } },
  });
  expect(bad.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
  expect((bad.errors?.[0].extensions?.fields as { path: string }[]).map((f) => f.path)).toEqual(['input.recurrence.weekdays', 'input.recurrence.hour', 'input.recurrence.timeZone']);
});

it('makes one occurrence each time the rule comes round, sending the template as it is then, and ends after COUNT', async () => {
  const campaign = await api.ctx.newCampaign({ name: `Weekly ${tag}` });
  for (const name of ['ann', 'bo']) {
    const c = await api.ctx.newContact({ firstName: name, emails: [addr(name)] });
    await api.ctx.ds.query(`INSERT INTO campaign_member (campaign_id, contact_id, status) VALUES ($1, $2, 'invited')`, [campaign.id, c.id]);
  }
  const { createMailing } = await marketer.gqlOk<{ createMailing: { id: string; kind: string } }>('mutation($i: CreateMailingInput!) { createMailing(input: $i) { id kind } }', {
    i: { name: 'Weekly news', campaignId: campaign.id, templateId, subscriptionTypeId: typeId, audience: { campaignMemberStatuses: ['invited'] }, recurrence: { frequency: 'WEEKLY', weekdays: [1], hour: 9, count: 2 } },
  });
  const id = createMailing.id;
  expect(createMailing.kind).toBe('RECURRING');

  const started = new Date();
  await marketer.gqlOk('mutation($i: SendMailingInput!) { sendMailing(input: $i) { id } }', { i: { id } });
  let series = (await marketer.gqlOk<Series>(SERIES, { id })).mailing;
  expect(series.status).toBe('SCHEDULED');
  expect(series.recurrence).toMatchObject({ frequency: 'WEEKLY', weekdays: [1], hour: 9, minute: 0, timeZone: 'Asia/Shanghai', count: 2, rrule: 'FREQ=WEEKLY;INTERVAL=1;BYDAY=MO;BYHOUR=9;BYMINUTE=0;COUNT=2' });
  // Next Monday 9:00 in Shanghai, as the pure rule says; nothing is made before then.
  const rule = { ...series.recurrence, frequency: 'weekly' as const };
  expect(series.nextRunAt).toBe(nextOccurrence(rule, new Date(started.getTime() - 1), started, 0)!.toISOString());
  const seriesService = api.app.get(MailingSeriesService);
  const pump = api.app.get(MailingPumpService);
  expect(await seriesService.spawnDue()).toEqual([]);
  expect(await pump.wakeDue()).not.toContain(id);

  // Monday comes: two watchdogs at once make one occurrence, which goes out to both people.
  await comeRound(id);
  const made = (await Promise.all([seriesService.spawnDue(), seriesService.spawnDue()])).flat();
  expect(made).toHaveLength(1);
  expect(await seriesService.spawnDue()).toEqual([]);
  expect(await pump.wakeDue()).toContain(made[0]);
  expect((await pump.run(made[0]!)).outcome).toBe('done');
  expect((await inbox(addr('ann'))).map((m) => m.subject)).toEqual(['Issue one']);
  series = (await marketer.gqlOk<Series>(SERIES, { id })).mailing;
  expect(series.occurrenceCount).toBe(1);
  expect(new Date(series.nextRunAt!).getTime()).toBeGreaterThan(Date.now());
  expect(series.occurrences.nodes).toMatchObject([{ id: made[0], kind: 'OCCURRENCE', parentId: id, status: 'COMPLETED', progress: { sent: 2 } }]);

  // The template is rewritten for the next issue; the next occurrence sends the new content (the
  // same-content rule does not hold it back) and, being the second of COUNT=2, ends the series.
  await marketer.gqlOk('mutation($i: UpdateEmailTemplateInput!) { updateEmailTemplate(input: $i) { template { id } } }', { i: { id: templateId, variants: [{ locale: 'en', subject: 'Issue two', mjml: body('Second issue') }] } });
  await comeRound(id);
  const [second] = await seriesService.spawnDue();
  expect((await pump.run(second!)).outcome).toBe('done');
  expect((await inbox(addr('bo'))).map((m) => m.subject).sort()).toEqual(['Issue one', 'Issue two']);
  series = (await marketer.gqlOk<Series>(SERIES, { id })).mailing;
  expect(series).toMatchObject({ status: 'COMPLETED', nextRunAt: null, occurrenceCount: 2 });
  expect(series.occurrences.totalCount).toBe(2);
});

it('a paused series makes nothing; resumed, it goes on from its next time; a day-old miss is not sent late', async () => {
  const campaign = await api.ctx.newCampaign();
  const { createMailing } = await marketer.gqlOk<{ createMailing: { id: string } }>('mutation($i: CreateMailingInput!) { createMailing(input: $i) { id } }', {
    i: { name: 'Daily digest', campaignId: campaign.id, templateId, subscriptionTypeId: typeId, audience: { campaignMemberStatuses: ['invited'] }, recurrence: { frequency: 'DAILY', hour: 7, minute: 30, timeZone: 'Europe/Berlin' } },
  });
  const id = createMailing.id;
  await marketer.gqlOk('mutation($i: SendMailingInput!) { sendMailing(input: $i) { id } }', { i: { id } });
  await marketer.gqlOk('mutation($i: MailingIdInput!) { pauseMailing(input: $i) { id } }', { i: { id } });
  await comeRound(id);
  const seriesService = api.app.get(MailingSeriesService);
  expect(await seriesService.spawnDue()).toEqual([]);

  await marketer.gqlOk('mutation($i: MailingIdInput!) { resumeMailing(input: $i) { id } }', { i: { id } });
  let series = (await marketer.gqlOk<Series>(SERIES, { id })).mailing;
  expect(series.status).toBe('SCHEDULED');
  expect(new Date(series.nextRunAt!).getTime()).toBeGreaterThan(Date.now());

  await comeRound(id, '2 days');
  expect(await seriesService.spawnDue()).toEqual([]);
  series = (await marketer.gqlOk<Series>(SERIES, { id })).mailing;
  expect(series.occurrenceCount).toBe(0);
  expect(new Date(series.nextRunAt!).getTime()).toBeGreaterThan(Date.now());
});
