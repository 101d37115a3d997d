import { Inject, Injectable } from '@nestjs/common';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { Actor } from '@rapport/shared-domain';
import { listPage } from '@rapport/shared-database';
import { decisionView, slaState } from '@rapport/leads-domain';
import { IntakeRepository } from '@rapport/leads-data';
import { LEAD_FIELDS, SalesRepository } from '@rapport/sales-data';
import type { LeadFilter } from '@rapport/sales-api';
import { LeadIntake, UnansweredSummary } from '../models/intake.model';
import { OPEN_LEAD_STATUSES } from './sla.service';

/**
 * The "Unanswered inquiries" board and each lead's intake facts, through the sales visibility
 * scope: a rep sees their own waiting leads, a manager the team's, an admin all.
 * "At risk" uses wall-clock halfway to the due time; the escalation job uses business minutes.
 */
@Injectable()
export class UnansweredService {
  constructor(
    private readonly repo: SalesRepository,
    private readonly intake: IntakeRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private waiting(actor: Actor, source?: string | null) {
    const qb = this.repo
      .leads(actor, 'read')
      .innerJoin('lead_routing', 'r', 'r.lead_id = l.id AND r.first_response_at IS NULL')
      .andWhere('l.status IN (:...open)', { open: OPEN_LEAD_STATUSES });
    if (source) qb.andWhere('l.source = :source', { source });
    return qb;
  }

  list(actor: Actor, args: { first?: number | null; after?: string | null; source?: string | null; filter?: LeadFilter | null }) {
    return listPage(this.waiting(actor, args.source), 'l', LEAD_FIELDS, { first: args.first, after: args.after, filter: args.filter }, { createdAt: { column: 'l.created_at', cast: 'timestamptz' } }, { field: 'createdAt', direction: 'ASC' }, this.config.pageSizeMax);
  }

  async summary(actor: Actor, now = new Date()): Promise<UnansweredSummary> {
    const rows: { source: string; open: string; at_risk: string; breached: string; oldest: Date | null }[] = await this.waiting(actor)
      .select('l.source', 'source')
      .addSelect('count(*)', 'open')
      .addSelect(`count(*) FILTER (WHERE l.sla_due_at IS NOT NULL AND l.sla_due_at > :now AND :now >= r.received_at + (l.sla_due_at - r.received_at) / 2)`, 'at_risk')
      .addSelect('count(*) FILTER (WHERE l.sla_due_at <= :now)', 'breached')
      .addSelect('min(r.received_at)', 'oldest')
      .setParameter('now', now)
      .groupBy('l.source')
      .orderBy('l.source')
      .getRawMany();
    const bySource = rows.map((r) => ({ source: r.source, open: Number(r.open), atRisk: Number(r.at_risk), breached: Number(r.breached), oldestReceivedAt: r.oldest }));
    return { total: bySource.reduce((s, r) => s + r.open, 0), breached: bySource.reduce((s, r) => s + r.breached, 0), bySource };
  }

  /** Intake facts for a batch of leads the reader was given (a DataLoader calls this once per request). */
  async intakeOf(leadIds: readonly string[], now = new Date()): Promise<(LeadIntake | null)[]> {
    const rows = await this.intake.intakeFacts(leadIds);
    const byId = new Map(rows.map((r) => [r.lead_id, r]));
    return leadIds.map((id) => {
      const r = byId.get(id);
      if (!r) return null;
      const total = r.sla_due_at ? r.sla_due_at.getTime() - r.received_at.getTime() : 0;
      const used = total > 0 ? ((now.getTime() - r.received_at.getTime()) / total) * 100 : 0;
      return {
        receivedAt: r.received_at,
        routedAt: r.routed_at,
        ruleId: r.rule_id,
        explanation: r.explanation_text,
        explanationJson: r.explanation ? JSON.stringify(decisionView(r.explanation)) : null,
        priority: r.priority,
        slaMinutes: r.sla_minutes,
        slaDueAt: r.sla_due_at,
        firstResponseAt: r.first_response_at,
        slaState: slaState(used, r.first_response_at !== null),
      };
    });
  }
}
