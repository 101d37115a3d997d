import { Logger } from '@nestjs/common';
import type { ImapFlow } from 'imapflow';
import { configFor } from '@rapport/shared-config';
import { Role } from '@rapport/shared-domain';
import { InboundMailRouter } from '@rapport/shared-api';
import { IMAP_DONE_KEYWORD, ImapPollerService } from '@rapport/marketing-jobs';
import { DedicatedDovecot } from './testing/dovecot';
import { useTestApi } from './testing/test-api';

/**
 * The service desk's own mailbox polled over IMAP (issue 18 item 3), from a real Dovecot as the
 * worker does in production: a customer's mail delivered there becomes a case even though its
 * headers name another address (the company's public one, forwarded); it is taken once and flagged
 * done; a second poll, or the same mail taken again after a crash lost its flag, changes nothing;
 * an auto-reply creates nothing but is flagged done. Marketing's mailbox is polled on its own.
 */
const DOMAIN = 'mail.rapport.test';
const api = useTestApi({ SMTP_URL: process.env['RAPPORT_TEST_SMTP_URL'] ?? '', MAILING_DOMAIN: DOMAIN, INBOUND_SMTP_PORT: '0' });
const tag = `ci${Date.now().toString(36)}`;
const addr = (name: string) => `${name}.${tag}@customer.example`;
const BOX = 'Support';

let dovecot: DedicatedDovecot;
let mailbox: ImapFlow;
const pollerAt = (env: Record<string, string>) => new ImapPollerService(api.app.get(InboundMailRouter), configFor(env));
const bothAt = (env: Record<string, string> = {}) => pollerAt({ IMAP_URL: dovecot.url('INBOX'), SUPPORT_IMAP_URL: dovecot.url(BOX), ...env });

beforeAll(async () => {
  dovecot = await DedicatedDovecot.start();
  mailbox = await dovecot.client();
  await mailbox.mailboxCreate(BOX);
  await api.ctx.newUser({ role: Role.ServiceManager });
});

afterAll(async () => {
  await mailbox?.logout().catch(() => undefined);
  await dovecot?.stop();
});

/** A customer's mail as the company's mail host files it into the desk's mailbox: written to its public address, not SUPPORT_MAIL_ADDRESS. */
const customerMail = (name: string, subject: string, body: string, extra = '') =>
  `Return-Path: <${addr(name)}>\nDelivered-To: helpdesk@another-domain.example\nFrom: "${name}" <${addr(name)}>\nTo: Support <support@another-domain.example>\nSubject: ${subject}\nMessage-ID: <${name}.${tag}@customer.example>\nDate: Sun, 6 Dec 2026 10:00:00 +0800\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n${extra}\n${body}\n`;
const append = async (box: string, raw: string) => (await mailbox.append(box, raw.replace(/\r?\n/g, '\r\n')))! as { uid: number };
const flags = async (box: string, uid: number) => {
  const lock = await mailbox.getMailboxLock(box);
  try {
    const m = await mailbox.fetchOne(String(uid), { uid: true, flags: true }, { uid: true });
    return m ? [...(m.flags ?? [])].filter((f) => f !== '\\Recent').sort() : null;
  } finally {
    lock.release();
  }
};
const DONE = [IMAP_DONE_KEYWORD, '\\Seen'].sort();
const casesFrom = async (name: string) =>
  (await api.ctx.ds.query(
    `SELECT c.id, c.channel, m.direction, m.body, m.from_address FROM case_message m JOIN service_case c ON c.id = m.case_id WHERE m.from_address = $1 ORDER BY m.created_at`,
    [addr(name)],
  )) as { id: string; channel: string; direction: string; body: string; from_address: string }[];

