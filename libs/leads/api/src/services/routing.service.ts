import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CreateHooks } from '@rapport/shared-api';
import { appendTimelineMany, notifyMany, writeAuditMany } from '@rapport/shared-database';
import { addBusinessTimeWithin } from '@rapport/shared-domain';
import {
  decisionView,
  explain,
  lastAssignedStamps,
  LeadFacts,
  planRoutes,
  priorityFor,
  RoutingBook,
  RoutingExplanation,
  slaMinutesFor,
  usersToLock,
} from '@rapport/leads-domain';
import { intakeCalendar, LeadRow, LeadWriter, RoutingRepository } from '@rapport/leads-data';
import { displayPersonName } from '@rapport/sales-domain';
import { ScoringService } from './scoring.service';

export type AssignOutcome = { status: 'assigned'; userId: string; explanation: string } | { status: 'already-routed' | 'gone' | 'no-owner' };

/** Leads decided in one transaction; the relay hands over up to 200 at a time. */
const CHUNK = 250;

interface Decided {
  lead: LeadRow;
  receivedAt: Date;
  decision: RoutingExplanation;
}

type RoutingEvent = 'lead.routed' | 'lead.reassigned';

/** A decision as it is stored: the owner, the routing row, the audit entry, the timeline event and the new owner's notice. */
interface RoutingWrite {
  leadId: string;
  previousOwnerId: string | null;
  decision: RoutingExplanation;
  text: string;
  priority: string;
  slaMinutes: number | null;
  dueAt: Date | null;
  notification: { title: string; body: string | null; payload: Record<string, unknown>; dedupKey: string };
}

/**
 * The `assign-leads` job (and `assign-lead` for one): score the leads, walk the routing rules in
 * order for each, pick reps and record every decision with its explanation — per chunk, in one
 * transaction that first locks the leads' unrouted routing rows. A redelivered job, or one racing
 * another over the same lead, waits for the lock and then finds the lead routed (idempotent by
 * lead). The candidates' routing profiles are locked too, so concurrent batches for one team take
 * turns and round-robin stays fair; within a batch the loads move in memory (routing-plan.ts).
 */
