import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** A notification with what its email needs of the recipient. */
export interface NotificationMailRow {
  id: string;
  kind: string;
  title: string;
  body: string | null;
  payload: Record<string, unknown>;
  email: string;
  locale: string;
  active: boolean;
  emailed_at: Date | null;
}

/** The notification mailer's SQL; both methods run in the send's transaction. */
@Injectable()
export class NotificationMailRepository {
  /**
   * The notification and its recipient, with the notification row locked until the transaction
   * ends: a second delivery of the same job waits here and then sees `emailed_at` set.
   */
  async lockForSending(m: EntityManager, notificationId: string): Promise<NotificationMailRow | null> {
    const rows: NotificationMailRow[] = await m.query(
      `SELECT n.id, n.kind, n.title, n.body, n.payload, n.emailed_at, u.email, u.locale, u.active
         FROM notification n JOIN app_user u ON u.id = n.user_id
        WHERE n.id = $1
        FOR UPDATE OF n`,
      [notificationId],
    );
    return rows[0] ?? null;
  }

  async markEmailed(m: EntityManager, notificationId: string) {
    await m.query(`UPDATE notification SET emailed_at = now() WHERE id = $1`, [notificationId]);
  }
}