describe('polling the service desk mailbox', () => {
  let uid: number;

  it('makes a customer’s mail in it a case, whatever address its headers name, and flags it done', async () => {
    uid = (await append(BOX, customerMail('fang', '水泵漏水', '你好，水泵从昨天开始漏水。'))).uid;
    const poller = bothAt();
    // Marketing's mailbox is another one: its poll does not see the desk's mail.
    expect(await poller.pollOnce('marketing')).toEqual({ taken: 0, outcomes: [], failed: 0, error: null });
    expect(await flags(BOX, uid)).toEqual([]);

    expect(await poller.pollOnce('support')).toEqual({ taken: 1, outcomes: ['opened'], failed: 0, error: null });
    expect(await casesFrom('fang')).toEqual([expect.objectContaining({ channel: 'email', direction: 'inbound', body: '你好，水泵从昨天开始漏水。' })]);
    expect(await flags(BOX, uid)).toEqual(DONE);
  });

  it('takes nothing twice: a second poll finds nothing, and the mail taken again after its flag was lost is a duplicate, flagged done', async () => {
    const before = await casesFrom('fang');
    expect(await bothAt().pollOnce('support')).toEqual({ taken: 0, outcomes: [], failed: 0, error: null });

    // The crash window: the case is stored but the worker died before flagging the mail.
    const lock = await mailbox.getMailboxLock(BOX);
    try {
      await mailbox.messageFlagsRemove(String(uid), [IMAP_DONE_KEYWORD, '\\Seen'], { uid: true });
    } finally {
      lock.release();
    }
    expect(await bothAt().pollOnce('support')).toEqual({ taken: 1, outcomes: ['duplicate'], failed: 0, error: null });
    expect(await casesFrom('fang')).toEqual(before);
    expect(await flags(BOX, uid)).toEqual(DONE);
  });

  it('creates nothing for an auto-reply in it, and flags it done', async () => {
    const away = (await append(BOX, customerMail('away', 'Automatic reply: 水泵漏水', 'I am out of the office.', 'Auto-Submitted: auto-replied\n'))).uid;
    expect(await bothAt().pollOnce('support')).toEqual({ taken: 1, outcomes: ['auto-reply'], failed: 0, error: null });
    expect(await casesFrom('away')).toEqual([]);
    expect(await flags(BOX, away)).toEqual(DONE);
  });

  it('polls it on its own timer once the worker is up, and stops on shutdown', async () => {
    const later = (await append(BOX, customerMail('later', 'Display flickers', 'The display flickers.'))).uid;
    const poller = pollerAt({ SUPPORT_IMAP_URL: dovecot.url(BOX), IMAP_POLL_SECONDS: '5' });
    poller.onApplicationBootstrap();
    try {
      const until = Date.now() + 20_000;
      while ((await casesFrom('later')).length === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 200));
      expect(await casesFrom('later')).toEqual([expect.objectContaining({ body: 'The display flickers.' })]);
    } finally {
      await poller.onModuleDestroy();
    }
    expect(await flags(BOX, later)).toEqual(DONE);
    // Only the desk's mailbox was configured: marketing's is not polled.
    expect(await poller.pollOnce('marketing')).toMatchObject({ taken: 0, error: 'IMAP_URL is not set' });
    expect(await pollerAt({ IMAP_URL: dovecot.url('INBOX') }).pollOnce('support')).toMatchObject({ taken: 0, error: 'SUPPORT_IMAP_URL is not set' });
  });

  it('logs a refused login to it, never the password, and leaves the mail for the next poll', async () => {
    const errors = jest.spyOn(Logger.prototype, 'error');
    const warnings = jest.spyOn(Logger.prototype, 'warn');
    try {
      const pending = (await append(BOX, customerMail('pending', 'Noise', 'It makes a noise.'))).uid;
      const wrong = 'not-the-desk-password-7';
      expect(await bothAt({ SUPPORT_IMAP_URL: dovecot.url(BOX, wrong) }).pollOnce('support')).toMatchObject({ taken: 0, error: expect.stringMatching(/auth|login|fail/i) });
      const logged = [...errors.mock.calls, ...warnings.mock.calls].map((c) => String(c[0])).join('\n');
      expect(logged).toContain(`polling imap://rapport@127.0.0.1:${dovecot.port}/${BOX} failed`);
      expect(logged).not.toContain(wrong);
      expect(await flags(BOX, pending)).toEqual([]);
      expect(await bothAt().pollOnce('support')).toEqual({ taken: 1, outcomes: ['opened'], failed: 0, error: null });
    } finally {
      jest.restoreAllMocks();
    }
  });
});
