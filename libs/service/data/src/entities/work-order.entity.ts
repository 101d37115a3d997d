import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '@rapport/shared-database';
import { CaseEntity } from './case.entity';
import { EntitlementEntity } from './entitlement.entity';

/**
 * A skill service staff can have (issue 18 item 7; issue 19's routing matches queues on the same
 * table): a stable key, names per language.
 */
@Entity('service_skill')
export class ServiceSkillEntity {
  @PrimaryColumn({ type: 'text' }) key: string;
  @Column({ type: 'jsonb', default: () => `'{}'` }) names: Record<string, string>;
  @Column({ type: 'boolean', default: true }) active: boolean;
}

/** A person's level (1–5) in a skill: who can be sent on a visit, and later who a routing queue takes. */
@Entity('user_skill')
@Index('user_skill_skill_idx', ['skillKey', 'level'])
@Check('user_skill_level', `level BETWEEN 1 AND 5`)
export class UserSkillEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId: string;
  @PrimaryColumn({ name: 'skill_key', type: 'text' }) skillKey: string;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'user_skill_user_fk' })
  user?: UserEntity;
  @ManyToOne(() => ServiceSkillEntity, { onDelete: 'CASCADE', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'skill_key', referencedColumnName: 'key', foreignKeyConstraintName: 'user_skill_skill_fk' })
  skill?: ServiceSkillEntity;
  @Column({ type: 'int' }) level: number;
}

/** A proposed visit slot, as stored in `work_order.proposed_slots`. */
export interface StoredSlot {
  start: string;
  end: string;
}

/**
 * An on-site visit for a case (issue 18 item 7, ADR 0023): where, which skill it needs, the slots
 * offered to the customer and the one they confirmed, who goes, how far it got, and the visit report.
 * Read through its case (RECORD_PARENTS) and by its technician. Mails to the customer about it
 * (the proposed times, the confirmed visit) are outbound messages of the case's thread.
 */
@Entity('work_order')
@Index('work_order_case_seq_key', ['caseId', 'sequence'], { unique: true })
@Index('work_order_technician_idx', ['technicianId', 'slotStart'])
@Check('work_order_status', `status IN ('scheduled', 'en_route', 'on_site', 'done', 'cancelled')`)
@Check('work_order_level', `required_level BETWEEN 1 AND 5`)
export class WorkOrderEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' }) id: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId: string;
  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'work_order_case_fk' })
  serviceCase?: CaseEntity;
  /** 1, 2, … within the case (shown as the case number with `-V1`). */
  @Column({ type: 'int' }) sequence: number;
  @Column({ type: 'text', default: '' }) description: string;
  @Column({ type: 'text', default: '' }) street: string;
  @Column({ type: 'text', default: '' }) city: string;
  @Column({ name: 'postal_code', type: 'text', default: '' }) postalCode: string;
  @Column({ type: 'text', default: '' }) region: string;
  @Column({ type: 'text', default: '' }) country: string;
  @Column({ name: 'required_skill', type: 'text', nullable: true }) requiredSkill: string | null;
  @ManyToOne(() => ServiceSkillEntity, { onDelete: 'RESTRICT', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'required_skill', referencedColumnName: 'key', foreignKeyConstraintName: 'work_order_skill_fk' })
  skill?: ServiceSkillEntity;
  @Column({ name: 'required_level', type: 'int', default: 1 }) requiredLevel: number;
  @Column({ type: 'text', default: 'scheduled' }) status: string;
  @Column({ name: 'technician_id', type: 'uuid', nullable: true }) technicianId: string | null;
  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'technician_id', foreignKeyConstraintName: 'work_order_technician_fk' })
  technician?: UserEntity;
  /** The case's contract when the visit was planned: the one whose visits it counts against. */
  @Column({ name: 'entitlement_id', type: 'uuid', nullable: true }) entitlementId: string | null;
  @ManyToOne(() => EntitlementEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'entitlement_id', foreignKeyConstraintName: 'work_order_entitlement_fk' })
  entitlement?: EntitlementEntity;
  @Column({ name: 'proposed_slots', type: 'jsonb', default: () => `'[]'` }) proposedSlots: StoredSlot[];
  @Column({ name: 'proposed_at', type: 'timestamptz', nullable: true }) proposedAt: Date | null;
  @Column({ name: 'slot_start', type: 'timestamptz', nullable: true }) slotStart: Date | null;
  @Column({ name: 'slot_end', type: 'timestamptz', nullable: true }) slotEnd: Date | null;
  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true }) confirmedAt: Date | null;
  /** The current proposal's nonce, signed into the customer's links (visit-token.ts): a new proposal draws a new one. */
  @Column({ name: 'confirmation_nonce', type: 'text', nullable: true }) confirmationNonce: string | null;
  /** The calendar entry's revision (RFC 5546): bumped each time the confirmed time is sent. */
  @Column({ name: 'ics_sequence', type: 'int', default: 0 }) icsSequence: number;
  @Column({ name: 'work_done', type: 'text', nullable: true }) workDone: string | null;
  @Column({ type: 'jsonb', default: () => `'[]'` }) parts: { part: string; quantity: number }[];
  @Column({ name: 'signature_png', type: 'bytea', nullable: true, select: false }) signaturePng: Buffer | null;
  /** The signature's size in bytes (null: none), so lists know there is one without reading the image. */
  @Column({ name: 'signature_size', type: 'int', nullable: true }) signatureSize: number | null;
  @Column({ name: 'signed_by', type: 'text', nullable: true }) signedBy: string | null;
  @Column({ name: 'reported_at', type: 'timestamptz', nullable: true }) reportedAt: Date | null;
  /** When the visit was counted against the contract (once: set with the increment, in its transaction). */
  @Column({ name: 'visit_counted_at', type: 'timestamptz', nullable: true }) visitCountedAt: Date | null;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt: Date;
}
