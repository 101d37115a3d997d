import fs from 'node:fs';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { Role } from '@rapport/shared-domain';
import { withSystemScope } from '@rapport/shared-database';
import { InboundSmtpReceiver } from '@rapport/shared-mail';
import { InboundMailService, MailingPumpService } from '@rapport/marketing-api';
import { sendAddress, sendToken } from '@rapport/marketing-domain';
import { useTestApi } from './testing/test-api';

/**
 * Mail coming back to a mailing (issue 15 item 8), over real SMTP into the receiver the worker
 * runs: a hard bounce suppresses the address, a complaint (ARF) too, an out-of-office does not, a
 * reply becomes a done email activity for the person's owner, the mailto unsubscribe opts the
 * address out of the mailing's type; a forged bounce (an unsigned address) changes nothing.
 * The messages are the fixture corpus of marketing-domain's classifier, addressed to these sends.
 */
const DOMAIN = 'mail.rapport.test';
const SECRET = 'inbound-test-secret-0123456789abcdef0123';
const api = useTestApi({ SMTP_URL: process.env['RAPPORT_TEST_SMTP_URL'] ?? '', MAILING_DOMAIN: DOMAIN, INBOUND_SMTP_PORT: '0', SESSION_SECRET: SECRET });
const FIXTURES = path.resolve(__dirname, '../../../libs/marketing/domain/src/inbound/fixtures');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');
const tag = `in${Date.now().toString(36)}`;
const addr = (name: string) => `${name}.${tag}@example.com`;

let receiver: InboundSmtpReceiver;
let relay: ReturnType<typeof nodemailer.createTransport>;
let owner: { id: string; teamId: string | null };
const sends = new Map<string, { id: string; contactId: string }>();
let typeId = '';
const outcomes: string[] = [];

const deliver = (raw: string, to: string) => relay.sendMail({ envelope: { from: '', to: [to] }, raw });

beforeAll(async () => {
  const marketer = await api.signedIn((await api.ctx.newUser({ role: Role.Marketer })).email);
  owner = await api.ctx.newUser({ role: Role.SalesRep });
  typeId = (await marketer.gqlOk<{ saveSubscriptionType: { subscriptionType: { id: string } } }>('mutation($i: SaveSubscriptionTypeInput!) { saveSubscriptionType(input: $i) { subscriptionType { id } } }', { i: { key: `in-${tag}`, name: 'News', requiresOptIn: false } })).saveSubscriptionType.subscriptionType.id;
  const mjml = '<mjml><mj-body><mj-section><mj-column><mj-text>News <a href="{{ unsubscribe_url }}">Unsubscribe</a> {{ company.postal_address }}</mj-text></mj-column></mj-section></mj-body></mjml>';
  const templateId = (await marketer.gqlOk<{ createEmailTemplate: { template: { id: string } } }>('mutation($i: CreateEmailTemplateInput!) { createEmailTemplate(input: $i) { template { id } } }', { i: { name: 'News', variants: [{ locale: 'en', subject: 'News', mjml }] } })).createEmailTemplate.template.id;
  const campaign = await api.ctx.newCampaign();
  for (const name of ['hard', 'forged', 'complainer', 'replier', 'leaver', 'away']) {
    const contact = await api.ctx.newContact({ owner, firstName: name, emails: [addr(name)] });
    await api.ctx.ds.query(`INSERT INTO campaign_member (campaign_id, contact_id, status) VALUES ($1, $2, 'invited')`, [campaign.id, contact.id]);
  }
  const id = (await marketer.gqlOk<{ createMailing: { id: string } }>('mutation($i: CreateMailingInput!) { createMailing(input: $i) { id } }', { i: { name: 'News', campaignId: campaign.id, templateId, subscriptionTypeId: typeId, audience: { campaignMemberStatuses: ['invited'] } } })).createMailing.id;
  await marketer.gqlOk('mutation($i: SendMailingInput!) { sendMailing(input: $i) { id } }', { i: { id } });
  expect((await api.app.get(MailingPumpService).run(id)).outcome).toBe('done');
  const rows: { id: string; address: string; contact_id: string }[] = await api.ctx.ds.query(`SELECT id, address, contact_id FROM mailing_send WHERE mailing_id = $1 AND status = 'sent'`, [id]);
  for (const r of rows) sends.set(r.address.split('.')[0]!, { id: r.id, contactId: r.contact_id });
  expect(sends.size).toBe(6);

  const inbound = api.app.get(InboundMailService);
  receiver = new InboundSmtpReceiver({
    host: '127.0.0.1',
    port: 0,
    maxBytes: 5_000_000,
    acceptDomains: [DOMAIN],
    onMessage: async (m) => void outcomes.push(await withSystemScope('test: inbound mail', () => inbound.receive(m))),
  });
  const { port } = await receiver.start();
  relay = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
});

