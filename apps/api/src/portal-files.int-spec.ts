import { ALL_ROLES, Role } from '@rapport/shared-domain';
import type { ApiClient } from '@rapport/shared-testing';
import { binary, EXE, pdf, SMALL_FILE_CAPS } from './testing/fixtures/case-files';
import { useTestApi } from './testing/test-api';

/**
 * The customer portal's files and products (issue 19 item 4): a customer writes a message (a new
 * case's first, or a reply), then sends its files onto it, checked by the staff's rules; they see
 * and download the files of their thread, never an internal note's, never on another's case; the
 * product picker offers their contracts' products, else the active catalogue, and a new case takes
 * only one of those. Caps made small (200 KB a file, 300 KB a message).
 */
const api = useTestApi({ INBOUND_SMTP_PORT: '0', ...SMALL_FILE_CAPS });
const tag = Date.now().toString(36);
const OPEN = 'mutation($i: OpenPortalCaseInput!) { openPortalCase(input: $i) { id messages { id fromCustomer attachments { id filename contentType size url } } } }';
const REPLY = 'mutation($i: ReplyToPortalCaseInput!) { replyToPortalCase(input: $i) { id messages { id fromCustomer body } } }';
const THREAD = 'query($id: ID!) { portalCase(id: $id) { messages { id body attachments { id filename url } } } }';
type Thread = { portalCase: { messages: { id: string; body: string; attachments: { id: string; filename: string; url: string }[] }[] } | null };

const as: Record<string, ApiClient> = {};
let accountX: string;
let contactA: string;

async function portalLogin(contactId: string, admin = false): Promise<ApiClient> {
  const user = await api.ctx.newUser({ role: Role.PortalUser });
  await api.ctx.ds.query(`INSERT INTO portal_user (user_id, contact_id, account_admin, verified_at) VALUES ($1, $2, $3, now())`, [user.id, contactId, admin]);
  return api.signedIn(user.email);
}
const fileOnto = (c: ApiClient, caseId: string, messageId: string, file: Buffer, filename: string) => c.post(`/api/v1/portal/cases/${caseId}/messages/${messageId}/attachments`).attach('file', file, { filename, contentType: 'application/octet-stream' });
const opened = async (c: ApiClient, subject: string, productId?: string) => {
  const { openPortalCase } = await c.gqlOk<{ openPortalCase: { id: string; messages: { id: string }[] } }>(OPEN, { i: { subject, description: `${subject}: details`, ...(productId ? { productId } : {}) } });
  return { caseId: openPortalCase.id, messageId: openPortalCase.messages[0]!.id };
};

beforeAll(async () => {
  await api.ctx.ds.query(`INSERT INTO routing_queue (name, is_default) VALUES ('Portal files default', true)`);
  accountX = (await api.ctx.newAccount({ name: 'Files X' })).id;
  const y = (await api.ctx.newAccount({ name: 'Files Y' })).id;
  contactA = (await api.ctx.newContact({ lastName: 'Anna', accountId: accountX })).id;
  const colleague = (await api.ctx.newContact({ lastName: 'Colleague', accountId: accountX })).id;
  const b = (await api.ctx.newContact({ lastName: 'Bob', accountId: y })).id;
  as['a'] = await portalLogin(contactA);
  as['admin'] = await portalLogin(colleague, true);
  as['b'] = await portalLogin(b);
  as['agent'] = await api.signedIn((await api.ctx.newUser({ role: Role.ServiceAgent })).email);
});

