import { parseInboundWithAttachments } from './parse-inbound';

/**
 * The files of a mail as `parseInboundWithAttachments` hands them on (service keeps them on cases):
 * names as the sender's program encoded them (RFC 2231, encoded words in a legacy charset) arrive
 * decoded, an inline image of an HTML body is a file too (flagged `related`), and the parts of a
 * delivery report are not files.
 */
const mail = (lines: string[]) => Buffer.from(lines.join('\r\n'));
const PDF = Buffer.from('%PDF-1.7\n%test\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

describe('parseInboundWithAttachments', () => {
  it('decodes RFC 2231 and GB2312 encoded-word names and keeps the bytes and declared types', async () => {
    const { parsed, attachments } = await parseInboundWithAttachments(
      mail([
        'From: Wang Fang <fang@customer.example>',
        'To: support@rapport.test',
        'Subject: =?UTF-8?B?5rC05rO15ryP5rC0?=',
        'MIME-Version: 1.0',
        'Content-Type: multipart/mixed; boundary="b1"',
        '',
        '--b1',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'See the files.',
        '--b1',
        'Content-Type: application/pdf',
        "Content-Disposition: attachment; filename*=UTF-8''%E7%BB%B4%E4%BF%AE%E6%8A%A5%E5%91%8A.pdf",
        'Content-Transfer-Encoding: base64',
        '',
        PDF.toString('base64'),
        '--b1',
        'Content-Type: application/octet-stream; name="=?GB2312?B?sai827WlLnBkZg==?="',
        'Content-Disposition: attachment; filename="=?GB2312?B?sai827WlLnBkZg==?="',
        'Content-Transfer-Encoding: base64',
        '',
        PDF.toString('base64'),
        '--b1--',
        '',
      ]),
    );
    expect(parsed.text.trim()).toBe('See the files.');
    expect(parsed.subject).toBe('水泵漏水');
    expect(attachments.map((a) => [a.filename, a.contentType, a.related])).toEqual([
      ['维修报告.pdf', 'application/pdf', false],
      // mailparser names an octet-stream by its file name.
      ['报价单.pdf', 'application/pdf', false],
    ]);
    expect(Buffer.compare(attachments[0]!.content, PDF)).toBe(0);
  });

  it('hands on an inline image of an HTML body as a related file', async () => {
    const { attachments } = await parseInboundWithAttachments(
      mail([
        'From: fang@customer.example',
        'To: support@rapport.test',
        'Subject: Screenshot',
        'MIME-Version: 1.0',
        'Content-Type: multipart/related; boundary="r1"',
        '',
        '--r1',
        'Content-Type: text/html; charset=utf-8',
        '',
        '<p>The error:</p><img src="cid:shot1@customer.example">',
        '--r1',
        'Content-Type: image/png',
        'Content-ID: <shot1@customer.example>',
        'Content-Disposition: inline; filename="image001.png"',
        'Content-Transfer-Encoding: base64',
        '',
        PNG.toString('base64'),
        '--r1--',
        '',
      ]),
    );
    expect(attachments).toEqual([expect.objectContaining({ filename: 'image001.png', contentType: 'image/png', related: true })]);
  });

  it('does not count a delivery report’s status and returned headers as files', async () => {
    const { parsed, attachments } = await parseInboundWithAttachments(
      mail([
        'From: MAILER-DAEMON@mail.example',
        'To: bounce+1@rapport.test',
        'Subject: Undelivered Mail Returned to Sender',
        'MIME-Version: 1.0',
        'Content-Type: multipart/report; report-type=delivery-status; boundary="d1"',
        '',
        '--d1',
        'Content-Type: text/plain',
        '',
        'Your message could not be delivered.',
        '--d1',
        'Content-Type: message/delivery-status',
        '',
        'Reporting-MTA: dns; mail.example',
        '',
        'Final-Recipient: rfc822; nobody@example.com',
        'Action: failed',
        'Status: 5.1.1',
        '',
        '--d1',
        'Content-Type: text/rfc822-headers',
        '',
        'Message-ID: <ms-1@rapport.test>',
        'Subject: Hello',
        '',
        '--d1--',
        '',
      ]),
    );
    expect(parsed.deliveryStatus).toContain('Status: 5.1.1');
    expect(attachments).toEqual([]);
  });
});
