import fc from 'fast-check';
import { classifyInbound, DsnVerdict } from './classify-inbound';
import { bounceClass, dsnRecipients, ParsedInbound, replyText } from '@rapport/shared-domain';
import { inboundMessageKey, rawHeaderValues } from './raw-headers';

/** The edge rules, on hand-built parsed mail (the fixture spec covers parsing real bytes). */
const inbound = (over: Partial<ParsedInbound> = {}): ParsedInbound => ({
  from: 'someone@example.com',
  to: ['news@rapport.test'],
  subject: '',
  headers: {},
  text: '',
  deliveryStatus: null,
  feedbackReport: null,
  originalHeaders: null,
  rcptTo: [],
  ...over,
});
const dsn = (deliveryStatus: string) =>
  inbound({ from: 'mailer-daemon@mx.example.com', headers: { 'content-type': 'multipart/report; report-type=delivery-status; boundary="b"' }, deliveryStatus });
const recipientsOf = (p: ParsedInbound) => {
  const verdict = classifyInbound(p);
  expect(verdict.kind).toBe('dsn');
  return (verdict as DsnVerdict).recipients;
};

describe('bounce class of a DSN recipient', () => {
  it.each([
    ['failed', '5.1.1', 'hard'],
    ['failed', '5.4.4', 'hard'],
    ['failed', '5.0.0', 'hard'],
    ['failed', '4.2.2', 'soft'],
    ['failed', '4.4.7', 'soft'],
    ['FAILED', '5.1.1', 'hard'],
    // 5.x.x that says nothing against the address: mailbox full, message too big, policy/spam.
    ['failed', '5.2.2', 'soft'],
    ['failed', '5.3.4', 'soft'],
    ['failed', '5.7.1', 'soft'],
    ['failed', null, 'soft'],
    ['delayed', '4.4.1', 'soft'],
    ['delayed', '5.1.1', 'soft'],
    ['delivered', '2.0.0', 'none'],
    ['relayed', '2.0.0', 'none'],
    ['expanded', '2.0.0', 'none'],
    ['', '5.1.1', 'soft'],
    ['', '2.0.0', 'none'],
  ] as const)('%s %s → %s', (action, status, expected) => {
    expect(bounceClass(action, status)).toBe(expected);
  });
});

