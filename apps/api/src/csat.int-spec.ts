import { Role } from '@rapport/shared-domain';
import { CsatAnswersService, CsatMailer } from '@rapport/service-api';
import { ApiClient } from '@rapport/shared-testing';
import { sinkInbox } from './testing/mail-sink';
import { useTestApi } from './testing/test-api';

/**
 * Satisfaction surveys (issue 19 item 5) on real PostgreSQL and a real SMTP sink: a resolution
 * offers the survey (the mode decides which), the customer gets one mail in their language with a
 * signed link, answers once through the public route (hostile bodies and links get clear 4xx, never
 * a 500), a low rating tells the owner's manager once and reopens nothing, and the report and the
 * answers are counted per agent and channel within each reader's scope.
 */
const ORIGIN = 'https://crm.example.test';
const api = useTestApi({ SMTP_URL: process.env['RAPPORT_TEST_SMTP_URL'] ?? '', MAILING_DOMAIN: 'mail.rapport.test', INBOUND_SMTP_PORT: '0', PUBLIC_ORIGIN: ORIGIN, PUBLIC_LEAD_RATE_LIMIT: '40' });
const tag = `q${Date.now().toString(36)}`;
const addr = (name: string) => `${name}.${tag}@customer.example`;
const since = new Date(Date.now() - 1000);

let manager: ApiClient;
let managerId: string;
let agentA: ApiClient;
let agentAId: string;
let agentB: ApiClient;
let agentBId: string;
let teamA: string;
let client = 0;
/** Each public call from an address of its own, so the rate limit is tested on purpose only (below). */
const anon = () => {
  const ip = `2001:db8::${(++client).toString(16)}`;
  return { get: (p: string) => api.anon().get(p).set('X-Forwarded-For', ip), post: (p: string) => api.anon().post(p).set('X-Forwarded-For', ip) };
};

const SETTINGS = 'mode questions { key kind required text { en zhCN zhTW } } lowRatingThreshold defaultLanguage';
const save = (c: ApiClient, input: unknown) => c.gql<{ saveCsatSettings: { settings: Record<string, unknown> } }>(`mutation($i: SaveCsatSettingsInput!) { saveCsatSettings(input: $i) { settings { ${SETTINGS} } } }`, { i: input });
const QUESTIONS = [
  { key: 'speed', kind: 'RATING', required: true, text: { en: 'Was the answer fast?', zhCN: '回复及时吗？', zhTW: '回覆及時嗎？' } },
  { key: 'again', kind: 'YES_NO', required: false, text: { en: 'Would you contact us again?', zhTW: '您會再聯絡我們嗎？' } },
];

async function newCase(owner: string, team: string | null, channel: string, locale: string | null, email: string | null) {
  const contact = await api.ctx.newContact({ firstName: 'Mei', lastName: '陳', emails: email ? [email] : [], ...(locale ? { locale } : {}) } as never);
  return api.ctx.newCase({ contactId: contact.id, channel, subject: `Printer ${tag} ${channel}`, owner: { owner, team } } as never);
}
const setStatus = (c: ApiClient, id: string, status: string) => c.gqlOk('mutation($i: SetCaseStatusInput!) { setCaseStatus(input: $i) { case { id status } } }', { i: { id, status } });
const surveyOf = async (caseId: string) => ((await api.ctx.ds.query(`SELECT * FROM csat_survey WHERE case_id = $1`, [caseId])) as { id: string; invitations: number; language: string; owner_id: string; team_id: string | null; channel: string }[])[0];
const invites = async (surveyId: string) => ((await api.ctx.ds.query(`SELECT payload FROM outbox WHERE job_name = 'send-csat-survey' AND payload->>'surveyId' = $1 ORDER BY id`, [surveyId])) as { payload: { invitation: number } }[]).map((r) => r.payload.invitation);
/** What the worker does with the outbox row: send the latest invitation, once. */
async function deliver(surveyId: string, invitation: number) {
  const mailer = api.app.get(CsatMailer);
  expect(await mailer.send(surveyId, invitation)).toBe('sent');
  expect(await mailer.send(surveyId, invitation)).toBe('already-sent');
}
const tokenIn = (text: string) => new RegExp(`${ORIGIN}/api/public/surveys/(\\S+)`).exec(text)?.[1] ?? '';

