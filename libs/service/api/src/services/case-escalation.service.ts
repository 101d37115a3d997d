import { Injectable, Logger } from '@nestjs/common';
import { notify } from '@rapport/shared-database';
import { isBusinessTime } from '@rapport/shared-domain';
import { escalationSteps } from '@rapport/service-domain';
import { CaseRepository } from '@rapport/service-data';
import { CaseClocksService } from './case-clocks.service';

/** Cases looked at per run; the rest are the next minute's work. */
export const ESCALATIONS_PER_RUN = 200;

const MILESTONE = { first_response: 'first response', next_response: 'next response', resolution: 'resolution' } as const;

/**
 * SLA escalation (issue 18 item 6; job `escalate-cases`, every minute, and on demand with an
 * injected clock): for each case whose next check has come, the clocks at `now` say which steps are
 * due — the owner warned at the warning share, the owner's manager told once a milestone is late.
 * Each step is taken once per (case, milestone, level) whoever runs the job (a unique row), recorded
 * on the case's log, and only in the business hours of the case's calendar: a step due at night
 * waits for the morning, and the job comes back to it every minute until then.
 */
@Injectable()
export class CaseEscalationService {
  private readonly logger = new Logger(CaseEscalationService.name);

  constructor(
    private readonly repo: CaseRepository,
    private readonly clocks: CaseClocksService,
  ) {}

  async run(now = new Date()): Promise<{ cases: number; steps: number }> {
    const ids = await this.repo.dueForEscalation(now, ESCALATIONS_PER_RUN);
    let steps = 0;
    for (const id of ids) steps += await this.escalate(id, now);
    if (steps) this.logger.log(`escalated ${steps} SLA step(s) on ${ids.length} case(s)`);
    return { cases: ids.length, steps };
  }

  private escalate(caseId: string, now: Date): Promise<number> {
    return this.repo.ds.transaction(async (m) => {
      const k = await this.repo.lockCase(m, caseId);
      if (!k || k.resolvedAt || k.closedAt) return 0;
      const found = await this.clocks.clocksAndCalendars([caseId], now, m);
      const cal = found.calendars.get(caseId);
      const clocks = found.clocks.get(caseId) ?? [];
      let taken = 0;
      if (cal && isBusinessTime(now, cal)) {
        const done = await this.repo.escalationsDone(m, caseId);
        for (const step of escalationSteps(clocks, now, done)) {
          const owner = k.ownerId as string | null;
          const recipient = step.level === 'warning' ? owner : ((owner && (await this.repo.managerOf(m, owner))) ?? owner);
          if (!(await this.repo.recordEscalation(m, { caseId, milestone: step.milestone, level: step.level, recipientId: recipient, at: now }))) continue;
          taken++;
          await this.repo.appendEvents(m, caseId, null, [{ kind: 'escalated', at: now, data: { milestone: step.milestone, level: step.level, recipientId: recipient } }]);
          if (recipient) {
            await notify(m, {
              userId: recipient,
              kind: step.level === 'warning' ? 'case.sla_warning' : 'case.sla_breached',
              title: step.level === 'warning' ? `${k.number}: the ${MILESTONE[step.milestone]} is due soon` : `${k.number}: the ${MILESTONE[step.milestone]} is late`,
              body: k.subject as string,
              payload: { caseId, number: k.number, milestone: step.milestone, level: step.level },
              dedupKey: `case-sla:${caseId}:${step.milestone}:${step.level}`,
              email: true,
            });
          }
        }
      }
      await this.clocks.refresh(m, caseId, now);
      return taken;
    });
  }
}
