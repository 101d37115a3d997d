import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { JobPayloads, QUEUES } from '@rapport/shared-queue';
import { NotificationMailer } from '@rapport/shared-mail';

/** Platform housekeeping. Idempotent: deleting what is already gone is a no-op. */
@Processor(QUEUES.platform)
export class PlatformProcessor extends WorkerHost {
  private readonly logger = new Logger(PlatformProcessor.name);

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly mailer: NotificationMailer,
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
    return { sessions: sessions[1] ?? 0, attempts: attempts[1] ?? 0 };
  }
}