@Injectable()
export class RoutingService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly scoring: ScoringService,
    private readonly repo: RoutingRepository,
    private readonly leads: LeadWriter,
    private readonly createHooks: CreateHooks,
  ) {}

  async assign(leadId: string, now = new Date()): Promise<AssignOutcome> {
    return (await this.assignMany([leadId], now)).get(leadId) ?? { status: 'gone' };
  }

  /** Routes every lead of `leadIds` that is not routed yet, in order of arrival; an outcome per lead. */
  async assignMany(leadIds: string[], now = new Date()): Promise<Map<string, AssignOutcome>> {
    const ids = [...new Set(leadIds)].sort();
    const outcomes = new Map<string, AssignOutcome>();
    for (let i = 0; i < ids.length; i += CHUNK) {
      for (const [id, o] of await this.ds.transaction((m) => this.assignChunk(m, ids.slice(i, i + CHUNK), now))) outcomes.set(id, o);
    }
    return outcomes;
  }

  private async assignChunk(m: EntityManager, ids: string[], now: Date): Promise<Map<string, AssignOutcome>> {
    const outcomes = new Map<string, AssignOutcome>(ids.map((id) => [id, { status: 'already-routed' }]));
    await this.repo.ensureRoutingRows(m, ids);
    // Waits for a batch already routing one of these leads, which then drops out (routed) instead of routing twice.
    const pending = await this.repo.lockUnrouted(m, ids);
    if (pending.length === 0) return outcomes;
    const pendingIds = pending.map((p) => p.lead_id);
    for (const id of pendingIds) outcomes.set(id, { status: 'gone' });
    // Lock the leads (in id order) before the score update touches them, then decide on the new scores.
    const locked = await this.repo.lockLeads(m, pendingIds);
    const scored = await this.scoring.rescoreMany(locked.map((l) => l.id), m);
    // Other domains' part of a lead's first routing (a web lead naming a campaign joins it), with the batch.
    await this.createHooks.run(m, 'lead.routed', locked.map((l) => l.id));
    const leads = locked.filter((l) => scored.has(l.id)).map((l) => ({ ...l, score: scored.get(l.id)?.score ?? l.score }));
    const received = new Map(pending.map((p) => [p.lead_id, p.received_at]));
    if (leads.length === 0) return outcomes;
    // First come, first served: round-robin follows the order the inquiries arrived in.
    const at = (l: LeadRow) => received.get(l.id)?.getTime() ?? 0;
    leads.sort((a, b) => at(a) - at(b) || a.id.localeCompare(b.id));

    const { book, latestAssignment } = await this.loadBook(m, leads, now);
    const start = Math.max(Date.now(), latestAssignment + 1);
    const decided: Decided[] = [];
    for (const { lead, decision } of planRoutes(leads, book, now, start)) {
      if (decision) decided.push({ lead, decision, receivedAt: received.get(lead.id) ?? now });
      else outcomes.set(lead.id, { status: 'no-owner' });
    }
    for (const w of await this.store(m, decided, book, start, now, 'lead.routed')) {
      outcomes.set(w.leadId, { status: 'assigned', userId: w.decision.chosenUserId, explanation: w.text });
    }
    return outcomes;
  }

  /** SLA step "reassign": route again, never back to the owner who let it lapse. Runs inside the caller's transaction. */
  async reassign(m: EntityManager, leadId: string, now: Date): Promise<string | null> {
    const [lead] = await this.repo.lockLeads(m, [leadId]);
    if (!lead) return null;
    const exclude = lead.ownerId ? [lead.ownerId] : [];
    const { book, latestAssignment } = await this.loadBook(m, [lead], now, exclude);
    const start = Math.max(Date.now(), latestAssignment + 1);
    const [{ decision }] = planRoutes([lead], book, now, start, () => exclude);
    if (!decision || decision.chosenUserId === lead.ownerId) return null;
    await this.store(m, [{ lead, decision, receivedAt: await this.repo.receivedAt(m, lead.id) }], book, start, now, 'lead.reassigned');
    return decision.chosenUserId;
  }

  /**
   * The book for `leads`, read once per batch: the active rules, their teams' reps, the candidates
   * (the profiles of every rep a matching rule could give them to, locked: concurrent batches for
   * one team take turns) and the fallback owner. `exclude` (a lapsed owner on reassignment) is
   * left out of the fallback too.
   */
  private async loadBook(m: EntityManager, leads: LeadFacts[], now: Date, exclude: string[] = []): Promise<{ book: RoutingBook; latestAssignment: number }> {
    const rules = await this.repo.activeRules(m);
    const teamReps = await this.repo.teamReps(m, [...new Set(rules.map((r) => r.targetTeamId).filter((id): id is string => !!id))]);
    const { candidates, latestAssignment } = await this.repo.lockCandidates(m, usersToLock(rules, teamReps, leads), now);
    return { book: { rules, teamReps, candidates, fallback: await this.repo.fallbackOwner(m, exclude) }, latestAssignment };
  }

  /** The explanation, priority and SLA clock of each decision, written set-based. */
  private async store(m: EntityManager, decided: Decided[], book: RoutingBook, start: number, now: Date, event: RoutingEvent): Promise<RoutingWrite[]> {
    if (decided.length === 0) return [];
    const calendar = await intakeCalendar(m);
    const policies = await this.repo.slaPolicies(m);
    const writes = decided.map(({ lead, decision, receivedAt }): RoutingWrite => {
      const text = explain(decision);
      const priority = priorityFor(lead.score);
      const slaMinutes = slaMinutesFor(policies, lead.source, priority);
      const name = displayPersonName(lead.firstName, lead.lastName) || lead.company || '';
      const routed = event === 'lead.routed';
      return {
        leadId: lead.id,
        previousOwnerId: lead.ownerId,
        decision,
        text,
        priority,
        slaMinutes,
        // A calendar that never opens again (make-up days alone, all past): the clock runs but is never due.
        dueAt: slaMinutes === null ? null : addBusinessTimeWithin(receivedAt, slaMinutes * 60_000, calendar),
        notification: {
          title: routed ? `New lead for you: ${name}` : `${name} was reassigned to you: no first response in time`,
          body: lead.company && name !== lead.company ? lead.company : null,
          // `routing` lets the bell and the email say "why you" in the reader's language; `explanation` is the English.
          payload: { leadId: lead.id, name, path: `/leads/${lead.id}`, explanation: text, routing: decisionView(decision) },
          dedupKey: `${event}:${lead.id}:${decision.chosenUserId}:${now.toISOString()}`,
        },
      };
    });
    await this.write(m, writes, lastAssignedStamps(book, decided.map((d) => d.decision.chosenUserId), start), now, event);
    return writes;
  }

  /**
   * One statement per table: owners, routing rows and reps' last assignment, then audit, timeline
   * and notifications (each new one with its email job) through the shared set-based writers.
   */
  private async write(m: EntityManager, rows: RoutingWrite[], stamps: { userId: string; at: Date }[], now: Date, event: RoutingEvent): Promise<void> {
    if (rows.length === 0) return;
    await this.leads.assignOwners(m, rows.map((r) => ({ id: r.leadId, ownerId: r.decision.chosenUserId, dueAt: r.dueAt })));
    await this.repo.recordDecisions(
      m,
      rows.map((r) => ({
        lead_id: r.leadId,
        rule_id: r.decision.ruleId,
        assigned_user_id: r.decision.chosenUserId,
        explanation: r.decision,
        explanation_text: r.text,
        priority: r.priority,
        sla_minutes: r.slaMinutes,
      })),
      now,
    );
    await this.repo.stampLastAssigned(m, stamps);
    await writeAuditMany(
      m,
      null,
      rows.map((r) => ({ entityType: 'lead', entityId: r.leadId, action: 'update', changes: [{ field: 'ownerId', from: r.previousOwnerId, to: r.decision.chosenUserId }] })),
    );
    await appendTimelineMany(
      m,
      null,
      rows.map((r) => ({
        subjectType: 'lead',
        subjectId: r.leadId,
        eventType: event,
        payload: { explanation: r.text, ruleId: r.decision.ruleId, ownerId: r.decision.chosenUserId, reason: r.decision.reason },
      })),
    );
    // One notice per decision, deduplicated by key; only the new ones are mailed.
    const kind = event === 'lead.routed' ? 'lead.assigned' : 'lead.sla.reassigned';
    await notifyMany(m, rows.map((r) => ({ userId: r.decision.chosenUserId, kind, ...r.notification })), { email: true });
  }
}