beforeAll(async () => {
  const m = await api.ctx.newUser({ role: Role.ServiceManager, name: 'Manager Lin' });
  managerId = m.id;
  manager = await api.signedIn(m.email);
  const team = await api.ctx.newTeam({ name: `Support A ${tag}` });
  teamA = team.id;
  await api.ctx.setTeamManager(team, m);
  const a = await api.ctx.newUser({ role: Role.ServiceAgent, teamId: team.id, name: 'Agent A' });
  agentAId = a.id;
  agentA = await api.signedIn(a.email);
  const b = await api.ctx.newUser({ role: Role.ServiceAgent, name: 'Agent B' });
  agentBId = b.id;
  agentB = await api.signedIn(b.email);
});

describe('settings', () => {
  it('start off, are saved by service set-up writers only, with errors by field', async () => {
    expect((await manager.gqlOk<{ csatSettings: { mode: string } }>(`{ csatSettings { ${SETTINGS} } }`)).csatSettings).toMatchObject({ mode: 'OFF', lowRatingThreshold: 2, questions: [] });
    expect((await save(agentA, { mode: 'EVERY' })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const bad = await save(manager, { mode: 'EVERY', lowRatingThreshold: 2, questions: [{ key: 'Bad Key', kind: 'TEXT', text: { en: ' ' } }, { key: 'ok', kind: 'TEXT', text: { en: 'x' } }, { key: 'ok', kind: 'TEXT', text: { en: 'y' } }] });
    expect(bad.errors?.[0]?.extensions?.['fields']).toEqual([
      expect.objectContaining({ path: 'input.questions.0.key' }),
      expect.objectContaining({ path: 'input.questions.0.text.en', message: 'A question needs its English text.' }),
      expect.objectContaining({ path: 'input.questions.2.key', message: 'is listed twice' }),
    ]);
    const ok = await save(manager, { mode: 'EVERY', lowRatingThreshold: 2, defaultLanguage: 'EN', questions: QUESTIONS });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.saveCsatSettings.settings).toMatchObject({ mode: 'EVERY', questions: [{ key: 'speed', kind: 'RATING', text: { zhTW: '回覆及時嗎？' } }, { key: 'again', text: { zhCN: null } }] });
  });
});

describe('a survey from resolution to answer', () => {
  let caseId: string;
  let surveyId: string;
  let token: string;

  it('offers one survey on resolution and mails it once, in Traditional Chinese for a zh-TW contact', async () => {
    const k = await newCase(agentAId, teamA, 'email', 'zh-TW', addr('chen'));
    caseId = k.id;
    await setStatus(agentA, caseId, 'resolved');
    const s = await surveyOf(caseId);
    expect(s).toMatchObject({ language: 'zh-TW', owner_id: agentAId, team_id: teamA, channel: 'email', invitations: 1 });
    surveyId = s!.id;
    expect(await invites(surveyId)).toEqual([1]);
    // Closing a resolved case is no new resolution.
    await setStatus(agentA, caseId, 'closed');
    expect(await invites(surveyId)).toEqual([1]);
    await deliver(surveyId, 1);
    const mails = await sinkInbox(addr('chen'));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe(`[${k.number}] 您對案件 ${k.number} 的服務滿意嗎？`);
    expect(mails[0]!.text).toContain('陳Mei，您好！');
    token = tokenIn(mails[0]!.text ?? '');
    expect(token).toMatch(/^[0-9a-f-]{36}\.[\w-]{16}\.[\w-]{43}$/);
    expect(mails[0]!.html).toContain(`/api/public/surveys/${token}`);
    // No usable token is stored: only the nonce.
    const [row] = await api.ctx.ds.query(`SELECT row_to_json(s)::text AS j FROM csat_survey s WHERE id = $1`, [surveyId]);
    expect(row.j).not.toContain(token.split('.')[2]);
  });

  it('shows the survey through the link, in the survey’s language, without sign-in', async () => {
    const json = await anon().get(`/api/public/surveys/${token}`).set('Accept', 'application/json');
    expect(json.status).toBe(200);
    expect(json.body).toEqual({
      number: expect.any(String),
      subject: `Printer ${tag} email`,
      language: 'zh-TW',
      answered: false,
      rating: null,
      questions: [
        { key: 'speed', kind: 'rating', text: '回覆及時嗎？', required: true },
        { key: 'again', kind: 'yes_no', text: '您會再聯絡我們嗎？', required: false },
      ],
    });
    const page = await anon().get(`/api/public/surveys/${token}`).set('Accept', 'text/html');
    expect(page.status).toBe(200);
    expect(page.text).toContain('lang="zh-TW"');
    expect(page.text).toContain('送出');
    expect(page.text).toContain(`action="/api/public/surveys/${token}"`);
  });

  it('refuses hostile links and bodies with clear 4xx and field errors, never a 500', async () => {
    const [id, nonce, sig] = token.split('.') as [string, string, string];
    const tampered = `${id}.${nonce}.${sig.startsWith('A') ? 'B' : 'A'}${sig.slice(1)}`;
    for (const bad of [tampered, 'x', `${id}.${nonce}`, `${'0'.repeat(8)}-0000-7000-8000-${'0'.repeat(12)}.${nonce}.${sig}`, 'x'.repeat(3000), '%00', `${token}.x`]) {
      for (const res of [await anon().get(`/api/public/surveys/${encodeURIComponent(bad)}`).set('Accept', 'application/json'), await anon().post(`/api/public/surveys/${encodeURIComponent(bad)}`).send({ rating: 5, answers: { speed: 5 } })]) {
        expect({ bad: bad.slice(0, 30), status: res.status, code: res.body.code }).toEqual({ bad: bad.slice(0, 30), status: 404, code: 'NOT_FOUND' });
        expect(res.body.messageKey).toBe('service.csatLinkInvalid');
      }
    }
    const post = (body: unknown) => anon().post(`/api/public/surveys/${token}`).set('Accept', 'application/json').send(body as object);
    const cases: [unknown, string[]][] = [
      [{ rating: 0, answers: { speed: 3 } }, ['rating']],
      [{ rating: 6, answers: { speed: 3 } }, ['rating']],
      [{ rating: '5', answers: { speed: 3 } }, ['rating']],
      [{ rating: null, answers: { speed: 3 } }, ['rating']],
      [{ rating: 4.5, answers: { speed: 3 } }, ['rating']],
      [{ rating: 5 }, ['answers.speed']],
      [{ rating: 5, answers: { speed: '4', again: 'yes' } }, ['answers.speed', 'answers.again']],
      [{ rating: 5, answers: { speed: 4, admin: true } }, ['answers.admin']],
      [{ rating: 5, answers: { speed: 4 }, isAdmin: true }, ['isAdmin']],
      [{ rating: 5, answers: { speed: 4 }, comment: 'x'.repeat(2001) }, ['comment']],
      [{ rating: 5, answers: { speed: 4 }, comment: { $ne: null } }, ['comment']],
      [{ rating: 5, answers: 'speed=4' }, ['answers']],
      [[{ rating: 5 }], ['body']],
    ];
    for (const [body, paths] of cases) {
      const res = await post(body);
      expect({ body: JSON.stringify(body).slice(0, 60), status: res.status, paths: (res.body.errors ?? []).map((e: { path: string }) => e.path) }).toEqual({ body: JSON.stringify(body).slice(0, 60), status: 400, paths });
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    const plain = await anon().post(`/api/public/surveys/${token}`).set('Content-Type', 'text/plain').send('rating=5');
    expect(plain.status).toBe(400);
    const broken = await anon().post(`/api/public/surveys/${token}`).set('Content-Type', 'application/json').send('{"rating": 5,');
    expect(broken.status).toBe(400);
    const huge = await anon().post(`/api/public/surveys/${token}`).send({ rating: 5, answers: { speed: 4 }, comment: 'x'.repeat(2_000_000) });
    expect(huge.status).toBe(413);
    expect((await surveyOf(caseId)) as unknown as { answered_at: Date | null }).toMatchObject({ answered_at: null });
  });

  it('stores one answer; a second is refused with a clear conflict', async () => {
    const first = await anon().post(`/api/public/surveys/${token}`).set('Accept', 'application/json').send({ rating: 5, answers: { speed: 4, again: true }, comment: '  很好，謝謝  ' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ answered: true, rating: 5, language: 'zh-TW' });
    const again = await anon().post(`/api/public/surveys/${token}`).set('Accept', 'application/json').send({ rating: 1, answers: { speed: 1 } });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'CONFLICT', messageKey: 'service.csatAnswered' });
    const [s] = await api.ctx.ds.query(`SELECT rating, answers, comment FROM csat_survey WHERE id = $1`, [surveyId]);
    expect(s).toEqual({ rating: 5, answers: { speed: 4, again: true }, comment: '很好，謝謝' });
    expect((await anon().get(`/api/public/surveys/${token}`).set('Accept', 'application/json')).body).toMatchObject({ answered: true, rating: 5 });
    // A resolution after the answer offers nothing more: one answer per case.
    await api.ctx.ds.query(`UPDATE service_case SET status = 'open', closed_at = NULL, resolved_at = NULL WHERE id = $1`, [caseId]);
    await setStatus(agentA, caseId, 'resolved');
    expect(await invites(surveyId)).toEqual([1]);
  });
});

