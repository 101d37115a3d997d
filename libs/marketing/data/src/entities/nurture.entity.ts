import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { NurtureStep } from '@rapport/marketing-domain';
import { CampaignEntity } from './campaign.entity';
import { SubscriptionTypeEntity } from './consent.entity';
import { MailingEntity } from './mailing.entity';

/**
 * A nurture (drip) sequence (issue 15 item 10, docs/adr/0017): ordered steps that people of a
 * source (a campaign's members with some statuses) go through one by one. Its messages are
 * mailings of kind `nurture`, one per send step, so consent, the contact policy and the pump
 * are those of every mailing.
 */
@Entity('nurture')
@Check('nurture_status_check', `status IN ('draft', 'active', 'paused')`)
export class NurtureEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' }) id: string;
  @Column({ type: 'text' }) name: string;
  /** The campaign its mailings belong to (reports, UTM values). */
  @Column({ name: 'campaign_id', type: 'uuid' }) campaignId: string;
  @Column({ name: 'subscription_type_id', type: 'uuid' }) subscriptionTypeId: string;
  @Column({ type: 'text', default: 'draft' }) status: string;
  /** Who joins: members of this campaign (a list is a campaign; a form adds its people to one) with these statuses. */
  @Column({ name: 'source_campaign_id', type: 'uuid' }) sourceCampaignId: string;
  @Column({ name: 'source_member_statuses', type: 'text', array: true }) sourceMemberStatuses: string[];
  /** A segment whose members join too (issue 17): a dynamic segment on a lifecycle stage makes the stage change a trigger. */
  @Column({ name: 'source_segment_id', type: 'uuid', nullable: true }) sourceSegmentId: string | null;
  @Column({ name: 'stop_when_customer', type: 'boolean', default: true }) stopWhenCustomer: boolean;
  @Column({ name: 'stop_on_reply', type: 'boolean', default: true }) stopOnReply: boolean;
  /** The number of steps: the position an enrolment reaches when it is done. */
  @Column({ name: 'step_count', type: 'int' }) stepCount: number;
  @Column({ name: 'owner_id', type: 'uuid', nullable: true }) ownerId: string | null;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @Column({ name: 'activated_at', type: 'timestamptz', nullable: true }) activatedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;

  @ManyToOne(() => CampaignEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: CampaignEntity;
  @ManyToOne(() => CampaignEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_campaign_id' })
  sourceCampaign?: CampaignEntity;
  @ManyToOne(() => SubscriptionTypeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'subscription_type_id' })
  subscriptionType?: SubscriptionTypeEntity;
}

/** One step of a nurture; `config` is the domain's checked form of its kind (parseNurtureSteps). A send step owns one mailing. */
@Entity('nurture_step')
@Check('nurture_step_kind_check', `kind IN ('wait', 'send', 'branch', 'set_member_status', 'notify_owner')`)
@Check('nurture_step_mailing_check', `(kind = 'send') = (mailing_id IS NOT NULL)`)
@Index('nurture_step_position_key', ['nurtureId', 'position'], { unique: true })
@Index('nurture_step_mailing_key', ['mailingId'], { unique: true, where: 'mailing_id IS NOT NULL' })
export class NurtureStepEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' }) id: string;
  @Column({ name: 'nurture_id', type: 'uuid' }) nurtureId: string;
  @Column({ type: 'int' }) position: number;
  @Column({ type: 'text' }) kind: NurtureStep['kind'];
  @Column({ type: 'jsonb' }) config: NurtureStep['config'];
  @Column({ name: 'mailing_id', type: 'uuid', nullable: true }) mailingId: string | null;

  @ManyToOne(() => NurtureEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'nurture_id' })
  nurture?: NurtureEntity;
  @ManyToOne(() => MailingEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'mailing_id' })
  mailing?: MailingEntity;
}

/**
 * A person going through a nurture, by normalised address (as consent and sends are keyed): one
 * per (nurture, address), so nobody is enrolled twice, even after finishing. The engine moves
 * `position` only with a guard on its old value and `due_at`, so a repeated run changes nothing.
 */
@Entity('nurture_enrolment')
@Check('nurture_enrolment_status_check', `status IN ('active', 'completed', 'stopped')`)
@Check('nurture_enrolment_stop_check', `(status = 'stopped') = (stop_reason IS NOT NULL)`)
@Index('nurture_enrolment_address_key', ['nurtureId', 'address'], { unique: true })
@Index('nurture_enrolment_due_idx', ['nurtureId', 'position', 'dueAt'], { where: `status = 'active'` })
export class NurtureEnrolmentEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id: string;
  @Column({ name: 'nurture_id', type: 'uuid' }) nurtureId: string;
  @Column({ type: 'text' }) address: string;
  @Column({ name: 'contact_id', type: 'uuid', nullable: true }) contactId: string | null;
  @Column({ name: 'lead_id', type: 'uuid', nullable: true }) leadId: string | null;
  @Column({ type: 'text', default: 'en' }) locale: string;
  @Column({ type: 'int', default: 0 }) position: number;
  /** When the step at `position` may run; null once the enrolment has ended. */
  @Column({ name: 'due_at', type: 'timestamptz', nullable: true }) dueAt: Date | null;
  @Column({ type: 'text', default: 'active' }) status: string;
  @Column({ name: 'stop_reason', type: 'text', nullable: true }) stopReason: string | null;
  @CreateDateColumn({ name: 'entered_at', type: 'timestamptz' }) enteredAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;

  @ManyToOne(() => NurtureEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'nurture_id' })
  nurture?: NurtureEntity;
}
