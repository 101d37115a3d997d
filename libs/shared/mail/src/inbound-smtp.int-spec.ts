import { readFileSync } from 'node:fs';
import { connect, Socket } from 'node:net';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { InboundMessage, InboundSmtpReceiver } from './inbound-smtp';

/**
 * The receiver over real SMTP: nodemailer (the client the app itself uses) and raw sockets for
 * what no polite client sends. No mocks: a real listening server on a free port.
 */

// A bounce as Postfix writes it (the marketing domain's fixture corpus), sent as is.
const HARD_BOUNCE = readFileSync(join(__dirname, '../../../marketing/domain/src/inbound/fixtures/hard-bounce-postfix.eml'));
const MAX_BYTES = 64 * 1024;

const received: InboundMessage[] = [];
const errors: string[] = [];
let handler: (m: InboundMessage) => Promise<void> = async (m) => {
  received.push(m);
};
const receiver = new InboundSmtpReceiver({
  host: '127.0.0.1',
  port: 0,
  maxBytes: MAX_BYTES,
  acceptDomains: ['Rapport.Test'],
  onMessage: (m) => handler(m),
  log: { warn: () => undefined, error: (message) => errors.push(message) },
});
let port = 0;

const transport = () => nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
const failureOf = async (p: Promise<unknown>) => {
  const err = (await p.then(
    () => null,
    (e: unknown) => e,
  )) as { responseCode?: number; response?: string } | null;
  expect(err).not.toBeNull();
  return { responseCode: err?.responseCode, response: err?.response };
};

/** Talks SMTP by hand: after the greeting (unless `early`), writes each piece and collects every reply. */
async function rawSession(writes: (Buffer | string)[], { end = true, early = false } = {}): Promise<string> {
  const socket: Socket = connect(port, '127.0.0.1');
  let replies = '';
  socket.on('data', (d) => (replies += d.toString('latin1')));
  socket.on('error', () => undefined);
  await new Promise((r) => socket.once('connect', r));
  if (!early) await new Promise((r) => socket.once('data', r));
  for (const w of writes) {
    socket.write(w);
    await new Promise((r) => setTimeout(r, 30));
  }
  if (end) socket.end();
  else socket.destroy();
  await new Promise((r) => setTimeout(r, 150));
  socket.destroy();
  return replies;
}

beforeAll(async () => {
  ({ port } = await receiver.start());
});
afterAll(() => receiver.stop());
beforeEach(() => {
  received.length = 0;
  errors.length = 0;
  handler = async (m) => {
    received.push(m);
  };
});

