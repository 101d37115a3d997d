import { Role } from '@rapport/shared-domain';
import { NotificationMailer } from '@rapport/shared-mail';
import { RoutingService } from '@rapport/leads-api';
import { useTestApi } from './testing/test-api';

/**
 * Every word in the user's language, as the API makes it possible: errors carry a message key and
 * params next to the English (GraphQL `extensions`, REST problem+json members, per field), and
 * notification emails are written in the recipient's language with money in their format.
 */
const SMTP_URL = process.env.RAPPORT_TEST_SMTP_URL ?? '';
const INBOX_URL = process.env.RAPPORT_TEST_INBOX_URL ?? '';

const api = useTestApi({ SMTP_URL, PUBLIC_LEAD_RATE_LIMIT: '5000' }, async ({ ctx }) => {
  // Around the clock, so routing does not depend on the hour the test runs.
  await ctx.useIntakeCalendar();
});

const unique = () => Math.random().toString(36).slice(2, 10);
const one = async (sql: string, p: unknown[] = []) => (await api.ctx.ds.query(sql, p))[0];

describe('error messages carry a key and params', () => {
  it('a wrong password: auth.badCredentials over GraphQL; a missing session over REST', async () => {
    const user = await api.ctx.newUser({ role: Role.SalesRep });
    const res = await api.anon().post('/graphql').send({ query: 'mutation($input: LoginInput!) { login(input: $input) { user { id } } }', variables: { input: { email: user.email, password: 'not-the-password' } } });
    expect(res.body.errors[0]).toMatchObject({ message: 'The email or password is not correct.', extensions: { code: 'UNAUTHENTICATED', messageKey: 'auth.badCredentials' } });
    expect(res.body.errors[0].extensions.params).toBeUndefined();

    const rest = await api.anon().get('/api/v1/me');
    expect(rest.status).toBe(401);
    expect(rest.headers['content-type']).toContain('application/problem+json');
    expect(rest.body).toMatchObject({ code: 'UNAUTHENTICATED', title: 'Please sign in.', messageKey: 'errors.unauthenticated' });
  });

  it('a forbidden action: the generic key, or the specific one the thrower’s English names', async () => {
    const rep = await api.signedIn((await api.ctx.newUser({ role: Role.SalesRep })).email);
    const form = await rep.gql('mutation { saveWebForm(input: { name: "Expo", fields: [{ key: "email", label: "Email" }] }) { webForm { id } } }');
    expect(form.errors?.[0]).toMatchObject({ message: 'You are not allowed to do this.', extensions: { code: 'FORBIDDEN', messageKey: 'errors.forbidden' } });
    const user = await rep.gql('mutation { createUser(input: { email: "x@example.com", name: "X", role: SALES_REP, password: "long-enough-pass" }) { user { id } } }');
    expect(user.errors?.[0]).toMatchObject({ message: 'Only administrators can manage users.', extensions: { code: 'FORBIDDEN', messageKey: 'users.adminsOnly' } });

    const upload = await rep.post('/api/v1/lead-imports').attach('file', Buffer.from('Company\nAcme\n'), 'leads.csv');
    expect(upload.status).toBe(403);
    expect(upload.body).toMatchObject({ code: 'FORBIDDEN', title: 'You are not allowed to do this.', messageKey: 'errors.forbidden' });
  });

  it('a record that is not there names the object as a translatable param', async () => {
    const admin = await api.signedIn((await api.ctx.newUser({ role: Role.Admin })).email);
    const missing = '00000000-0000-4000-8000-000000000000';
    const gql = await admin.gql('mutation($id: ID!) { updateAccount(input: { id: $id, name: "X" }) { account { id } } }', { id: missing });
    expect(gql.errors?.[0]).toMatchObject({ message: 'The account was not found.', extensions: { code: 'NOT_FOUND', messageKey: 'errors.notFound', params: { object: 'account' } } });
    const rest = await admin.get(`/api/v1/users/${missing}`);
    expect(rest.status).toBe(404);
    expect(rest.body).toMatchObject({ code: 'NOT_FOUND', title: 'The user was not found.', messageKey: 'errors.notFound', params: { object: 'user' } });
  });

  it('validation: a key per field from the constraint, with its limit as a param', async () => {
    const rep = await api.signedIn((await api.ctx.newUser({ role: Role.SalesRep })).email);
    const res = await rep.gql('mutation($i: CreateAccountInput!) { createAccount(input: $i) { account { id } } }', { i: { name: '', industry: 'x'.repeat(121) } });
    expect(res.errors?.[0].message).toBe('The input is not valid.');
    expect(res.errors?.[0].extensions).toEqual({
      code: 'VALIDATION_FAILED',
      messageKey: 'errors.validationFailed',
      fields: expect.arrayContaining([
        // Left empty: said as such, whatever the length limits are.
        { path: 'input.name', message: 'Name must be 1 to 200 characters.', messageKey: 'validation.isNotEmpty' },
        { path: 'input.industry', message: 'industry must be shorter than or equal to 120 characters', messageKey: 'validation.maxLength', params: { max: 120 } },
      ]),
    });
    const long = await rep.gql('mutation($i: CreateAccountInput!) { createAccount(input: $i) { account { id } } }', { i: { name: 'x'.repeat(201) } });
    expect(long.errors?.[0].extensions?.fields).toEqual([{ path: 'input.name', message: 'Name must be 1 to 200 characters.', messageKey: 'validation.isLength', params: { min: 1, max: 200 } }]);
    const badId = await rep.gql('query($id: ID!) { account(id: $id) { id } }', { id: 'not-a-uuid' });
    expect(badId.errors?.[0].extensions?.fields).toEqual([{ path: 'id', message: 'is not a valid id', messageKey: 'validation.isUuid' }]);

    const rest = await rep.get('/api/v1/users?limit=5000');
    expect(rest.status).toBe(400);
    expect(rest.body).toMatchObject({ code: 'VALIDATION_FAILED', messageKey: 'errors.validationFailed' });
    expect(rest.body.errors).toEqual([{ path: 'limit', message: 'limit must not be greater than 1000', messageKey: 'validation.max', params: { max: 1000 } }]);
  });
});

