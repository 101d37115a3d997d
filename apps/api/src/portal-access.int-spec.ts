import { Role } from '@rapport/shared-domain';
import { withSystemScope } from '@rapport/shared-database';
import { PortalMailer } from '@rapport/service-api';
import { ApiClient } from '@rapport/shared-testing';
import { sinkInbox } from './testing/mail-sink';
import { useTestApi } from './testing/test-api';

/**
 * The customer portal's way in (issue 19 item 4, ADR 0025) on real PostgreSQL and a real SMTP sink:
 * invitations, sign-up with a confirmed address, sign-in links; every link once, for its login only;
 * public answers that never tell whether an address is known; hostile input refused by field.
 */
const ORIGIN = 'https://crm.example.test';
const api = useTestApi({ SMTP_URL: process.env['RAPPORT_TEST_SMTP_URL'] ?? '', INBOUND_SMTP_PORT: '0', PUBLIC_ORIGIN: ORIGIN, PUBLIC_LEAD_RATE_LIMIT: '1000' });
let admin: ApiClient;
let tag = 0;
const address = (name: string) => `${name}-${Date.now()}-${++tag}@portal-test.example`;

/** Sends the links the outbox holds for these logins (the worker's job), then reads the newest mail to `to`. */
async function mailTo(to: string) {
  const pending = (await api.ctx.ds.query(`SELECT payload FROM outbox WHERE job_name = 'send-portal-link' AND done_at IS NULL`)) as { payload: { userId: string; nonce: string } }[];
  for (const { payload } of pending) await withSystemScope('test: the portal mail job', () => api.app.get(PortalMailer).send(payload.userId, payload.nonce));
  await api.ctx.ds.query(`UPDATE outbox SET done_at = now() WHERE job_name = 'send-portal-link'`);
  return (await sinkInbox(to)).at(-1);
}
const tokenIn = (text: string | undefined) => new RegExp(`${ORIGIN}/portal/[a-z/-]+\\?token=(\\S+)`).exec(text ?? '')?.[1];
const follow = async (client: ApiClient, token: string | undefined, password?: string) => {
  const res = await client.raw().post('/api/public/portal/links').send({ token: decodeURIComponent(token ?? ''), ...(password ? { password } : {}) });
  client.keepCookies(res);
  return res;
};

beforeAll(async () => {
  admin = await api.signedIn((await api.ctx.newUser({ role: Role.Admin })).email);
});