afterAll(async () => {
  relay?.close();
  await receiver?.stop();
});

const suppression = async (name: string) => ((await api.ctx.ds.query(`SELECT reason FROM suppression WHERE address = $1`, [addr(name)])) as { reason: string }[])[0]?.reason ?? null;
const events = async (name: string) => ((await api.ctx.ds.query(`SELECT kind FROM mailing_event WHERE send_id = $1 ORDER BY id`, [sends.get(name)!.id])) as { kind: string }[]).map((e) => e.kind);

describe('bounces', () => {
  it('a hard bounce to the signed bounce address suppresses the address; an unsigned one is dropped', async () => {
    const dsn = (name: string) => fixture('hard-bounce-postfix.eml').replace(/no\.such\.user@example\.com/g, addr(name));
    await deliver(dsn('hard'), sendAddress('bounce', sends.get('hard')!.id, DOMAIN, SECRET));
    expect(await suppression('hard')).toBe('hard_bounce');
    expect(await events('hard')).toEqual(['bounce']);

    // Send ids are sequential: a bounce to an address anyone can write must not suppress anybody.
    await deliver(dsn('forged'), `bounce+${sends.get('forged')!.id}@${DOMAIN}`);
    expect(await suppression('forged')).toBeNull();
    expect(outcomes.slice(-2)).toEqual(['hard-bounce', 'unmatched']);
  });

  it('a complaint suppresses through the signed header its report returns; an out-of-office changes nothing', async () => {
    const arf = fixture('arf-abuse-yahoo.eml')
      .replace(/sam\.complainer@yahoo\.com/gi, addr('complainer'))
      .replace(/^(Message-ID: <ms-1007@rapport\.test>)$/m, `$1\nX-Rapport-Send: ${sendToken(sends.get('complainer')!.id, SECRET)}`);
    await deliver(arf, `fbl@${DOMAIN}`);
    expect(await suppression('complainer')).toBe('complaint');
    expect(await events('complainer')).toEqual(['complaint']);

    await deliver(fixture('out-of-office-zh.eml'), sendAddress('bounce', sends.get('away')!.id, DOMAIN, SECRET));
    expect(outcomes.at(-1)).toBe('auto-reply');
    expect(await suppression('away')).toBeNull();
  });
});

describe('replies and the mailto unsubscribe', () => {
  it('a reply becomes a done email activity of the person, owned by their owner, who is notified', async () => {
    await deliver(fixture('human-reply-zh.eml'), sendAddress('reply', sends.get('replier')!.id, DOMAIN, SECRET));
    expect(outcomes.at(-1)).toBe('reply');
    const [activity] = await api.ctx.ds.query(`SELECT type, subject, body, done, owner_id FROM activity WHERE contact_id = $1`, [sends.get('replier')!.contactId]);
    expect(activity).toMatchObject({ type: 'email', done: true, owner_id: owner.id });
    expect(activity.body).not.toMatch(/^>/m);
    const [note] = await api.ctx.ds.query(`SELECT kind FROM notification WHERE user_id = $1`, [owner.id]);
    expect(note).toEqual({ kind: 'mailing.reply' });
  });

  it('a mail to the List-Unsubscribe mailto opts the address out of the mailing’s type, with its evidence', async () => {
    await relay.sendMail({ from: addr('leaver'), to: sendAddress('unsubscribe', sends.get('leaver')!.id, DOMAIN, SECRET), subject: 'unsubscribe', text: '' });
    expect(outcomes.at(-1)).toBe('unsubscribe');
    const [consent] = await api.ctx.ds.query(
      `SELECT c.status, e.source, e.user_agent FROM consent c JOIN consent_event e ON e.id = c.event_id WHERE c.address = $1 AND c.subscription_type_id = $2`,
      [addr('leaver'), typeId],
    );
    expect(consent).toEqual({ status: 'opted_out', source: 'unsubscribe_link', user_agent: 'mailto unsubscribe' });
    expect(await events('leaver')).toEqual(['unsubscribe']);
  });
});
