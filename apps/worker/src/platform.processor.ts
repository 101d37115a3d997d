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
      default:
        this.logger.warn(`unknown job ${job.name} on ${QUEUES.platform}`);
        return null;
    }
  }

  private async purgeSessions({ olderThanDays }: JobPayloads['purge-sessions']) {
    const sessions = await this.ds.query(`DELETE FROM user_session WHERE expires_at < now() - make_interval(days => $1)`, [olderThanDays]);
    const attempts = await this.ds.query(`DELETE FROM login_attempt WHERE at < now() - make_interval(days => $1)`, [olderThanDays]);
    return { sessions: sessions[1] ?? 0, attempts: attempts[1] ?? 0 };
  }
}