describe('a low rating', () => {
  it('tells the owner’s manager once and leaves the case resolved', async () => {
    const k = await newCase(agentAId, teamA, 'phone', 'en', addr('low'));
    await setStatus(agentA, k.id, 'resolved');
    const s = (await surveyOf(k.id))!;
    await deliver(s.id, 1);
    const [mail] = await sinkInbox(addr('low'));
    expect(mail!.subject).toBe(`[${k.number}] How did we do on case ${k.number}?`);
    expect(mail!.text).toContain('Hello Mei 陳');
    const token = tokenIn(mail!.text ?? '');
    // The form on the page posts text fields; they are typed by the questions.
    const res = await anon().post(`/api/public/surveys/${token}`).type('form').set('Accept', 'text/html').send('rating=1&q.speed=2&q.again=no&comment=Nobody+called+back');
    expect(res.status).toBe(201);
    expect(res.text).toContain('Thank you for your answer.');
    expect((await anon().post(`/api/public/surveys/${token}`).set('Accept', 'application/json').send({ rating: 1, answers: { speed: 1 } })).status).toBe(409);
    const notes: { user_id: string; kind: string; title: string; body: string }[] = await api.ctx.ds.query(`SELECT user_id, kind, title, body FROM notification WHERE payload->>'caseId' = $1`, [k.id]);
    expect(notes).toEqual([{ user_id: managerId, kind: 'csat.low_rating', title: `${k.number}: the customer rated the service 1 of 5`, body: 'Nobody called back' }]);
    const [after] = await api.ctx.ds.query(`SELECT status, resolved_at FROM service_case WHERE id = $1`, [k.id]);
    expect(after.status).toBe('resolved');
    expect(after.resolved_at).not.toBeNull();
  });
});

