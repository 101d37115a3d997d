import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** In-app notifications (the bell). Email delivery is a separate concern that reads these. */
@Entity('notification')
@Index('notification_user_idx', ['userId', 'createdAt'])
@Index('notification_unread_idx', ['userId'], { where: 'read_at IS NULL' })
export class NotificationEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' })
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  /** e.g. `handover.digest` */
  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  body: string | null;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  payload: Record<string, unknown>;

  /** Makes creating the same notification twice (a retried job) a no-op. */
  @Column({ name: 'dedup_key', type: 'text', nullable: true, unique: true })
  dedupKey: string | null;

  /** Set once the email copy went out; a redelivered job sees it and sends nothing. */
  @Column({ name: 'emailed_at', type: 'timestamptz', nullable: true })
  emailedAt: Date | null;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
