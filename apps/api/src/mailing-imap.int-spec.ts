import fs from 'node:fs';
import path from 'node:path';
import { Logger } from '@nestjs/common';
import type { ImapFlow } from 'imapflow';
import { configFor } from '@rapport/shared-config';
import { Role } from '@rapport/shared-domain';
import { withSystemScope } from '@rapport/shared-database';
import { InboundMailRouter } from '@rapport/shared-api';
import { InboundMailService, MailingPumpService } from '@rapport/marketing-api';
import { sendAddress, sendToken } from '@rapport/marketing-domain';
import { IMAP_DONE_KEYWORD, ImapPollerService } from '@rapport/marketing-jobs';
import { DedicatedDovecot } from './testing/dovecot';
import { freePort } from './testing/queue-store';
import { useTestApi } from './testing/test-api';

/**
 * Bounces and replies that a real mail host delivered into a mailbox (issue 15), polled over IMAP
 * from a real Dovecot as the worker does in production: each message is matched by the signed
 * address in the headers the host wrote, acted on once, and flagged done on the server; a message
 * taken again after a crash (flag lost) changes nothing, nor does an SMTP relay's retry.
 */
const DOMAIN = 'mail.rapport.test';
const SECRET = 'imap-test-secret-0123456789abcdef0123456789';
const api = useTestApi({ SMTP_URL: process.env['RAPPORT_TEST_SMTP_URL'] ?? '', MAILING_DOMAIN: DOMAIN, INBOUND_SMTP_PORT: '0', SESSION_SECRET: SECRET });
const FIXTURES = path.resolve(__dirname, '../../../libs/marketing/domain/src/inbound/fixtures');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');
const tag = `im${Date.now().toString(36)}`;
const addr = (name: string) => `${name}.${tag}@example.com`;

let dovecot: DedicatedDovecot;
let mailbox: ImapFlow;
let owner: { id: string; teamId: string | null };
const sends = new Map<string, { id: string; contactId: string }>();
const signed = (kind: 'bounce' | 'reply', name: string) => sendAddress(kind, sends.get(name)!.id, DOMAIN, SECRET);
const pollerAt = (url: string, env: Record<string, string> = {}) => new ImapPollerService(api.app.get(InboundMailRouter), configFor({ IMAP_URL: url, ...env }));

beforeAll(async () => {
  dovecot = await DedicatedDovecot.start();
  mailbox = await dovecot.client();
  const marketer = await api.signedIn((await api.ctx.newUser({ role: Role.Marketer })).email);
  owner = await api.ctx.newUser({ role: Role.SalesRep });
  const typeId = (await marketer.gqlOk<{ saveSubscriptionType: { subscriptionType: { id: string } } }>('mutation($i: SaveSubscriptionTypeInput!) { saveSubscriptionType(input: $i) { subscriptionType { id } } }', { i: { key: `im-${tag}`, name: 'News', requiresOptIn: false } })).saveSubscriptionType.subscriptionType.id;
  const mjml = '<mjml><mj-body><mj-section><mj-column><mj-text>News <a href="{{ unsubscribe_url }}">Unsubscribe</a> {{ company.postal_address }}</mj-text></mj-column></mj-section></mj-body></mjml>';
  const templateId = (await marketer.gqlOk<{ createEmailTemplate: { template: { id: string } } }>('mutation($i: CreateEmailTemplateInput!) { createEmailTemplate(input: $i) { template { id } } }', { i: { name: 'News', variants: [{ locale: 'en', subject: 'News', mjml }] } })).createEmailTemplate.template.id;
  const campaign = await api.ctx.newCampaign();
  for (const name of ['hard', 'complainer', 'away', 'replier', 'retry', 'later', 'fixed']) {
    const contact = await api.ctx.newContact({ owner, firstName: name, emails: [addr(name)] });
    await api.ctx.ds.query(`INSERT INTO campaign_member (campaign_id, contact_id, status) VALUES ($1, $2, 'invited')`, [campaign.id, contact.id]);
  }
  const id = (await marketer.gqlOk<{ createMailing: { id: string } }>('mutation($i: CreateMailingInput!) { createMailing(input: $i) { id } }', { i: { name: 'News', campaignId: campaign.id, templateId, subscriptionTypeId: typeId, audience: { campaignMemberStatuses: ['invited'] } } })).createMailing.id;
  await marketer.gqlOk('mutation($i: SendMailingInput!) { sendMailing(input: $i) { id } }', { i: { id } });
  expect((await api.app.get(MailingPumpService).run(id)).outcome).toBe('done');
  const rows: { id: string; address: string; contact_id: string }[] = await api.ctx.ds.query(`SELECT id, address, contact_id FROM mailing_send WHERE mailing_id = $1 AND status = 'sent'`, [id]);
  for (const r of rows) sends.set(r.address.split('.')[0]!, { id: r.id, contactId: r.contact_id });
  expect(sends.size).toBe(7);
});

afterAll(async () => {
  await mailbox?.logout().catch(() => undefined);
  await dovecot?.stop();
});

