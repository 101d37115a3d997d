import { Column, DeleteDateColumn, Entity, Index } from 'typeorm';
import { BaseRecord } from '@rapport/shared-database';
import { LeadSource, LeadStatus } from '@rapport/sales-domain';

@Entity('lead')
@Index('lead_owner_idx', ['ownerId'])
@Index('lead_email_idx', ['email'])
@Index('lead_created_idx', ['createdAt', 'id'])
@Index('lead_name_trgm_idx', { synchronize: false })
@Index('lead_company_trgm_idx', { synchronize: false })
export class LeadEntity extends BaseRecord {
  @Column({ name: 'first_name', type: 'text', default: '' })
  firstName: string;

  @Column({ name: 'last_name', type: 'text' })
  lastName: string;

  @Column({ name: 'name_normalized', type: 'text' })
  nameNormalized: string;

  @Column({ type: 'text', nullable: true })
  company: string | null;

  @Column({ name: 'company_normalized', type: 'text', default: '' })
  companyNormalized: string;

  @Column({ type: 'text', nullable: true })
  title: string | null;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ name: 'phone_normalized', type: 'text', nullable: true })
  phoneNormalized: string | null;

  @Column({ type: 'text' })
  source: LeadSource;

  @Column({ type: 'text', nullable: true })
  campaign: string | null;

  @Column({ type: 'text', default: LeadStatus.New })
  status: LeadStatus;

  @Column({ name: 'product_interest', type: 'text', nullable: true })
  productInterest: string | null;

  @Column({ type: 'text', nullable: true })
  country: string | null;

  @Column({ type: 'text', nullable: true })
  region: string | null;

  @Column({ type: 'text', nullable: true })
  message: string | null;

  /** Company size, a routing and scoring criterion. */
  @Column({ type: 'int', nullable: true })
  employees: number | null;

  /** Language the person wrote in / prefers (en, zh-CN, zh-TW …), for routing to a rep who speaks it. */
  @Column({ type: 'text', nullable: true })
  language: string | null;

  /** Filled by lead scoring (leads issue); a placeholder until then. */
  @Column({ type: 'int', default: 0 })
  score: number;

  @Column({ name: 'sla_due_at', type: 'timestamptz', nullable: true })
  slaDueAt: Date | null;

  @Column({ name: 'converted_at', type: 'timestamptz', nullable: true })
  convertedAt: Date | null;

  @Column({ name: 'converted_account_id', type: 'uuid', nullable: true })
  convertedAccountId: string | null;

  @Column({ name: 'converted_contact_id', type: 'uuid', nullable: true })
  convertedContactId: string | null;

  @Column({ name: 'converted_opportunity_id', type: 'uuid', nullable: true })
  convertedOpportunityId: string | null;

  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}
