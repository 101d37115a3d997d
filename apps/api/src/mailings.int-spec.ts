import { simpleParser } from 'mailparser';
import { Role } from '@rapport/shared-domain';
import type { ApiClient } from '@rapport/shared-testing';
import { MailingPumpService } from '@rapport/marketing-api';
import { useTestApi } from './testing/test-api';

/**
 * Mailings (issue 15, docs/adr/0016) over real PostgreSQL and a real SMTP conversation with the
 * test sink: consent per type and globally, one message per address however many audiences name
 * it, the company's frequency cap across departments, the same content never twice, every skip
 * with its reason, the delivery headers (RFC 8058, RFC 2919, VERP), and pause/resume/cancel.
 * The pump runs in-process here; the worker and its crashes are mailing-reliability.int-spec.ts.
 */
const INBOX_URL = process.env['RAPPORT_TEST_INBOX_URL'] ?? '';
const api = useTestApi({ SMTP_URL: process.env['RAPPORT_TEST_SMTP_URL'] ?? '', MAILING_DOMAIN: 'mail.rapport.test', INBOUND_SMTP_PORT: '0' });
let marketer: ApiClient;
let salesManager: ApiClient;
let rep: ApiClient;
let newsletter = '';
let events = '';
let template = '';
let otherTemplate = '';
const tag = `m${Date.now().toString(36)}`;
const addr = (name: string) => `${name}.${tag}@example.com`;

const body = (inner: string) => `<mjml><mj-body><mj-section><mj-column>${inner}</mj-column></mj-section></mj-body></mjml>`;
const footer = '<mj-text><a href="{{ unsubscribe_url }}">Unsubscribe</a> · {{ company.postal_address }}</mj-text>';
const variant = (subject: string) => ({ locale: 'en', subject, mjml: body(`<mj-text>Hello {{ contact.first_name | default: "there" }}, news from {{ campaign.name }}</mj-text>${footer}`) });

const CREATE = 'mutation($i: CreateMailingInput!) { createMailing(input: $i) { id status } }';
const SEND = 'mutation($i: SendMailingInput!) { sendMailing(input: $i) { id status templateVersionId } }';
const STATE = `query($id: ID!) { mailing(id: $id) { status progress { total queued sending sent failed skipped } skipped { reason count } } }`;
type State = { mailing: { status: string; progress: Record<string, number>; skipped: { reason: string; count: number }[] } };

interface InboxMail {
  id: string;
  subject: string;
  messageId: string;
  to: { address: string }[];
  envelope?: { from?: { address: string } };
}
const inbox = async (to: string): Promise<InboxMail[]> => ((await (await fetch(`${INBOX_URL}/api/email`)).json()) as InboxMail[]).filter((m) => m.to.some((t) => t.address === to));

async function person(name: string, campaignIds: string[], status = 'invited') {
  const contact = await api.ctx.newContact({ firstName: name, lastName: 'Tester', emails: [addr(name)] });
  for (const campaignId of campaignIds) await api.ctx.ds.query(`INSERT INTO campaign_member (campaign_id, contact_id, status) VALUES ($1, $2, $3)`, [campaignId, contact.id, status]);
  return contact;
}

async function mailing(client: ApiClient, input: Record<string, unknown>): Promise<string> {
  return (await client.gqlOk<{ createMailing: { id: string } }>(CREATE, { i: { name: `Mailing ${tag}`, templateId: template, subscriptionTypeId: newsletter, ...input } })).createMailing.id;
}

async function sendNow(client: ApiClient, id: string): Promise<State['mailing']> {
  await client.gqlOk(SEND, { i: { id } });
  const pump = api.app.get(MailingPumpService);
  expect((await pump.run(id)).outcome).toBe('done');
  return (await client.gqlOk<State>(STATE, { id })).mailing;
}

