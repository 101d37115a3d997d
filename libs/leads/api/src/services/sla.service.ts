import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { appendTimelineMany, notifyMany } from '@rapport/shared-database';
import { EscalationStep } from '@rapport/leads-domain';
import { DueStep, intakeCalendarVersion, LeadSettingsEntity, LeadWriter, SlaRepository } from '@rapport/leads-data';
import { addBusinessTimeWithin, type BusinessCalendar } from '@rapport/shared-domain';
import { displayPersonName } from '@rapport/sales-domain';
import { RoutingService } from './routing.service';

/** Activities that count as answering an inquiry; a note or a task does not. */
export const OUTREACH_TYPES = ['call', 'email', 'meeting'];
export const OPEN_LEAD_STATUSES = ['new', 'working', 'nurturing', 'qualified'];

/**
 * Escalation steps taken per run at most; the rest are found again by the next run (every minute),
 * most overdue first. Bounds a run's time after an outage or a ladder change that makes thousands
 * due at once.
 */
export const SLA_ESCALATIONS_PER_RUN = 500;

/**
 * Reminders and manager notices written per transaction (a few set-based statements each). Reassign
 * steps get a transaction each: they lock the team's routing profiles, which routing needs too.
 */
const WRITE_CHUNK = 50;

/** Waiting leads whose due time is computed again per statement after a calendar change. */
const DUE_CHUNK = 2000;

interface Step extends DueStep {
  step: EscalationStep;
}

/**
 * The `check-sla` job (every minute on the maintenance queue, and on demand with an injected clock
 * in tests): stops the clock of leads that got a first outreach, then takes each escalation step
 * that came due. Finding them is one statement over all waiting leads (leads-data sla-due.ts); a step is taken
 * at most once: its (lead, level) row is inserted first, in the same transaction as its effect.
 */
@Injectable()
export class SlaService {
  private readonly logger = new Logger(SlaService.name);

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly routing: RoutingService,
    private readonly repo: SlaRepository,
    private readonly writer: LeadWriter,
  ) {}

  async check(now = new Date(), { maxEscalations = SLA_ESCALATIONS_PER_RUN } = {}): Promise<{ answered: number; escalations: number; more: boolean; dueMoved: number }> {
    const answered = await this.repo.markAnswered(OUTREACH_TYPES);
    const settings = await this.ds.manager.findOneByOrFail(LeadSettingsEntity, { id: 1 });
    const { calendar, version } = await intakeCalendarVersion(this.ds.manager);
    const dueMoved = await this.refreshDueTimes(calendar, version);
    const due = await this.repo.dueSteps(now, calendar, settings.ladder, OPEN_LEAD_STATUSES, maxEscalations + 1);
    const more = due.length > maxEscalations;
    const steps: Step[] = due.slice(0, maxEscalations).map((d) => ({ ...d, step: settings.ladder[d.level] }));

    // In order; reminders and notices in chunks, each reassignment on its own.
    let escalations = 0;
    let chunk: Step[] = [];
    const flush = async () => {
      if (chunk.length) escalations += await this.write(chunk, now);
      chunk = [];
    };
    for (const s of steps) {
      if (s.step.action === 'reassign') {
        await flush();
        escalations += await this.write([s], now);
      } else if (chunk.push(s) >= WRITE_CHUNK) await flush();
    }
    await flush();
    return { answered, escalations, more, dueMoved };
  }

  /**
   * After the intake calendar changed (edited, another one named, another made the default), the
   * waiting leads' due times are computed again in it, once: the settings keep the calendar version
   * they were computed in. Escalations never depend on them (the check measures business time
   * itself); each lead's "due" and the board's at-risk and breached counts do. Idempotent: a run
   * cut short is done again by the next check, and a calendar edited meanwhile is a new version.
   */
  private async refreshDueTimes(calendar: BusinessCalendar, version: string): Promise<number> {
    if ((await this.repo.dueCalendarVersion()) === version) return 0;
    let moved = 0;
    for (let after: string | null = null; ; ) {
      const clocks = await this.repo.waitingClocks(after, DUE_CHUNK);
      if (clocks.length === 0) break;
      // A calendar that never opens again (make-up days alone, all past) makes a clock that is never due.
      moved += await this.writer.setDueTimes(
        this.ds.manager,
        clocks.map((c) => ({ id: c.lead_id, dueAt: addBusinessTimeWithin(c.received_at, c.sla_minutes * 60_000, calendar) })),
      );
      after = clocks[clocks.length - 1].lead_id;
    }
    await this.repo.setDueCalendarVersion(version);
    return moved;
  }

  /** Takes the steps in one transaction; if that fails, each on its own, so one bad step holds up no other. */
  private async write(steps: Step[], now: Date): Promise<number> {
    try {
      return await this.ds.transaction((m) => this.take(m, steps, now));
    } catch (err) {
      if (steps.length === 1) {
        this.logger.error(`escalation ${steps[0].step.action} of lead ${steps[0].lead_id} failed: ${String(err)}`);
        return 0;
      }
      let taken = 0;
      for (const s of steps) taken += await this.write([s], now);
      return taken;
    }
  }

  private async take(m: EntityManager, steps: Step[], now: Date): Promise<number> {
    const claimedRows = await this.repo.claimSteps(m, steps.map((s) => ({ lead_id: s.lead_id, level: s.level, action: s.step.action })), now);
    const claimed = new Set(claimedRows.map((r) => `${r.lead_id}:${r.level}`));
    const taken = steps.filter((s) => claimed.has(`${s.lead_id}:${s.level}`));
    if (taken.length === 0) return 0;

    const owners = [...new Set(taken.filter((s) => s.step.action === 'notify_manager' && s.owner_id).map((s) => s.owner_id as string))];
    const teamOf = new Map<string, { name: string; manager_id: string | null }>();
    if (owners.length) {
      for (const r of await this.repo.usersWithManagers(m, owners)) teamOf.set(r.id, r);
    }
    const notices: Parameters<typeof notifyMany>[1] = [];
    for (const s of taken) {
      const name = displayPersonName(s.first_name, s.last_name) || s.company || '';
      const payload = { leadId: s.lead_id, name, path: `/leads/${s.lead_id}`, percent: s.step.atPercent };
      const dedupKey = `sla:${s.lead_id}:${s.level}`;
      if (s.step.action === 'remind_owner' && s.owner_id) {
        notices.push({ userId: s.owner_id, kind: 'lead.sla.reminder', title: `Reminder: ${name} is waiting for a first response`, payload, dedupKey });
      } else if (s.step.action === 'notify_manager' && s.owner_id) {
        const owner = teamOf.get(s.owner_id);
        const managerId = owner?.manager_id && owner.manager_id !== s.owner_id ? owner.manager_id : null;
        if (owner && managerId) {
          notices.push({ userId: managerId, kind: 'lead.sla.overdue', title: `Overdue: ${name} has had no response from ${owner.name}`, payload: { ...payload, owner: owner.name }, dedupKey });
        }
      } else if (s.step.action === 'reassign') {
        await this.routing.reassign(m, s.lead_id, now);
      }
    }
    await notifyMany(m, notices, { email: true });
    await appendTimelineMany(
      m,
      null,
      taken.map((s) => ({ subjectType: 'lead', subjectId: s.lead_id, eventType: 'lead.sla.escalated', payload: { action: s.step.action, percent: s.step.atPercent } })),
    );
    return taken.length;
  }
}