describe('a customer’s files', () => {
  it('go onto their new case’s first message and a reply, show in the thread and download byte for byte', async () => {
    const { caseId, messageId } = await opened(as['a']!, 'Manual missing');
    const manual = pdf(120_000);
    const res = await fileOnto(as['a']!, caseId, messageId, manual, '说明书.pdf');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ filename: '说明书.pdf', contentType: 'application/pdf', size: manual.length, url: `/api/v1/portal/cases/${caseId}/attachments/${res.body.id}` });
    const { replyToPortalCase } = await as['a']!.gqlOk<{ replyToPortalCase: { messages: { id: string; fromCustomer: boolean; body: string }[] } }>(REPLY, { i: { caseId, body: 'And the invoice' } });
    const reply = replyToPortalCase.messages.at(-1)!;
    expect((await fileOnto(as['a']!, caseId, reply.id, pdf(1000, 2), 'invoice.pdf')).status).toBe(201);
    const { portalCase } = await as['a']!.gqlOk<Thread>(THREAD, { id: caseId });
    expect(portalCase!.messages.map((m) => m.attachments.map((a) => a.filename))).toEqual([['说明书.pdf'], ['invoice.pdf']]);
    const down = await binary(as['a']!.get(res.body.url as string));
    expect(down.status).toBe(200);
    expect(Buffer.compare(down.body as Buffer, manual)).toBe(0);
    expect(down.headers['content-disposition']).toContain('attachment;');
    expect(down.headers['x-content-type-options']).toBe('nosniff');
    // The account's service admin sees the case, so its files too; the agent sees them on the staff thread.
    expect((await binary(as['admin']!.get(res.body.url as string))).status).toBe(200);
    const staff = await as['agent']!.gqlOk<{ case: { messages: { attachments: { filename: string }[] }[] } | null }>('query($id: ID!) { case(id: $id) { messages { attachments { filename } } } }', { id: caseId });
    expect(staff.case?.messages.flatMap((m) => m.attachments.map((a) => a.filename)).sort()).toEqual(['invoice.pdf', '说明书.pdf']);
  });

  it('are refused with a clear 4xx: a program, a file too big, a message not theirs, another’s case, no session, staff', async () => {
    const { caseId, messageId } = await opened(as['a']!, 'Refusals');
    const program = await fileOnto(as['a']!, caseId, messageId, EXE, 'setup.pdf');
    expect(program.status).toBe(400);
    expect(JSON.stringify(program.body)).toMatch(/not what its name says|not accepted/);
    const big = await fileOnto(as['a']!, caseId, messageId, pdf(250_000), 'big.pdf');
    expect(big.status).toBe(400);
    expect(JSON.stringify(big.body)).toContain('larger than');
    // The message cap counts the files it already carries (300 KB together).
    expect((await fileOnto(as['a']!, caseId, messageId, pdf(180_000, 3), 'one.pdf')).status).toBe(201);
    const over = await fileOnto(as['a']!, caseId, messageId, pdf(180_000, 4), 'two.pdf');
    expect(over.status).toBe(400);
    expect(JSON.stringify(over.body)).toContain('together');
    // A staff reply on the case is not the customer's message.
    const { replyToCase } = await as['agent']!.gqlOk<{ replyToCase: { message: { id: string } } }>('mutation($i: ReplyToCaseInput!) { replyToCase(input: $i) { message { id } } }', { i: { caseId, body: 'Hello' } });
    const onStaff = await fileOnto(as['a']!, caseId, replyToCase.message.id, pdf(1000), 'x.pdf');
    expect(onStaff.status).toBe(400);
    expect(JSON.stringify(onStaff.body)).toContain('a message you wrote on this case');
    // No file at all.
    const none = await as['a']!.post(`/api/v1/portal/cases/${caseId}/messages/${messageId}/attachments`).field('other', 'x');
    expect(none.status).toBe(400);
    expect(JSON.stringify(none.body)).toContain('Send one file');
    // An hour later the message takes no more files.
    await api.ctx.ds.query(`UPDATE case_message SET created_at = now() - interval '2 hours' WHERE id = $1`, [messageId]);
    expect((await fileOnto(as['a']!, caseId, messageId, pdf(1000), 'late.pdf')).status).toBe(400);
    // Another customer's case is not found, whatever the message; staff and the signed-out are turned away.
    expect((await fileOnto(as['b']!, caseId, messageId, pdf(1000), 'b.pdf')).status).toBe(404);
    expect((await fileOnto(as['agent']!, caseId, messageId, pdf(1000), 'agent.pdf')).status).toBe(403);
    expect((await api.anon().post(`/api/v1/portal/cases/${caseId}/messages/${messageId}/attachments`).attach('file', pdf(1000), 'anon.pdf')).status).toBe(401);
    expect((await as['a']!.post(`/api/v1/portal/cases/not-a-uuid/messages/${messageId}/attachments`).attach('file', pdf(1000), 'x.pdf')).status).toBe(400);
    const count = await api.ctx.ds.query(`SELECT count(*)::int AS n FROM case_attachment WHERE case_id = $1`, [caseId]);
    expect(count[0].n).toBe(1);
  });

  it('never give away an internal note’s file, nor one of another customer’s case', async () => {
    const { caseId, messageId } = await opened(as['a']!, 'Notes');
    const own = await fileOnto(as['a']!, caseId, messageId, pdf(1000), 'mine.pdf');
    const [note] = await api.ctx.ds.query(`INSERT INTO case_message (case_id, direction, channel, body) VALUES ($1, 'internal', 'note', 'Internal') RETURNING id`, [caseId]);
    const [secret] = await api.ctx.ds.query(`INSERT INTO case_attachment (case_id, message_id, filename, content_type, size, sha256, content) VALUES ($1, $2, 'secret.pdf', 'application/pdf', 4, repeat('0', 64), '\\x25504446') RETURNING id`, [caseId, note.id]);
    expect((await as['a']!.get(`/api/v1/portal/cases/${caseId}/attachments/${secret.id}`)).status).toBe(404);
    const { portalCase } = await as['a']!.gqlOk<Thread>(THREAD, { id: caseId });
    expect(portalCase!.messages.flatMap((m) => m.attachments.map((a) => a.filename))).toEqual(['mine.pdf']);
    expect((await as['b']!.get(own.body.url as string)).status).toBe(404);
    expect((await as['agent']!.get(own.body.url as string)).status).toBe(403);
    expect((await api.anon().get(own.body.url as string)).status).toBe(401);
  });
});

