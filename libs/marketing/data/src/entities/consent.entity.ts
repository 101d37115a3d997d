import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { NameTranslations } from '@rapport/shared-domain';

/**
 * A kind of marketing mail people answer separately (newsletter, product news, events), named in
 * the three languages like pipelines (docs/adr/0010). Types are deactivated, never deleted: the
 * consent history points at them.
 */
@Entity('subscription_type')
@Check('subscription_type_key_check', `key ~ '^[a-z0-9][a-z0-9_-]{1,39}$'`)
@Index('subscription_type_key_key', ['key'], { unique: true })
export class SubscriptionTypeEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' }) id: string;
  /** Stable identifier for integrations and the List-Id header, e.g. `newsletter`. */
  @Column({ type: 'text' }) key: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'jsonb', default: () => `'{}'` }) names: NameTranslations;
  @Column({ type: 'text', nullable: true }) description: string | null;
  /** An opt-in is pending until the person confirms it from the mail sent to them. */
  @Column({ name: 'double_opt_in', type: 'boolean', default: false }) doubleOptIn: boolean;
  /** No answer means no mail (consent); false: mail until the person opts out (legitimate interest). */
  @Column({ name: 'requires_opt_in', type: 'boolean', default: true }) requiresOptIn: boolean;
  @Column({ type: 'boolean', default: true }) active: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

const STATUS_CHECK = `status IN ('opted_in', 'opted_out', 'pending')`;

/** An address's current answer for one subscription type (the latest of its consent events). */
@Entity('consent')
@Check('consent_status_check', STATUS_CHECK)
@Index('consent_type_idx', ['subscriptionTypeId', 'status'])
export class ConsentEntity {
  /** Normalised (normalizeEmailAddress): one answer per address, whichever record carries it. */
  @PrimaryColumn({ type: 'text' }) address: string;
  @PrimaryColumn({ name: 'subscription_type_id', type: 'uuid' }) subscriptionTypeId: string;
  @Column({ type: 'text' }) status: string;
  @Column({ name: 'event_id', type: 'uuid' }) eventId: string;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;

  @ManyToOne(() => SubscriptionTypeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'subscription_type_id' })
  subscriptionType?: SubscriptionTypeEntity;
}

/** An address's answer to marketing as a whole: opted out here, no marketing mail of any type. */
@Entity('global_consent')
@Check('global_consent_status_check', STATUS_CHECK)
export class GlobalConsentEntity {
  @PrimaryColumn({ type: 'text' }) address: string;
  @Column({ type: 'text' }) status: string;
  @Column({ name: 'event_id', type: 'uuid' }) eventId: string;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/**
 * Every answer ever given, with its evidence (issue 15): never updated or deleted, so the history
 * can be shown and exported as it happened. `subscriptionTypeId` null = the global answer.
 */
@Entity('consent_event')
@Check('consent_event_status_check', STATUS_CHECK)
@Index('consent_event_address_idx', ['address', 'occurredAt'])
export class ConsentEventEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' }) id: string;
  @Column({ type: 'text' }) address: string;
  @Column({ name: 'subscription_type_id', type: 'uuid', nullable: true }) subscriptionTypeId: string | null;
  @Column({ type: 'text' }) status: string;
  @Column({ name: 'lawful_basis', type: 'text' }) lawfulBasis: string;
  @Column({ type: 'text' }) source: string;
  /** Which wording the person saw (e.g. a form's consent text version). */
  @Column({ name: 'wording_version', type: 'text', nullable: true }) wordingVersion: string | null;
  @Column({ type: 'text', nullable: true }) ip: string | null;
  @Column({ name: 'user_agent', type: 'text', nullable: true }) userAgent: string | null;
  /** The staff member or API key user who recorded it; null for the person themselves. */
  @Column({ name: 'recorded_by', type: 'uuid', nullable: true }) recordedBy: string | null;
  /** The record it was given through, for the timeline; the answer belongs to the address. */
  @Column({ name: 'contact_id', type: 'uuid', nullable: true }) contactId: string | null;
  @Column({ name: 'lead_id', type: 'uuid', nullable: true }) leadId: string | null;
  @CreateDateColumn({ name: 'occurred_at', type: 'timestamptz' }) occurredAt: Date;

  @ManyToOne(() => SubscriptionTypeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'subscription_type_id' })
  subscriptionType?: SubscriptionTypeEntity;
}

/**
 * Addresses no marketing goes to (a hard bounce stops transactional mail too), by normalised
 * address so it survives merges, deletions and re-imports of the person.
 */
@Entity('suppression')
@Check('suppression_reason_check', `reason IN ('hard_bounce', 'soft_bounce', 'complaint', 'opt_out', 'imported')`)
export class SuppressionEntity {
  @PrimaryColumn({ type: 'text' }) address: string;
  @Column({ type: 'text' }) reason: string;
  /** What caused it: the bounce's status code, the import's file name, a staff note. */
  @Column({ type: 'text', nullable: true }) detail: string | null;
  @Column({ name: 'soft_bounces', type: 'int', default: 0 }) softBounces: number;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/**
 * A double opt-in's request for confirmation (one per pending answer): written with the pending
 * event, marked `sent_at` by the mailer under a row lock, so a re-delivered job never mails twice.
 */
@Entity('consent_confirmation')
export class ConsentConfirmationEntity {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' }) eventId: string;
  /** The language to ask in when the answer came through a form in that language; else the contact's, else English. */
  @Column({ type: 'text', nullable: true }) locale: string | null;
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true }) sentAt: Date | null;

  @ManyToOne(() => ConsentEventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: ConsentEventEntity;
}