const append = async (raw: string) => (await mailbox.append('INBOX', raw.replace(/\r?\n/g, '\r\n')))! as { uid: number };
const suppression = async (name: string) => ((await api.ctx.ds.query(`SELECT reason FROM suppression WHERE address = $1`, [addr(name)])) as { reason: string }[])[0]?.reason ?? null;
const events = async (name: string) => ((await api.ctx.ds.query(`SELECT kind, detail FROM mailing_event WHERE send_id = $1 ORDER BY id`, [sends.get(name)!.id])) as { kind: string; detail: string }[]).map((e) => `${e.kind}:${e.detail.split(' ')[0]}`);
const activities = async (name: string) => Number((await api.ctx.ds.query(`SELECT count(*) AS n FROM activity WHERE contact_id = $1`, [sends.get(name)!.contactId]))[0].n);
const replyNotes = async () => Number((await api.ctx.ds.query(`SELECT count(*) AS n FROM notification WHERE user_id = $1 AND kind = 'mailing.reply'`, [owner.id]))[0].n);
const flags = async (uid: number) => {
  const lock = await mailbox.getMailboxLock('INBOX');
  try {
    const m = await mailbox.fetchOne(String(uid), { uid: true, flags: true }, { uid: true });
    return m ? [...(m.flags ?? [])].sort() : null;
  } finally {
    lock.release();
  }
};
/** Everything a poll could change, to compare before and after. */
const state = async () => ({
  events: await Promise.all(['hard', 'complainer', 'away', 'replier'].map(events)),
  suppressions: await Promise.all(['hard', 'complainer', 'away', 'replier'].map(suppression)),
  activities: await activities('replier'),
  notes: await replyNotes(),
});

describe('polling a mailbox', () => {
  const uids: Record<string, number> = {};

  it('acts on a bounce, a complaint, an out-of-office and a reply as the SMTP receiver would, and flags each done', async () => {
    // Each as a mail host files it: the signed address in the header it writes (Postfix: X-Original-To
    // and Delivered-To; Exim: Envelope-To), or only in To when the mail went through a plain forward.
    uids['hard'] = (await append(fixture('hard-bounce-postfix.eml').replace(/no\.such\.user@example\.com/g, addr('hard')).replace(/bounce\+1001@rapport\.test/g, signed('bounce', 'hard')))).uid;
    uids['complainer'] = (await append(
      fixture('arf-abuse-yahoo.eml')
        .replace(/fbl@rapport\.test/g, `fbl@${DOMAIN}`)
        .replace(/sam\.complainer@yahoo\.com/gi, addr('complainer'))
        .replace(/^(Message-ID: <ms-1007@rapport\.test>)$/m, `$1\nX-Rapport-Send: ${sendToken(sends.get('complainer')!.id, SECRET)}`),
    )).uid;
    uids['away'] = (await append(`Return-Path: <lina@qq.com>\nEnvelope-To: ${signed('bounce', 'away')}\n${fixture('out-of-office-zh.eml')}`)).uid;
    uids['replier'] = (await append(`Return-Path: <wang.wei@example.cn>\nDelivered-To: bounces@example.com\n${fixture('human-reply-zh.eml').replace(/^To: .*$/m, `To: "Rapport Demo Ltd." <${signed('reply', 'replier').toUpperCase()}>`)}`)).uid;
    uids['stranger'] = (await append('From: someone@example.org\nTo: bounces@example.com\nSubject: hello\nMessage-ID: <hello.1@example.org>\n\nNot about any mailing.\n')).uid;

    const result = await pollerAt(dovecot.url()).pollOnce();
    expect(result).toEqual({ taken: 5, outcomes: ['hard-bounce', 'complaint', 'auto-reply', 'reply', 'unmatched'], failed: 0, error: null });

    // The hard bounce suppressed the address and counts as the send's hard bounce.
    expect(await suppression('hard')).toBe('hard_bounce');
    expect(await events('hard')).toEqual(['bounce:hard']);
    expect(await suppression('complainer')).toBe('complaint');
    expect(await events('complainer')).toEqual(['complaint:abuse']);
    expect(await suppression('away')).toBeNull();
    expect(await events('away')).toEqual([]);
    expect(await activities('replier')).toBe(1);
    expect(await replyNotes()).toBe(1);
    expect(await suppression('replier')).toBeNull();
    for (const uid of Object.values(uids)) expect(await flags(uid)).toEqual([IMAP_DONE_KEYWORD, '\\Seen'].sort());
  });

  it('takes nothing twice: a second poll changes nothing, and a message whose done flag was lost is a no-op', async () => {
    const before = await state();
    expect(await pollerAt(dovecot.url()).pollOnce()).toEqual({ taken: 0, outcomes: [], failed: 0, error: null });
    expect(await state()).toEqual(before);

    // The crash window: the reply's effect is stored but the worker died before flagging it.
    const lock = await mailbox.getMailboxLock('INBOX');
    try {
      await mailbox.messageFlagsRemove(String(uids['replier']), [IMAP_DONE_KEYWORD, '\\Seen'], { uid: true });
    } finally {
      lock.release();
    }
    expect(await pollerAt(dovecot.url()).pollOnce()).toMatchObject({ taken: 1, outcomes: ['duplicate'] });
    expect(await state()).toEqual(before);
    expect(await flags(uids['replier']!)).toEqual([IMAP_DONE_KEYWORD, '\\Seen'].sort());
  });

  it('stores a reply once when an SMTP relay hands it over twice, even at the same moment', async () => {
    const raw = Buffer.from(fixture('human-reply-en.eml'));
    const message = { raw, mailFrom: 'jane.smith@example.com', rcptTo: [signed('reply', 'retry')], remoteAddress: '127.0.0.1' };
    const inbound = api.app.get(InboundMailService);
    const outcomes = await Promise.all([1, 2].map(() => withSystemScope('test: a relay retrying', () => inbound.receive(message))));
    expect(outcomes.sort()).toEqual(['duplicate', 'reply']);
    expect(await withSystemScope('test: a relay retrying', () => inbound.receive(message))).toBe('duplicate');
    expect(await activities('retry')).toBe(1);
  });

  it('polls on its own once the worker is up, and stops on shutdown', async () => {
    const uid = (await append(fixture('hard-bounce-postfix.eml').replace(/no\.such\.user@example\.com/g, addr('later')).replace(/bounce\+1001@rapport\.test/g, signed('bounce', 'later')).replace(/^Message-Id: <[^>]+>/im, 'Message-Id: <later.1@mail.rapport.test>'))).uid;
    const poller = pollerAt(dovecot.url(), { IMAP_POLL_SECONDS: '5' });
    poller.onApplicationBootstrap();
    try {
      const until = Date.now() + 20_000;
      while ((await suppression('later')) === null && Date.now() < until) await new Promise((r) => setTimeout(r, 200));
      expect(await suppression('later')).toBe('hard_bounce');
    } finally {
      await poller.onModuleDestroy();
    }
    expect(await flags(uid)).toContain(IMAP_DONE_KEYWORD);
  });
});

