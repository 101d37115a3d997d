import { Check, Column, DeleteDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { BaseRecord, declareRecordColumns } from '@rapport/shared-database';
import type { StoredFields } from '@rapport/shared-domain';
import { CASE } from '@rapport/service-domain';
import { AccountEntity, ContactEntity, OpportunityEntity } from '@rapport/sales-data';
import { ProductEntity } from '@rapport/revenue-data';
import { OrderEntity } from '@rapport/segmentation-data';
import { EntitlementEntity } from './entitlement.entity';
import { ServiceSlaPolicyEntity } from './service-sla-policy.entity';

/** A configured case status (issue 18 item 1): its category and whether the SLA clock runs in it; names per language. */
@Entity('case_status')
@Check('case_status_category', `category IN ('new', 'open', 'waiting', 'resolved', 'closed')`)
export class CaseStatusEntity {
  @PrimaryColumn({ type: 'text' }) key: string;
  @Column({ type: 'jsonb', default: () => `'{}'` }) names: Record<string, string>;
  @Column({ type: 'text' }) category: string;
  @Column({ name: 'clock_runs', type: 'boolean' }) clockRuns: boolean;
  @Column({ type: 'int', default: 0 }) position: number;
  @Column({ type: 'boolean', default: true }) active: boolean;
}

// The case's fields are declared once, in CASE (service-domain); their columns come from there.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- the merged interface types the derived columns
export interface CaseEntity extends StoredFields<typeof CASE> {}

/**
 * A service case (issue 18). `sla_due_at` and `sla_breached` are what the clocks (derived from
 * `case_event`) say, kept on the row for lists, sorting and the escalation job; every write that
 * appends a clock event sets them again, and a recomputation after a calendar edit rewrites them.
 */
@Entity('service_case')
@Index('service_case_number_key', ['number'], { unique: true })
@Index('service_case_account_idx', ['accountId', 'createdAt'])
@Index('service_case_contact_idx', ['contactId', 'createdAt'])
@Index('service_case_owner_idx', ['ownerId', 'createdAt'])
@Index('service_case_due_idx', ['slaDueAt'], { where: 'sla_due_at IS NOT NULL AND deleted_at IS NULL' })
@Index('service_case_check_idx', ['slaNextCheckAt'], { where: 'sla_next_check_at IS NOT NULL AND deleted_at IS NULL' })
// Deleting an order (an import undone) finds the cases that named it without a scan.
@Index('service_case_order_idx', ['orderId'], { where: 'order_id IS NOT NULL' })
@Index('service_case_open_idx', ['createdAt', 'id'], { where: 'resolved_at IS NULL AND closed_at IS NULL AND deleted_at IS NULL' })
@Check('service_case_priority', `priority IN ('low', 'normal', 'high', 'urgent')`)
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see above
export class CaseEntity extends BaseRecord {
  @ManyToOne(() => AccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'service_case_account_fk' })
  account?: AccountEntity;

  @ManyToOne(() => ContactEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'contact_id', foreignKeyConstraintName: 'service_case_contact_fk' })
  contact?: ContactEntity;

  @ManyToOne(() => ProductEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'product_id', foreignKeyConstraintName: 'service_case_product_fk' })
  product?: ProductEntity;

  @ManyToOne(() => OpportunityEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'opportunity_id', foreignKeyConstraintName: 'service_case_opportunity_fk' })
  opportunity?: OpportunityEntity;

  // The order the problem is about (orders are the segmentation domain's: a case may point at one).
  @ManyToOne(() => OrderEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'order_id', foreignKeyConstraintName: 'service_case_order_fk' })
  order?: OrderEntity;

  @ManyToOne(() => CaseEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'service_case_parent_fk' })
  parent?: CaseEntity;

  @ManyToOne(() => CaseEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'follows_case_id', foreignKeyConstraintName: 'service_case_follows_fk' })
  follows?: CaseEntity;

  @ManyToOne(() => CaseEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'split_from_id', foreignKeyConstraintName: 'service_case_split_from_fk' })
  splitFrom?: CaseEntity;

  @ManyToOne(() => EntitlementEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'entitlement_id', foreignKeyConstraintName: 'service_case_entitlement_fk' })
  entitlement?: EntitlementEntity;

  @ManyToOne(() => ServiceSlaPolicyEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'sla_policy_id', foreignKeyConstraintName: 'service_case_sla_policy_fk' })
  slaPolicy?: ServiceSlaPolicyEntity;

  @ManyToOne(() => CaseStatusEntity, { onDelete: 'RESTRICT', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'status', referencedColumnName: 'key', foreignKeyConstraintName: 'service_case_status_fk' })
  statusRow?: CaseStatusEntity;

  // The routing queue it was put in (issue 19); the queue's own table is routing.entity.ts, which imports this one.
  @ManyToOne('RoutingQueueEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'queue_id', foreignKeyConstraintName: 'service_case_queue_fk' })
  queue?: unknown;

  /** When the escalation job must look at the case next (the earliest warning or breach step still to take); null: nothing pending. */
  @Column({ name: 'sla_next_check_at', type: 'timestamptz', nullable: true }) slaNextCheckAt: Date | null;

  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}
