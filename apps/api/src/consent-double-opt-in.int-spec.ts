import { simpleParser } from 'mailparser';
import { Role } from '@rapport/shared-domain';
import { APP_CONFIG, type AppConfig } from '@rapport/shared-config';
import type { ApiClient } from '@rapport/shared-testing';
import { marketingDecision, signUnsubscribeToken } from '@rapport/marketing-domain';
import { ConsentConfirmationMailer } from '@rapport/marketing-api';
import { useTestApi } from './testing/test-api';

/**
 * Double opt-in (issue 15 item 1) over real PostgreSQL and a real SMTP conversation with the test
 * sink: an opt-in to a type that wants it is pending and writes its confirmation job with the
 * answer; the job mails the person once, in their language, however often it runs; the link's GET
 * changes nothing, its POST confirms with the browser's evidence, and only a pending answer (an old
 * link cannot undo a later opt-out). The confirmation is transactional: only a hard bounce stops it.
 * The job's handler runs in-process here (the worker calls the same service).
 */
const INBOX_URL = process.env['RAPPORT_TEST_INBOX_URL'] ?? '';
const api = useTestApi({ SMTP_URL: process.env['RAPPORT_TEST_SMTP_URL'] ?? '', MAILING_DOMAIN: 'mail.rapport.test', INBOUND_SMTP_PORT: '0' });
const tag = `d${Date.now().toString(36)}`;
const addr = (name: string) => `${name}.${tag}@example.com`;
let marketer: ApiClient;
let newsletter = '';
let events = '';

const SET = 'mutation($i: SetConsentInput!) { setConsent(input: $i) { consent { status } event { id } } }';
const HISTORY = 'query($id: ID!) { contact(id: $id) { consentHistory { status source ip userAgent subscriptionType { key } } } }';

interface InboxMail {
  id: string;
  subject: string;
  text: string;
  html: string;
  to: { address: string }[];
}
const inbox = async (to: string): Promise<InboxMail[]> => ((await (await fetch(`${INBOX_URL}/api/email`)).json()) as InboxMail[]).filter((m) => m.to.some((t) => t.address === to));
const mailer = () => api.app.get(ConsentConfirmationMailer);
const state = async (address: string, typeId: string): Promise<string | undefined> =>
  (await api.ctx.ds.query(`SELECT status FROM consent WHERE address = $1 AND subscription_type_id = $2`, [address, typeId]))[0]?.status;
const eventCount = async (address: string): Promise<number> => (await api.ctx.ds.query(`SELECT count(*)::int AS n FROM consent_event WHERE address = $1`, [address]))[0].n;
/** The confirm link in a mail's text part, as a path the test client can call. */
const linkIn = (mail: InboxMail): string => {
  const url = /https?:\/\/\S+\/api\/public\/confirm\/\S+/.exec(mail.text)?.[0];
  if (!url) throw new Error(`no confirm link in: ${mail.text}`);
  return new URL(url).pathname;
};

async function optIn(i: Record<string, unknown>): Promise<{ status: string; eventId: string }> {
  const r = await marketer.gqlOk<{ setConsent: { consent: { status: string }; event: { id: string } } }>(SET, { i: { subscriptionTypeId: newsletter, answer: 'OPT_IN', ...i } });
  return { status: r.setConsent.consent.status, eventId: r.setConsent.event.id };
}

beforeAll(async () => {
  marketer = await api.signedIn((await api.ctx.newUser({ role: Role.Marketer })).email);
  const save = async (i: Record<string, unknown>) =>
    (await marketer.gqlOk<{ saveSubscriptionType: { subscriptionType: { id: string } } }>('mutation($i: SaveSubscriptionTypeInput!) { saveSubscriptionType(input: $i) { subscriptionType { id } } }', { i })).saveSubscriptionType.subscriptionType.id;
  newsletter = await save({ key: `news-${tag}`, name: 'Newsletter', names: { 'zh-CN': '新闻简报', 'zh-TW': '電子報' }, doubleOptIn: true });
  events = await save({ key: `events-${tag}`, name: 'Events' });
});