describe('RFC 3464 reports', () => {
  it('gives one entry per recipient of a multi-recipient DSN', () => {
    const body = [
      'Reporting-MTA: dns; mx.example.com',
      'Arrival-Date: Mon, 3 Mar 2025 10:15:00 +0800',
      '',
      'Final-Recipient: rfc822; gone@example.com',
      'Action: failed',
      'Status: 5.1.1',
      'Diagnostic-Code: smtp; 550 5.1.1 No such user',
      '',
      'Final-Recipient: rfc822; busy@example.com',
      'Action: delayed',
      'Status: 4.3.0',
      '',
      'Final-Recipient: rfc822; fine@example.com',
      'Action: delivered',
      'Status: 2.0.0',
      '',
      'Final-Recipient: rfc822; spamtrap@example.com',
      'Action: failed',
      'Status: 5.7.1',
      'Diagnostic-Code: smtp; 554 5.7.1 Message rejected as spam',
      '',
    ].join('\r\n');
    expect(recipientsOf(dsn(body))).toEqual([
      { address: 'gone@example.com', action: 'failed', status: '5.1.1', diagnostic: '550 5.1.1 No such user', bounce: 'hard' },
      { address: 'busy@example.com', action: 'delayed', status: '4.3.0', diagnostic: null, bounce: 'soft' },
      { address: 'fine@example.com', action: 'delivered', status: '2.0.0', diagnostic: null, bounce: 'none' },
      { address: 'spamtrap@example.com', action: 'failed', status: '5.7.1', diagnostic: '554 5.7.1 Message rejected as spam', bounce: 'soft' },
    ]);
  });

  it('normalises a recipient written in brackets, mixed case and a capitalised type', () => {
    const [r] = dsnRecipients('Final-Recipient: RFC822;  <John.Doe@Example.COM> \nAction: Failed\nStatus: 5.1.1 (bad destination mailbox address)\n');
    expect(r).toEqual({ address: 'john.doe@example.com', action: 'failed', status: '5.1.1', diagnostic: null, bounce: 'hard' });
  });

  it('names the address as it was sent (Original-Recipient) when a forward rewrote it', () => {
    const [r] = dsnRecipients('Original-Recipient: rfc822;info@company.example\nFinal-Recipient: rfc822;john@elsewhere.example\nAction: failed\nStatus: 5.1.1\n');
    expect(r.address).toBe('info@company.example');
  });

  it('reads a permanent 5.x.x in a delayed report as soft', () => {
    expect(recipientsOf(dsn('Final-Recipient: rfc822; a@example.com\nAction: delayed\nStatus: 5.1.1\n'))).toEqual([
      { address: 'a@example.com', action: 'delayed', status: '5.1.1', diagnostic: null, bounce: 'soft' },
    ]);
  });

  it('takes the status from the diagnostic when the Status field is missing, and a folded diagnostic whole', () => {
    const [r] = dsnRecipients('Final-Recipient: rfc822; a@example.com\nAction: failed\nDiagnostic-Code: smtp; 550-5.1.1 The email account that you tried\n    to reach does not exist.\n');
    expect(r).toMatchObject({ status: '5.1.1', diagnostic: '550-5.1.1 The email account that you tried to reach does not exist.', bounce: 'hard' });
  });

  it('gives no address for a non-mail address type', () => {
    expect(dsnRecipients('Final-Recipient: x400; c=us;a=;p=corp;s=doe\nAction: failed\nStatus: 5.1.1\n')[0].address).toBeNull();
  });

  it('reads a report whose delivery-status part is missing as a text bounce', () => {
    const p = inbound({ headers: { 'content-type': 'multipart/report; report-type=delivery-status' }, subject: 'Returned mail', text: '550 5.1.1 <x@example.com>... User unknown' });
    expect(classifyInbound(p)).toMatchObject({ kind: 'dsn', format: 'text', recipients: [{ address: 'x@example.com', bounce: 'hard' }] });
  });
});

