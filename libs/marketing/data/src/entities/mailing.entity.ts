import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ContactPolicyRuleKey, MailingAudience, Recurrence } from '@rapport/marketing-domain';
import { CampaignEntity } from './campaign.entity';
import { EmailTemplateEntity, EmailTemplateVersionEntity } from './email-template.entity';
import { SubscriptionTypeEntity } from './consent.entity';

/**
 * A mailing (issue 15, docs/adr/0016): a template version sent to an audience under a subscription
 * type, for a campaign. Its recipients are `mailing_send` rows, written before any mail goes out.
 */
@Entity('mailing')
@Check('mailing_status_check', `status IN ('draft', 'scheduled', 'sending', 'paused', 'completed', 'cancelled')`)
@Check('mailing_kind_check', `kind IN ('one_off', 'nurture', 'recurring', 'occurrence')`)
@Index('mailing_occurrence_key', ['parentId', 'occurrenceAt'], { unique: true, where: `parent_id IS NOT NULL` })
@Index('mailing_due_idx', ['status', 'scheduledAt'], { where: `status IN ('scheduled', 'sending')` })
export class MailingEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' }) id: string;
  @Column({ type: 'text' }) name: string;
  @Column({ name: 'campaign_id', type: 'uuid' }) campaignId: string;
  @Column({ name: 'template_id', type: 'uuid' }) templateId: string;
  /** Pinned when sending starts: later edits of the template make new versions and never change a mailing under way. */
  @Column({ name: 'template_version_id', type: 'uuid', nullable: true }) templateVersionId: string | null;
  @Column({ name: 'subscription_type_id', type: 'uuid' }) subscriptionTypeId: string;
  @Column({ type: 'jsonb' }) audience: MailingAudience;
  @Column({ type: 'text', default: 'draft' }) status: string;
  /**
   * `nurture`: a nurture's send step (docs/adr/0017); its rows come from the nurture engine, and it stays `sending` while the nurture runs.
   * `recurring`: a series that sends nothing itself; each time its rule comes round the watchdog makes an `occurrence` of it.
   */
  @Column({ type: 'text', default: 'one_off' }) kind: string;
  /** "Resend allowed": the same content may go again to people who already got it. */
  @Column({ name: 'resend_allowed', type: 'boolean', default: false }) resendAllowed: boolean;
  @Column({ name: 'scheduled_at', type: 'timestamptz', nullable: true }) scheduledAt: Date | null;
  /** Deliver at this hour (0–23) of each recipient's own day, in their time zone (else the policy's); null = as soon as possible. */
  @Column({ name: 'local_hour', type: 'smallint', nullable: true }) localHour: number | null;
  /** A recurring series' rule (docs/adr/0016 §11), its next occurrence and how many it has made. */
  @Column({ type: 'jsonb', nullable: true }) recurrence: Recurrence | null;
  @Column({ name: 'next_run_at', type: 'timestamptz', nullable: true }) nextRunAt: Date | null;
  @Column({ name: 'occurrence_count', type: 'int', default: 0 }) occurrenceCount: number;
  /** An occurrence's series and the time it stands for (one occurrence per series and time, however often the watchdog runs). */
  @Column({ name: 'parent_id', type: 'uuid', nullable: true }) parentId: string | null;
  @Column({ name: 'occurrence_at', type: 'timestamptz', nullable: true }) occurrenceAt: Date | null;
  /** The recipient rows are written (ADR 0016 §1); set in the same transaction as the rows. */
  @Column({ name: 'prepared_at', type: 'timestamptz', nullable: true }) preparedAt: Date | null;
  @Column({ name: 'started_at', type: 'timestamptz', nullable: true }) startedAt: Date | null;
  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true }) finishedAt: Date | null;
  @Column({ name: 'consecutive_failures', type: 'int', default: 0 }) consecutiveFailures: number;
  /** Why a mailing paused itself (message key of the reason), or null when a person paused it. */
  @Column({ name: 'paused_reason', type: 'text', nullable: true }) pausedReason: string | null;
  @Column({ name: 'owner_id', type: 'uuid', nullable: true }) ownerId: string | null;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;

  @ManyToOne(() => CampaignEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: CampaignEntity;
  @ManyToOne(() => EmailTemplateEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'template_id' })
  template?: EmailTemplateEntity;
  @ManyToOne(() => EmailTemplateVersionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'template_version_id' })
  templateVersion?: EmailTemplateVersionEntity;
  @ManyToOne(() => SubscriptionTypeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'subscription_type_id' })
  subscriptionType?: SubscriptionTypeEntity;
}

/**
 * One recipient of one mailing: one row per (mailing, normalised address), so a person in three
 * overlapping audiences is one row. Its bigint id is short enough for Message-IDs, bounce addresses
 * and tracking links. Never deleted while its mailing exists: the frequency cap and the
 * same-content rule count these rows.
 */