describe('which resolutions invite', () => {
  it('every: an unanswered survey is offered again on a later resolution; only the latest invitation is mailed', async () => {
    const k = await newCase(agentBId, null, 'web', 'zh-CN', addr('again'));
    await setStatus(agentB, k.id, 'resolved');
    await setStatus(agentB, k.id, 'open');
    await setStatus(agentB, k.id, 'resolved');
    const s = (await surveyOf(k.id))!;
    expect(s.invitations).toBe(2);
    expect(await invites(s.id)).toEqual([1, 2]);
    const mailer = api.app.get(CsatMailer);
    expect(await mailer.send(s.id, 1)).toBe('superseded');
    await deliver(s.id, 2);
    const mails = await sinkInbox(addr('again'));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain('您对工单');
  });

  it('first: only a case’s first resolution; a contact without an address gets no mail; a merged duplicate gets none', async () => {
    expect((await save(manager, { mode: 'FIRST', lowRatingThreshold: 2, defaultLanguage: 'ZH_TW', questions: QUESTIONS })).errors).toBeUndefined();
    const k = await newCase(agentBId, null, 'web', null, null);
    await setStatus(agentB, k.id, 'open');
    await setStatus(agentB, k.id, 'resolved');
    await setStatus(agentB, k.id, 'open');
    await setStatus(agentB, k.id, 'resolved');
    const s = (await surveyOf(k.id))!;
    // Every contact has a language (English unless set); the settings' default is for one the surveys do not speak.
    expect(s).toMatchObject({ invitations: 1, language: 'en' });
    expect(await invites(s.id)).toEqual([1]);
    expect(await api.app.get(CsatMailer).send(s.id, 1)).toBe('no-address');
    // A case first resolved before, then again: not its first resolution.
    const earlier = await newCase(agentBId, null, 'web', 'en', addr('earlier'));
    await api.ctx.ds.query(`INSERT INTO case_event (case_id, kind, at) VALUES ($1, 'resolved', now() - interval '1 day')`, [earlier.id]);
    await setStatus(agentB, earlier.id, 'resolved');
    expect(await surveyOf(earlier.id)).toBeUndefined();
    // Merging closes the duplicate: the customer is asked about the case that stays, not the duplicate.
    const into = await newCase(agentBId, null, 'web', 'en', addr('into'));
    const dup = await newCase(agentBId, null, 'web', 'en', addr('dup'));
    await agentB.gqlOk('mutation($i: MergeCasesInput!) { mergeCases(input: $i) { case { id } } }', { i: { intoId: into.id, fromIds: [dup.id] } });
    expect(await surveyOf(dup.id)).toBeUndefined();
    // Off: nothing.
    expect((await save(manager, { mode: 'OFF', lowRatingThreshold: 2, questions: QUESTIONS })).errors).toBeUndefined();
    await setStatus(agentB, into.id, 'resolved');
    expect(await surveyOf(into.id)).toBeUndefined();
  });
});