describe('the product picker', () => {
  it('offers the active catalogue without contracts, the contracts’ products with them, in the reader’s language; a new case takes only those', async () => {
    const rows: { id: string; sku: string }[] = await api.ctx.ds.query(
      `INSERT INTO product (sku, name, names, active) VALUES ($1, 'Alpha pump', '{"zh-CN": "阿尔法泵"}', true), ($2, 'Beta valve', '{}', true), ($3, 'Retired gauge', '{}', false) RETURNING id, sku`,
      [`A-${tag}`, `B-${tag}`, `R-${tag}`],
    );
    const [alpha, beta, retired] = rows.map((r) => r.id);
    const LIST = '{ portalProducts { id name } }';
    const names = async (c: ApiClient) => (await c.gqlOk<{ portalProducts: { id: string; name: string }[] }>(LIST)).portalProducts;
    const catalogue = await names(as['a']!);
    expect(catalogue.map((p) => p.id)).toEqual(expect.arrayContaining([alpha, beta]));
    expect(catalogue.map((p) => p.id)).not.toContain(retired);
    const zh = await as['a']!.gqlOkIn<{ portalProducts: { id: string; name: string }[] }>('zh-CN', LIST);
    expect(zh.portalProducts.find((p) => p.id === alpha)?.name).toBe('阿尔法泵');
    const refused = await as['a']!.gql(OPEN, { i: { subject: 'Retired', description: 'x', productId: retired } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ path: 'input.productId', message: 'Choose one of the products in the list.' }] });

    const [policy] = await api.ctx.ds.query(`INSERT INTO service_sla_policy (name, targets) VALUES ($1, '{}') RETURNING id`, [`Portal products ${tag}`]);
    await api.ctx.ds.query(`INSERT INTO entitlement (account_id, name, starts_on, policy_id, product_ids) VALUES ($1, 'Pump care', '2020-01-01', $2, $3)`, [accountX, policy.id, [beta]]);
    expect((await names(as['a']!)).map((p) => p.id)).toEqual([beta]);
    expect((await as['a']!.gql(OPEN, { i: { subject: 'Alpha now', description: 'x', productId: alpha } })).errors?.[0]?.extensions?.['code']).toBe('VALIDATION_FAILED');
    const { caseId } = await opened(as['a']!, 'Valve drips', beta);
    expect((await api.ctx.ds.query(`SELECT product_id FROM service_case WHERE id = $1`, [caseId]))[0].product_id).toBe(beta);
    // Another account has no contract: the catalogue.
    expect((await names(as['b']!)).map((p) => p.id)).toEqual(expect.arrayContaining([alpha, beta]));
  });

  it('is for customers only', async () => {
    for (const role of ALL_ROLES.filter((r) => r !== Role.PortalUser && r !== Role.Integration)) {
      const c = await api.signedIn((await api.ctx.newUser({ role })).email);
      expect([role, (await c.gql('{ portalProducts { id } }')).errors?.[0]?.extensions?.['code']]).toEqual([role, 'FORBIDDEN']);
    }
    expect((await api.anon().post('/graphql').send({ query: '{ portalProducts { id } }' })).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
