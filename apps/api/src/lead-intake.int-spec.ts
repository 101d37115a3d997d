import { Role } from '@rapport/shared-domain';
import { NotificationEntity } from '@rapport/shared-database';
import { NotificationMailer } from '@rapport/shared-mail';
import type { Distribution, RoutingCriteria } from '@rapport/leads-domain';
import { RoutingService, SlaService } from '@rapport/leads-api';
import { useTestApi } from './testing/test-api';

// The SMTP sink started by the integration global setup (tools/jest/int-global-setup.cjs).
const SMTP_URL = process.env.RAPPORT_TEST_SMTP_URL ?? '';
const INBOX_URL = process.env.RAPPORT_TEST_INBOX_URL ?? '';

const api = useTestApi({ SMTP_URL, PUBLIC_LEAD_RATE_LIMIT: '5000' }, async ({ ctx }) => {
  // Around the clock, so business minutes equal wall minutes and the test doesn't depend on the weekday.
  await ctx.useIntakeCalendar();
});

const anon = () => api.anon();
const unique = () => Math.random().toString(36).slice(2, 10);

/** A team of reps who work around the clock, so availability is decided only by what each test sets. */
async function salesTeam(size: number) {
  const team = await api.ctx.newTeam();
  const manager = await api.ctx.newUser({ role: Role.SalesManager, teamId: team.id });
  await api.ctx.setTeamManager(team, manager);
  const reps = [];
  for (let i = 0; i < size; i++) reps.push(await api.ctx.newUser({ role: Role.SalesRep, teamId: team.id, name: `Rep ${i} ${unique()}` }));
  for (const rep of reps) await api.ctx.newRoutingProfile(rep);
  return { team, manager, reps };
}

async function rule(values: { name: string; criteria: RoutingCriteria; teamId?: string; userId?: string; distribution?: Distribution; position?: number }) {
  const r = await api.ctx.newRoutingRule({
    name: values.name,
    position: values.position ?? 1,
    criteria: values.criteria,
    targetTeamId: values.teamId ?? null,
    targetUserId: values.userId ?? null,
    distribution: values.distribution ?? 'round_robin',
  });
  return r.id;
}

async function submit(body: Record<string, unknown>) {
  return anon().post('/api/public/leads').send(body);
}
async function leadByEmail(email: string) {
  const [lead] = await api.ctx.ds.query(`SELECT * FROM lead WHERE email = $1`, [email]);
  return lead;
}

