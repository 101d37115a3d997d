import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull } from 'typeorm';
import { NotificationEntity } from '@rapport/shared-database';

/** A notification as the bell shows it: the payload travels as JSON text. */
export type NotificationRow = NotificationEntity & { payloadJson: string };

// The bell never needs more than a page; the cap keeps a bad `first` from reading a whole inbox.
const MAX_PAGE = 100;

/**
 * The bell's reads and writes. Every query is keyed by the user id, so a person only ever sees or
 * marks their own notifications; the caller passes the signed-in user, never an arbitrary one.
 */
@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  private get repo() {
    return this.ds.getRepository(NotificationEntity);
  }

  /** The newest `first` notifications (clamped to 1..100). */
  async list(userId: string, first: number): Promise<NotificationRow[]> {
    const rows = await this.repo.find({ where: { userId }, order: { createdAt: 'DESC' }, take: Math.min(Math.max(first, 1), MAX_PAGE) });
    return rows.map((n) => ({ ...n, payloadJson: JSON.stringify(n.payload) }));
  }

  unreadCount(userId: string): Promise<number> {
    return this.repo.countBy({ userId, readAt: IsNull() });
  }

  /** Marks the given unread notifications (all of them without `ids`) read; returns what is left unread. */
  async markRead(userId: string, ids?: string[]): Promise<number> {
    await this.repo.update({ userId, readAt: IsNull(), ...(ids ? { id: In(ids) } : {}) }, { readAt: new Date() });
    return this.unreadCount(userId);
  }
}