describe('text bounces, read conservatively', () => {
  const bounce = (subject: string, text: string, over: Partial<ParsedInbound> = {}) => recipientsOf(inbound({ from: 'mailer-daemon@mx.example.com', subject, text, ...over }));

  it('is soft when the text names no bad mailbox', () => {
    expect(bounce('Delivery Status Notification (Failure)', 'Message rejected.\n550 Message rejected due to content restrictions\n')).toEqual([
      { address: null, action: 'failed', status: null, diagnostic: '550 Message rejected due to content restrictions', bounce: 'soft' },
    ]);
    expect(bounce('Undelivered Mail Returned to Sender', 'Host or domain name not found.\n')[0]).toMatchObject({ status: null, diagnostic: null, bounce: 'soft' });
    expect(bounce('Mail delivery failed', '554 5.7.1 Service unavailable; client host blocked using zen.spamhaus.org')[0].bounce).toBe('soft');
    // The words alone, without a permanent code on their line, are not enough.
    expect(bounce('系统退信', '收件人不存在\n请稍后重试')[0].bounce).toBe('soft');
    expect(bounce('Undeliverable: hi', '451 4.3.0 user unknown, try later')[0].bounce).toBe('soft');
  });

  it('is hard for a permanent code naming a bad mailbox, and names the recipient', () => {
    const exchange = 'Delivery has failed to these recipients or groups:\n\nGenerating server: EX01.corp.example\nBob.K@Corp.Example #550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##\n';
    expect(bounce('Undeliverable: Spring product update', exchange)).toEqual([
      { address: 'bob.k@corp.example', action: 'failed', status: '5.1.1', diagnostic: 'Bob.K@Corp.Example #550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##', bounce: 'hard' },
    ]);
    expect(bounce('無法傳遞: 春季產品更新', '550 User unknown')[0].bounce).toBe('hard');
  });

  it('takes the recipients from X-Failed-Recipients, then from Postfix paragraphs', () => {
    expect(bounce('Mail delivery failed: returning message to sender', 'SMTP error from remote mail server after RCPT TO:<a@x.example>:\n550 5.1.1 unknown', { headers: { 'x-failed-recipients': 'A@x.example, b@y.example' } }).map((r) => r.address)).toEqual([
      'a@x.example',
      'b@y.example',
    ]);
    expect(bounce('Undelivered Mail Returned to Sender', '<one@x.example>: host mx said: 550 5.1.1 no\n\n<two@x.example>: host mx said: 550 5.1.1 no\n').map((r) => r.address)).toEqual(['one@x.example', 'two@x.example']);
  });

  it('never takes the sender, the envelope or a Message-ID for the recipient', () => {
    const text = 'From: news@rapport.test\nMessage-ID: <ms-55@rapport.test>\n550 5.1.1 rejected for bounce+55@rapport.test\n';
    const [r] = bounce('Undelivered Mail Returned to Sender', text, { rcptTo: ['bounce+55@rapport.test'], to: ['bounce+55@rapport.test'] });
    expect(r.address).toBeNull();
    expect(classifyInbound(inbound({ from: 'mailer-daemon@mx.example.com', subject: 'failure notice', text }))).toMatchObject({ sendId: '55', originalMessageIds: ['<ms-55@rapport.test>'] });
  });

  it('says delayed when the MTA is still trying', () => {
    expect(bounce('Delivery Status Notification (Delay)', '451 4.4.1 timed out, will retry')[0]).toMatchObject({ action: 'delayed', bounce: 'soft' });
    expect(bounce('Warning: could not send message for past 4 hours', '550 5.1.1 user unknown')[0]).toMatchObject({ action: 'delayed', bounce: 'soft' });
  });

  it('does not take a daemon notice without an SMTP failure for a bounce', () => {
    expect(classifyInbound(inbound({ from: 'postmaster@example.com', subject: 'Your mailbox', text: 'Hello, about our policy…' })).kind).toBe('human-reply');
  });
});

describe('ARF complaints', () => {
  it('falls back to the original To when Original-Rcpt-To is redacted, and lower-cases the type', () => {
    const p = inbound({
      headers: { 'content-type': 'multipart/report; report-type=feedback-report' },
      feedbackReport: 'Feedback-Type: Fraud\nUser-Agent: SomeISP/1.0\nVersion: 1\n',
      originalHeaders: { to: '"Kim" <Kim@Example.net>', 'message-id': '<ms-77@rapport.test>', 'return-path': 'bounce+78@rapport.test' },
    });
    // The original's own envelope sender (VERP) wins over its Message-ID.
    expect(classifyInbound(p)).toMatchObject({ kind: 'complaint', address: 'kim@example.net', feedbackType: 'fraud', sendId: '78' });
  });
});

describe('auto-replies', () => {
  const kindOf = (headers: Record<string, string>, subject = 'Re: Spring product update') => classifyInbound(inbound({ headers, subject, text: 'x' }));
  it.each([
    [{ 'auto-submitted': 'auto-generated' }, 'auto-submitted: auto-generated'],
    [{ 'x-autoreply': 'yes' }, 'x-autoreply: yes'],
    [{ 'x-autorespond': 'Out of office' }, 'x-autorespond: out of office'],
    [{ precedence: 'auto_reply' }, 'precedence: auto_reply'],
    [{ precedence: 'junk' }, 'precedence: junk'],
    [{ 'x-auto-response-suppress': 'All' }, 'x-auto-response-suppress: all'],
  ])('%j', (headers, reason) => {
    expect(kindOf(headers)).toMatchObject({ kind: 'auto-reply', reason });
  });

  it('is not told by Auto-Submitted: no or a mailing list precedence', () => {
    expect(kindOf({ 'auto-submitted': 'no' }).kind).toBe('human-reply');
    expect(kindOf({ precedence: 'list' }).kind).toBe('human-reply');
  });

  it.each(['Automatic reply: Spring product update', 'AUTO: Spring', 'Autoreply: away', '自動回覆：春季產品更新', '自动答复: 春季产品更新', '休假通知', '【休假】王伟 3/3–3/10'])(
    'knows the subject %s',
    (subject) => expect(kindOf({}, subject).kind).toBe('auto-reply'),
  );

  it('does not take a person replying about a holiday for a robot', () => {
    expect(kindOf({}, 'Re: 休假安排').kind).toBe('human-reply');
    expect(kindOf({}, 'Re: Spring offers for your vacation').kind).toBe('human-reply');
  });

  it('reads a read receipt (MDN) as an auto-reply', () => {
    expect(classifyInbound(inbound({ headers: { 'content-type': 'multipart/report; report-type=disposition-notification; boundary=x' } }))).toMatchObject({ kind: 'auto-reply', reason: 'read receipt' });
  });
});

