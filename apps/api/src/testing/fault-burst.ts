import type { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { SetupRepository } from '@rapport/leads-data';
import { Role } from '@rapport/shared-domain';
import { ApiClient, TestContext } from '@rapport/shared-testing';
import type { RecordTestContext } from './record-factories';

/** One web-to-lead submission of a burst and how the API answered it. */
export interface Submission {
  email: string;
  /** HTTP status, or 0 when no answer came within the client's timeout. */
  status: number;
  code?: string;
  contentType?: string;
  retryAfter?: string;
}

export interface BurstPlan {
  region: string;
  /** Submissions at least, before the burst may end. */
  total: number;
  /** Concurrent clients, each submitting one lead after another. */
  clients: number;
  /** A client's pause between two submissions: paces the burst so that faults land in the middle of it. */
  pauseMs: number;
  /** Injects the fault once `faultWhen` holds; the burst goes on until it returns, then `tail` more. */
  fault: () => Promise<void>;
  faultWhen: (answered: number) => Promise<boolean>;
  /** Submissions after the fault is over (also accepted: the API and worker work again). */
  tail: number;
}

export interface BurstOutcome {
  submissions: Submission[];
  faultStartedAt: number;
  faultEndedAt: number;
  endedAt: number;
}

/** A team of three reps who take every lead of a fresh region, round the clock. */
export async function routedTeam(ctx: RecordTestContext, tag: string) {
  const team = await ctx.newTeam();
  const reps = [];
  for (let i = 0; i < 3; i++) reps.push(await ctx.newUser({ role: Role.SalesRep, teamId: team.id }));
  const setup = new SetupRepository();
  await setup.insertProfiles(ctx.ds.manager, reps.map((r) => r.id), { timeZone: 'UTC', workDays: [1, 2, 3, 4, 5, 6, 7], workStart: 0, workEnd: 1440 });
  const region = `${tag}-${randomBytes(3).toString('hex')}`;
  await setup.insertRule(ctx.ds.manager, { name: `Fault ${region}`, position: 1, criteria: { regions: [region] }, targetTeamId: team.id });
  return { reps, region };
}

/**
 * Web-to-lead submissions from several concurrent clients through the booted API, with a fault
 * injected in the middle: it starts once `faultWhen` holds (e.g. a third answered and the worker
 * has routed some), the clients keep submitting while it runs, and `tail` more follow it. Every
 * answer is kept, so the test can compare what was accepted with what the database holds.
 */
export async function burstWithFault(app: INestApplication, plan: BurstPlan): Promise<BurstOutcome> {
  const submissions: Submission[] = [];
  let next = 0;
  let faultStartedAt = 0;
  let faultEndedAt = 0;
  let afterFault = 0;
  let faultError: unknown;
  const api = new ApiClient(app);

  const faultRun = (async () => {
    while (!(await plan.faultWhen(submissions.length))) {
      // Out of submissions without meeting the condition: the fault could not land mid-burst.
      if (next >= plan.total * 20) throw new Error(`the fault's condition never held during the burst (${submissions.length} answered)`);
      await new Promise((r) => setTimeout(r, 20));
    }
    faultStartedAt = Date.now();
    await plan.fault();
    faultEndedAt = Date.now();
  })().catch((err) => {
    faultError = err;
    faultEndedAt = Date.now();
  });

  const client = async (c: number) => {
    while (next < plan.total || !faultEndedAt || afterFault < plan.tail) {
      if (faultError || next >= plan.total * 20) return;
      const i = next++;
      const email = `${plan.region}-${c}-${i}@example.com`;
      const started = faultEndedAt;
      try {
        const res = await api.raw().post('/api/public/leads').send({ lastName: `Fault ${i}`, email, region: plan.region }).timeout(15_000);
        submissions.push({ email, status: res.status, code: res.body?.code, contentType: res.headers['content-type'], retryAfter: res.headers['retry-after'] });
        if (started && res.status === 201) afterFault++;
      } catch {
        submissions.push({ email, status: 0 });
      }
      await new Promise((r) => setTimeout(r, plan.pauseMs));
    }
  };
  await Promise.all(Array.from({ length: plan.clients }, (_, c) => client(c)));
  await faultRun;
  if (faultError) throw faultError;
  return { submissions, faultStartedAt, faultEndedAt, endedAt: Date.now() };
}

export interface RoutingFigures {
  /** Leads of the region in the database. */
  stored: number;
  /** Stored leads owned by one of the team, the owner its routing decision chose. */
  owned: number;
  /** `lead.routed` timeline events and leads that have one. */
  routedEvents: number;
  routedLeads: number;
  /** `lead.assigned` notifications and leads that have one. */
  notices: number;
  noticedLeads: number;
}

export async function routingFigures(ctx: TestContext, region: string, ownerIds: string[]): Promise<RoutingFigures> {
  const [f] = await ctx.ds.query(
    `WITH l AS (SELECT id, owner_id FROM lead WHERE region = $1)
     SELECT (SELECT count(*)::int FROM l) AS stored,
            (SELECT count(*)::int FROM l JOIN lead_routing r ON r.lead_id = l.id
              WHERE r.routed_at IS NOT NULL AND l.owner_id = ANY($2::uuid[]) AND r.assigned_user_id = l.owner_id) AS owned,
            (SELECT count(*)::int FROM timeline_event t WHERE t.event_type = 'lead.routed' AND t.subject_id IN (SELECT id FROM l)) AS "routedEvents",
            (SELECT count(DISTINCT t.subject_id)::int FROM timeline_event t WHERE t.event_type = 'lead.routed' AND t.subject_id IN (SELECT id FROM l)) AS "routedLeads",
            (SELECT count(*)::int FROM notification n WHERE n.kind = 'lead.assigned' AND (n.payload->>'leadId')::uuid IN (SELECT id FROM l)) AS notices,
            (SELECT count(DISTINCT n.payload->>'leadId')::int FROM notification n WHERE n.kind = 'lead.assigned' AND (n.payload->>'leadId')::uuid IN (SELECT id FROM l)) AS "noticedLeads"`,
    [region, ownerIds],
  );
  return f;
}

export interface WorkState {
  /** Stored leads of the region without a routing decision. */
  unrouted: number;
  /** Outbox rows waiting for the relay, handed to the queue but not finished, and failed for good. */
  pending: number;
  inFlight: number;
  failed: number;
}

/** What is still to do; all zero once every lead is routed and every piece of outbox work is done. */
export async function workState(ctx: TestContext, region: string): Promise<WorkState> {
  const [s] = await ctx.ds.query(
    `SELECT (SELECT count(*)::int FROM lead l LEFT JOIN lead_routing r ON r.lead_id = l.id WHERE l.region = $1 AND r.routed_at IS NULL) AS unrouted,
            count(*) FILTER (WHERE done_at IS NULL AND failed_at IS NULL AND dispatched_at IS NULL)::int AS pending,
            count(*) FILTER (WHERE done_at IS NULL AND failed_at IS NULL AND dispatched_at IS NOT NULL)::int AS "inFlight",
            count(*) FILTER (WHERE failed_at IS NOT NULL)::int AS failed
       FROM outbox`,
    [region],
  );
  return s;
}

export const SETTLED: WorkState = { unrouted: 0, pending: 0, inFlight: 0, failed: 0 };

interface InboxMessage {
  messageId?: string;
  headers?: Record<string, string>;
  to: { address: string }[];
}

/**
 * The notification emails the SMTP sink received for these people, by Message-ID (the mailer
 * fixes it per notification, so a mail sent twice shows up as the same id twice).
 */
export async function mailedMessageIds(inboxUrl: string, addresses: string[]): Promise<string[]> {
  const inbox: InboxMessage[] = await (await fetch(`${inboxUrl}/api/email`)).json();
  const wanted = new Set(addresses);
  return inbox.filter((m) => wanted.has(m.to[0]?.address)).map((m) => String(m.messageId ?? m.headers?.['message-id']).replace(/^<|>$/g, ''));
}

/** The Message-IDs each of these people's notifications must have been mailed under, once. */
export async function expectedMessageIds(ctx: TestContext, userIds: string[]): Promise<string[]> {
  const rows: { id: string }[] = await ctx.ds.query(`SELECT id FROM notification WHERE user_id = ANY($1::uuid[])`, [userIds]);
  return rows.map((r) => `notification-${r.id}@rapport`);
}

/** One line per scenario for the closing note: what was accepted, stored, owned, duplicated, and how long recovery took. */
export function summaryLine(scenario: string, figures: Record<string, number | string>): string {
  return `[fault-injection] ${scenario}: ${Object.entries(figures)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ')}`;
}
