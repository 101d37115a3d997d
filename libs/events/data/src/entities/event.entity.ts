import { Check, Column, CreateDateColumn, DeleteDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { BaseRecord, declareRecordColumns } from '@rapport/shared-database';
import type { StoredFields } from '@rapport/shared-domain';
import { EVENT } from '@rapport/events-domain';
import { CampaignEntity } from '@rapport/marketing-data';

// The event's fields are declared once, in EVENT (events-domain); their columns come from there.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- the merged interface types the derived columns
export interface EventEntity extends StoredFields<typeof EVENT> {}

@Entity('event')
@Index('event_campaign_key', ['campaignId'], { unique: true })
@Index('event_starts_idx', ['startsAt', 'id'])
@Check('event_ends_after_start', 'ends_at > starts_at')
@Check('event_capacity_positive', 'capacity IS NULL OR capacity > 0')
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see above
export class EventEntity extends BaseRecord {
  /** Hours before the start at which registrants are reminded (each once per registration). */
  @Column({ name: 'reminder_hours', type: 'int', array: true, default: () => `'{168,24}'` }) reminderHours: number[];

  @ManyToOne(() => CampaignEntity, { onDelete: 'RESTRICT', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'campaign_id', foreignKeyConstraintName: 'event_campaign_fk' })
  campaign?: CampaignEntity;

  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}
declareRecordColumns(EventEntity, EVENT);

/**
 * One person's registration for an event, once per address (`address` is the folded email): a
 * second registration with the same address finds this row. `sequence` is the revision of the
 * registrant's calendar entry (its UID is the registration's id). `answers` holds the registration
 * form's custom questions. The person is matched (contact, else lead) when the row is written.
 */
@Entity('event_registration')
@Index('event_registration_address_key', ['eventId', 'address'], { unique: true })
@Index('event_registration_waitlist_idx', ['eventId', 'createdAt', 'id'], { where: `status = 'waitlisted'` })
@Index('event_registration_contact_idx', ['contactId'], { where: 'contact_id IS NOT NULL' })
@Index('event_registration_lead_idx', ['leadId'], { where: 'lead_id IS NOT NULL' })
@Check('event_registration_status', `status IN ('registered', 'waitlisted', 'cancelled', 'attended', 'no_show')`)
export class EventRegistrationEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' }) id: string;
  @Column({ name: 'event_id', type: 'uuid' }) eventId: string;
  /** The folded email the registration is unique on. */
  @Column({ type: 'text' }) address: string;
  /** The email as given. */
  @Column({ type: 'text' }) email: string;
  @Column({ name: 'first_name', type: 'text', default: '' }) firstName: string;
  @Column({ name: 'last_name', type: 'text' }) lastName: string;
  @Column({ type: 'text', nullable: true }) company: string | null;
  @Column({ type: 'text', nullable: true }) phone: string | null;
  @Column({ type: 'text', default: 'en' }) locale: string;
  @Column({ name: 'time_zone', type: 'text', nullable: true }) timeZone: string | null;
  @Column({ type: 'jsonb', default: () => `'{}'` }) answers: Record<string, unknown>;
  @Column({ type: 'text' }) status: string;
  @Column({ type: 'int', default: 0 }) sequence: number;
  @Column({ name: 'contact_id', type: 'uuid', nullable: true }) contactId: string | null;
  @Column({ name: 'lead_id', type: 'uuid', nullable: true }) leadId: string | null;
  /** Registered on the spot at the door. */
  @Column({ name: 'walk_in', type: 'boolean', default: false }) walkIn: boolean;
  @Column({ name: 'checked_in_at', type: 'timestamptz', nullable: true }) checkedInAt: Date | null;
  @Column({ name: 'checked_in_by', type: 'uuid', nullable: true }) checkedInBy: string | null;
  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true }) cancelledAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'event_registration_event_fk' })
  event?: EventEntity;
}

/**
 * Each mail a registrant gets, once: the row is written with its key in the transaction that
 * decides it (a registration, a change, a cancellation, a reminder's moment) and the job that sends
 * it marks it sent under a row lock (like consent confirmations), so a retried job or a second
 * worker never mails twice. `sequence` is the calendar revision the mail carries.
 */
@Entity('event_mail')
@Index('event_mail_key', ['key'], { unique: true })
@Index('event_mail_registration_idx', ['registrationId'])
export class EventMailEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' }) id: string;
  @Column({ name: 'registration_id', type: 'uuid' }) registrationId: string;
  /** confirmation, waitlisted, promoted, update, cancellation, reminder. */
  @Column({ type: 'text' }) kind: string;
  @Column({ type: 'int' }) sequence: number;
  @Column({ type: 'text' }) key: string;
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true }) sentAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;

  @ManyToOne(() => EventRegistrationEntity, { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'registration_id', foreignKeyConstraintName: 'event_mail_registration_fk' })
  registration?: EventRegistrationEntity;
}