interface InboxMail {
  subject: string;
  text: string;
  to: { address: string }[];
}

async function mailTo(address: string): Promise<InboxMail[]> {
  const inbox: InboxMail[] = await (await fetch(`${INBOX_URL}/api/email`)).json();
  return inbox.filter((m) => m.to[0].address === address);
}

describe('notification emails in the recipient’s language', () => {
  it('a new lead for a zh-CN rep: Chinese subject and a Chinese "why you" from the routing decision', async () => {
    const team = await api.ctx.newTeam();
    const rep = await api.ctx.newUser({ role: Role.SalesRep, teamId: team.id, name: `李娜 ${unique()}`, locale: 'zh-CN' } as never);
    await api.ctx.newRoutingProfile(rep);
    const campaign = `expo-${unique()}`;
    await api.ctx.newRoutingRule({ name: `展会 ${campaign}`, position: -20, criteria: { campaigns: [campaign] }, targetTeamId: team.id, distribution: 'round_robin' });
    const email = `wang-${unique()}@example.com`;
    expect((await api.anon().post('/api/public/leads').send({ firstName: '伟', lastName: '王', email, campaign })).status).toBe(201);
    const lead = await one(`SELECT id FROM lead WHERE email = $1`, [email]);
    expect(await api.app.get(RoutingService).assign(lead.id)).toMatchObject({ status: 'assigned', userId: rep.id });

    const note = await one(`SELECT id, kind, title, payload FROM notification WHERE user_id = $1 AND payload->>'leadId' = $2`, [rep.id, lead.id]);
    expect(note).toMatchObject({ kind: 'lead.assigned', title: 'New lead for you: 王伟', payload: { name: '王伟', routing: { ruleName: `展会 ${campaign}`, conditions: { campaigns: [campaign] }, reason: 'round_robin' } } });
    expect(await api.app.get(NotificationMailer).send(note.id)).toBe('sent');

    const [mail] = await mailTo(rep.email);
    expect(mail.subject).toBe('您有新线索：王伟');
    expect(mail.text).toContain(`分配原因:\n- 规则“展会 ${campaign}”匹配（营销活动：${campaign}）；按轮流分配选中 ${rep.name}（距上次分配等待最久）。`);
    expect(mail.text).toContain('在 Rapport 中打开');
  });

  it('the approval request for a zh-CN manager: Chinese, with the total as money ("¥16,800.00", not "16800.00 CNY")', async () => {
    const team = await api.ctx.newTeam();
    const manager = await api.ctx.newUser({ role: Role.SalesManager, teamId: team.id, locale: 'zh-CN' } as never);
    await api.ctx.setTeamManager(team, manager);
    const rep = await api.ctx.newUser({ role: Role.SalesRep, teamId: team.id });
    const account = await api.ctx.newAccount({ name: `Acme ${unique()}`, owner: rep });
    const opp = await api.ctx.newOpportunity({ name: 'Big deal', accountId: account.id, amount: '1', owner: rep });
    const product = await api.ctx.newProduct({ sku: `SKU-${unique()}`, name: 'Rapport Cloud seat', productLine: 'software' });
    await api.ctx.newPriceBook({ name: 'Standard', kind: 'standard', currency: 'CNY', prices: [{ productId: product.id, unitPrice: 1000 }] });

    const r = await api.signedIn(rep.email);
    const { createQuote } = await r.gqlOk<{ createQuote: { quote: { id: string; total: number } } }>(
      `mutation($i: CreateQuoteInput!) { createQuote(input: $i) { quote { id total } } }`,
      { i: { opportunityId: opp.id, lines: [{ productId: product.id, quantity: 20, discountPercent: 16 }] } },
    );
    expect(createQuote.quote.total).toBe(16800);
    await r.gqlOk(`mutation($i: SubmitQuoteInput!) { submitQuote(input: $i) { needsApproval } }`, { i: { id: createQuote.quote.id, reasonCode: 'competitive', note: '对手报价更低' } });

    const ask = await one(`SELECT id, title, payload FROM notification WHERE user_id = $1 AND kind = 'quote.approval_requested' AND payload->>'quoteId' = $2`, [manager.id, createQuote.quote.id]);
    // The stored title stays English for integrators; the email is worded from the values.
    expect(ask.title).toContain('16800.00 CNY');
    expect(ask.payload).toMatchObject({ total: 16800, currency: 'CNY', maxDiscountPercent: 16 });
    expect(await api.app.get(NotificationMailer).send(ask.id)).toBe('sent');

    const [mail] = await mailTo(manager.email);
    expect(mail.subject).toBe(`待审批：${ask.payload.name}（¥16,800.00），折扣最高 16%`);
    expect(mail.text).toContain('超出权限的折扣:\n- 第 1 行：16%（最多允许 10%）');
    expect(mail.text).toContain('对手报价更低');
    expect(mail.text).not.toContain('16800.00 CNY');
  });
});