describe('asking for the confirmation', () => {
  it('keeps a staff opt-in pending and mails the person once, in their language, with the confirm link', async () => {
    const address = addr('wang');
    const contact = await api.ctx.newContact({ firstName: '敏', lastName: '王', emails: [address], locale: 'zh-CN' });
    const { status, eventId } = await optIn({ contactId: contact.id });
    expect(status).toBe('PENDING');
    // The job was written with the answer, in its transaction.
    const jobs = await api.ctx.ds.query(`SELECT queue, job_name AS "jobName", payload FROM outbox WHERE dedup_key = $1`, [`consent-confirmation:${eventId}`]);
    expect(jobs).toEqual([{ queue: 'marketing-mail', jobName: 'send-consent-confirmation', payload: { eventId } }]);

    // Two deliveries of the job at once, then a third: one mail.
    expect((await Promise.all([mailer().send(eventId), mailer().send(eventId)])).sort()).toEqual(['already-sent', 'sent']);
    expect(await mailer().send(eventId)).toBe('already-sent');
    const mails = await inbox(address);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail!.subject).toBe('请确认订阅“新闻简报”');
    const raw = await simpleParser(await (await fetch(`${INBOX_URL}/api/email/${mail!.id}/source`)).text());
    expect(raw.messageId).toBe(`<confirm-${eventId}@mail.rapport.test>`);
    expect(mail!.text).toContain(`您申请在 ${address} 接收“新闻简报”。`);
    expect(mail!.text).toMatch(new RegExp(`确认我的订阅: ${api.app.get<AppConfig>(APP_CONFIG).publicOrigin}/api/public/confirm/[\\w-]+\\.[\\w-]+\\n`));
    expect(mail!.html).toContain(`href="${api.app.get<AppConfig>(APP_CONFIG).publicOrigin}${linkIn(mail!)}"`);
    expect(await state(address, newsletter)).toBe('pending');
  });

  it('asks in the language of a contact with the address when the answer names no record, else in English', async () => {
    const taiwan = addr('chen');
    await api.ctx.newContact({ lastName: '陳', emails: [taiwan], locale: 'zh-TW' });
    const nobody = addr('nobody');
    for (const address of [taiwan, nobody]) expect(await mailer().send((await optIn({ address })).eventId)).toBe('sent');
    expect((await inbox(taiwan)).map((m) => m.subject)).toEqual(['請確認訂閱「電子報」']);
    expect((await inbox(nobody)).map((m) => m.subject)).toEqual(['Please confirm: “Newsletter”']);
  });

  it('asks nothing for an answer that needs no confirmation', async () => {
    const address = addr('plain');
    const r = await marketer.gqlOk<{ setConsent: { consent: { status: string }; event: { id: string } } }>(SET, { i: { address, subscriptionTypeId: events, answer: 'OPT_IN' } });
    expect(r.setConsent.consent.status).toBe('OPTED_IN');
    const confirmed = await optIn({ address, confirmed: true });
    expect(confirmed.status).toBe('OPTED_IN');
    expect(await api.ctx.ds.query(`SELECT event_id FROM consent_confirmation WHERE event_id = ANY($1::uuid[])`, [[r.setConsent.event.id, confirmed.eventId]])).toEqual([]);
    expect(await api.ctx.ds.query(`SELECT id FROM outbox WHERE dedup_key = ANY($1::text[])`, [[r.setConsent.event.id, confirmed.eventId].map((id) => `consent-confirmation:${id}`)])).toEqual([]);
    expect(await mailer().send(r.setConsent.event.id)).toBe('missing');
  });

  it('sends nothing to a hard-bounced address, nor once the answer is no longer the pending one', async () => {
    const bounced = addr('bounced');
    await api.ctx.ds.query(`INSERT INTO suppression (address, reason, detail) VALUES ($1, 'hard_bounce', '5.1.1')`, [bounced]);
    expect(await mailer().send((await optIn({ address: bounced })).eventId)).toBe('undeliverable');

    const changed = addr('changed');
    const first = await optIn({ address: changed });
    await marketer.gqlOk(SET, { i: { address: changed, subscriptionTypeId: newsletter, answer: 'OPT_OUT' } });
    expect(await mailer().send(first.eventId)).toBe('not-pending');
    // Asked twice: the newer answer's mail asks; the older one's stays quiet.
    const again = addr('again');
    const older = await optIn({ address: again });
    const newer = await optIn({ address: again });
    expect([await mailer().send(older.eventId), await mailer().send(newer.eventId)]).toEqual(['not-pending', 'sent']);

    expect(await inbox(bounced)).toEqual([]);
    expect(await inbox(changed)).toEqual([]);
    expect(await inbox(again)).toHaveLength(1);
  });

  it('reaches someone who opted out of all marketing (they asked for it); confirming still sends them no marketing', async () => {
    const address = addr('globalout');
    const contact = await api.ctx.newContact({ emails: [address] });
    await marketer.gqlOk(SET, { i: { contactId: contact.id, answer: 'OPT_OUT' } });
    // A complaint about marketing says nothing against mail the person asked for either.
    await api.ctx.ds.query(`INSERT INTO suppression (address, reason) VALUES ($1, 'complaint')`, [address]);
    const { eventId } = await optIn({ contactId: contact.id });
    expect(await mailer().send(eventId)).toBe('sent');
    const [mail] = await inbox(address);
    expect((await api.anon().post(linkIn(mail!))).status).toBe(200);
    expect(await state(address, newsletter)).toBe('opted_in');
    // The mailing decision still puts the suppression and the global opt-out first.
    const [facts] = await api.ctx.ds.query(
      `SELECT s.reason AS suppression, g.status AS "globalStatus", c.status AS "typeStatus" FROM consent c LEFT JOIN global_consent g ON g.address = c.address LEFT JOIN suppression s ON s.address = c.address WHERE c.address = $1 AND c.subscription_type_id = $2`,
      [address, newsletter],
    );
    expect(marketingDecision({ ...facts, requiresOptIn: true })).toEqual({ send: false, reason: 'suppressed', detail: 'complaint' });
    await api.ctx.ds.query(`DELETE FROM suppression WHERE address = $1`, [address]);
    expect(marketingDecision({ ...facts, suppression: null, requiresOptIn: true })).toEqual({ send: false, reason: 'global_opt_out' });
  });
});

