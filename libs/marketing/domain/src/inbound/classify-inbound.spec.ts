import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyInbound, InboundVerdict } from './classify-inbound';
import { parseInbound } from '@rapport/shared-domain';

/**
 * The fixture corpus: hand-written raw messages shaped like what Postfix, Exchange Online, Gmail,
 * QQ Mail, 163 (Coremail), Yahoo (ARF) and Apple Mail send. Each is parsed from its bytes with the
 * SMTP envelope it would arrive with, and the whole verdict is asserted.
 */
const FIXTURES = join(__dirname, 'fixtures');
const read = (name: string) => readFileSync(join(FIXTURES, name));
const ORIGINAL = 'Spring product update';

const cases: Record<string, { rcptTo: string[]; verdict: InboundVerdict }> = {
  'hard-bounce-postfix.eml': {
    rcptTo: ['bounce+1001@rapport.test'],
    verdict: {
      kind: 'dsn',
      format: 'rfc3464',
      from: 'mailer-daemon@mail.rapport.test',
      subject: 'Undelivered Mail Returned to Sender',
      originalMessageIds: ['<ms-1001@rapport.test>'],
      sendId: '1001',
      recipients: [
        {
          address: 'no.such.user@example.com',
          action: 'failed',
          status: '5.1.1',
          diagnostic: '550 5.1.1 <no.such.user@example.com>: Recipient address rejected: User unknown in virtual mailbox table',
          bounce: 'hard',
        },
      ],
    },
  },
  'hard-bounce-163-gb2312.eml': {
    rcptTo: ['bounce+1002@rapport.test'],
    verdict: {
      kind: 'dsn',
      format: 'rfc3464',
      from: 'postmaster@163.com',
      subject: '系统退信',
      originalMessageIds: ['<ms-1002@rapport.test>'],
      sendId: '1002',
      recipients: [{ address: 'wang.wei@163.com', action: 'failed', status: '5.1.1', diagnostic: '550 5.1.1 User not found: Wang.Wei@163.com', bounce: 'hard' }],
    },
  },
  'text-bounce-qq.eml': {
    rcptTo: ['bounce+1003@rapport.test'],
    verdict: {
      kind: 'dsn',
      format: 'text',
      from: 'postmaster@qq.com',
      subject: '退信',
      originalMessageIds: [],
      sendId: '1003',
      recipients: [{ address: 'nobody.here@qq.com', action: 'failed', status: null, diagnostic: '失败原因：550 Mailbox not found or access denied', bounce: 'hard' }],
    },
  },
  'soft-bounce-mailbox-full.eml': {
    rcptTo: ['bounce+1004@rapport.test'],
    verdict: {
      kind: 'dsn',
      format: 'rfc3464',
      from: 'mailer-daemon@mail.rapport.test',
      subject: 'Undelivered Mail Returned to Sender',
      originalMessageIds: ['<ms-1004@rapport.test>'],
      sendId: '1004',
      recipients: [{ address: 'full.box@example.org', action: 'failed', status: '4.2.2', diagnostic: '452 4.2.2 <full.box@example.org>: Mailbox full', bounce: 'soft' }],
    },
  },
  'soft-bounce-exchange-quota.eml': {
    rcptTo: ['bounce+1009@rapport.test'],
    verdict: {
      kind: 'dsn',
      format: 'rfc3464',
      from: 'postmaster@contoso.onmicrosoft.com',
      subject: `Undeliverable: ${ORIGINAL}`,
      originalMessageIds: ['<ms-1009@rapport.test>'],
      sendId: '1009',
      recipients: [
        {
          address: 'lee.chen@contoso.com',
          action: 'failed',
          status: '5.2.2',
          diagnostic: '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded',
          // 5.2.2 is permanent in form only: RFC 3463 calls a full mailbox a persistent transient failure.
          bounce: 'soft',
        },
      ],
    },
  },
  'delayed-dsn-postfix.eml': {
    rcptTo: ['bounce+1005@rapport.test'],
    verdict: {
      kind: 'dsn',
      format: 'rfc3464',
      from: 'mailer-daemon@mail.rapport.test',
      subject: 'Delayed Mail (still being retried)',
      originalMessageIds: ['<ms-1005@rapport.test>'],
      sendId: '1005',
      recipients: [{ address: 'slow@example.net', action: 'delayed', status: '4.4.1', diagnostic: 'connect to mx.example.net[198.51.100.77]:25: Connection timed out', bounce: 'soft' }],
    },
  },
  'auto-reply-rfc3834.eml': {
    rcptTo: ['bounce+1006@rapport.test'],
    verdict: {
      kind: 'auto-reply',
      from: 'tom.baker@example.com',
      subject: `Auto: ${ORIGINAL}`,
      originalMessageIds: ['<ms-1006@rapport.test>'],
      sendId: '1006',
      reason: 'auto-submitted: auto-replied (vacation)',
    },
  },
  'out-of-office-en.eml': {
    rcptTo: ['news@rapport.test'],
    verdict: {
      kind: 'auto-reply',
      from: 'maria.lopez@example.org',
      subject: `Out of Office: ${ORIGINAL}`,
      originalMessageIds: ['<ms-1010@rapport.test>'],
      sendId: '1010',
      reason: `subject: Out of Office: ${ORIGINAL}`,
    },
  },
  'out-of-office-zh.eml': {
    rcptTo: ['news@rapport.test'],
    verdict: {
      kind: 'auto-reply',
      from: 'lina@qq.com',
      subject: '自动回复: 春季产品更新',
      originalMessageIds: ['<ms-1011@rapport.test>'],
      sendId: '1011',
      reason: 'subject: 自动回复: 春季产品更新',
    },
  },
  'arf-abuse-yahoo.eml': {
    rcptTo: ['fbl@rapport.test'],
    verdict: {
      kind: 'complaint',
      from: 'feedback@arf.mail.yahoo.com',
      subject: `FW: ${ORIGINAL}`,
      originalMessageIds: ['<ms-1007@rapport.test>'],
      sendId: '1007',
      address: 'sam.complainer@yahoo.com',
      feedbackType: 'abuse',
    },
  },
  'human-reply-en.eml': {
    rcptTo: ['news@rapport.test'],
    verdict: {
      kind: 'human-reply',
      from: 'jane.smith@example.com',
      subject: `Re: ${ORIGINAL}`,
      originalMessageIds: ['<ms-1008@rapport.test>'],
      sendId: '1008',
      text: 'Hi,\n\nThanks for the update. Could you send me the pricing for the Pro plan\nfor 25 seats?\n\nBest,\nJane',
    },
  },
  'human-reply-zh.eml': {
    rcptTo: ['news@rapport.test'],
    verdict: {
      kind: 'human-reply',
      from: 'wang.wei@example.cn',
      subject: '回复：春季产品更新',
      originalMessageIds: ['<ms-1012@rapport.test>'],
      sendId: '1012',
      text: '您好，\n\n请问企业版的报价是多少？我们大约有 30 个用户。\n\n谢谢！\n王伟',
    },
  },
};

