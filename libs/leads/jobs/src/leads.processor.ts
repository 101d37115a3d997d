import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { withSystemScope } from '@rapport/shared-database';
import { JobPayloads, QUEUES } from '@rapport/shared-queue';
import { LeadImportService, RoutingService, ScoringService, SlaService } from '@rapport/leads-api';

/** Lead intake jobs: unpack the payload, call the service. Every handler is idempotent. */
// Short locks: an assignment batch takes well under a second, so a crashed worker's jobs come back within
// ~15 s instead of BullMQ's default 30 s (long imports keep renewing their lock while they run).
@Processor(QUEUES.leads, { concurrency: 8, lockDuration: 10_000, stalledInterval: 5_000 })
export class LeadsProcessor extends WorkerHost {
  private readonly logger = new Logger(LeadsProcessor.name);

  constructor(
    private readonly routing: RoutingService,
    private readonly scoring: ScoringService,
    private readonly sla: SlaService,
    private readonly imports: LeadImportService,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case 'assign-lead':
        return withSystemScope('routing reads every rule, rep and load to pick an owner', () => this.routing.assign((job.data as JobPayloads['assign-lead']).leadId));
      case 'assign-leads': {
        const outcomes = await withSystemScope('routing reads every rule, rep and load to pick owners', () => this.routing.assignMany((job.data as JobPayloads['assign-leads']).leadIds));
        // A tally, not 200 outcomes: the return value is stored with the job.
        const tally: Record<string, number> = {};
        for (const o of outcomes.values()) tally[o.status] = (tally[o.status] ?? 0) + 1;
        return tally;
      }
      case 'score-lead': {
        const result = await withSystemScope('scoring reads the lead and its engagement whoever owns it', () => this.scoring.rescore((job.data as JobPayloads['score-lead']).leadId));
        return result && { score: result.score, grade: result.grade };
      }
      // Scheduled on the maintenance queue now (SCHEDULES); this serves a job an earlier release queued here.
      case 'check-sla':
        return withSystemScope('the SLA clock watches every unanswered lead', () => this.sla.check());
      case 'import-leads': {
        const { importId } = job.data as JobPayloads['import-leads'];
        try {
          return await withSystemScope('an import matches rows against every existing lead for duplicates', () => this.imports.run(importId, (p) => job.updateProgress(p)));
        } catch (err) {
          // Retries may still succeed; the import says "failed" only once attempts are used up.
          if (job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) await this.imports.fail(importId, err);
          throw err;
        }
      }
      default:
        this.logger.warn(`unknown job ${job.name} on ${QUEUES.leads}`);
        return null;
    }
  }
}