beforeAll(async () => {
  marketer = await api.signedIn((await api.ctx.newUser({ role: Role.Marketer })).email);
  salesManager = await api.signedIn((await api.ctx.newUser({ role: Role.SalesManager })).email);
  rep = await api.signedIn((await api.ctx.newUser({ role: Role.SalesRep })).email);
  const save = async (i: Record<string, unknown>) =>
    (await marketer.gqlOk<{ saveSubscriptionType: { subscriptionType: { id: string } } }>('mutation($i: SaveSubscriptionTypeInput!) { saveSubscriptionType(input: $i) { subscriptionType { id } } }', { i })).saveSubscriptionType.subscriptionType.id;
  newsletter = await save({ key: `news-${tag}`, name: 'Newsletter', requiresOptIn: false });
  events = await save({ key: `events-${tag}`, name: 'Events', requiresOptIn: false });
  const createTemplate = async (name: string, subject: string) =>
    (await marketer.gqlOk<{ createEmailTemplate: { template: { id: string } } }>('mutation($i: CreateEmailTemplateInput!) { createEmailTemplate(input: $i) { template { id } } }', { i: { name, variants: [variant(subject)] } })).createEmailTemplate.template.id;
  template = await createTemplate('Spring', 'Spring news for {{ contact.first_name }}');
  otherTemplate = await createTemplate('Summer', 'Summer news');
  // A cap the tests can reach: 2 marketing messages per address per 7 days.
  await api.ctx.ds.query(`UPDATE contact_policy SET cap_max_messages = 2, cap_window_days = 7, same_content_once = true, quiet_start_hour = NULL, quiet_end_hour = NULL`);
});

