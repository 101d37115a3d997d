import { DeleteDateColumn, Entity, Index } from 'typeorm';
import { BaseRecord, declareRecordColumns } from '@rapport/shared-database';
import { LEAD } from '@rapport/sales-domain';
import type { StoredFields } from '@rapport/shared-domain';

// The lead's fields are declared once, in LEAD (sales-domain); their columns come from there,
// including the folded name, company and phone that duplicate detection matches on.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- the merged interface types the derived columns
export interface LeadEntity extends StoredFields<typeof LEAD> {}

@Entity('lead')
@Index('lead_owner_idx', ['ownerId'])
@Index('lead_email_idx', ['email'])
@Index('lead_campaign_idx', ['campaignId'])
@Index('lead_created_idx', ['createdAt', 'id'])
@Index('lead_name_trgm_idx', { synchronize: false })
@Index('lead_company_trgm_idx', { synchronize: false })
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see above
export class LeadEntity extends BaseRecord {
  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}
declareRecordColumns(LeadEntity, LEAD);
