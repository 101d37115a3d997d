import { Role } from '@rapport/shared-domain';
import { CaseAttachmentsService, CaseMailer } from '@rapport/service-api';
import type { ApiClient } from '@rapport/shared-testing';
import { sinkInbox } from './testing/mail-sink';
import { binary, EXE, pdf, PNG, SMALL_FILE_CAPS } from './testing/fixtures/case-files';
import { useTestApi } from './testing/test-api';

/**
 * Agents' files on replies and notes (issue 18): uploaded one by one to the case, checked by the
 * same rules as customers' files, sent with the reply over real SMTP (read back by a real MIME
 * parser) and shown with the message; only the uploader can send an upload, once, on its own case,
 * within the per-message cap; a refused reply leaves the uploads waiting; uploads never sent are
 * swept after a day. Caps made small here (200 KB a file, 300 KB a message).
 */
const DOMAIN = 'mail.rapport.test';
const api = useTestApi({
  SMTP_URL: process.env['RAPPORT_TEST_SMTP_URL'] ?? '',
  MAILING_DOMAIN: DOMAIN,
  INBOUND_SMTP_PORT: '0',
  ...SMALL_FILE_CAPS,
});
const tag = `f${Date.now().toString(36)}`;
const customer = `fang.${tag}@customer.example`;

type Upload = { id: string; filename: string; contentType: string; size: number };
type Message = { id: string; direction: string; attachments: { id: string; filename: string; size: number; url: string }[] };
const REPLY = 'mutation($i: ReplyToCaseInput!) { replyToCase(input: $i) { message { id direction attachments { id filename size url } } } }';
const NOTE = 'mutation($i: AddCaseNoteInput!) { addCaseNote(input: $i) { message { id direction attachments { id filename size url } } } }';

let agent: ApiClient;
let otherAgent: ApiClient;
let repEmail: string;
let accountId: string;
let contactId: string;

const upload = (c: ApiClient, caseId: string, file: Buffer, filename: string, contentType = 'application/octet-stream') => c.post(`/api/v1/cases/${caseId}/attachments`).attach('file', file, { filename, contentType });
const uploaded = async (c: ApiClient, caseId: string, file: Buffer, filename: string): Promise<Upload> => {
  const res = await upload(c, caseId, file, filename);
  expect(res.status).toBe(201);
  return res.body as Upload;
};
const newCase = async () => (await api.ctx.newCase({ accountId, contactId })).id;
const messageCount = async (caseId: string) => Number(((await api.ctx.ds.query(`SELECT count(*) AS n FROM case_message WHERE case_id = $1`, [caseId])) as { n: string }[])[0]!.n);

beforeAll(async () => {
  await api.ctx.newUser({ role: Role.ServiceManager });
  agent = await api.signedIn((await api.ctx.newUser({ role: Role.ServiceAgent })).email);
  otherAgent = await api.signedIn((await api.ctx.newUser({ role: Role.ServiceAgent })).email);
  const rep = await api.ctx.newUser({ role: Role.SalesRep });
  repEmail = rep.email;
  accountId = (await api.ctx.newAccount({ name: 'Pumps & Co', owner: rep })).id;
  contactId = (await api.ctx.newContact({ firstName: '芳', lastName: '王', emails: [customer], accountId, owner: rep })).id;
});