describe('a failing server', () => {
  let errors: jest.SpyInstance;
  let warnings: jest.SpyInstance;
  beforeEach(() => {
    errors = jest.spyOn(Logger.prototype, 'error');
    warnings = jest.spyOn(Logger.prototype, 'warn');
  });
  afterEach(() => jest.restoreAllMocks());
  const logged = (spy: jest.SpyInstance) => spy.mock.calls.map((c) => String(c[0])).join('\n');

  it('logs a refused login, never the password, and the next poll works once the password is right', async () => {
    const uid = (await append(`Delivered-To: ${signed('reply', 'fixed')}\nFrom: Ann <${addr('fixed')}>\nTo: news@${DOMAIN}\nSubject: Re: News\nMessage-ID: <fixed.1@example.com>\nIn-Reply-To: <ms-1@${DOMAIN}>\n\nYes please, call me.\n`)).uid;
    const wrong = 'not-the-password-42';
    const poller = pollerAt(dovecot.url('INBOX', wrong));
    const failed = await poller.pollOnce();
    expect(failed).toMatchObject({ taken: 0, error: expect.stringMatching(/auth|login|fail/i) });
    expect(logged(errors)).toContain(`polling imap://rapport@127.0.0.1:${dovecot.port}/INBOX failed`);
    expect(logged(errors) + logged(warnings)).not.toContain(wrong);

    // The mailbox's password is put right on the server; the same poller, next time, takes the message.
    const right = dovecot.password;
    await dovecot.setPassword(wrong);
    try {
      expect(await poller.pollOnce()).toEqual({ taken: 1, outcomes: ['reply'], failed: 0, error: null });
    } finally {
      await dovecot.setPassword(right);
    }
    expect(await activities('fixed')).toBe(1);
    expect(await flags(uid)).toContain(IMAP_DONE_KEYWORD);
  });

  it('logs an unreachable server and waits longer before the next try, without throwing', async () => {
    const poller = pollerAt(`imap://rapport:x@127.0.0.1:${await freePort()}/INBOX`, { IMAP_POLL_SECONDS: '5' });
    expect(await poller.pollOnce()).toMatchObject({ taken: 0, error: expect.stringContaining('ECONNREFUSED') });
    expect(logged(errors)).toMatch(/polling imap:\/\/rapport@127\.0\.0\.1:\d+\/INBOX failed: .*ECONNREFUSED/);

    // The timer's own poll fails the same way and is followed by a longer wait (5 s → 10 s), not a crash.
    poller.onApplicationBootstrap();
    try {
      const until = Date.now() + 10_000;
      while (!/next poll/.test(logged(warnings)) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
      expect(logged(warnings)).toMatch(/the next poll of imap:\/\/rapport@127\.0\.0\.1:\d+\/INBOX is in 10 s \(1 failed in a row\)/);
    } finally {
      await poller.onModuleDestroy();
    }
  });
});