describe('the words of a human reply', () => {
  it.each([
    ['Gmail', 'Yes please.\n\nOn Mon, Mar 3, 2025 at 10:15 AM Rapport <news@rapport.test> wrote:\n> old'],
    ['Gmail zh-CN', 'Yes please.\n\nRapport <news@rapport.test> 于2025年3月3日周一 10:15写道：\n\n> 旧'],
    ['Apple zh-TW', 'Yes please.\n\n於 2025年3月3日 週一 上午10:15，Rapport <news@rapport.test> 寫道：\n> 舊'],
    ['Outlook', 'Yes please.\n\n-----Original Message-----\nFrom: Rapport\nSent: Monday\n\nold'],
    ['Outlook zh-CN', 'Yes please.\n\n发件人: Rapport <news@rapport.test>\n发送时间: 2025年3月3日 10:15\n收件人: wang\n主题: 春季产品更新\n\n旧'],
    ['Outlook rule', 'Yes please.\n________________________________\nFrom: Rapport\nold'],
    ['QQ Mail', 'Yes please.\n\n------------------ 原始邮件 ------------------\n发件人: "Rapport"<news@rapport.test>;\n旧'],
    ['inline quotes only', '> old question\nYes please.\n> more old'],
  ])('cuts the quote of %s', (_, text) => {
    expect(replyText(text)).toBe('Yes please.');
  });

  it('keeps a reply that quotes nothing as it is, CRLF or not', () => {
    expect(replyText('\r\nLine one\r\n\r\nLine two  \r\n\r\n')).toBe('Line one\n\nLine two');
  });
});

describe('hostile input', () => {
  it('classifies anything without throwing', () => {
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.constantFrom('550 5.1.1 <a@b.c>', 'Final-Recipient: rfc822; a@b\nAction: failed', '> q\nOn x wrote:'));
    fc.assert(
      fc.property(text, text, fc.option(text), fc.option(text), fc.dictionary(fc.string({ maxLength: 20 }), text), (subject, body, ds, fr, headers) => {
        const verdict = classifyInbound(inbound({ subject, text: body, deliveryStatus: ds, feedbackReport: fr, headers }));
        expect(['dsn', 'complaint', 'auto-reply', 'human-reply']).toContain(verdict.kind);
      }),
    );
  });
});

describe('raw headers and the exactly-once key', () => {
  const raw = Buffer.from('Delivered-To: reply+1-ab@mail.example\r\nMessage-ID:\r\n <abc@relay.example>\r\nSubject: hi\r\n\r\nMessage-ID: <body@x>\r\n');
  it('unfolds the header block and stops at the body', () => {
    expect(rawHeaderValues(raw)('message-id')).toEqual(['<abc@relay.example>']);
    expect(rawHeaderValues(raw)('Delivered-To')).toEqual(['reply+1-ab@mail.example']);
  });
  it('keys by send and Message-ID, else by the bytes', () => {
    expect(inboundMessageKey('7', raw)).toBe('7:mid:abc@relay.example');
    expect(inboundMessageKey('7', Buffer.from('Subject: none\r\n\r\nbody'))).toMatch(/^7:sha256:[0-9a-f]{64}$/);
  });
});