describe('web-to-lead', () => {
  it('stores the lead, the submission with its UTM and the routing job before answering 201', async () => {
    const email = `ada-${unique()}@example.com`;
    const res = await submit({ firstName: 'Ada', lastName: 'Lovelace', email, company: 'Analytical', message: 'Price?', utm_source: 'google', utm_campaign: 'autumn', timeZone: 'Europe/London' });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ status: 'accepted', reference: expect.any(String) });
    const lead = await leadByEmail(email);
    expect(lead).toMatchObject({ first_name: 'Ada', last_name: 'Lovelace', source: 'web', campaign: 'autumn', owner_id: null, time_zone: 'Europe/London' });
    const [sub] = await api.ctx.ds.query(`SELECT * FROM lead_submission WHERE id = $1`, [res.body.reference]);
    expect(sub).toMatchObject({ lead_id: lead.id, created_lead: true, utm: { utm_source: 'google', utm_campaign: 'autumn' } });
    const outbox = await api.ctx.ds.query(`SELECT job_name, payload FROM outbox WHERE dedup_key = $1`, [`assign-lead:${lead.id}`]);
    expect(outbox).toEqual([{ job_name: 'assign-lead', payload: { leadId: lead.id } }]);
  });

  it('answers bad input with field errors and stores nothing', async () => {
    const before = await api.ctx.ds.query(`SELECT count(*)::int AS n FROM lead_submission`);
    const bad = await submit({ email: 'not-an-email', employees: 'many', timeZone: 'Mars/Olympus' });
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    const paths = [...new Set((bad.body.errors as { path: string }[]).map((e) => e.path))].sort();
    expect(paths).toEqual(['email', 'employees', 'lastName', 'timeZone']);
    const unknown = await submit({ lastName: 'X', isAdmin: true });
    expect(unknown.status).toBe(400);
    const trap = await submit({ lastName: 'Bot', website: 'http://spam' });
    expect(trap.status).toBe(400);
    const huge = await submit({ lastName: 'Big', message: 'x'.repeat(40_000) });
    expect(huge.status).toBe(413);
    const after = await api.ctx.ds.query(`SELECT count(*)::int AS n FROM lead_submission`);
    expect(after[0].n).toBe(before[0].n);
  });

  it('adds a repeat inquiry to the open lead instead of duplicating it, and answers the same way', async () => {
    const email = `again-${unique()}@example.com`;
    const first = await submit({ lastName: 'Again', email });
    const second = await submit({ lastName: 'Again', email: email.toUpperCase(), message: 'Still interested' });
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(Object.keys(second.body)).toEqual(Object.keys(first.body));
    const leads = await api.ctx.ds.query(`SELECT id FROM lead WHERE email = $1`, [email]);
    expect(leads).toHaveLength(1);
    const subs = await api.ctx.ds.query(`SELECT created_lead FROM lead_submission WHERE lead_id = $1 ORDER BY received_at`, [leads[0].id]);
    expect(subs.map((s: { created_lead: boolean }) => s.created_lead)).toEqual([true, false]);
  });

  it('applies a form: required fields, consent, hidden source and campaign, redirect for browsers', async () => {
    const admin = await api.signedIn((await api.ctx.newUser({ role: Role.Admin })).email);
    const saved = await admin.gqlOk<{ saveWebForm: { webForm: { id: string; embedHtml: string; hostedUrl: string } } }>(
      `mutation($i: SaveWebFormInput!) { saveWebForm(input: $i) { webForm { id embedHtml hostedUrl } } }`,
      {
        i: {
          name: 'Expo sign-up',
          source: 'event',
          campaign: 'Expo 2026',
          redirectUrl: 'https://example.com/thanks',
          consentText: 'You may contact me',
          consentRequired: true,
          fields: [
            { key: 'lastName', label: 'Name', required: true },
            { key: 'email', label: 'Email', required: true },
            { key: 'company', label: 'Company', required: true },
          ],
        },
      },
    );
    const form = saved.saveWebForm.webForm;
    expect(form.embedHtml).toContain(`name="formId" value="${form.id}"`);
    expect(form.embedHtml).toContain('name="website"');
    const missing = await anon().post('/api/public/leads').type('form').send({ formId: form.id, lastName: 'Li', email: `li-${unique()}@example.com` });
    expect(missing.status).toBe(400);
    expect(missing.text).toContain('Company is required');
    expect(missing.text).toContain('consent');
    const email = `li-${unique()}@example.com`;
    const ok = await anon().post('/api/public/leads').type('form').send({ formId: form.id, lastName: 'Li', email, company: 'Expo Co', consent: 'true' });
    expect(ok.status).toBe(303);
    expect(ok.headers.location).toBe('https://example.com/thanks');
    expect(await leadByEmail(email)).toMatchObject({ source: 'event', campaign: 'Expo 2026' });
    const hosted = await anon().get(`/api/public/forms/${form.id}`);
    expect(hosted.status).toBe(200);
    expect(hosted.text).toContain('Expo sign-up');
  });
});

