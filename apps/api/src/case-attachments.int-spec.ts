import { createHash } from 'node:crypto';
import nodemailer from 'nodemailer';
import { Role } from '@rapport/shared-domain';
import { InboundMailRouter } from '@rapport/shared-api';
import { InboundSmtpReceiver } from '@rapport/shared-mail';
import type { ApiClient } from '@rapport/shared-testing';
import { binary, EXE, pdf, PNG, SMALL_FILE_CAPS } from './testing/fixtures/case-files';
import { useTestApi } from './testing/test-api';

/**
 * Attachments of customers' mail on cases (issue 18 item 3), over real SMTP: the files that pass
 * the rules are kept with the message, the others named with their reason and the text kept
 * anyway; a file is downloaded, byte for byte, only by someone who may read the case, as a
 * download that a browser will not run; everyone else gets the 404 a missing file gets.
 * Caps made small here (200 KB a file, 300 KB a message) to test them with small mails.
 */
const DOMAIN = 'mail.rapport.test';
const SUPPORT = `support@${DOMAIN}`;
const api = useTestApi({
  SMTP_URL: process.env['RAPPORT_TEST_SMTP_URL'] ?? '',
  MAILING_DOMAIN: DOMAIN,
  INBOUND_SMTP_PORT: '0',
  ...SMALL_FILE_CAPS,
});
const tag = `a${Date.now().toString(36)}`;
const addr = (name: string) => `${name}.${tag}@customer.example`;

const PDF = pdf(40_000);

let receiver: InboundSmtpReceiver;
let relay: ReturnType<typeof nodemailer.createTransport>;
let agent: ApiClient;
let accountId: string;
let repEmail: string;
const outcomes: string[] = [];

type Attachment = { id: string; filename: string; contentType: string; size: number; url: string };
type Message = { id: string; body: string; attachments: Attachment[]; refusedAttachments: { filename: string; reason: string; size: number }[] };
const MESSAGES = 'messages { id body attachments { id filename contentType size url } refusedAttachments { filename reason size } }';

const send = async (mail: { from: string; subject: string; text: string; attachments?: { filename: string; content: Buffer; contentType: string }[] }) => {
  await relay.sendMail({ to: SUPPORT, ...mail });
  return outcomes.at(-1);
};
/** The thread of the newest case of a sender. */
const threadOf = async (from: string): Promise<{ id: string; messages: Message[] }> => {
  const [row] = (await api.ctx.ds.query(`SELECT k.id FROM service_case k JOIN contact c ON c.id = k.contact_id WHERE c.emails @> ARRAY[$1::text] ORDER BY k.created_at DESC LIMIT 1`, [from])) as { id: string }[];
  return (await agent.gqlOk<{ case: { id: string; messages: Message[] } }>(`query($id: ID!) { case(id: $id) { id ${MESSAGES} } }`, { id: row!.id })).case;
};

beforeAll(async () => {
  await api.ctx.newUser({ role: Role.ServiceManager });
  agent = await api.signedIn((await api.ctx.newUser({ role: Role.ServiceAgent })).email);
  const rep = await api.ctx.newUser({ role: Role.SalesRep });
  accountId = (await api.ctx.newAccount({ name: 'Pumps & Co', owner: rep })).id;
  await api.ctx.newContact({ firstName: '芳', lastName: '王', emails: [addr('fang')], accountId, owner: rep });
  repEmail = rep.email;
  const router = api.app.get(InboundMailRouter);
  receiver = new InboundSmtpReceiver({ host: '127.0.0.1', port: 0, maxBytes: 5_000_000, acceptDomains: router.domains(), onMessage: async (m) => void outcomes.push(await router.route(m)) });
  const { port } = await receiver.start();
  relay = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
});

afterAll(async () => {
  relay?.close();
  await receiver?.stop();
});

