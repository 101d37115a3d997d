import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ContactEntity } from '@rapport/sales-data';
import type { CsatAnswerValue, CsatQuestion } from '@rapport/service-domain';
import { CaseEntity } from './case.entity';
import { RoutingQueueEntity } from './routing.entity';

/**
 * A customer satisfaction survey (issue 19 item 5): offered once per case when it is resolved (the
 * settings say which resolutions), answered at most once. The agent, team and channel are the ones
 * at the resolution the survey was offered for, so a later reassignment does not move the answer to
 * another agent's figures. `nonce` is in the signed link; the link itself is never stored.
 */
@Entity('csat_survey')
@Index('csat_survey_case_key', ['caseId'], { unique: true })
@Index('csat_survey_resolved_idx', ['resolvedAt'])
@Index('csat_survey_owner_idx', ['ownerId', 'resolvedAt'])
@Index('csat_survey_answered_idx', ['answeredAt', 'id'], { where: 'answered_at IS NOT NULL' })
@Check('csat_survey_rating', 'rating BETWEEN 1 AND 5')
@Check('csat_survey_answered', '(answered_at IS NULL) = (rating IS NULL)')
export class CsatSurveyEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' }) id: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId: string;
  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'csat_survey_case_fk' })
  serviceCase?: CaseEntity;
  // Erasing the contact keeps the answer for the figures and drops who gave it.
  @Column({ name: 'contact_id', type: 'uuid', nullable: true }) contactId: string | null;
  @ManyToOne(() => ContactEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'contact_id', foreignKeyConstraintName: 'csat_survey_contact_fk' })
  contact?: ContactEntity;
  /** en, zh-CN or zh-TW: the mail's, the page's and the questions' language. */
  @Column({ type: 'text' }) language: string;
  /** The case's owner and team when it was resolved: whose answer it is in the figures and the scope. */
  @Column({ name: 'owner_id', type: 'uuid', nullable: true }) ownerId: string | null;
  @Column({ name: 'team_id', type: 'uuid', nullable: true }) teamId: string | null;
  @Column({ type: 'text' }) channel: string;
  /** The routing queue the case waited in, when it had one (no foreign key: a deleted queue keeps its answers). */
  @Column({ name: 'queue_id', type: 'uuid', nullable: true }) queueId: string | null;
  @Column({ name: 'resolved_at', type: 'timestamptz' }) resolvedAt: Date;
  /** Wall-clock minutes from the case's opening to this resolution. */
  @Column({ name: 'resolution_minutes', type: 'int' }) resolutionMinutes: number;
  @Column({ type: 'text' }) nonce: string;
  /** How many times the survey was offered (a resolution again in mode `every`); the mail job sends the latest once. */
  @Column({ type: 'int', default: 1 }) invitations: number;
  @Column({ name: 'mails_sent', type: 'int', default: 0 }) mailsSent: number;
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true }) sentAt: Date | null;
  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true }) answeredAt: Date | null;
  @Column({ type: 'smallint', nullable: true }) rating: number | null;
  @Column({ type: 'jsonb', default: () => `'{}'` }) answers: Record<string, CsatAnswerValue>;
  @Column({ type: 'text', nullable: true }) comment: string | null;
  /** The portal user who answered; null when answered through the mailed link. */
  @Column({ name: 'answered_by', type: 'uuid', nullable: true }) answeredBy: string | null;
  /** When the owner's manager was told of a low rating (once). */
  @Column({ name: 'low_notified_at', type: 'timestamptz', nullable: true }) lowNotifiedAt: Date | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt: Date;
}

/** The survey settings: one row (id 1); no row means the defaults (surveys off). */
@Entity('csat_settings')
@Check('csat_settings_one', 'id = 1')
@Check('csat_settings_threshold', 'low_rating_threshold BETWEEN 1 AND 4')
export class CsatSettingsEntity {
  @PrimaryColumn({ type: 'smallint', default: 1 }) id: number;
  /** off, every or first (a `queues` mode comes with the routing queues). */
  @Column({ type: 'text', default: 'off' }) mode: string;
  @Column({ type: 'jsonb', default: () => `'[]'` }) questions: CsatQuestion[];
  @Column({ name: 'low_rating_threshold', type: 'smallint', default: 2 }) lowRatingThreshold: number;
  @Column({ name: 'default_language', type: 'text', default: 'en' }) defaultLanguage: string;
  @Column({ name: 'updated_by', type: 'uuid', nullable: true }) updatedBy: string | null;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt: Date;
}

/**
 * A routing queue's own survey mode (issue 19 item 5, "per queue"): overrides the company's mode for
 * the cases resolved in it. No row: the queue follows the company's mode. Deleting the queue drops it.
 */
@Entity('csat_queue_mode')
@Check('csat_queue_mode_mode', `mode IN ('off', 'every', 'first')`)
export class CsatQueueModeEntity {
  @PrimaryColumn({ name: 'queue_id', type: 'uuid' }) queueId: string;
  @ManyToOne(() => RoutingQueueEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'queue_id', foreignKeyConstraintName: 'csat_queue_mode_queue_fk' })
  queue?: RoutingQueueEntity;
  @Column({ type: 'text' }) mode: string;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt: Date;
}
