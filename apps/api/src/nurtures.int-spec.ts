import fs from 'node:fs';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { simpleParser } from 'mailparser';
import { Role } from '@rapport/shared-domain';
import { withSystemScope } from '@rapport/shared-database';
import { InboundSmtpReceiver } from '@rapport/shared-mail';
import type { ApiClient } from '@rapport/shared-testing';
import { InboundMailService, MailingPumpService, NurtureEngineService } from '@rapport/marketing-api';
import { sendAddress } from '@rapport/marketing-domain';
import { useTestApi } from './testing/test-api';

/**
 * Nurture sequences (issue 15 item 10, docs/adr/0017) over real PostgreSQL and a real SMTP
 * conversation with the test sink: send A, wait 2 days, branch on an open within 48 hours → send
 * B, else send C, then a member status and a notice to the owner. People join once from a
 * campaign status; the opted-out person is skipped with a reason at each send; an opener gets B
 * and a non-opener C; a reply and a won deal stop a person; the frequency cap holds across a
 * nurture's send and a one-off mailing; a repeated engine run changes nothing. The engine and the
 * pump run in-process; time moves by moving the nurture's timestamps back, not by sleeping.
 */
const INBOX_URL = process.env['RAPPORT_TEST_INBOX_URL'] ?? '';
const ORIGIN = 'https://crm.rapport.test';
const DOMAIN = 'mail.rapport.test';
const SECRET = 'nurture-test-secret-0123456789abcdef0123';
const api = useTestApi({ SMTP_URL: process.env['RAPPORT_TEST_SMTP_URL'] ?? '', PUBLIC_ORIGIN: ORIGIN, MAILING_DOMAIN: DOMAIN, INBOUND_SMTP_PORT: '0', SESSION_SECRET: SECRET });
const FIXTURES = path.resolve(__dirname, '../../../libs/marketing/domain/src/inbound/fixtures');
const BROWSER = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15';
const tag = `n${Date.now().toString(36)}`;
const addr = (name: string) => `${name}.${tag}@example.com`;

const body = (text: string) => `<mjml><mj-body><mj-section><mj-column><mj-text>${text} <a href="https://shop.example.com/{{ contact.first_name }}">Shop</a></mj-text>
  <mj-text><a href="{{ unsubscribe_url }}">Unsubscribe</a> · {{ company.postal_address }}</mj-text></mj-column></mj-section></mj-body></mjml>`;

let marketer: ApiClient;
let owner: { id: string; teamId: string | null };
let typeId = '';
const templates: Record<'A' | 'B' | 'C' | 'D', string> = { A: '', B: '', C: '', D: '' };
let source = { id: '' };
let nurtureId = '';
const mailingOf: Record<number, string> = {};

interface InboxMail {
  id: string;
  subject: string;
  to: { address: string }[];
}
const inbox = async (to: string): Promise<InboxMail[]> => ((await (await fetch(`${INBOX_URL}/api/email`)).json()) as InboxMail[]).filter((m) => m.to.some((t) => t.address === to));
const subjects = async (name: string) => (await inbox(addr(name))).map((m) => m.subject).sort();

const engine = () => withSystemScope('test: the nurture engine', () => api.app.get(NurtureEngineService).advance());
const pump = async (mailingId: string) => expect((await api.app.get(MailingPumpService).run(mailingId)).outcome).toBe('done');
const enrolments = async () =>
  Object.fromEntries(
    ((await api.ctx.ds.query(`SELECT address, position, status, stop_reason, due_at FROM nurture_enrolment WHERE nurture_id = $1 ORDER BY id`, [nurtureId])) as { address: string; position: number; status: string; stop_reason: string | null; due_at: Date | null }[]).map(
      (e) => [e.address.split('.')[0]!, { position: e.position, status: e.status, stopReason: e.stop_reason, due: e.due_at ? 'due' : null }],
    ),
  );
/** Everything a run could change: enrolments, sends, memberships and notices. */
const snapshot = async () => ({
  enrolments: await api.ctx.ds.query(`SELECT * FROM nurture_enrolment WHERE nurture_id = $1 ORDER BY id`, [nurtureId]),
  sends: await api.ctx.ds.query(`SELECT s.id, s.status, s.skip_reason FROM mailing_send s JOIN nurture_step st ON st.mailing_id = s.mailing_id WHERE st.nurture_id = $1 ORDER BY s.id`, [nurtureId]),
  members: await api.ctx.ds.query(`SELECT id, status, responded_at FROM campaign_member WHERE campaign_id = $1 ORDER BY id`, [source.id]),
  notices: await api.ctx.ds.query(`SELECT id FROM notification WHERE user_id = $1 ORDER BY id`, [owner.id]),
});

