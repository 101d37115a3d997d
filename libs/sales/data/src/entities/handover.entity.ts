import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

export type HandoverObject = 'accounts' | 'contacts' | 'leads' | 'opportunities' | 'tasks';

/**
 * A transfer of a person's book of business, run by the `transfer-ownership` job. The row is the
 * job's durable state: progress for the UI, and the digest each new owner receives.
 */
@Entity('handover')
@Index('handover_from_idx', ['fromUserId'])
export class HandoverEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' })
  id: string;

  @Column({ name: 'from_user_id', type: 'uuid' })
  fromUserId: string;

  /** Object → new owner's user id. */
  @Column({ type: 'jsonb' })
  assignments: Record<HandoverObject, string>;

  @Column({ name: 'deactivate_after', type: 'boolean', default: false })
  deactivateAfter: boolean;

  /** queued | running | done | failed */
  @Column({ type: 'text', default: 'queued' })
  status: 'queued' | 'running' | 'done' | 'failed';

  @Column({ type: 'int', default: 0 })
  total: number;

  @Column({ type: 'int', default: 0 })
  moved: number;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
