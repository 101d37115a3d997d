import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { JobPayloads, purgeOutbox, QUEUES } from '@rapport/shared-queue';
import { NotificationMailer } from '@rapport/shared-mail';
import { LeadImportService } from '@rapport/leads-api';

/** Platform housekeeping. Idempotent: deleting what is already gone is a no-op. */
// Short locks, as on the leads queue: a notification mail takes well under a second, so a crashed
// worker's mail comes back within ~15 s instead of BullMQ's default 30 s lock + 30 s stall check
// (measured by the fault suite: full recovery after kill -9 was 62 s, routing 2 s).
@Processor(QUEUES.platform, { lockDuration: 10_000, stalledInterval: 5_000 })
export class PlatformProcessor extends WorkerHost {
  private readonly logger = new Logger(PlatformProcessor.name);

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly mailer: NotificationMailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly leadImports: LeadImportService,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case 'purge-sessions':
        return this.purgeSessions(job.data as JobPayloads['purge-sessions']);
      case 'send-notification-email':
        return this.mailer.send((job.data as JobPayloads['send-notification-email']).notificationId);
      case 'send-notification-emails':
        return this.sendAll((job.data as JobPayloads['send-notification-emails']).notificationIds);
      default:
        this.logger.warn(`unknown job ${job.name} on ${QUEUES.platform}`);
        return null;
    }
  }

  /**
   * Sends each mail of the batch; one that fails does not stop the others. The job then fails and
   * its retry resends only what is still unsent (each send is idempotent on `emailed_at`).
   */
  private async sendAll(ids: string[]) {
    const tally: Record<string, number> = {};
    const errors: string[] = [];
    for (const id of ids) {
      try {
        const r = await this.mailer.send(id);
        tally[r] = (tally[r] ?? 0) + 1;
      } catch (err) {
        errors.push(`${id}: ${String(err)}`);
      }
    }
    if (errors.length) throw new Error(`${errors.length} of ${ids.length} notification emails failed: ${errors.slice(0, 3).join('; ')}`);
    return tally;
  }

  private async purgeSessions({ olderThanDays }: JobPayloads['purge-sessions']) {
    const sessions = await this.ds.query(`DELETE FROM user_session WHERE expires_at < now() - make_interval(days => $1)`, [olderThanDays]);
    const attempts = await this.ds.query(`DELETE FROM login_attempt WHERE at < now() - make_interval(days => $1)`, [olderThanDays]);
    // The nightly housekeeping also keeps the outbox to the work in flight plus a few days (docs/adr/0009).
    const outbox = await purgeOutbox(this.ds, { doneOlderThanDays: this.config.outboxRetainDays });
    // And lead-import uploads nobody started (LEAD_IMPORT_UPLOAD_TTL_HOURS), with their stored files.
    const abandonedImports = await this.leadImports.expireUploads();
    return { sessions: sessions[1] ?? 0, attempts: attempts[1] ?? 0, outbox, abandonedImports };
  }
}