describe('report and answers', () => {
  type Row = { key: string | null; label: string | null; surveysSent: number; responses: number; responseRate: number | null; average: number | null; satisfiedShare: number | null; dissatisfied: number };
  const ROW = 'key label surveysSent responses responseRate average satisfiedShare dissatisfied';
  const report = (c: ApiClient, groupBy: string) =>
    c.gql<{ csatReport: { rows: Row[]; total: Row } }>(`query($i: CsatReportInput!) { csatReport(input: $i) { rows { ${ROW} } total { ${ROW} } } }`, { i: { from: since.toISOString(), to: new Date(Date.now() + 60_000).toISOString(), groupBy } });

  it('counts per agent and channel in SQL, each reader within their scope', async () => {
    const byAgent = (await report(manager, 'AGENT')).data!.csatReport;
    const a = { key: agentAId, label: 'Agent A', surveysSent: 2, responses: 2, responseRate: 1, average: 3, satisfiedShare: 0.5, dissatisfied: 1 };
    const b = { key: agentBId, label: 'Agent B', surveysSent: 2, responses: 0, responseRate: 0, average: null, satisfiedShare: null, dissatisfied: 0 };
    expect(byAgent.rows).toEqual(expect.arrayContaining([a, b]));
    expect(byAgent.rows).toHaveLength(2);
    expect(byAgent.total).toMatchObject({ surveysSent: 4, responses: 2, responseRate: 0.5, average: 3 });
    const byChannel = (await report(manager, 'CHANNEL')).data!.csatReport.rows;
    expect(byChannel).toEqual([
      { key: 'email', label: 'email', surveysSent: 1, responses: 1, responseRate: 1, average: 5, satisfiedShare: 1, dissatisfied: 0 },
      { key: 'phone', label: 'phone', surveysSent: 1, responses: 1, responseRate: 1, average: 1, satisfiedShare: 0, dissatisfied: 1 },
      { key: 'web', label: 'web', surveysSent: 2, responses: 0, responseRate: 0, average: null, satisfiedShare: null, dissatisfied: 0 },
    ]);
    expect((await report(manager, 'TEAM')).data!.csatReport.rows).toEqual(expect.arrayContaining([expect.objectContaining({ key: teamA, surveysSent: 2 }), expect.objectContaining({ key: null, surveysSent: 2 })]));
    expect((await report(manager, 'QUEUE')).data!.csatReport.rows).toEqual([expect.objectContaining({ key: null, label: null, surveysSent: 4 })]);
    expect((await report(manager, 'DAY')).data!.csatReport.total.surveysSent).toBe(4);
    // An agent sees their own figures only.
    expect((await report(agentA, 'AGENT')).data!.csatReport.rows).toEqual([a]);
    expect((await report(agentB, 'CHANNEL')).data!.csatReport.rows).toEqual([expect.objectContaining({ key: 'web', surveysSent: 2 })]);
    const wide = await manager.gql('query { csatReport(input: { from: "2020-01-01T00:00:00Z", to: "2022-01-01T00:00:00Z", groupBy: AGENT }) { total { responses } } }');
    expect(wide.errors?.[0]?.extensions?.['fields']).toEqual([expect.objectContaining({ path: 'input.to' })]);
  });

  it('lists the answers with their comments, newest first, within scope', async () => {
    const list = (c: ApiClient, filter: unknown = {}) =>
      c.gqlOk<{ csatResponses: { totalCount: number; edges: { node: { caseNumber: string; rating: number; comment: string | null; agentName: string; language: string; answers: { key: string; value: string }[] } }[] } }>(
        'query($f: CsatResponsesFilter) { csatResponses(first: 10, filter: $f) { totalCount edges { node { caseNumber rating comment agentName language answers { key value } } } } }',
        { f: filter },
      );
    const all = (await list(manager, { from: since.toISOString() })).csatResponses;
    expect(all.edges.map((e) => [e.node.rating, e.node.comment, e.node.agentName])).toEqual([
      [1, 'Nobody called back', 'Agent A'],
      [5, '很好，謝謝', 'Agent A'],
    ]);
    expect(all.edges[1]!.node.answers).toHaveLength(2);
    expect(all.edges[1]!.node.answers).toEqual(expect.arrayContaining([{ key: 'speed', value: '4' }, { key: 'again', value: 'true' }]));
    expect((await list(manager, { from: since.toISOString(), maxRating: 2 })).csatResponses.totalCount).toBe(1);
    expect((await list(agentA, { from: since.toISOString() })).csatResponses.totalCount).toBe(2);
    expect((await list(agentB, { from: since.toISOString() })).csatResponses.totalCount).toBe(0);
    const sales = await api.signedIn((await api.ctx.newUser({ role: Role.SalesManager })).email);
    expect((await sales.gql('{ csatResponses(first: 5) { totalCount } }')).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});

describe('answers at the same moment', () => {
  it('store one: the other gets the conflict', async () => {
    expect((await save(manager, { mode: 'EVERY', lowRatingThreshold: 2, questions: [] })).errors).toBeUndefined();
    const k = await newCase(agentBId, null, 'chat', 'en', addr('twice'));
    await setStatus(agentB, k.id, 'resolved');
    await deliver((await surveyOf(k.id))!.id, 1);
    const token = tokenIn((await sinkInbox(addr('twice')))[0]!.text ?? '');
    const both = await Promise.all([2, 4].map((rating) => anon().post(`/api/public/surveys/${token}`).set('Accept', 'application/json').send({ rating })));
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
    const [row] = await api.ctx.ds.query(`SELECT rating FROM csat_survey WHERE case_id = $1`, [k.id]);
    expect(row.rating).toBe(both.find((r) => r.status === 201)!.body.rating);
  });
});

describe('the portal', () => {
  it('reads and answers a contact’s survey by case without a token; another contact is refused', async () => {
    const k = await newCase(agentBId, null, 'web', 'zh-CN', addr('portal'));
    await setStatus(agentB, k.id, 'resolved');
    const [{ contact_id: contactId }] = await api.ctx.ds.query(`SELECT contact_id FROM service_case WHERE id = $1`, [k.id]);
    const answers = api.app.get(CsatAnswersService);
    expect(await answers.viewForContact(contactId, k.id)).toMatchObject({ language: 'zh-CN', answered: false, questions: [] });
    const stranger = (await api.ctx.newContact({ lastName: 'Stranger' })).id;
    await expect(answers.viewForContact(stranger, k.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(answers.answerForContact(contactId, k.id, agentBId, { rating: 9 })).rejects.toMatchObject({ code: 'VALIDATION_FAILED', fields: [expect.objectContaining({ path: 'input.rating' })] });
    expect(await answers.answerForContact(contactId, k.id, agentBId, { rating: 4, comment: '不错' })).toMatchObject({ answered: true, rating: 4 });
    await expect(answers.answerForContact(contactId, k.id, agentBId, { rating: 4 })).rejects.toMatchObject({ code: 'CONFLICT' });
    const list = await manager.gqlOk<{ csatResponses: { edges: { node: { viaPortal: boolean; comment: string } }[] } }>('query($c: ID) { csatResponses(first: 1, filter: { caseId: $c }) { edges { node { viaPortal comment } } } }', { c: k.id });
    expect(list.csatResponses.edges).toEqual([{ node: { viaPortal: true, comment: '不错' } }]);
  });
});

describe('the public routes’ rate limit', () => {
  it('refuses an address over the limit with 429 and Retry-After', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 42; i++) statuses.push((await api.anon().get('/api/public/surveys/not-a-token').set('X-Forwarded-For', '198.51.100.77').set('Accept', 'application/json')).status);
    expect(statuses.slice(0, 40).every((s) => s === 404)).toBe(true);
    expect(statuses.slice(40)).toEqual([429, 429]);
    const limited = await api.anon().post('/api/public/surveys/not-a-token').set('X-Forwarded-For', '198.51.100.77').send({ rating: 5 });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
  });
});