describe('InboundSmtpReceiver', () => {
  it('listens on the free port it was given, and a second one on that port fails to start instead of crashing', async () => {
    expect(port).toBeGreaterThan(0);
    const second = new InboundSmtpReceiver({ host: '127.0.0.1', port, maxBytes: MAX_BYTES, acceptDomains: ['rapport.test'], onMessage: async () => undefined, log: { warn: () => undefined, error: () => undefined } });
    await expect(second.start()).rejects.toThrow(/EADDRINUSE/);
    await second.stop();
  });

  it('accepts a bounce from the null sender and hands over its bytes and envelope', async () => {
    const info = await transport().sendMail({ envelope: { from: false, to: ['bounce+1001@rapport.test'] }, raw: HARD_BOUNCE });
    expect(info.response).toMatch(/^250 2\.6\.0 OK: message stored/);
    expect(received).toHaveLength(1);
    const [m] = received;
    expect(m).toMatchObject({ mailFrom: '', rcptTo: ['bounce+1001@rapport.test'], remoteAddress: '127.0.0.1' });
    // On the wire every line ends in CRLF; otherwise the bytes are the bounce's own.
    expect(m.raw.toString('utf8')).toBe(HARD_BOUNCE.toString('utf8').replace(/\r?\n/g, '\r\n'));
  });

  it('accepts an ordinary reply, dot-unstuffed and in UTF-8', async () => {
    const info = await transport().sendMail({
      from: 'Jane <jane@example.com>',
      to: 'News@RAPPORT.test',
      subject: '回复：春季产品更新',
      text: 'Yes please.\n.a line that starts with a dot\n谢谢',
    });
    expect(info.accepted).toEqual(['News@rapport.test']);
    expect(received).toHaveLength(1);
    const raw = received[0].raw.toString('utf8');
    expect(received[0]).toMatchObject({ mailFrom: 'jane@example.com', rcptTo: ['News@rapport.test'] });
    expect(raw).toContain('\r\n.a line that starts with a dot\r\n');
    expect(raw).not.toContain('..a line');
    expect(raw).toMatch(/^Subject: =\?UTF-8\?/m);
  });

  it('refuses a recipient of another domain with 550 5.1.1, and takes only ours from a mixed envelope', async () => {
    const refused = await failureOf(transport().sendMail({ from: 'x@example.com', to: 'someone@elsewhere.test', subject: 's', text: 't' }));
    expect(refused.responseCode).toBe(550);
    expect(refused.response).toMatch(/^550 5\.1\.1 /);
    // A subdomain is another domain.
    expect((await failureOf(transport().sendMail({ from: 'x@example.com', to: 'a@mail.rapport.test', text: 't' }))).responseCode).toBe(550);
    expect(received).toHaveLength(0);

    const info = await transport().sendMail({ from: 'x@example.com', to: ['someone@elsewhere.test', 'bounce+5@rapport.test'], text: 't' });
    expect(info.rejected).toEqual(['someone@elsewhere.test']);
    expect(received.map((m) => m.rcptTo)).toEqual([['bounce+5@rapport.test']]);
  });

  it('refuses an oversized message with 552 and does not hand it over', async () => {
    const failure = await failureOf(transport().sendMail({ from: 'x@example.com', to: 'bounce+6@rapport.test', text: 'x'.repeat(MAX_BYTES * 2) }));
    expect(failure.responseCode).toBe(552);
    expect(failure.response).toMatch(/^552 5\.3\.4 /);
    expect(received).toHaveLength(0);
  });

  it('answers 451 4.3.0 when the handler fails, keeps the reason to itself, and serves on', async () => {
    handler = async () => {
      throw new Error('database is down: password authentication failed');
    };
    const failure = await failureOf(transport().sendMail({ from: 'x@example.com', to: 'bounce+7@rapport.test', text: 'first try' }));
    expect(failure.responseCode).toBe(451);
    expect(failure.response).toMatch(/^451 4\.3\.0 /);
    expect(failure.response).not.toContain('password');
    expect(errors).toEqual([expect.stringContaining('database is down')]);

    // A handler that throws before returning a promise is a failure like any other.
    handler = (() => {
      throw new Error('synchronous');
    }) as unknown as typeof handler;
    expect((await failureOf(transport().sendMail({ from: 'x@example.com', to: 'bounce+7@rapport.test', text: 'second try' }))).responseCode).toBe(451);

    handler = async (m) => {
      received.push(m);
    };
    const info = await transport().sendMail({ from: 'x@example.com', to: 'bounce+7@rapport.test', text: 'retry' });
    expect(info.response).toMatch(/^250 /);
    expect(received).toHaveLength(1);
  });

  it('takes the domain in any case (nodemailer lower-cases it, so by hand)', async () => {
    const replies = await rawSession(['EHLO client.example\r\n', 'MAIL FROM:<>\r\n', 'RCPT TO:<Bounce+8@RAPPORT.TEST>\r\n', 'RCPT TO:<a@RAPPORT.TEST.evil.example>\r\n', 'QUIT\r\n']);
    expect(replies).toMatch(/^250 2\.1\.5 Accepted/m);
    expect(replies).toMatch(/^550 5\.1\.1 /m);
  });

  it('survives garbage, over-long lines, commands out of order and a client vanishing mid-message', async () => {
    // A client that talks before the greeting is a spam bot: cut off, the server unharmed.
    expect(await rawSession(['EHLO now\r\n'], { early: true })).toMatch(/^421 /);
    const garbage = await rawSession([Buffer.from([0, 255, 254, 13, 10, 1, 2, 3, 13, 10]), 'MAIL FROM:<a@b.c>\r\n', 'HELO\r\n', 'RCPT TO:<bounce+8@rapport.test>\r\n']);
    expect(garbage).toMatch(/^220 /);
    expect(garbage).toMatch(/^5\d\d /m);
    const long = await rawSession([`EHLO ${'x'.repeat(100_000)}\r\n`]);
    expect(long).toMatch(/^220 /);
    expect(long).toMatch(/^421 4\.4\.2 Error: Command line too long/m);
    // The client drops the connection after half a message: nothing is stored.
    await rawSession(['EHLO client.example\r\n', 'MAIL FROM:<>\r\n', 'RCPT TO:<bounce+8@rapport.test>\r\n', 'DATA\r\n', 'Subject: half\r\n\r\nonly half of it'], { end: false });
    expect(received).toHaveLength(0);

    const info = await transport().sendMail({ from: 'x@example.com', to: 'bounce+9@rapport.test', text: 'still here' });
    expect(info.response).toMatch(/^250 /);
    expect(received.map((m) => m.rcptTo)).toEqual([['bounce+9@rapport.test']]);
  });
});
