import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { withSystemScope } from '@rapport/shared-database';
import { QUEUES } from '@rapport/shared-queue';
import { SlaService } from '@rapport/leads-api';
import { CommitmentsService, ForecastService } from '@rapport/revenue-api';
import { MailingPumpService, MailingSeriesService, NurtureEngineService } from '@rapport/marketing-api';
import { EventRemindersService } from '@rapport/events-api';
import { CaseAttachmentsService, CaseEscalationService } from '@rapport/service-api';

/**
 * Periodic work (SCHEDULES in libs/shared/queue) on its own queue: routing and mail never wait behind
 * it, and it gets lock settings of its own. Every handler is idempotent and bounded per run (the SLA
 * check takes at most SLA_ESCALATIONS_PER_RUN steps; the rest is the next minute's work).
 *
 * - concurrency 1: the runs take turns, so maintenance adds at most one statement's worth of load to
 *   the database at a time; each run is short and its schedule repeats, so none waits long.
 * - lockDuration 60 s (renewed every 30 s while the job runs): longer than any run should take, so a
 *   busy event loop or a slow statement never loses the lock and runs the job a second time
 *   alongside the first (safe, since the handlers are idempotent, but wasted work).
 * - stalledInterval 30 s, maxStalledCount 1: a run whose worker died is taken up again within about
 *   a minute and a half, once; a run that stalls twice fails (visible in Bull Board) instead of
 *   looping, and the next scheduled run does the work anyway.
 * Routing keeps its own short locks on the `leads` queue (libs/leads/jobs).
 */
@Processor(QUEUES.maintenance, { concurrency: 1, lockDuration: 60_000, stalledInterval: 30_000, maxStalledCount: 1 })
export class MaintenanceProcessor extends WorkerHost {
  private readonly logger = new Logger(MaintenanceProcessor.name);

  constructor(
    private readonly sla: SlaService,
    private readonly forecasts: ForecastService,
    private readonly commitments: CommitmentsService,
    private readonly mailings: MailingPumpService,
    private readonly series: MailingSeriesService,
    private readonly nurtures: NurtureEngineService,
    private readonly eventReminders: EventRemindersService,
    private readonly escalation: CaseEscalationService,
    private readonly caseFiles: CaseAttachmentsService,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case 'check-sla': {
        const result = await withSystemScope('the SLA clock watches every unanswered lead', () => this.sla.check());
        // A backlog of due escalations (after an outage, or a ladder change): worth a look if it lasts.
        if (result.more) this.logger.warn(`SLA check took its ${result.escalations} escalations; more are due and wait for the next run`);
        return result;
      }
      case 'snapshot-forecast':
        return { reps: await withSystemScope('the weekly snapshot records every rep’s forecast', () => this.forecasts.snapshot()) };
      case 'remind-commitments':
        return { reminded: await withSystemScope('reminders go to every owner of a commitment coming due', () => this.commitments.remindDue()) };
      case 'resume-mailings':
        return withSystemScope('the watchdog looks at every unfinished mailing and every series', async () => {
          // A series' due occurrence is made first, so the same run wakes a pump for it.
          const occurrences = (await this.series.spawnDue()).length;
          return { occurrences, woken: (await this.mailings.wakeDue()).length };
        });
      case 'advance-nurtures':
        return await withSystemScope('the nurture engine moves every enrolled person', () => this.nurtures.advance());
      case 'remind-event-registrants':
        return await withSystemScope('reminders go to every registrant of an event about to start', () => this.eventReminders.run());
      case 'escalate-cases':
        return await withSystemScope('SLA escalation looks at every open case, whoever owns it', () => this.escalation.run());
      case 'purge-case-uploads':
        return { deleted: await withSystemScope('unsent uploads of every agent are swept', () => this.caseFiles.purgeUnsent()) };
      default:
        this.logger.warn(`unknown job ${job.name} on ${QUEUES.maintenance}`);
        return null;
    }
  }
}