describe('the confirm link', () => {
  let contactId = '';
  let link = '';
  const address = addr('li');

  beforeAll(async () => {
    contactId = (await api.ctx.newContact({ lastName: '李', emails: [address], locale: 'zh-CN' })).id;
    const { eventId } = await optIn({ contactId });
    await mailer().send(eventId);
    link = linkIn((await inbox(address))[0]!);
  });

  it('shows the question and a button on GET, in the reader’s language, and changes nothing', async () => {
    for (const scanner of ['Mozilla/5.0 (compatible; SafeLinks)', 'Barracuda']) {
      const res = await api.anon().get(link).set('User-Agent', scanner).set('Accept-Language', 'zh-CN,zh;q=0.9');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.text).toContain(`请确认您希望在 ${address} 收到“新闻简报”。`);
      expect(res.text).toContain(`<form method="post" action="${link}">`);
    }
    expect(await state(address, newsletter)).toBe('pending');
    expect(await eventCount(address)).toBe(1);
  });

  it('confirms on POST with the browser’s evidence, once', async () => {
    const post = () => api.anon().post(link).set('User-Agent', 'Mozilla/5.0 (Windows NT 10.0) Firefox/133.0');
    const res = await post();
    expect(res.status).toBe(200);
    expect(res.text).toContain(`Confirmed: ${address} will receive “Newsletter”.`);
    expect(res.text).toContain('href="/api/public/preferences/');
    expect(await state(address, newsletter)).toBe('opted_in');
    const { contact } = await marketer.gqlOk<{ contact: { consentHistory: { status: string; source: string; ip: string | null; userAgent: string | null; subscriptionType: { key: string } }[] } }>(HISTORY, { id: contactId });
    expect(contact.consentHistory).toEqual([
      { status: 'OPTED_IN', source: 'DOUBLE_OPT_IN', ip: expect.stringMatching(/\d/), userAgent: 'Mozilla/5.0 (Windows NT 10.0) Firefox/133.0', subscriptionType: { key: `news-${tag}` } },
      { status: 'PENDING', source: 'STAFF', ip: null, userAgent: null, subscriptionType: { key: `news-${tag}` } },
    ]);
    // Confirmed on the record it was asked through.
    expect((await api.ctx.ds.query(`SELECT contact_id FROM consent_event WHERE address = $1 AND source = 'double_opt_in'`, [address]))[0].contact_id).toBe(contactId);
    // A second click shows the answer and records nothing.
    const again = await post();
    expect(again.text).toContain(`${address} already receives “Newsletter”: there is nothing to confirm.`);
    expect(await eventCount(address)).toBe(2);
  });

  it('from an old mail, does not subscribe again someone who opted out since: it shows their answer', async () => {
    const out = addr('out');
    const { eventId } = await optIn({ address: out });
    await mailer().send(eventId);
    const old = linkIn((await inbox(out))[0]!);
    const unsubscribe = signUnsubscribeToken({ address: out, subscriptionTypeId: newsletter }, api.app.get<AppConfig>(APP_CONFIG).sessionSecret);
    expect((await api.anon().post(`/api/public/unsubscribe/${unsubscribe}`).type('form').send('List-Unsubscribe=One-Click')).status).toBe(200);
    expect(await state(out, newsletter)).toBe('opted_out');

    for (const res of [await api.anon().get(old), await api.anon().post(old).set('Accept-Language', 'zh-TW')]) {
      expect(res.status).toBe(200);
      expect(res.text).not.toContain('<form');
    }
    expect((await api.anon().post(old)).text).toContain(`${out} does not receive “Newsletter”, and this link no longer subscribes it.`);
    expect(await state(out, newsletter)).toBe('opted_out');
    expect(await eventCount(out)).toBe(2);
  });

  it('is not an unsubscribe link, nor the other way round, and refuses what is not ours like the other mail links', async () => {
    const secret = api.app.get<AppConfig>(APP_CONFIG).sessionSecret;
    const confirmToken = link.split('/').pop()!;
    const unsubscribeToken = signUnsubscribeToken({ address, subscriptionTypeId: newsletter }, secret);
    const html = { Accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };
    const asConfirm = await api.anon().post(`/api/public/confirm/${unsubscribeToken}`).set(html);
    expect(asConfirm.status).toBe(404);
    expect(asConfirm.text).toContain('This link is not valid.');
    expect(asConfirm.text).toContain('<title>Confirm your subscription</title>');
    expect((await api.anon().post(`/api/public/unsubscribe/${confirmToken}`).type('form').send('List-Unsubscribe=One-Click')).status).toBe(404);
    // A program gets the API's problem+json.
    const program = await api.anon().post(`/api/public/confirm/${confirmToken.slice(0, -1)}${confirmToken.endsWith('A') ? 'B' : 'A'}`);
    expect(program.status).toBe(404);
    expect(program.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(await eventCount(address)).toBe(2);
  });
});
