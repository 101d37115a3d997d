import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { appendTimeline, notify } from '@rapport/shared-database';
import { businessMinutesBetween, dueEscalations, EscalationStep } from '@rapport/leads-domain';
import { LeadSettingsEntity } from '@rapport/leads-data';
import { displayPersonName } from '@rapport/sales-domain';
import { RoutingService } from './routing.service';

/** Activities that count as answering an inquiry; a note or a task does not. */
export const OUTREACH_TYPES = ['call', 'email', 'meeting'];
export const OPEN_LEAD_STATUSES = ['new', 'working', 'nurturing', 'qualified'];

interface Waiting {
  lead_id: string;
  received_at: Date;
  sla_minutes: number;
  owner_id: string | null;
  first_name: string;
  last_name: string;
  company: string | null;
  done: number[];
}

/**
 * The `check-sla` job (every minute, and on demand with an injected clock in tests): stops the
 * clock of leads that got a first outreach, then takes each escalation step that came due. A step
 * is taken at most once: its (lead, level) row is inserted first, in the same transaction as its effect.
 */
@Injectable()
export class SlaService {
  private readonly logger = new Logger(SlaService.name);

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly routing: RoutingService,
  ) {}

  async check(now = new Date()): Promise<{ answered: number; escalations: number }> {
    const [, answered] = await this.ds.query(
      `UPDATE lead_routing r SET first_response_at = f.at
         FROM (SELECT a.lead_id, min(a.created_at) AS at FROM activity a
                WHERE a.type = ANY($1) AND a.deleted_at IS NULL AND a.lead_id IS NOT NULL
                GROUP BY a.lead_id) f
        WHERE f.lead_id = r.lead_id AND r.first_response_at IS NULL`,
      [OUTREACH_TYPES],
    );
    const settings = await this.ds.manager.findOneByOrFail(LeadSettingsEntity, { id: 1 });
    const waiting: Waiting[] = await this.ds.query(
      `SELECT r.lead_id, r.received_at, r.sla_minutes, l.owner_id, l.first_name, l.last_name, l.company,
              ARRAY(SELECT e.level FROM lead_escalation e WHERE e.lead_id = r.lead_id) AS done
         FROM lead_routing r JOIN lead l ON l.id = r.lead_id
        WHERE r.first_response_at IS NULL AND r.routed_at IS NOT NULL AND r.sla_minutes > 0
          AND l.deleted_at IS NULL AND l.status = ANY($1)`,
      [OPEN_LEAD_STATUSES],
    );
    let escalations = 0;
    for (const lead of waiting) {
      const used = (businessMinutesBetween(lead.received_at, now, settings.calendar) / lead.sla_minutes) * 100;
      for (const { level, step } of dueEscalations(settings.ladder, used, lead.done)) {
        try {
          if (await this.ds.transaction((m) => this.escalate(m, lead, level, step, now))) escalations++;
        } catch (err) {
          this.logger.error(`escalation ${step.action} of lead ${lead.lead_id} failed: ${String(err)}`);
        }
      }
    }
    return { answered: Number(answered ?? 0), escalations };
  }

  private async escalate(m: EntityManager, lead: Waiting, level: number, step: EscalationStep, now: Date): Promise<boolean> {
    const claimed: unknown[] = await m.query(
      `INSERT INTO lead_escalation (lead_id, level, action, at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING level`,
      [lead.lead_id, level, step.action, now],
    );
    if (claimed.length === 0) return false;
    const name = displayPersonName(lead.first_name, lead.last_name) || lead.company || '';
    const payload = { leadId: lead.lead_id, name, path: `/leads/${lead.lead_id}`, percent: step.atPercent };
    const dedupKey = `sla:${lead.lead_id}:${level}`;
    if (step.action === 'remind_owner' && lead.owner_id) {
      await notify(m, { userId: lead.owner_id, kind: 'lead.sla.reminder', title: `Reminder: ${name} is waiting for a first response`, payload, dedupKey, email: true });
    } else if (step.action === 'notify_manager' && lead.owner_id) {
      const [owner]: { name: string; manager_id: string | null }[] = await m.query(
        `SELECT u.name, t.manager_id FROM app_user u LEFT JOIN team t ON t.id = u.team_id WHERE u.id = $1`,
        [lead.owner_id],
      );
      const managerId = owner?.manager_id && owner.manager_id !== lead.owner_id ? owner.manager_id : null;
      if (managerId) {
        await notify(m, {
          userId: managerId,
          kind: 'lead.sla.overdue',
          title: `Overdue: ${name} has had no response from ${owner.name}`,
          payload: { ...payload, owner: owner.name },
          dedupKey,
          email: true,
        });
      }
    } else if (step.action === 'reassign') {
      await this.routing.reassign(m, lead.lead_id, now);
    }
    await appendTimeline(m, null, { subjectType: 'lead', subjectId: lead.lead_id, eventType: 'lead.sla.escalated', payload: { action: step.action, percent: step.atPercent } });
    return true;
  }
}