@Entity('mailing_send')
@Check('mailing_send_status_check', `status IN ('queued', 'sending', 'sent', 'failed', 'skipped')`)
@Check('mailing_send_skip_check', `(status = 'skipped') = (skip_reason IS NOT NULL)`)
@Index('mailing_send_address_key', ['mailingId', 'address'], { unique: true })
@Index('mailing_send_status_idx', ['mailingId', 'status'])
// The pump claims the lowest queued ids: without this, each claim sorted every queued row (45/s at 1M).
@Index('mailing_send_queued_idx', ['mailingId', 'id'], { where: `status = 'queued'` })
// The cap (claimed within the window) and the same-content rule look up what an address was sent, across every mailing.
@Index('mailing_send_delivered_idx', ['address', 'claimedAt', 'contentKey'], { where: `status IN ('sending', 'sent')` })
export class MailingSendEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id: string;
  @Column({ name: 'mailing_id', type: 'uuid' }) mailingId: string;
  /** Normalised (trimmed, lower-case), as consent and suppression key it (ADR 0015). */
  @Column({ type: 'text' }) address: string;
  @Column({ name: 'contact_id', type: 'uuid', nullable: true }) contactId: string | null;
  @Column({ name: 'lead_id', type: 'uuid', nullable: true }) leadId: string | null;
  @Column({ type: 'text', default: 'en' }) locale: string;
  @Column({ type: 'text' }) status: string;
  @Column({ name: 'skip_reason', type: 'text', nullable: true }) skipReason: string | null;
  @Column({ name: 'content_key', type: 'text', nullable: true }) contentKey: string | null;
  @Column({ type: 'int', default: 0 }) attempts: number;
  /** A send retried after a temporary failure waits until then. */
  @Column({ name: 'not_before', type: 'timestamptz', nullable: true }) notBefore: Date | null;
  /** The recipient's time zone when known (a contact's, if PostgreSQL knows it); null: the contact policy's. Quiet hours are kept in it. */
  @Column({ name: 'time_zone', type: 'text', nullable: true }) timeZone: string | null;
  /** When the row became `sending`, and then `sent`: the cap's window counts either. */
  @Column({ name: 'claimed_at', type: 'timestamptz', nullable: true }) claimedAt: Date | null;
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true }) sentAt: Date | null;
  @Column({ type: 'text', nullable: true }) error: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;

  @ManyToOne(() => MailingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mailing_id' })
  mailing?: MailingEntity;
}

/**
 * What happened to a sent message afterwards: opened, clicked, unsubscribed, bounced, complained,
 * replied. Append-only; a machine open or click (a scanner, a prefetch) is kept but flagged, so
 * "engaged" counts leave it out while the evidence stays.
 */
@Entity('mailing_event')
@Check('mailing_event_kind_check', `kind IN ('open', 'click', 'unsubscribe', 'bounce', 'complaint', 'reply')`)
@Index('mailing_event_send_idx', ['sendId', 'kind'])
@Index('mailing_event_mailing_idx', ['mailingId', 'kind', 'occurredAt'])
export class MailingEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id: string;
  @Column({ name: 'send_id', type: 'bigint' }) sendId: string;
  @Column({ name: 'mailing_id', type: 'uuid' }) mailingId: string;
  @Column({ type: 'text' }) kind: string;
  /** A click's destination (without tracking), or a bounce's status code and diagnostic. */
  @Column({ type: 'text', nullable: true }) detail: string | null;
  @Column({ type: 'boolean', default: false }) machine: boolean;
  @Column({ name: 'machine_reason', type: 'text', nullable: true }) machineReason: string | null;
  @Column({ name: 'user_agent', type: 'text', nullable: true }) userAgent: string | null;
  @Column({ type: 'text', nullable: true }) ip: string | null;
  @CreateDateColumn({ name: 'occurred_at', type: 'timestamptz' }) occurredAt: Date;

  @ManyToOne(() => MailingSendEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'send_id' })
  send?: MailingSendEntity;
}

/** The company's contact policy: a single row (id 1), changed by admins. */
@Entity('contact_policy')
@Check('contact_policy_single_check', `id = 1`)
export class ContactPolicyEntity {
  @PrimaryColumn({ type: 'int', default: 1 }) id: number;
  @Column({ name: 'cap_max_messages', type: 'int', nullable: true }) capMaxMessages: number | null;
  @Column({ name: 'cap_window_days', type: 'int', nullable: true }) capWindowDays: number | null;
  @Column({ name: 'same_content_once', type: 'boolean', default: true }) sameContentOnce: boolean;
  @Column({ name: 'quiet_start_hour', type: 'int', nullable: true }) quietStartHour: number | null;
  @Column({ name: 'quiet_end_hour', type: 'int', nullable: true }) quietEndHour: number | null;
  @Column({ name: 'time_zone', type: 'text', default: 'Asia/Shanghai' }) timeZone: string;
  @Column({ type: 'text', array: true, default: () => `'{}'` }) rules: ContactPolicyRuleKey[];
  @Column({ name: 'updated_by', type: 'uuid', nullable: true }) updatedBy: string | null;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
