import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { MailService } from './mail.service';
import { NotificationMailRepository } from './notification-mail.repository';
import { mailLocale, renderNotificationEmail } from './notification-email';

/**
 * Sends the email copy of a notification. Idempotent: `emailed_at` is claimed in the same
 * statement that reads the row, so two deliveries of the job can't both send; if sending fails
 * the claim is rolled back and BullMQ retries.
 */
@Injectable()
export class NotificationMailer {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly notifications: NotificationMailRepository,
  ) {}

  async send(notificationId: string): Promise<'sent' | 'already-sent' | 'skipped'> {
    return this.ds.transaction(async (m) => {
      const n = await this.notifications.lockForSending(m, notificationId);
      if (!n) return 'skipped';
      if (n.emailed_at) return 'already-sent';
      if (!n.active) return 'skipped';
      const rendered = renderNotificationEmail(n, mailLocale(n.locale), this.config.publicOrigin);
      const { sent } = await this.mail.send({ to: n.email, ...rendered, messageId: `<notification-${n.id}@rapport>` });
      if (!sent) return 'skipped';
      await this.notifications.markEmailed(m, n.id);
      return 'sent';
    });
  }
}
