import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { ContactEntity } from '@rapport/sales-data';

/**
 * A segment (issue 17 items 2–3): a rule tree over contacts. Dynamic segments are refreshed on a
 * schedule (`refresh_minutes`) and on demand; static ones are a snapshot taken when they are made
 * (and retaken only on request). Owned by who made it; everyone with segment access uses it.
 */
@Entity('segment')
@Index('segment_name_idx', ['name'])
@Check('segment_refresh_check', 'refresh_minutes IS NULL OR refresh_minutes >= 5')
export class SegmentEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' }) id: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text', nullable: true }) description: string | null;
  @Column({ type: 'boolean', default: true }) dynamic: boolean;
  @Column({ type: 'jsonb' }) rule: Record<string, unknown>;
  /** Minutes between scheduled refreshes of a dynamic segment; null refreshes only on demand. */
  @Column({ name: 'refresh_minutes', type: 'int', nullable: true }) refreshMinutes: number | null;
  @Column({ name: 'member_count', type: 'int', default: 0 }) memberCount: number;
  @Column({ name: 'refreshed_at', type: 'timestamptz', nullable: true }) refreshedAt: Date | null;
  @Column({ name: 'owner_id', type: 'uuid', nullable: true }) ownerId: string | null;
  @Column({ name: 'team_id', type: 'uuid', nullable: true }) teamId: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt: Date;
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true }) archivedAt: Date | null;
}

/**
 * Who is in a segment and since when: a refresh closes the rows of people who left (`left_at`) and
 * opens rows for people who entered; people who stay are not touched. A person who comes back gets
 * a new row, so the history shows each stay.
 */
@Entity('segment_membership')
@Index('segment_membership_current_key', ['segmentId', 'contactId'], { unique: true, where: 'left_at IS NULL' })
@Index('segment_membership_contact_idx', ['contactId', 'segmentId'])
export class SegmentMembershipEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ name: 'segment_id', type: 'uuid' }) segmentId: string;
  @Column({ name: 'contact_id', type: 'uuid' }) contactId: string;
  @Column({ name: 'entered_at', type: 'timestamptz' }) enteredAt: Date;
  @Column({ name: 'left_at', type: 'timestamptz', nullable: true }) leftAt: Date | null;
  @ManyToOne(() => SegmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'segment_id', foreignKeyConstraintName: 'segment_membership_segment_fk' })
  segment?: SegmentEntity;
  @ManyToOne(() => ContactEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id', foreignKeyConstraintName: 'segment_membership_contact_fk' })
  contact?: ContactEntity;
}

/** One refresh of a segment: members after it, how many entered and left (the counts-over-time chart). */
@Entity('segment_refresh')
@Index('segment_refresh_segment_idx', ['segmentId', 'refreshedAt'])
export class SegmentRefreshEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ name: 'segment_id', type: 'uuid' }) segmentId: string;
  @Column({ name: 'refreshed_at', type: 'timestamptz', default: () => 'now()' }) refreshedAt: Date;
  @Column({ type: 'int' }) members: number;
  @Column({ type: 'int' }) entered: number;
  @Column({ type: 'int' }) left: number;
  @Column({ name: 'duration_ms', type: 'int' }) durationMs: number;
  /** `schedule` or `manual` (who asked is in the audit log). */
  @Column({ type: 'text' }) trigger: string;
  @ManyToOne(() => SegmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'segment_id', foreignKeyConstraintName: 'segment_refresh_segment_fk' })
  segment?: SegmentEntity;
}