const STEPS = [
  { kind: 'SEND', templateId: '' },
  { kind: 'WAIT', days: 2 },
  { kind: 'BRANCH', branchOn: 'OPENED', sendStep: 0, withinHours: 48, thenStep: 3, elseStep: 4 },
  { kind: 'SEND', templateId: '', next: 5 },
  { kind: 'SEND', templateId: '' },
  { kind: 'SET_MEMBER_STATUS', campaignId: '', memberStatus: 'follow_up' },
  { kind: 'NOTIFY_OWNER', message: 'Call them while it is warm.' },
];
const CREATE = 'mutation($i: CreateNurtureInput!) { createNurture(input: $i) { id status steps { position kind mailingId } } }';

beforeAll(async () => {
  marketer = await api.signedIn((await api.ctx.newUser({ role: Role.Marketer })).email);
  owner = await api.ctx.newUser({ role: Role.SalesRep });
  typeId = (await marketer.gqlOk<{ saveSubscriptionType: { subscriptionType: { id: string } } }>('mutation($i: SaveSubscriptionTypeInput!) { saveSubscriptionType(input: $i) { subscriptionType { id } } }', { i: { key: `nu-${tag}`, name: 'Product news', requiresOptIn: false } })).saveSubscriptionType.subscriptionType.id;
  for (const k of ['A', 'B', 'C', 'D'] as const) {
    templates[k] = (await marketer.gqlOk<{ createEmailTemplate: { template: { id: string } } }>('mutation($i: CreateEmailTemplateInput!) { createEmailTemplate(input: $i) { template { id } } }', { i: { name: `Drip ${k}`, variants: [{ locale: 'en', subject: `Drip ${k}`, mjml: body(`Message ${k}`) }] } })).createEmailTemplate.template.id;
  }
  // The cap the test reaches: 2 marketing messages per address in 7 days, across every mailing.
  await api.ctx.ds.query(`UPDATE contact_policy SET cap_max_messages = 2, cap_window_days = 7, same_content_once = true, quiet_start_hour = NULL, quiet_end_hour = NULL`);
});

it('refuses a sequence that jumps back or branches on nothing, with every problem at once', async () => {
  const campaign = await api.ctx.newCampaign();
  const bad = await marketer.gql(CREATE, {
    i: {
      name: ' ',
      campaignId: campaign.id,
      subscriptionTypeId: typeId,
      source: { campaignId: campaign.id, memberStatuses: ['visited'] },
      steps: [
        { kind: 'WAIT', days: 2, next: 0 },
        { kind: 'BRANCH', branchOn: 'OPENED', sendStep: 0, withinHours: 48, thenStep: 2, elseStep: 2 },
        { kind: 'SEND', templateId: templates.A },
        { kind: 'SET_MEMBER_STATUS', campaignId: campaign.id, memberStatus: 'opened' },
      ],
    },
  });
  expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED' });
  expect(bad.errors?.[0]?.extensions?.['fields']).toEqual([
    { path: 'input.name', message: 'Give the nurture a name.', messageKey: 'marketing.nurtureName' },
    { path: 'input.steps.0.next', message: 'Go on to a later step, or to 4 to finish.', messageKey: 'marketing.nurtureJump', params: { max: 4 } },
    { path: 'input.steps.1.sendStep', message: 'Branch on an earlier step that sends a message.', messageKey: 'marketing.nurtureBranchSend' },
    { path: 'input.steps.3.memberStatus', message: 'This campaign’s type has no member status “opened”.', messageKey: 'marketing.memberStatusUnknown', params: { memberStatus: 'opened' } },
  ]);
});

