import { Check, Column, CreateDateColumn, DeleteDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { BaseRecord, declareRecordColumns } from '@rapport/shared-database';
import { CAMPAIGN } from '@rapport/marketing-domain';
import type { StoredFields } from '@rapport/shared-domain';
import { ContactEntity, LeadEntity } from '@rapport/sales-data';

// The campaign's fields are declared once, in CAMPAIGN (marketing-domain); their columns come from there.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- the merged interface types the derived columns
export interface CampaignEntity extends StoredFields<typeof CAMPAIGN> {}

@Entity('campaign')
@Index('campaign_parent_idx', ['parentCampaignId'])
@Index('campaign_owner_idx', ['ownerId'])
@Index('campaign_start_idx', ['startDate', 'id'])
// A tracking number or a short code names one live campaign, so a call or a code resolves to it.
@Index('campaign_tracking_phone_key', ['trackingPhoneNormalized'], { unique: true, where: 'deleted_at IS NULL AND tracking_phone_normalized IS NOT NULL' })
@Index('campaign_short_code_key', { synchronize: false })
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see above
export class CampaignEntity extends BaseRecord {
  @ManyToOne(() => CampaignEntity, { onDelete: 'SET NULL', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'parent_campaign_id' })
  parent?: CampaignEntity;

  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}
declareRecordColumns(CampaignEntity, CAMPAIGN);

/**
 * A person on a campaign: a contact or a lead (exactly one), once per campaign. `respondedAt` is
 * stamped the first time the member reaches a status that counts as a response.
 */
@Entity('campaign_member')
@Check('campaign_member_one_person', '(contact_id IS NULL) <> (lead_id IS NULL)')
@Index('campaign_member_contact_key', ['campaignId', 'contactId'], { unique: true, where: 'contact_id IS NOT NULL' })
@Index('campaign_member_lead_key', ['campaignId', 'leadId'], { unique: true, where: 'lead_id IS NOT NULL' })
@Index('campaign_member_contact_idx', ['contactId'], { where: 'contact_id IS NOT NULL' })
@Index('campaign_member_lead_idx', ['leadId'], { where: 'lead_id IS NOT NULL' })
@Index('campaign_member_page_idx', ['campaignId', 'createdAt', 'id'])
export class CampaignMemberEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' }) id: string;
  @Column({ name: 'campaign_id', type: 'uuid' }) campaignId: string;
  @Column({ name: 'contact_id', type: 'uuid', nullable: true }) contactId: string | null;
  @Column({ name: 'lead_id', type: 'uuid', nullable: true }) leadId: string | null;
  @Column({ type: 'text' }) status: string;
  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true }) respondedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;

  @ManyToOne(() => CampaignEntity, { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: CampaignEntity;

  // People of the sales domain; merges re-point them (MergeHooks), deletes are soft.
  @ManyToOne(() => ContactEntity, { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'contact_id', foreignKeyConstraintName: 'campaign_member_contact_fk' })
  contact?: ContactEntity;

  @ManyToOne(() => LeadEntity, { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'lead_id', foreignKeyConstraintName: 'campaign_member_lead_fk' })
  lead?: LeadEntity;
}

/** One itemised cost of a campaign; the actual cost is their sum. */
@Entity('campaign_cost')
@Index('campaign_cost_campaign_idx', ['campaignId', 'incurredOn'])
export class CampaignCostEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' }) id: string;
  @Column({ name: 'campaign_id', type: 'uuid' }) campaignId: string;
  @Column({ name: 'incurred_on', type: 'date' }) incurredOn: string;
  @Column({ type: 'text' }) category: string;
  /** Exact decimal text (numeric), in `currency`. */
  @Column({ type: 'numeric', precision: 18, scale: 2 }) amount: string;
  @Column({ type: 'text' }) currency: string;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @Column({ name: 'attachment_url', type: 'text', nullable: true }) attachmentUrl: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;

  @ManyToOne(() => CampaignEntity, { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: CampaignEntity;
}