describe('consent and audiences', () => {
  it('sends one message per address, of the type each person still wants, with the delivery headers', async () => {
    const campaign = await api.ctx.newCampaign();
    const listA = await api.ctx.newCampaign();
    const listB = await api.ctx.newCampaign();
    const everywhere = await person('everywhere', [campaign.id, listA.id, listB.id]);
    await person('optedout', [campaign.id]);
    await person('globalout', [campaign.id]);
    await person('suppressed', [campaign.id]);
    await person('excluded', [campaign.id]);
    const exclusion = await api.ctx.newCampaign();
    await api.ctx.ds.query(`INSERT INTO campaign_member (campaign_id, contact_id, status) SELECT $1, id, 'invited' FROM contact WHERE emails[1] = $2`, [exclusion.id, addr('excluded')]);
    const setConsent = (email: string, typeId: string | null) =>
      marketer.gqlOk('mutation($i: SetConsentInput!) { setConsent(input: $i) { consent { status } } }', { i: { address: email, ...(typeId ? { subscriptionTypeId: typeId } : {}), answer: 'OPT_OUT' } });
    await setConsent(addr('optedout'), newsletter);
    await setConsent(addr('globalout'), null);
    await marketer.gqlOk('mutation($i: AddSuppressionsInput!) { addSuppressions(input: $i) { added } }', { i: { addresses: [addr('suppressed')] } });

    const news = await mailing(marketer, { campaignId: campaign.id, audience: { campaignMemberStatuses: ['invited'], listIds: [listA.id, listB.id], excludeListIds: [exclusion.id] } });
    const count = await marketer.gqlOk<{ mailingAudienceCount: { total: number; eligible: number; skipped: { reason: string; count: number }[] } }>(
      'query($id: ID!) { mailingAudienceCount(id: $id) { total eligible skipped { reason count } } }', { id: news });
    expect(count.mailingAudienceCount).toEqual({ total: 5, eligible: 1, skipped: expect.arrayContaining([{ reason: 'OPTED_OUT', count: 1 }, { reason: 'GLOBAL_OPT_OUT', count: 1 }, { reason: 'SUPPRESSED', count: 1 }, { reason: 'EXCLUDED', count: 1 }]) });

    const done = await sendNow(marketer, news);
    expect(done).toMatchObject({ status: 'COMPLETED', progress: { total: 5, queued: 0, sending: 0, sent: 1, failed: 0, skipped: 4 } });
    expect(done.skipped).toEqual(expect.arrayContaining([{ reason: 'OPTED_OUT', count: 1 }, { reason: 'GLOBAL_OPT_OUT', count: 1 }, { reason: 'SUPPRESSED', count: 1 }, { reason: 'EXCLUDED', count: 1 }]));

    // Three audiences named "everywhere": one message, personalised, with its headers.
    const got = await inbox(addr('everywhere'));
    expect(got).toHaveLength(1);
    expect(got[0]!.subject).toBe('Spring news for everywhere');
    const raw = await (await fetch(`${INBOX_URL}/api/email/${got[0]!.id}/source`)).text();
    const parsed = await simpleParser(raw);
    const [sendId] = await api.ctx.ds.query(`SELECT id FROM mailing_send WHERE mailing_id = $1 AND contact_id = $2`, [news, everywhere.id]);
    expect(parsed.messageId).toBe(`<ms-${sendId.id}@mail.rapport.test>`);
    // mailparser folds the List-* headers into one structure; the header lines are what a receiver reads.
    const line = (key: string) => parsed.headerLines.find((h) => h.key === key)?.line.replace(/\r?\n\s+/g, ' ');
    expect(line('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(line('list-unsubscribe')).toMatch(/^List-Unsubscribe: <http:\/\/[^>]+\/api\/public\/unsubscribe\/[^>]+>, <mailto:unsubscribe\+\d+-[a-z2-7]{12}@mail\.rapport\.test\?subject=unsubscribe>$/);
    expect(line('x-rapport-send')).toMatch(new RegExp(`^X-Rapport-Send: ${sendId.id}-[a-z2-7]{12}$`));
    expect(parsed.replyTo?.value[0]?.address).toMatch(new RegExp(`^reply\\+${sendId.id}-[a-z2-7]{12}@mail\\.rapport\\.test$`));
    // Header names are case-insensitive (nodemailer writes "List-ID"); the value is what filters read.
    expect(line('list-id')?.replace(/^[^:]+:\s*/, '')).toBe(`"Newsletter" <news-${tag}.mail.rapport.test>`);
    expect(got[0]!.envelope?.from?.address).toMatch(new RegExp(`^bounce\\+${sendId.id}-[a-z2-7]{12}@mail\\.rapport\\.test$`));

    // Opted out of the newsletter only: an events mailing still reaches them; the global opt-out does not get it.
    const eventsMailing = await mailing(marketer, { campaignId: campaign.id, templateId: otherTemplate, subscriptionTypeId: events, audience: { campaignMemberStatuses: ['invited'] } });
    const eventsDone = await sendNow(marketer, eventsMailing);
    expect(eventsDone.skipped).toEqual(expect.arrayContaining([{ reason: 'GLOBAL_OPT_OUT', count: 1 }, { reason: 'SUPPRESSED', count: 1 }]));
    expect((await inbox(addr('optedout'))).map((m) => m.subject)).toEqual(['Summer news']);
    expect(await inbox(addr('globalout'))).toEqual([]);
    expect(await inbox(addr('suppressed'))).toEqual([]);
  });
});

describe('the contact policy', () => {
  it('holds the frequency cap across two departments’ mailings and never sends the same content twice', async () => {
    const campaign = await api.ctx.newCampaign();
    const capped = addr('capped');
    await person('capped', [campaign.id]);
    // Marketing sends the spring template, sales sends the summer one: two messages, the cap's limit.
    expect((await sendNow(marketer, await mailing(marketer, { campaignId: campaign.id, audience: { campaignMemberStatuses: ['invited'] } }))).progress.sent).toBe(1);
    const fromSales = await mailing(salesManager, { campaignId: campaign.id, templateId: otherTemplate, audience: { campaignMemberStatuses: ['invited'] } });
    expect((await sendNow(salesManager, fromSales)).progress.sent).toBe(1);
    // A third, from either department, is held back by the cap, with the reason.
    const third = await sendNow(marketer, await mailing(marketer, { campaignId: campaign.id, subscriptionTypeId: events, audience: { campaignMemberStatuses: ['invited'] } }));
    expect(third).toMatchObject({ progress: { sent: 0, skipped: 1 }, skipped: [{ reason: 'FREQUENCY_CAP', count: 1 }] });
    expect((await inbox(capped)).map((m) => m.subject).sort()).toEqual(['Spring news for capped', 'Summer news']);

    // Without a cap, the same content still goes once; a mailing that allows resending sends it again.
    await api.ctx.ds.query(`UPDATE contact_policy SET cap_max_messages = NULL, cap_window_days = NULL`);
    try {
      const again = await sendNow(marketer, await mailing(marketer, { campaignId: campaign.id, audience: { campaignMemberStatuses: ['invited'] } }));
      expect(again.skipped).toEqual([{ reason: 'SAME_CONTENT', count: 1 }]);
      const resend = await sendNow(marketer, await mailing(marketer, { campaignId: campaign.id, resendAllowed: true, audience: { campaignMemberStatuses: ['invited'] } }));
      expect(resend.progress.sent).toBe(1);
      expect(await inbox(capped)).toHaveLength(3);
    } finally {
      await api.ctx.ds.query(`UPDATE contact_policy SET cap_max_messages = 2, cap_window_days = 7`);
    }
  });

  it('holds marketing back from people with an overdue commitment, theirs or their account’s, when the rule is on', async () => {
    const campaign = await api.ctx.newCampaign();
    const account = await api.ctx.newAccount();
    const own = await person('promised', [campaign.id]);
    const colleague = await api.ctx.newContact({ firstName: 'colleague', accountId: account.id, emails: [addr('colleague')] });
    await api.ctx.ds.query(`INSERT INTO campaign_member (campaign_id, contact_id, status) VALUES ($1, $2, 'invited')`, [campaign.id, colleague.id]);
    await person('kept', [campaign.id]);
    await api.ctx.newCommitment({ contactId: own.id, description: 'Call back about the repair', dueAt: new Date(Date.now() - 86_400_000), status: 'open' });
    await api.ctx.newCommitment({ accountId: account.id, description: 'Deliver the spare parts', dueAt: new Date(Date.now() - 3_600_000), status: 'open' });
    // Not overdue yet, or already kept: no hold.
    const kept = (await api.ctx.ds.query(`SELECT id FROM contact WHERE emails[1] = $1`, [addr('kept')]))[0].id;
    await api.ctx.newCommitment({ contactId: kept, description: 'Later', dueAt: new Date(Date.now() + 86_400_000), status: 'open' });
    await api.ctx.ds.query(`UPDATE contact_policy SET rules = '{overdue_commitment}', cap_max_messages = NULL, cap_window_days = NULL`);
    try {
      const done = await sendNow(marketer, await mailing(marketer, { campaignId: campaign.id, templateId: otherTemplate, subscriptionTypeId: events, resendAllowed: true, audience: { campaignMemberStatuses: ['invited'] } }));
      expect(done).toMatchObject({ progress: { sent: 1, skipped: 2 }, skipped: [{ reason: 'OVERDUE_COMMITMENT', count: 2 }] });
      expect(await inbox(addr('promised'))).toEqual([]);
    } finally {
      await api.ctx.ds.query(`UPDATE contact_policy SET rules = '{}', cap_max_messages = 2, cap_window_days = 7`);
    }
  });

  it('holds marketing back from people with an open high-priority case, theirs or their account’s, when the rule is on', async () => {
    const campaign = await api.ctx.newCampaign();
    const account = await api.ctx.newAccount();
    const waiting = await person('waiting', [campaign.id]);
    const colleague = await api.ctx.newContact({ firstName: 'colleague', accountId: account.id, emails: [addr('outage')] });
    await api.ctx.ds.query(`INSERT INTO campaign_member (campaign_id, contact_id, status) VALUES ($1, $2, 'invited')`, [campaign.id, colleague.id]);
    const normal = await person('normal', [campaign.id]);
    const solved = await person('solved', [campaign.id]);
    const newCase = (n: string, p: { contactId?: string; accountId?: string; priority: string; resolvedAt?: Date }) =>
      api.ctx.ds.query(`INSERT INTO service_case (number, subject, contact_id, account_id, priority, status, channel, resolved_at) VALUES ($1, 'Broken', $2, $3, $4, 'open', 'email', $5)`, [
        `T-${n}-${Date.now()}`,
        p.contactId ?? null,
        p.accountId ?? null,
        p.priority,
        p.resolvedAt ?? null,
      ]);
    await newCase('own', { contactId: waiting.id, priority: 'high' });
    await newCase('acct', { accountId: account.id, priority: 'urgent' });
    // A normal-priority case, or a resolved urgent one, holds nothing back.
    await newCase('norm', { contactId: normal.id, priority: 'normal' });
    await newCase('done', { contactId: solved.id, priority: 'urgent', resolvedAt: new Date() });
    await api.ctx.ds.query(`UPDATE contact_policy SET rules = '{open_high_priority_case}', cap_max_messages = NULL, cap_window_days = NULL`);
    try {
      const done = await sendNow(marketer, await mailing(marketer, { campaignId: campaign.id, templateId: otherTemplate, subscriptionTypeId: events, resendAllowed: true, audience: { campaignMemberStatuses: ['invited'] } }));
      expect(done).toMatchObject({ progress: { sent: 2, skipped: 2 }, skipped: [{ reason: 'OPEN_HIGH_PRIORITY_CASE', count: 2 }] });
      expect(await inbox(addr('waiting'))).toEqual([]);
      expect(await inbox(addr('outage'))).toEqual([]);
    } finally {
      await api.ctx.ds.query(`UPDATE contact_policy SET rules = '{}', cap_max_messages = 2, cap_window_days = 7`);
    }
  });

  it('is read by managers and changed by admins only, with clear refusals', async () => {
    const admin = await api.signedIn((await api.ctx.newUser({ role: Role.Admin })).email);
    const UPDATE = 'mutation($i: UpdateContactPolicyInput!) { updateContactPolicy(input: $i) { frequencyCap { maxMessages windowDays } quietHours { startHour endHour } timeZone availableRules { key available } } }';
    const policy = { frequencyCap: { maxMessages: 2, windowDays: 7 }, sameContentOnce: true, quietHours: { startHour: 22, endHour: 7 }, timeZone: 'Asia/Taipei', rules: [] };
    expect((await marketer.gql(UPDATE, { i: policy })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await rep.gql('{ contactPolicy { timeZone } }')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await admin.gql(UPDATE, { i: { ...policy, timeZone: 'Mars/Olympus', quietHours: { startHour: 5, endHour: 5 } } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [
        { path: 'input.quietHours.endHour', message: 'Quiet hours must end at another hour than they start.', messageKey: 'marketing.policyQuietSame' },
        { path: 'input.timeZone', message: 'Choose a time zone such as Asia/Shanghai.', messageKey: 'marketing.policyTimeZone' },
      ],
    });
    const saved = await admin.gqlOk<{ updateContactPolicy: Record<string, unknown> }>(UPDATE, { i: policy });
    expect(saved.updateContactPolicy).toMatchObject({ quietHours: { startHour: 22, endHour: 7 }, timeZone: 'Asia/Taipei', availableRules: [{ key: 'OPEN_HIGH_PRIORITY_CASE', available: true }, { key: 'OVERDUE_COMMITMENT', available: true }] });
    expect((await marketer.gqlOk<{ contactPolicy: { timeZone: string } }>('{ contactPolicy { timeZone } }')).contactPolicy.timeZone).toBe('Asia/Taipei');
    await admin.gqlOk(UPDATE, { i: { ...policy, quietHours: null, timeZone: 'Asia/Shanghai' } });
  });
});

describe('mailing life cycle', () => {
  it('refuses bad drafts clearly, keeps reps out and a manager to their own, and pauses, resumes and cancels', async () => {
    const campaign = await api.ctx.newCampaign();
    for (const n of ['a', 'b', 'c']) await person(`cycle${n}`, [campaign.id]);
    const noAudience = await marketer.gql(CREATE, { i: { name: ' ', campaignId: campaign.id, templateId: template, subscriptionTypeId: newsletter, audience: {} } });
    expect(noAudience.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect((noAudience.errors?.[0]?.extensions?.['fields'] as { path: string }[]).map((f) => f.path).sort()).toEqual(['input.audience', 'input.name']);
    expect((await rep.gql(CREATE, { i: { name: 'x', campaignId: campaign.id, templateId: template, subscriptionTypeId: newsletter, audience: { campaignMemberStatuses: ['invited'] } } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const id = await mailing(marketer, { campaignId: campaign.id, audience: { campaignMemberStatuses: ['invited'] } });
    const CAN = 'query($id: ID!) { mailing(id: $id) { viewerCan { update send pause resume cancel } } }';
    expect((await marketer.gqlOk<{ mailing: { viewerCan: unknown } }>(CAN, { id })).mailing.viewerCan).toEqual({ update: true, send: true, pause: false, resume: false, cancel: true });
    expect((await salesManager.gqlOk<{ mailing: { viewerCan: unknown } }>(CAN, { id })).mailing.viewerCan).toEqual({ update: false, send: false, pause: false, resume: false, cancel: false });
    // Another manager may read it but not change it (own scope for writing).
    expect((await salesManager.gql('mutation($i: MailingIdInput!) { pauseMailing(input: $i) { id } }', { i: { id } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await marketer.gqlOk(SEND, { i: { id } });
    await marketer.gqlOk('mutation($i: MailingIdInput!) { pauseMailing(input: $i) { status } }', { i: { id } });
    // A paused mailing sends nothing: the pump stops before its first batch.
    expect((await api.app.get(MailingPumpService).run(id)).outcome).toBe('not-due');
    const resumed = await marketer.gqlOk<{ resumeMailing: { status: string } }>('mutation($i: MailingIdInput!) { resumeMailing(input: $i) { status } }', { i: { id } });
    expect(resumed.resumeMailing.status).toBe('SCHEDULED');
    const cancelled = await marketer.gqlOk<{ cancelMailing: { status: string } }>('mutation($i: MailingIdInput!) { cancelMailing(input: $i) { status } }', { i: { id } });
    expect(cancelled.cancelMailing.status).toBe('CANCELLED');
    const state = (await marketer.gqlOk<State>(STATE, { id })).mailing;
    // Cancelled before it was prepared: nobody was queued, so nobody was sent to.
    expect(state.progress.sent).toBe(0);
    expect(await inbox(addr('cyclea'))).toEqual([]);
    const again = await marketer.gql('mutation($i: MailingIdInput!) { cancelMailing(input: $i) { status } }', { i: { id } });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ path: 'input.id', message: 'This mailing has already ended.' }] });
  });
});