describe('an agent’s files on a reply', () => {
  it('uploads a PDF and a photo, sends them with the reply, and the customer’s mail carries them byte for byte', async () => {
    const caseId = await newCase();
    const manual = pdf(120_000);
    const a = await uploaded(agent, caseId, manual, '维修手册.pdf');
    expect(a).toMatchObject({ filename: '维修手册.pdf', contentType: 'application/pdf', size: manual.length });
    // The browser's claim is not the type kept: the content is.
    const b = await uploaded(agent, caseId, PNG, 'photo.png');
    expect(b.contentType).toBe('image/png');
    // Waiting for its message, a file is no one's to download yet.
    expect((await agent.get(`/api/v1/cases/${caseId}/attachments/${a.id}`)).status).toBe(404);

    const { replyToCase } = await agent.gqlOk<{ replyToCase: { message: Message } }>(REPLY, { i: { caseId, body: '您好，手册和照片在附件里。', attachmentIds: [a.id, b.id] } });
    expect(replyToCase.message.attachments.map((f) => f.filename)).toEqual(['维修手册.pdf', 'photo.png']);
    const file = replyToCase.message.attachments[0]!;
    expect(Buffer.compare((await binary(agent.get(file.url))).body as Buffer, manual)).toBe(0);
    // The account's rep reads the case, and so the reply's files.
    expect(Buffer.compare((await binary((await api.signedIn(repEmail)).get(file.url))).body as Buffer, manual)).toBe(0);

    expect(await api.app.get(CaseMailer).send(replyToCase.message.id)).toBe('sent');
    const sent = (await sinkInbox(customer)).find((m) => m.text?.includes('手册和照片'));
    expect(sent).toBeDefined();
    expect(sent!.attachments.map((x) => ({ filename: x.filename, contentType: x.contentType, disposition: x.contentDisposition }))).toEqual([
      { filename: '维修手册.pdf', contentType: 'application/pdf', disposition: 'attachment' },
      { filename: 'photo.png', contentType: 'image/png', disposition: 'attachment' },
    ]);
    expect(Buffer.compare(sent!.attachments[0]!.content, manual)).toBe(0);
    expect(Buffer.compare(sent!.attachments[1]!.content, PNG)).toBe(0);
  });

  it('refuses a program, a program named like a PDF, a file over the cap and a request without a file, each with its reason', async () => {
    const caseId = await newCase();
    const cases: [Buffer | null, string, string][] = [
      [EXE, 'setup.exe', 'This kind of file is not accepted: programs, scripts, web pages and unknown binary files are refused.'],
      [EXE, 'invoice.pdf', 'The file’s content is not what its name says.'],
      [pdf(250_000), 'big.pdf', 'The file is larger than 0.2 MB.'],
    ];
    for (const [content, name, message] of cases) {
      const res = await upload(agent, caseId, content!, name);
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'file', message }] });
    }
    const big = await upload(agent, caseId, pdf(250_000), 'big.pdf');
    expect(big.body.errors[0]).toMatchObject({ messageKey: 'leads.importLargerThan', params: { mb: 0.2 } });
    const none = await agent.post(`/api/v1/cases/${caseId}/attachments`).field('note', 'no file');
    expect(none.status).toBe(400);
    expect(none.body).toMatchObject({ errors: [{ path: 'file', messageKey: 'service.uploadOneFile' }] });
    expect(await api.ctx.ds.query(`SELECT id FROM case_attachment WHERE case_id = $1`, [caseId])).toEqual([]);
  });

  it('answers 404 to who cannot see the case, 403 to who reads but may not write it, 401 to a stranger', async () => {
    const caseId = await newCase();
    const otherRep = await api.signedIn((await api.ctx.newUser({ role: Role.SalesRep })).email);
    const marketer = await api.signedIn((await api.ctx.newUser({ role: Role.Marketer })).email);
    for (const c of [otherRep, marketer]) expect((await upload(c, caseId, PNG, 'p.png')).status).toBe(404);
    const rep = await api.signedIn(repEmail);
    const repRes = await upload(rep, caseId, PNG, 'p.png');
    // The account's rep reads the case (its open problem shows on the account) but does not answer customers on it.
    expect(repRes.status).toBe(403);
    expect((await api.anon().post(`/api/v1/cases/${caseId}/attachments`).attach('file', PNG, 'p.png')).status).toBe(401);
    expect((await agent.post(`/api/v1/cases/not-a-uuid/attachments`).attach('file', PNG, 'p.png')).status).toBe(400);
    expect(await api.ctx.ds.query(`SELECT id FROM case_attachment WHERE case_id = $1`, [caseId])).toEqual([]);
  });

  it('sends an upload only by its uploader, on its own case, once; a refused reply stores nothing and leaves the uploads waiting', async () => {
    const caseId = await newCase();
    const elsewhere = await newCase();
    const mine = await uploaded(agent, caseId, pdf(150_000, 2), 'a.pdf');
    const second = await uploaded(agent, caseId, pdf(160_000, 3), 'b.pdf');
    const before = await messageCount(caseId);
    const refusals: [ApiClient, string, string[], string][] = [
      [otherAgent, caseId, [mine.id], 'An attached file is not waiting to be sent on this case; upload it again.'],
      [agent, elsewhere, [mine.id], 'An attached file is not waiting to be sent on this case; upload it again.'],
      [agent, caseId, [mine.id, second.id], 'The attached files are larger than 0.3 MB together.'],
    ];
    for (const [c, onCase, ids, message] of refusals) {
      const res = await c.gql(REPLY, { i: { caseId: onCase, body: 'Files attached.', attachmentIds: ids } });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ path: 'input.attachmentIds', message }] });
    }
    expect(await messageCount(caseId)).toBe(before);
    expect(((await api.ctx.ds.query(`SELECT count(*) AS n FROM case_attachment WHERE case_id = $1 AND message_id IS NULL`, [caseId])) as { n: string }[])[0]!.n).toBe('2');

    const { replyToCase } = await agent.gqlOk<{ replyToCase: { message: Message } }>(REPLY, { i: { caseId, body: 'One file.', attachmentIds: [mine.id, mine.id] } });
    expect(replyToCase.message.attachments.map((f) => f.id)).toEqual([mine.id]);
    const again = await agent.gql(REPLY, { i: { caseId, body: 'Same file again.', attachmentIds: [mine.id] } });
    expect(again.errors?.[0]?.extensions).toMatchObject({ fields: [{ path: 'input.attachmentIds' }] });
    const bad = await agent.gql(REPLY, { i: { caseId, body: 'x', attachmentIds: ['not-a-uuid'] } });
    expect(bad.errors?.[0]?.extensions?.['code']).toBe('VALIDATION_FAILED');
  });

  it('puts a file on an internal note for note readers only', async () => {
    const caseId = await newCase();
    const parts = await uploaded(agent, caseId, pdf(10_000, 4), 'parts.pdf');
    const { addCaseNote } = await agent.gqlOk<{ addCaseNote: { message: Message } }>(NOTE, { i: { caseId, body: 'Parts list attached.', attachmentIds: [parts.id] } });
    expect(addCaseNote.message).toMatchObject({ direction: 'INTERNAL', attachments: [{ filename: 'parts.pdf' }] });
    const url = addCaseNote.message.attachments[0]!.url;
    expect((await otherAgent.get(url)).status).toBe(200);
    expect((await (await api.signedIn(repEmail)).get(url)).status).toBe(404);
  });

  it('sweeps uploads no message took after a day, and keeps sent files and newer uploads', async () => {
    const caseId = await newCase();
    const stale = await uploaded(agent, caseId, PNG, 'stale.png');
    const fresh = await uploaded(agent, caseId, PNG, 'fresh.png');
    const sent = await uploaded(agent, caseId, PNG, 'sent.png');
    await agent.gqlOk(REPLY, { i: { caseId, body: 'Photo.', attachmentIds: [sent.id] } });
    await api.ctx.ds.query(`UPDATE case_attachment SET created_at = now() - interval '25 hours' WHERE id = ANY($1::uuid[])`, [[stale.id, sent.id]]);
    const purged = await api.app.get(CaseAttachmentsService).purgeUnsent();
    expect(purged).toBeGreaterThanOrEqual(1);
    const left = ((await api.ctx.ds.query(`SELECT filename FROM case_attachment WHERE case_id = $1 ORDER BY filename`, [caseId])) as { filename: string }[]).map((r) => r.filename);
    expect(left).toEqual(['fresh.png', 'sent.png']);
    expect(fresh.id).toBeTruthy();
  });
});