describe('a four-step drip with a branch', () => {
  beforeAll(async () => {
    source = await api.ctx.newCampaign({ name: `Expo ${tag}` });
    const account = await api.ctx.newAccount({ owner });
    const join = async (name: string, status = 'visited', extra: Record<string, unknown> = {}) => {
      const contact = await api.ctx.newContact({ owner, firstName: name, emails: [addr(name)], ...extra });
      await api.ctx.ds.query(`INSERT INTO campaign_member (campaign_id, contact_id, status) VALUES ($1, $2, $3)`, [source.id, contact.id, status]);
      return contact;
    };
    for (const name of ['opener', 'closed', 'optout', 'replier', 'busy']) await join(name);
    await join('buyer', 'visited', { accountId: account.id });
    // A second record of the opener, its address written otherwise: still one enrolment, one message per step.
    await join('opener-twin', 'visited', { emails: [` ${addr('opener').toUpperCase()} `] });
    await join('outsider', 'invited');
    await marketer.gqlOk('mutation($i: SetConsentInput!) { setConsent(input: $i) { consent { status } } }', { i: { address: addr('optout'), subscriptionTypeId: typeId, answer: 'OPT_OUT' } });

    const steps = STEPS.map((s, i) => ({ ...s, ...('templateId' in s ? { templateId: templates[(['A', '', '', 'B', 'C'] as const)[i] as 'A' | 'B' | 'C'] } : {}), ...('campaignId' in s ? { campaignId: source.id } : {}) }));
    const created = await marketer.gqlOk<{ createNurture: { id: string; status: string; steps: { position: number; kind: string; mailingId: string | null }[] } }>(CREATE, {
      i: { name: `Expo follow-up ${tag}`, campaignId: source.id, subscriptionTypeId: typeId, source: { campaignId: source.id, memberStatuses: ['visited'] }, steps },
    });
    nurtureId = created.createNurture.id;
    expect(created.createNurture.status).toBe('DRAFT');
    for (const s of created.createNurture.steps) if (s.mailingId) mailingOf[s.position] = s.mailingId;
    expect(Object.keys(mailingOf)).toEqual(['0', '3', '4']);
    const active = await marketer.gqlOk<{ activateNurture: { status: string } }>('mutation($i: NurtureIdInput!) { activateNurture(input: $i) { status } }', { i: { id: nurtureId } });
    expect(active.activateNurture.status).toBe('ACTIVE');
  });

  it('enrols each person of the source status once and sends A, skipping the opted-out with the reason', async () => {
    const first = await engine();
    expect(first).toMatchObject({ enrolled: 6, stopped: 0, sent: 6, waited: 6, completed: 0, woken: [mailingOf[0]] });
    expect(await enrolments()).toEqual(
      Object.fromEntries(['opener', 'closed', 'optout', 'replier', 'busy', 'buyer'].map((n) => [n, { position: 2, status: 'active', stopReason: null, due: 'due' }])),
    );
    // The wait put everyone's next step two days out.
    const [{ days }] = await api.ctx.ds.query(`SELECT round(extract(epoch FROM min(due_at) - now()) / 86400) AS days FROM nurture_enrolment WHERE nurture_id = $1`, [nurtureId]);
    expect(Number(days)).toBe(2);

    await pump(mailingOf[0]!);
    const a = (await marketer.gqlOk<{ mailing: { status: string; progress: Record<string, number>; skipped: { reason: string; count: number }[] } }>(
      'query($id: ID!) { mailing(id: $id) { status progress { total sent skipped } skipped { reason count } } }', { id: mailingOf[0] })).mailing;
    // A nurture's mailing is never "completed" while its nurture runs.
    expect(a).toEqual({ status: 'SENDING', progress: { total: 6, sent: 5, skipped: 1 }, skipped: [{ reason: 'OPTED_OUT', count: 1 }] });
    expect(await subjects('opener')).toEqual(['Drip A']);
    expect(await subjects('optout')).toEqual([]);
    expect(await subjects('outsider')).toEqual([]);
    // Nothing left to send: the watchdog gives the nurture's mailing no pump.
    expect(await withSystemScope('test', () => api.app.get(MailingPumpService).wakeDue())).not.toContain(mailingOf[0]);
  });

  it('changes nothing when the engine runs again before anything is due', async () => {
    const before = await snapshot();
    expect(await engine()).toMatchObject({ enrolled: 0, stopped: 0, waited: 0, branched: 0, sent: 0, memberStatus: 0, notified: 0, completed: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it('stops a person who replied and one who became a customer', async () => {
    // The replier answers A through the reply address it carries.
    const [{ id: replySend }] = await api.ctx.ds.query(`SELECT id FROM mailing_send WHERE mailing_id = $1 AND address = $2`, [mailingOf[0], addr('replier')]);
    const inbound = api.app.get(InboundMailService);
    const receiver = new InboundSmtpReceiver({ host: '127.0.0.1', port: 0, maxBytes: 5_000_000, acceptDomains: [DOMAIN], onMessage: async (m) => void (await withSystemScope('test: inbound mail', () => inbound.receive(m))) });
    const { port } = await receiver.start();
    const relay = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
    try {
      await relay.sendMail({ envelope: { from: '', to: [sendAddress('reply', replySend, DOMAIN, SECRET)] }, raw: fs.readFileSync(path.join(FIXTURES, 'human-reply-zh.eml'), 'utf8') });
    } finally {
      relay.close();
      await receiver.stop();
    }
    // The buyer's account wins a deal.
    const [won] = await api.ctx.ds.query(`SELECT s.id FROM stage s JOIN pipeline p ON p.id = s.pipeline_id AND p.is_default WHERE s.is_won LIMIT 1`);
    const [{ account_id }] = await api.ctx.ds.query(`SELECT account_id FROM contact WHERE emails[1] = $1`, [addr('buyer')]);
    await api.ctx.newOpportunity({ owner, accountId: account_id, stageId: won.id });

    expect(await engine()).toMatchObject({ stopped: 2, sent: 0 });
    expect(await enrolments()).toMatchObject({ replier: { status: 'stopped', stopReason: 'replied', due: null }, buyer: { status: 'stopped', stopReason: 'customer', due: null }, opener: { status: 'active', position: 2 } });
  });

  it('after two days, sends B to the opener and C to the others; the cap holds across the nurture and a one-off mailing', async () => {
    // The opener opens A, a minute after delivery (sooner would look like a machine's prefetch).
    await api.ctx.ds.query(`UPDATE mailing_send SET sent_at = now() - interval '1 minute' WHERE mailing_id = $1 AND address = $2`, [mailingOf[0], addr('opener')]);
    const [mailA] = await inbox(addr('opener'));
    const html = String((await simpleParser(await (await fetch(`${INBOX_URL}/api/email/${mailA!.id}/source`)).text())).html);
    const pixel = html.match(new RegExp(`${ORIGIN}/api/public/t/o/([A-Za-z0-9_.-]+)`))![1];
    expect((await api.anon().get(`/api/public/t/o/${pixel}`).set('User-Agent', BROWSER)).status).toBe(200);

    // A one-off mailing from another department reaches "busy": A and this make the cap's two.
    const other = await api.ctx.newCampaign();
    await api.ctx.ds.query(`INSERT INTO campaign_member (campaign_id, contact_id, status) SELECT $1, id, 'invited' FROM contact WHERE emails[1] = $2`, [other.id, addr('busy')]);
    const oneOff = (await marketer.gqlOk<{ createMailing: { id: string } }>('mutation($i: CreateMailingInput!) { createMailing(input: $i) { id } }', { i: { name: 'Winter sale', campaignId: other.id, templateId: templates.D, subscriptionTypeId: typeId, audience: { campaignMemberStatuses: ['invited'] } } })).createMailing.id;
    await marketer.gqlOk('mutation($i: SendMailingInput!) { sendMailing(input: $i) { id } }', { i: { id: oneOff } });
    await pump(oneOff);
    expect(await subjects('busy')).toEqual(['Drip A', 'Drip D']);

    // Three days pass: the wait is over, and so are the 48 hours of the branch.
    await api.ctx.ds.query(`UPDATE nurture_enrolment SET due_at = due_at - interval '3 days' WHERE nurture_id = $1 AND status = 'active'`, [nurtureId]);
    await api.ctx.ds.query(`UPDATE mailing_send SET sent_at = sent_at - interval '3 days', claimed_at = claimed_at - interval '3 days' WHERE mailing_id = $1`, [mailingOf[0]]);
    await api.ctx.ds.query(`UPDATE mailing_event SET occurred_at = occurred_at - interval '3 days' WHERE mailing_id = $1`, [mailingOf[0]]);

    const run = await engine();
    expect(run).toMatchObject({ branched: 4, sent: 4, memberStatus: 4, notified: 4, completed: 4 });
    expect(run!.woken.sort()).toEqual([mailingOf[3], mailingOf[4]].sort());
    await pump(mailingOf[3]!);
    await pump(mailingOf[4]!);
    expect(await subjects('opener')).toEqual(['Drip A', 'Drip B']);
    expect(await subjects('closed')).toEqual(['Drip A', 'Drip C']);
    expect(await subjects('busy')).toEqual(['Drip A', 'Drip D']);
    expect(await subjects('optout')).toEqual([]);
    const skips = await api.ctx.ds.query(`SELECT split_part(address, '.', 1) AS who, skip_reason FROM mailing_send WHERE mailing_id = ANY($1::uuid[]) AND status = 'skipped' ORDER BY 1`, [[mailingOf[3], mailingOf[4]]]);
    expect(skips).toEqual([{ who: 'busy', skip_reason: 'frequency_cap' }, { who: 'optout', skip_reason: 'opted_out' }]);

    // Everyone who went on got the member status and their owner a notice; then they were done.
    const done = { position: 7, status: 'completed', stopReason: null, due: null };
    expect(await enrolments()).toEqual({ opener: done, closed: done, optout: done, busy: done, replier: { position: 2, status: 'stopped', stopReason: 'replied', due: null }, buyer: { position: 2, status: 'stopped', stopReason: 'customer', due: null } });
    const members = await api.ctx.ds.query(`SELECT split_part(c.emails[1], '.', 1) AS who, m.status, m.responded_at IS NOT NULL AS responded FROM campaign_member m JOIN contact c ON c.id = m.contact_id WHERE m.campaign_id = $1 AND m.status = 'follow_up' ORDER BY 1`, [source.id]);
    // The opener's step changed the membership of the record they were enrolled as (the older one), not the twin's.
    expect(members).toEqual(['busy', 'closed', 'opener', 'optout'].map((who) => ({ who, status: 'follow_up', responded: true })));
    const notices = await api.ctx.ds.query(`SELECT kind, body FROM notification WHERE user_id = $1 AND kind = 'nurture.step'`, [owner.id]);
    expect(notices).toHaveLength(4);
    expect(notices[0]).toEqual({ kind: 'nurture.step', body: 'Call them while it is warm.' });

    const before = await snapshot();
    await engine();
    expect(await snapshot()).toEqual(before);
  });

  it('shows each person’s position and the counts, and keeps its mailings to itself', async () => {
    const { nurture } = await marketer.gqlOk<{ nurture: { status: string; counts: unknown; enrolments: { nodes: { address: string; position: number; status: string; stopReason: string | null; dueAt: string | null }[] } } }>(
      `query($id: ID!) { nurture(id: $id) { status counts { active completed stopped byPosition { position count } } enrolments(first: 10) { nodes { address position status stopReason dueAt } } } }`,
      { id: nurtureId },
    );
    expect(nurture.counts).toEqual({ active: 0, completed: 4, stopped: 2, byPosition: [] });
    expect((await marketer.gql('{ nurture(id: "not-an-id") { id } }')).errors?.[0]?.extensions?.['code']).toBe('VALIDATION_FAILED');
    // A cursor that is not one starts from the top instead of failing.
    expect((await marketer.gqlOk<{ nurtures: { nodes: { id: string }[] } }>('{ nurtures(after: "junk") { nodes { id } } }')).nurtures.nodes.map((n) => n.id)).toContain(nurtureId);
    expect(nurture.enrolments.nodes.find((e) => e.address === addr('replier'))).toEqual({ address: addr('replier'), position: 2, status: 'STOPPED', stopReason: 'REPLIED', dueAt: null });

    // Its mailings are not one-off mailings: not listed with them, not paused on their own.
    const listed = await marketer.gqlOk<{ mailings: { nodes: { id: string }[] } }>('{ mailings(first: 100) { nodes { id } } }');
    expect(listed.mailings.nodes.map((m) => m.id)).not.toContain(mailingOf[0]);
    const refused = await marketer.gql('mutation($i: MailingIdInput!) { pauseMailing(input: $i) { id } }', { i: { id: mailingOf[0] } });
    expect(refused.errors?.[0]?.extensions?.['fields']).toEqual([{ path: 'input.id', message: 'This mailing is a step of a nurture: change the nurture instead.', messageKey: 'marketing.mailingOfNurture' }]);

    // Pausing the nurture pauses its mailings; a running nurture cannot be edited.
    await marketer.gqlOk('mutation($i: NurtureIdInput!) { pauseNurture(input: $i) { status } }', { i: { id: nurtureId } });
    const statuses = await api.ctx.ds.query(`SELECT DISTINCT status FROM mailing WHERE id = ANY($1::uuid[])`, [Object.values(mailingOf)]);
    expect(statuses).toEqual([{ status: 'paused' }]);
    const edit = await marketer.gql('mutation($i: UpdateNurtureInput!) { updateNurture(input: $i) { id } }', { i: { id: nurtureId, name: 'Renamed' } });
    expect(edit.errors?.[0]?.extensions?.['fields']).toEqual([{ path: 'input.id', message: 'Only a draft nurture can be changed.', messageKey: 'marketing.nurtureDraftOnly' }]);
    // Activated again, it goes on (and its mailings send again).
    await marketer.gqlOk('mutation($i: NurtureIdInput!) { activateNurture(input: $i) { status } }', { i: { id: nurtureId } });
    expect(await api.ctx.ds.query(`SELECT DISTINCT status FROM mailing WHERE id = ANY($1::uuid[])`, [Object.values(mailingOf)])).toEqual([{ status: 'sending' }]);
    // One that paused itself after failed sends is resumed on its own, like any mailing.
    await api.ctx.ds.query(`UPDATE mailing SET status = 'paused', paused_reason = 'mailings.paused.failures' WHERE id = $1`, [mailingOf[3]]);
    const resumed = await marketer.gqlOk<{ resumeMailing: { status: string } }>('mutation($i: MailingIdInput!) { resumeMailing(input: $i) { status } }', { i: { id: mailingOf[3] } });
    expect(resumed.resumeMailing.status).toBe('SENDING');
  });
});

describe('a lead from a web form', () => {
  it('joins from the form’s campaign, gets the member status, its owner a notice, then waits for Monday 9:00 before its message', async () => {
    // A form's submissions join its campaign as responding members: that status is the source.
    const form = await api.ctx.newCampaign({ name: `Form ${tag}` });
    const leadOwner = await api.ctx.newUser({ role: Role.SalesRep });
    const lead = await api.ctx.newLead({ owner: leadOwner, firstName: 'Formy', email: addr('formy') });
    await api.ctx.ds.query(`INSERT INTO campaign_member (campaign_id, lead_id, status) VALUES ($1, $2, 'visited')`, [form.id, lead.id]);
    const { createNurture } = await marketer.gqlOk<{ createNurture: { id: string; steps: { mailingId: string | null }[] } }>(CREATE, {
      i: {
        name: `Form welcome ${tag}`,
        campaignId: form.id,
        subscriptionTypeId: typeId,
        source: { campaignId: form.id, memberStatuses: ['visited'] },
        steps: [
          { kind: 'NOTIFY_OWNER' },
          { kind: 'SET_MEMBER_STATUS', campaignId: form.id, memberStatus: 'follow_up' },
          { kind: 'WAIT', weekday: 1, hour: 9 },
          { kind: 'SEND', templateId: templates.A },
        ],
      },
    });
    await marketer.gqlOk('mutation($i: NurtureIdInput!) { activateNurture(input: $i) { status } }', { i: { id: createNurture.id } });

    expect(await engine()).toMatchObject({ enrolled: 1, notified: 1, memberStatus: 1, waited: 1, sent: 0 });
    const [member] = await api.ctx.ds.query(`SELECT status, responded_at IS NOT NULL AS responded FROM campaign_member WHERE campaign_id = $1 AND lead_id = $2`, [form.id, lead.id]);
    expect(member).toEqual({ status: 'follow_up', responded: true });
    expect(await api.ctx.ds.query(`SELECT kind, payload->>'leadId' AS lead FROM notification WHERE user_id = $1`, [leadOwner.id])).toEqual([{ kind: 'nurture.step', lead: lead.id }]);
    // The wait ends at the next Monday 09:00 in the contact policy's time zone (Asia/Shanghai).
    const [wait] = await api.ctx.ds.query(
      `SELECT position, extract(isodow FROM due_at AT TIME ZONE 'Asia/Shanghai') AS dow, to_char(due_at AT TIME ZONE 'Asia/Shanghai', 'HH24:MI:SS') AS at,
              due_at > now() AND due_at <= now() + interval '7 days' AS within_a_week
         FROM nurture_enrolment WHERE nurture_id = $1`,
      [createNurture.id],
    );
    expect({ ...wait, dow: Number(wait.dow) }).toEqual({ position: 3, dow: 1, at: '09:00:00', within_a_week: true });

    await api.ctx.ds.query(`UPDATE nurture_enrolment SET due_at = now() WHERE nurture_id = $1`, [createNurture.id]);
    expect(await engine()).toMatchObject({ sent: 1, completed: 1 });
    await pump(createNurture.steps[3]!.mailingId!);
    expect(await subjects('formy')).toEqual(['Drip A']);
  });
});