describe('routing', () => {
  it('walks the rules in order, spreads a team round-robin, skips the absent, explains and notifies', async () => {
    const { team, reps } = await salesTeam(3);
    const campaign = `rr-${unique()}`;
    await api.ctx.ds.query(`UPDATE routing_profile SET ooo_from = now() - interval '1 day', ooo_until = now() + interval '1 day' WHERE user_id = $1`, [reps[2].id]);
    await rule({ name: 'Never matches', criteria: { campaigns: ['nothing-like-this'] }, userId: reps[2].id, position: -10 });
    await rule({ name: `Team ${campaign}`, criteria: { campaigns: [campaign] }, teamId: team.id, position: -5 });
    const routing = api.app.get(RoutingService);
    const owners: string[] = [];
    for (let i = 0; i < 4; i++) {
      const email = `rr${i}-${unique()}@example.com`;
      expect((await submit({ lastName: `RR${i}`, email, campaign })).status).toBe(201);
      const lead = await leadByEmail(email);
      const outcome = await routing.assign(lead.id);
      expect(outcome.status).toBe('assigned');
      owners.push((await leadByEmail(email)).owner_id);
      if (i === 0) {
        expect(outcome.status === 'assigned' && outcome.explanation).toMatch(new RegExp(`Rule “Team ${campaign}” matched .*round-robin.*skipped ${reps[2].name} \\(out of office\\)`));
        const [event] = await api.ctx.ds.query(`SELECT payload FROM timeline_event WHERE subject_id = $1 AND event_type = 'lead.routed'`, [lead.id]);
        expect(event.payload.explanation).toContain('round-robin');
        const [note] = await api.ctx.ds.query(`SELECT id, kind FROM notification WHERE user_id = $1 AND payload->>'leadId' = $2`, [owners[0], lead.id]);
        expect(note.kind).toBe('lead.assigned');
        const mail = await api.ctx.ds.query(`SELECT job_name FROM outbox WHERE dedup_key = $1`, [`notification-email:${note.id}`]);
        expect(mail).toEqual([{ job_name: 'send-notification-email' }]);
        expect(await routing.assign(lead.id)).toEqual({ status: 'already-routed' });
      }
    }
    expect(owners[0]).not.toBe(owners[1]);
    expect(new Set(owners.slice(0, 2))).toEqual(new Set([reps[0].id, reps[1].id]));
    expect(owners[2]).toBe(owners[0]);
    expect(owners).not.toContain(reps[2].id);
  });

  it('respects daily capacity and falls back to the fallback owner when nobody can take the lead', async () => {
    const { team, reps } = await salesTeam(1);
    const fallback = await api.ctx.newUser({ role: Role.SalesManager });
    await api.ctx.ds.query(`UPDATE lead_settings SET fallback_user_id = $1`, [fallback.id]);
    await api.ctx.ds.query(`UPDATE routing_profile SET daily_capacity = 1 WHERE user_id = $1`, [reps[0].id]);
    const country = `cap-${unique()}`;
    await rule({ name: `Capped ${country}`, criteria: { countries: [country] }, teamId: team.id, position: -4 });
    const routing = api.app.get(RoutingService);
    const owners = [];
    for (let i = 0; i < 2; i++) {
      const email = `cap${i}-${unique()}@example.com`;
      await submit({ lastName: 'Cap', email, country });
      const outcome = await routing.assign((await leadByEmail(email)).id);
      owners.push((await leadByEmail(email)).owner_id);
      if (i === 1) expect(outcome.status === 'assigned' && outcome.explanation).toContain('fallback owner');
    }
    expect(owners).toEqual([reps[0].id, fallback.id]);
  });

  it('assigns each of many concurrent leads exactly once and keeps a team balanced', async () => {
    const { team, reps } = await salesTeam(4);
    const region = `burst-${unique()}`;
    await rule({ name: `Burst ${region}`, criteria: { regions: [region] }, teamId: team.id, position: -3 });
    const emails = Array.from({ length: 40 }, (_, i) => `burst${i}-${unique()}@example.com`);
    const responses = await Promise.all(emails.map((email) => submit({ lastName: 'Burst', email, region })));
    expect(responses.every((r) => r.status === 201)).toBe(true);
    const leads: { id: string }[] = await api.ctx.ds.query(`SELECT id FROM lead WHERE region = $1`, [region]);
    const routing = api.app.get(RoutingService);
    // Each lead twice, all at once: the redelivery must find the lead already routed.
    const outcomes = await Promise.all([...leads, ...leads].map((l) => routing.assign(l.id)));
    expect(outcomes.filter((o) => o.status === 'assigned')).toHaveLength(40);
    expect(outcomes.filter((o) => o.status === 'already-routed')).toHaveLength(40);
    const perRep: { owner_id: string; n: number }[] = await api.ctx.ds.query(`SELECT owner_id, count(*)::int AS n FROM lead WHERE region = $1 GROUP BY owner_id`, [region]);
    expect(perRep.map((r) => r.n).sort()).toEqual([10, 10, 10, 10]);
    expect(new Set(perRep.map((r) => r.owner_id))).toEqual(new Set(reps.map((r) => r.id)));
    const notes = await api.ctx.ds.query(`SELECT count(*)::int AS n FROM notification WHERE kind = 'lead.assigned' AND payload->>'leadId' = ANY($1)`, [leads.map((l) => l.id)]);
    expect(notes[0].n).toBe(40);
  });
});