describe('attachments of mail to the support address', () => {
  let thread: { id: string; messages: Message[] };

  it('keeps a PDF and a PNG with the message and names the program that was not kept', async () => {
    expect(
      await send({
        from: `"王芳" <${addr('fang')}>`,
        subject: '水泵漏水',
        text: '你好，照片和报价单在附件里。',
        attachments: [
          { filename: '报价单 2026.pdf', content: PDF, contentType: 'application/pdf' },
          { filename: 'leak.png', content: PNG, contentType: 'image/png' },
          { filename: 'setup.exe', content: EXE, contentType: 'application/octet-stream' },
        ],
      }),
    ).toBe('opened');
    thread = await threadOf(addr('fang'));
    const [m] = thread.messages;
    expect(m!.body).toBe('你好，照片和报价单在附件里。');
    expect(m!.attachments.map(({ filename, contentType, size }) => ({ filename, contentType, size }))).toEqual([
      { filename: '报价单 2026.pdf', contentType: 'application/pdf', size: PDF.length },
      { filename: 'leak.png', contentType: 'image/png', size: PNG.length },
    ]);
    expect(m!.attachments[0]!.url).toBe(`/api/v1/cases/${thread.id}/attachments/${m!.attachments[0]!.id}`);
    expect(m!.refusedAttachments).toEqual([{ filename: 'setup.exe', reason: 'TYPE', size: EXE.length }]);
    // Stored with its hash; nothing of the program is.
    const rows = (await api.ctx.ds.query(`SELECT filename, sha256, octet_length(content) AS bytes FROM case_attachment WHERE message_id = $1 ORDER BY created_at, id`, [m!.id])) as { filename: string; sha256: string; bytes: number }[];
    expect(rows.map((r) => r.filename)).toEqual(['报价单 2026.pdf', 'leak.png']);
    expect(rows[0]!.sha256).toBe(createHash('sha256').update(PDF).digest('hex'));
    expect(rows[0]!.bytes).toBe(PDF.length);
  });

  it('gives the agent the exact bytes as a download the browser will neither sniff nor run', async () => {
    const [file] = thread.messages[0]!.attachments;
    const res = await binary(agent.get(file!.url));
    expect(res.status).toBe(200);
    expect(Buffer.compare(res.body as Buffer, PDF)).toBe(0);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="___ 2026.pdf"; filename*=UTF-8''${encodeURIComponent('报价单 2026.pdf')}`);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
    expect(res.headers['cache-control']).toBe('private, no-store');
    const png = await binary(agent.get(thread.messages[0]!.attachments[1]!.url));
    expect(Buffer.compare(png.body as Buffer, PNG)).toBe(0);
    expect(png.headers['content-type']).toBe('image/png');
  });

  it('serves the account’s rep, and answers 404 to a rep who cannot see the account, a marketer, a stranger and a wrong case', async () => {
    const url = thread.messages[0]!.attachments[0]!.url;
    const ownRep = await api.signedIn(repEmail);
    expect(Buffer.compare((await binary(ownRep.get(url))).body as Buffer, PDF)).toBe(0);

    const otherRep = await api.signedIn((await api.ctx.newUser({ role: Role.SalesRep })).email);
    const marketer = await api.signedIn((await api.ctx.newUser({ role: Role.Marketer })).email);
    // The premise: neither reads the case.
    for (const c of [otherRep, marketer]) expect((await c.gqlOk<{ case: unknown }>('query($id: ID!) { case(id: $id) { id } }', { id: thread.id })).case).toBeNull();
    for (const c of [otherRep, marketer]) {
      const res = await c.get(url);
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body).toMatchObject({ code: 'NOT_FOUND', messageKey: 'errors.notFound', params: { object: 'attachment' } });
    }
    // A file that does not exist reads exactly the same to the agent.
    const missing = await agent.get(`/api/v1/cases/${thread.id}/attachments/00000000-0000-7000-8000-000000000000`);
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ code: 'NOT_FOUND', params: { object: 'attachment' } });
    // The file under another case's id: not found either (a readable case does not open another's files).
    const other = (await api.ctx.newCase({ accountId })).id;
    expect((await agent.get(`/api/v1/cases/${other}/attachments/${thread.messages[0]!.attachments[0]!.id}`)).status).toBe(404);
    expect((await api.anon().get(url)).status).toBe(401);
    expect((await agent.get(`/api/v1/cases/${thread.id}/attachments/not-a-uuid`)).status).toBe(400);
  });

  it('gives a file of an internal note only to readers of notes, not to the rep who reads the case', async () => {
    // A note's file as a customer-mail file would be stored (agents' uploads onto notes: case-agent-files.int-spec.ts).
    const [note] = (await api.ctx.ds.query(`INSERT INTO case_message (case_id, direction, channel, body) VALUES ($1, 'internal', 'note', 'Parts list attached.') RETURNING id`, [thread.id])) as { id: string }[];
    const [file] = (await api.ctx.ds.query(
      `INSERT INTO case_attachment (case_id, message_id, filename, content_type, size, sha256, content) VALUES ($1, $2, 'parts.pdf', 'application/pdf', $3, $4, $5) RETURNING id`,
      [thread.id, note!.id, PDF.length, createHash('sha256').update(PDF).digest('hex'), PDF],
    )) as { id: string }[];
    const url = `/api/v1/cases/${thread.id}/attachments/${file!.id}`;
    expect(Buffer.compare((await binary(agent.get(url))).body as Buffer, PDF)).toBe(0);
    const rep = await api.signedIn(repEmail);
    expect((await rep.get(url)).status).toBe(404);
    // Nor does the thread show the rep the note or its file.
    const seen = await rep.gqlOk<{ case: { messages: Message[] } }>(`query($id: ID!) { case(id: $id) { ${MESSAGES} } }`, { id: thread.id });
    expect(seen.case.messages.flatMap((m) => m.attachments.map((a) => a.filename))).toEqual(['报价单 2026.pdf', 'leak.png']);
    const agents = await agent.gqlOk<{ case: { messages: Message[] } }>(`query($id: ID!) { case(id: $id) { ${MESSAGES} } }`, { id: thread.id });
    expect(agents.case.messages.flatMap((m) => m.attachments.map((a) => a.filename))).toEqual(['报价单 2026.pdf', 'leak.png', 'parts.pdf']);
  });

  it('keeps the text of a mail over the caps, and the files that fit', async () => {
    expect(
      await send({
        from: addr('fang'),
        subject: 'Re: 水泵漏水 — more documents',
        text: 'Here are all the documents.',
        attachments: [
          { filename: 'big.pdf', content: pdf(250_000, 2), contentType: 'application/pdf' },
          { filename: 'a.pdf', content: pdf(150_000, 3), contentType: 'application/pdf' },
          { filename: 'b.pdf', content: pdf(150_000, 4), contentType: 'application/pdf' },
          { filename: 'c.pdf', content: pdf(150_000, 5), contentType: 'application/pdf' },
        ],
      }),
    ).toBe('opened');
    const { messages } = await threadOf(addr('fang'));
    const m = messages.find((x) => x.body === 'Here are all the documents.');
    expect(m).toBeDefined();
    expect(m!.attachments.map((a) => a.filename)).toEqual(['a.pdf', 'b.pdf']);
    expect(m!.refusedAttachments).toEqual([
      { filename: 'big.pdf', reason: 'FILE_SIZE', size: 250_000 },
      { filename: 'c.pdf', reason: 'MESSAGE_SIZE', size: 150_000 },
    ]);
 
    // Merged into the first case, the files go with the message: served under the case that stays.
    const second = await threadOf(addr('fang'));
    const oldUrl = m!.attachments[0]!.url;
    await agent.gqlOk('mutation($i: MergeCasesInput!) { mergeCases(input: $i) { case { id } } }', { i: { intoId: thread.id, fromIds: [second.id] } });
    const merged = (await agent.gqlOk<{ case: { messages: Message[] } }>(`query($id: ID!) { case(id: $id) { ${MESSAGES} } }`, { id: thread.id })).case.messages.find((x) => x.id === m!.id);
    expect(merged!.attachments[0]!.url).toBe(`/api/v1/cases/${thread.id}/attachments/${m!.attachments[0]!.id}`);
    expect(Buffer.compare((await binary(agent.get(merged!.attachments[0]!.url))).body as Buffer, pdf(150_000, 3))).toBe(0);
    expect((await agent.get(oldUrl)).status).toBe(404);
  });

  it('refuses a program that calls itself a PDF, and keeps the mail', async () => {
    expect(
      await send({
        from: addr('liu'),
        subject: 'Invoice',
        text: 'Please see the invoice.',
        attachments: [{ filename: 'invoice.pdf', content: EXE, contentType: 'application/pdf' }],
      }),
    ).toBe('opened');
    const { messages } = await threadOf(addr('liu'));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ body: 'Please see the invoice.', attachments: [], refusedAttachments: [{ filename: 'invoice.pdf', reason: 'MISMATCH', size: EXE.length }] });
    expect(await api.ctx.ds.query(`SELECT id FROM case_attachment WHERE message_id = $1`, [messages[0]!.id])).toEqual([]);
 
    // The agent's answer carries neither of the customer's files: a reply has only the files its agent attached.
    const { id } = await threadOf(addr('liu'));
    const reply = await agent.gqlOk<{ replyToCase: { message: Message } }>('mutation($i: ReplyToCaseInput!) { replyToCase(input: $i) { message { id body attachments { id } refusedAttachments { filename } } } }', { i: { caseId: id, body: 'We do not open programs; please send the invoice as a PDF.' } });
    expect(reply.replyToCase.message).toMatchObject({ attachments: [], refusedAttachments: [] });
  });
});