describe('invitations', () => {
  it('mail a contact a link in their language that signs them in once, with a password they choose', async () => {
    const email = address('mei');
    const account = await api.ctx.newAccount({ name: 'Harbour Tea' });
    const contact = await api.ctx.newContact({ firstName: '美', lastName: '陳', emails: [email], locale: 'zh-TW', accountId: account.id } as never);
    const { invitePortalUser } = await admin.gqlOk<{ invitePortalUser: { email: string; verifiedAt: string | null; accountAdmin: boolean } }>(
      'mutation($i: InvitePortalUserInput!) { invitePortalUser(input: $i) { email verifiedAt accountAdmin } }',
      { i: { contactId: contact.id, accountAdmin: true } },
    );
    expect(invitePortalUser).toEqual({ email, verifiedAt: null, accountAdmin: true });
    const mail = await mailTo(email);
    expect(mail?.subject).toBe('邀請您使用我們的客戶入口網站');
    const token = tokenIn(mail?.text);
    expect(mail?.text).toContain(`${ORIGIN}/portal/welcome?token=`);

    const customer = new ApiClient(api.app);
    const weak = await follow(customer, token, '1234567890');
    expect(weak.status).toBe(400);
    const ok = await follow(customer, token, 'tea-leaves-and-harbour');
    expect(ok.status).toBe(200);
    expect(ok.headers['set-cookie']?.[0]).toMatch(/^rapport_session=/);
    expect((await customer.gqlOk<{ portalCases: { totalCount: number } }>('{ portalCases { totalCount } }')).portalCases.totalCount).toBe(0);
    // Their email preferences: the consent centre's page for their own address.
    const { portalMe } = await customer.gqlOk<{ portalMe: { email: string; preferencesUrl: string } }>('{ portalMe { email preferencesUrl } }');
    expect(portalMe.email).toBe(email);
    const centre = await api.anon().get(portalMe.preferencesUrl.replace(ORIGIN, '')).set('Accept', 'text/html');
    expect(centre.status).toBe(200);
    expect(centre.text).toContain(email);
    // Used: the same link again is refused, as is a forged one.
    expect((await follow(new ApiClient(api.app), token)).body).toMatchObject({ errors: [{ path: 'token', message: 'This link is not valid any more; ask for a new one.' }] });
    expect((await follow(new ApiClient(api.app), `${token}x`)).status).toBe(400);
    // The password chosen signs them in from now on.
    const again = await api.signedIn(email, 'tea-leaves-and-harbour');
    expect((await again.gqlOk<{ me: { role: string } }>('{ me { role } }')).me.role).toBe('PORTAL_USER');
    // Already using the portal: a second invitation is refused by field.
    const twice = await admin.gql('mutation($i: InvitePortalUserInput!) { invitePortalUser(input: $i) { email } }', { i: { contactId: contact.id } });
    expect(twice.errors?.[0]?.extensions).toMatchObject({ fields: [{ path: 'input.contactId', message: 'This contact already uses the portal.' }] });
  });

  it('are for contacts the inviter may change, with an address', async () => {
    const rep = await api.signedIn((await api.ctx.newUser({ role: Role.SalesRep })).email);
    const notTheirs = await api.ctx.newContact({ emails: [address('other')] } as never);
    expect((await rep.gql('mutation($i: InvitePortalUserInput!) { invitePortalUser(input: $i) { email } }', { i: { contactId: notTheirs.id } })).errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    const noMail = await api.ctx.newContact({ emails: [] } as never);
    const refused = await admin.gql('mutation($i: InvitePortalUserInput!) { invitePortalUser(input: $i) { email } }', { i: { contactId: noMail.id } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ fields: [{ path: 'input.contactId', message: 'The contact has no email address to invite.' }] });
  });
});

describe('signing up', () => {
  it('makes an unknown address a contact to review with a login that reaches its cases once the address is confirmed', async () => {
    const email = address('new');
    const anon = new ApiClient(api.app);
    const res = await anon.raw().post('/api/public/portal/sign-up').send({ email, name: 'Lin Wei', password: 'kettle-on-the-stove', language: 'zh-CN' });
    expect([res.status, res.body]).toEqual([202, { status: 'check-your-email' }]);
    const [contact] = await api.ctx.ds.query(`SELECT c.id, c.needs_review, c.last_name, c.locale FROM contact c WHERE c.emails @> ARRAY[$1::text]`, [email]);
    // Signed up in 简体中文: the new contact's language, so mail and surveys reach them in it.
    expect(contact).toMatchObject({ needs_review: true, last_name: 'Wei', locale: 'zh-CN' });
    // Before the address is confirmed the password signs in, but the login reaches nothing.
    const early = await api.signedIn(email, 'kettle-on-the-stove');
    expect((await early.gql('mutation($i: OpenPortalCaseInput!) { openPortalCase(input: $i) { id } }', { i: { subject: 'Too early', description: 'x' } })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');

    const mail = await mailTo(email);
    expect(mail?.subject).toBe('请确认您的电子邮件地址');
    const customer = new ApiClient(api.app);
    expect((await follow(customer, tokenIn(mail?.text))).status).toBe(200);
    const { openPortalCase } = await customer.gqlOk<{ openPortalCase: { id: string } }>('mutation($i: OpenPortalCaseInput!) { openPortalCase(input: $i) { id } }', { i: { subject: 'Kettle', description: 'It whistles too early.' } });
    const [k] = await api.ctx.ds.query(`SELECT contact_id FROM service_case WHERE id = $1`, [openPortalCase.id]);
    expect(k.contact_id).toBe(contact.id);
  });

  it('answers the same for a known customer, a staff address and garbage-free input, and mails only what applies', async () => {
    const email = address('known');
    const contact = await api.ctx.newContact({ emails: [email] } as never);
    await api.ctx.ds.query(`INSERT INTO app_user (email, name, role) VALUES ($1, 'Known', 'portal_user')`, [email]);
    await api.ctx.ds.query(`INSERT INTO portal_user (user_id, contact_id, verified_at) SELECT id, $2, now() FROM app_user WHERE email = $1`, [email, contact.id]);
    const anon = new ApiClient(api.app);
    const known = await anon.raw().post('/api/public/portal/sign-up').send({ email, name: 'Known', password: 'another-long-password' });
    expect([known.status, known.body]).toEqual([202, { status: 'check-your-email' }]);
    expect((await mailTo(email))?.subject).toBe('Your sign-in link');
    expect(((await api.ctx.ds.query(`SELECT count(*)::int AS n FROM app_user WHERE email = $1`, [email])) as { n: number }[])[0]!.n).toBe(1);

    const staff = await api.ctx.newUser({ role: Role.ServiceAgent });
    const asStaff = await anon.raw().post('/api/public/portal/sign-up').send({ email: staff.email, name: 'Impostor', password: 'impostor-password-1' });
    expect([asStaff.status, asStaff.body]).toEqual([202, { status: 'check-your-email' }]);
    expect(await mailTo(staff.email)).toBeUndefined();
    const unknownLink = await anon.raw().post('/api/public/portal/sign-in-link').send({ email: address('nobody') });
    expect([unknownLink.status, unknownLink.body]).toEqual([202, { status: 'check-your-email' }]);
  });

  it('makes one login of two sign-ups of one address at once', async () => {
    const email = address('twice');
    const anon = new ApiClient(api.app);
    const both = await Promise.all([0, 1].map((i) => anon.raw().post('/api/public/portal/sign-up').send({ email, name: `Twin ${i}`, password: 'same-address-twice' })));
    expect(both.map((r) => r.status)).toEqual([202, 202]);
    expect(((await api.ctx.ds.query(`SELECT count(*)::int AS n FROM app_user WHERE email = $1`, [email])) as { n: number }[])[0]!.n).toBe(1);
  });

  it('refuses hostile input by field, never with a 500', async () => {
    const anon = new ApiClient(api.app);
    for (const body of [{}, { email: 'not-an-address', name: 'x', password: 'long-enough-pass' }, { email: address('a'), name: 'x'.repeat(101), password: 'long-enough-pass' }, { email: address('b'), name: 'x', password: 'short' }, { email: [address('c')], name: {}, password: 7 }, { email: address('d'), name: 'x', password: 'long-enough-pass', language: 'fr' }]) {
      const res = await anon.raw().post('/api/public/portal/sign-up').send(body);
      expect({ body, status: res.status }).toEqual({ body, status: 400 });
      expect(Array.isArray(res.body.errors) && res.body.errors.length > 0).toBe(true);
    }
    for (const token of ['', 'a.b.c', 'x'.repeat(301), '00000000-0000-0000-0000-000000000000.AAAAAAAAAAAAAAAA.sig']) {
      expect((await anon.raw().post('/api/public/portal/links').send({ token })).status).toBe(400);
    }
  });
});