declareRecordColumns(CaseEntity, CASE);

/**
 * The case's event log, append-only: the clocks are a function of it (ADR 0021 decision 2), and
 * its other entries are the case's history. `seq` orders events of the same instant as written.
 */
@Entity('case_event')
@Index('case_event_case_idx', ['caseId', 'at', 'seq'])
export class CaseEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) seq: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId: string;
  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'case_event_case_fk' })
  serviceCase?: CaseEntity;
  @Column({ type: 'text' }) kind: string;
  @Column({ type: 'timestamptz' }) at: Date;
  @Column({ type: 'jsonb', default: () => `'{}'` }) data: Record<string, unknown>;
  @Column({ name: 'actor_id', type: 'uuid', nullable: true }) actorId: string | null;
}

/**
 * One message of a case's thread (issue 18 item 2), whatever the channel: inbound and outbound
 * email, portal messages, logged calls, chat transcripts, and internal notes (`direction` internal,
 * never shown to the customer or to staff without the caseNote capability). Email threading reads
 * `message_id`, `in_reply_to` and `references`.
 */
@Entity('case_message')
@Index('case_message_case_idx', ['caseId', 'createdAt', 'id'])
@Index('case_message_message_id_key', ['messageId'], { unique: true, where: 'message_id IS NOT NULL' })
@Check('case_message_direction', `direction IN ('inbound', 'outbound', 'internal')`)
@Check('case_message_channel', `channel IN ('email', 'phone', 'portal', 'chat', 'web', 'other', 'note')`)
export class CaseMessageEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' }) id: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId: string;
  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'case_message_case_fk' })
  serviceCase?: CaseEntity;
  @Column({ type: 'text' }) direction: string;
  @Column({ type: 'text' }) channel: string;
  /** The staff member who wrote, sent or logged it; null for a customer's own message. */
  @Column({ name: 'author_id', type: 'uuid', nullable: true }) authorId: string | null;
  @Column({ name: 'contact_id', type: 'uuid', nullable: true }) contactId: string | null;
  @Column({ name: 'from_address', type: 'text', nullable: true }) fromAddress: string | null;
  @Column({ name: 'to_addresses', type: 'text', array: true, default: () => `'{}'` }) toAddresses: string[];
  @Column({ type: 'text', default: '' }) subject: string;
  @Column({ type: 'text', default: '' }) body: string;
  @Column({ name: 'message_id', type: 'text', nullable: true }) messageId: string | null;
  @Column({ name: 'in_reply_to', type: 'text', nullable: true }) inReplyTo: string | null;
  @Column({ name: 'thread_references', type: 'text', array: true, default: () => `'{}'` }) references: string[];
  /** Calls: the other party's number (E.164), the line dialled, the length, the direction of the call. */
  @Column({ name: 'phone_number', type: 'text', nullable: true }) phoneNumber: string | null;
  @Column({ name: 'line', type: 'text', nullable: true }) line: string | null;
  @Column({ name: 'duration_seconds', type: 'int', nullable: true }) durationSeconds: number | null;
  /** Outbound email: when the SMTP relay took it (null while queued). */
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true }) sentAt: Date | null;
  /** Files of an inbound mail that were not kept, and why (service-domain's `screenAttachments`): the text always is. */
  @Column({ name: 'refused_attachments', type: 'jsonb', default: () => `'[]'` }) refusedAttachments: { filename: string; reason: string; size: number }[];
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
}

/** An escalation step taken (issue 18 item 6): once per case, milestone and level, whoever runs the job. */
@Entity('case_escalation')
@Index('case_escalation_key', ['caseId', 'milestone', 'level'], { unique: true })
export class CaseEscalationEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' }) id: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId: string;
  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'case_escalation_case_fk' })
  serviceCase?: CaseEntity;
  @Column({ type: 'text' }) milestone: string;
  /** warning (the owner told) or breach (the owner's manager told). */
  @Column({ type: 'text' }) level: string;
  @Column({ name: 'recipient_id', type: 'uuid', nullable: true }) recipientId: string | null;
  @Column({ type: 'timestamptz' }) at: Date;
}

/** How each milestone of a case ended (met, breached, or a next response stopped by resolution), for SLA reports; written as the clocks complete it. */
@Entity('case_sla_attainment')
export class CaseSlaAttainmentEntity {
  @PrimaryColumn({ name: 'case_id', type: 'uuid' }) caseId: string;
  @PrimaryColumn({ type: 'text' }) milestone: string;
  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'case_sla_attainment_case_fk' })
  serviceCase?: CaseEntity;
  @Column({ type: 'text' }) state: string;
  @Column({ name: 'target_minutes', type: 'int' }) targetMinutes: number;
  @Column({ name: 'spent_minutes', type: 'int' }) spentMinutes: number;
  @Column({ name: 'completed_at', type: 'timestamptz' }) completedAt: Date;
}
