import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { addBusinessMinutes, decisionView, explain, lastAssignedStamps, planRoutes, priorityFor, RoutingBook, RoutingExplanation, slaMinutesFor } from '@rapport/leads-domain';
import { LeadSettingsEntity } from '@rapport/leads-data';
import { displayPersonName } from '@rapport/sales-domain';
import { ScoringService } from './scoring.service';
import { LeadRow, loadBook, loadLeads, loadSlaPolicies } from './routing-facts';
import { RoutingEvent, RoutingWrite, writeRoutings } from './routing-writes';

export type AssignOutcome = { status: 'assigned'; userId: string; explanation: string } | { status: 'already-routed' | 'gone' | 'no-owner' };

/** Leads decided in one transaction; the relay hands over up to 200 at a time. */
const CHUNK = 250;

interface Decided {
  lead: LeadRow;
  receivedAt: Date;
  decision: RoutingExplanation;
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
    // A lead created without its routing row (older data) gets one; existing rows are left alone.
    await m.query(`INSERT INTO lead_routing (lead_id, received_at) SELECT id, created_at FROM lead WHERE id = ANY($1::uuid[]) ON CONFLICT DO NOTHING`, [ids]);
    // Waits for a batch already routing one of these leads; PostgreSQL then re-checks
    // `routed_at IS NULL` on the row it committed, so that lead drops out instead of routing twice.
    const pending: { lead_id: string; received_at: Date }[] = await m.query(
      `SELECT lead_id, received_at FROM lead_routing WHERE lead_id = ANY($1::uuid[]) AND routed_at IS NULL ORDER BY lead_id FOR UPDATE`,
      [ids],
    );
    if (pending.length === 0) return outcomes;
    const pendingIds = pending.map((p) => p.lead_id);
    for (const id of pendingIds) outcomes.set(id, { status: 'gone' });
    // Lock the leads (in id order) before the score update touches them, then decide on the new scores.
    const locked = await loadLeads(m, pendingIds);
    const scored = await this.scoring.rescoreMany(locked.map((l) => l.id), m);
    const leads = locked.filter((l) => scored.has(l.id)).map((l) => ({ ...l, score: scored.get(l.id)?.score ?? l.score }));
    const received = new Map(pending.map((p) => [p.lead_id, p.received_at]));
    if (leads.length === 0) return outcomes;
    // First come, first served: round-robin follows the order the inquiries arrived in.
    const at = (l: LeadRow) => received.get(l.id)?.getTime() ?? 0;
    leads.sort((a, b) => at(a) - at(b) || a.id.localeCompare(b.id));

    const { book, latestAssignment } = await loadBook(m, leads, now);
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
    const [lead] = await loadLeads(m, [leadId]);
    if (!lead) return null;
    const exclude = lead.ownerId ? [lead.ownerId] : [];
    const { book, latestAssignment } = await loadBook(m, [lead], now, exclude);
    const start = Math.max(Date.now(), latestAssignment + 1);
    const [{ decision }] = planRoutes([lead], book, now, start, () => exclude);
    if (!decision || decision.chosenUserId === lead.ownerId) return null;
    const [routing]: { received_at: Date }[] = await m.query(`SELECT received_at FROM lead_routing WHERE lead_id = $1`, [lead.id]);
    await this.store(m, [{ lead, decision, receivedAt: routing.received_at }], book, start, now, 'lead.reassigned');
    return decision.chosenUserId;
  }

  /** The explanation, priority and SLA clock of each decision, written set-based. */
  private async store(m: EntityManager, decided: Decided[], book: RoutingBook, start: number, now: Date, event: RoutingEvent): Promise<RoutingWrite[]> {
    if (decided.length === 0) return [];
    const settings = await m.findOneByOrFail(LeadSettingsEntity, { id: 1 });
    const policies = await loadSlaPolicies(m);
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
        dueAt: slaMinutes === null ? null : addBusinessMinutes(receivedAt, slaMinutes, settings.calendar),
        notification: {
          title: routed ? `New lead for you: ${name}` : `${name} was reassigned to you: no first response in time`,
          body: lead.company && name !== lead.company ? lead.company : null,
          // `routing` lets the bell and the email say "why you" in the reader's language; `explanation` is the English.
          payload: { leadId: lead.id, name, path: `/leads/${lead.id}`, explanation: text, routing: decisionView(decision) },
          dedupKey: `${event}:${lead.id}:${decision.chosenUserId}:${now.toISOString()}`,
        },
      };
    });
    await writeRoutings(m, writes, lastAssignedStamps(book, decided.map((d) => d.decision.chosenUserId), start), now, event);
    return writes;
  }
}