describe('classifyInbound on the fixture corpus', () => {
  it('has a verdict for every fixture', () => {
    expect(readdirSync(FIXTURES).filter((f) => f.endsWith('.eml')).sort()).toEqual(Object.keys(cases).sort());
  });

  it.each(Object.entries(cases))('%s', async (name, { rcptTo, verdict }) => {
    expect(classifyInbound(await parseInbound(read(name), { rcptTo }))).toEqual(verdict);
  });

  it('takes the send from the VERP envelope over a Message-ID it quotes', async () => {
    const verdict = classifyInbound(await parseInbound(read('hard-bounce-postfix.eml'), { rcptTo: ['news@rapport.test', 'bounce+2002@rapport.test'] }));
    expect(verdict).toMatchObject({ sendId: '2002', originalMessageIds: ['<ms-1001@rapport.test>'] });
  });

  it('falls back to the Message-IDs when the envelope names no send', async () => {
    expect(classifyInbound(await parseInbound(read('human-reply-en.eml'))).sendId).toBe('1008');
    expect(classifyInbound(await parseInbound(read('text-bounce-qq.eml'))).sendId).toBeNull();
  });
});

describe('parseInbound', () => {
  it('keeps the report parts out of the text and reads the returned original for its headers', async () => {
    const p = await parseInbound(read('hard-bounce-postfix.eml'), { rcptTo: ['bounce+1001@rapport.test'] });
    expect(p.text).toContain('could not\nbe delivered');
    expect(p.text).not.toContain('Reporting-MTA');
    expect(p.deliveryStatus).toMatch(/^Reporting-MTA: dns; mail.rapport.test\r?\n/);
    expect(p.deliveryStatus).toContain('Final-Recipient: rfc822; no.such.user@example.com');
    expect(p.feedbackReport).toBeNull();
    expect(p.originalHeaders).toMatchObject({ 'message-id': '<ms-1001@rapport.test>', to: 'no.such.user@example.com', subject: ORIGINAL });
    expect(p.headers['content-type']).toMatch(/^multipart\/report; report-type=delivery-status;/);
    expect(p.headers['auto-submitted']).toBe('auto-replied');
    expect(p.rcptTo).toEqual(['bounce+1001@rapport.test']);
  });

  it('decodes a GB2312 part and subject, and an embedded message/rfc822 original', async () => {
    const p = await parseInbound(read('hard-bounce-163-gb2312.eml'));
    expect(p.subject).toBe('系统退信');
    expect(p.text).toContain('退信原因：收件人不存在');
    expect(p.originalHeaders).toMatchObject({ subject: '春季产品更新', 'message-id': '<ms-1002@rapport.test>' });
    // The returned original's body is not the bounce's text.
    expect(p.text).not.toContain('春季新品');
  });

  it('reads the ARF feedback report', async () => {
    const p = await parseInbound(read('arf-abuse-yahoo.eml'));
    expect(p.feedbackReport).toContain('Feedback-Type: abuse');
    expect(p.deliveryStatus).toBeNull();
    expect(p.text).not.toContain('Spring is here');
  });

  it('keeps a hostile header name an ordinary key', async () => {
    const p = await parseInbound('From: a@b.c\r\n__proto__: x\r\nconstructor: y\r\nSubject: hi\r\n\r\nbody\r\n');
    expect(Object.getPrototypeOf(p.headers)).toBe(Object.prototype);
    expect(p.headers['__proto__']).toBe('x');
    expect(classifyInbound(p)).toMatchObject({ kind: 'human-reply', text: 'body' });
  });
});