describe('speed-to-lead SLA', () => {
  it('reminds at 50 %, tells the manager at 100 %, reassigns at 150 %, each once; an outreach stops the clock', async () => {
    const { team, manager, reps } = await salesTeam(2);
    const product = `sla-${unique()}`;
    await rule({ name: `SLA ${product}`, criteria: { productInterests: [product] }, teamId: team.id, position: -2 });
    const routing = api.app.get(RoutingService);
    const sla = api.app.get(SlaService);
    const emails = [`late-${unique()}@example.com`, `quick-${unique()}@example.com`];
    for (const email of emails) {
      await submit({ lastName: 'Waiting', email, productInterest: product });
      await routing.assign((await leadByEmail(email)).id);
    }
    const [late, quick] = await Promise.all(emails.map(leadByEmail));
    const [{ received_at, sla_minutes }] = await api.ctx.ds.query(`SELECT received_at, sla_minutes FROM lead_routing WHERE lead_id = $1`, [late.id]);
    expect(sla_minutes).toBe(60);
    expect(new Date(late.sla_due_at).getTime() - new Date(received_at).getTime()).toBe(60 * 60_000);
    await api.ctx.newActivity({ type: 'call', subject: 'First call', leadId: quick.id, ownerId: quick.owner_id });
    const at = (minutes: number) => new Date(new Date(received_at).getTime() + minutes * 60_000);
    const kinds = async (userId: string) =>
      (await api.ctx.ds.query(`SELECT kind FROM notification WHERE user_id = $1 AND payload->>'leadId' = $2 ORDER BY created_at`, [userId, late.id])).map((n: { kind: string }) => n.kind);

    await sla.check(at(20));
    expect(await kinds(late.owner_id)).toEqual(['lead.assigned']);
    await sla.check(at(31));
    await sla.check(at(32));
    expect(await kinds(late.owner_id)).toEqual(['lead.assigned', 'lead.sla.reminder']);
    await sla.check(at(61));
    expect(await kinds(manager.id)).toEqual(['lead.sla.overdue']);
    await sla.check(at(91));
    await sla.check(at(95));
    const moved = await leadByEmail(emails[0]);
    const other = reps.find((r) => r.id !== late.owner_id)!;
    expect(moved.owner_id).toBe(other.id);
    expect(await kinds(other.id)).toEqual(expect.arrayContaining(['lead.sla.reassigned']));
    const steps = await api.ctx.ds.query(`SELECT level, action FROM lead_escalation WHERE lead_id = $1 ORDER BY level`, [late.id]);
    expect(steps).toEqual([{ level: 0, action: 'remind_owner' }, { level: 1, action: 'notify_manager' }, { level: 2, action: 'reassign' }]);
    const [quickRouting] = await api.ctx.ds.query(`SELECT first_response_at FROM lead_routing WHERE lead_id = $1`, [quick.id]);
    expect(quickRouting.first_response_at).not.toBeNull();
    expect(await api.ctx.ds.query(`SELECT * FROM lead_escalation WHERE lead_id = $1`, [quick.id])).toEqual([]);
  });

  it('shows each person only the unanswered leads they may see, with the count by source', async () => {
    const { team, manager, reps } = await salesTeam(2);
    const product = `board-${unique()}`;
    await rule({ name: `Board ${product}`, criteria: { productInterests: [product] }, teamId: team.id, position: -1 });
    const routing = api.app.get(RoutingService);
    for (let i = 0; i < 4; i++) {
      const email = `board${i}-${unique()}@example.com`;
      await submit({ lastName: `Board${i}`, email, productInterest: product, source: i < 3 ? 'web' : 'event' });
      await routing.assign((await leadByEmail(email)).id);
    }
    const q = `{ unansweredLeads(first: 50) { totalCount edges { node { id productInterest intake { slaState explanation } } } } unansweredSummary { total bySource { source open } } }`;
    type Board = { unansweredLeads: { totalCount: number; edges: { node: { productInterest: string; intake: { slaState: string; explanation: string } } }[] }; unansweredSummary: { total: number } };
    const rep = await (await api.signedIn(reps[0].email)).gqlOk<Board>(q);
    const boss = await (await api.signedIn(manager.email)).gqlOk<Board>(q);
    expect(rep.unansweredLeads.edges.every((e) => e.node.productInterest === product)).toBe(true);
    expect(rep.unansweredLeads.totalCount).toBe(2);
    expect(boss.unansweredLeads.totalCount).toBe(4);
    expect(boss.unansweredSummary.total).toBe(4);
    expect(boss.unansweredLeads.edges[0].node.intake).toMatchObject({ slaState: 'on_track', explanation: expect.stringContaining(`Board ${product}`) });
  });
});

describe('notification email', () => {
  it('sends the email copy over SMTP once, in the recipient’s language', async () => {
    const user = await api.ctx.newUser({ email: `mail-${unique()}@example.com`, locale: 'zh-CN' } as never);
    const note = await api.ctx.insertRow(NotificationEntity, {
      userId: user.id,
      kind: 'lead.assigned',
      title: 'New lead for you: 王伟',
      payload: { name: '王伟', path: '/sales/leads/x', explanation: 'Rule matched' },
    });
    const mailer = api.app.get(NotificationMailer);
    expect(await mailer.send(note.id)).toBe('sent');
    expect(await mailer.send(note.id)).toBe('already-sent');
    const inbox: { subject: string; to: { address: string }[] }[] = await (await fetch(`${INBOX_URL}/api/email`)).json();
    const mine = inbox.filter((m) => m.to[0].address === user.email);
    expect(mine.map((m) => m.subject)).toEqual(['您有新线索：王伟']);
  });
});
