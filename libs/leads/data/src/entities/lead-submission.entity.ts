import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** Every inquiry as it arrived (web form, API); engagement for scoring counts these. */
@Entity('lead_submission')
@Index('lead_submission_lead_idx', ['leadId', 'receivedAt'])
export class LeadSubmissionEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' })
  id: string;

  @Column({ name: 'form_id', type: 'uuid', nullable: true })
  formId: string | null;

  @Column({ name: 'lead_id', type: 'uuid' })
  leadId: string;

  /** false when the inquiry was added to an existing open lead with the same email. */
  @Column({ name: 'created_lead', type: 'boolean' })
  createdLead: boolean;

  /** SHA-256 of the client address: enough to spot abuse without storing the address. */
  @Column({ name: 'client_hash', type: 'text', nullable: true })
  clientHash: string | null;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  utm: Record<string, string>;

  @Column({ type: 'boolean', nullable: true })
  consent: boolean | null;

  @Column({ name: 'consent_text', type: 'text', nullable: true })
  consentText: string | null;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  payload: Record<string, unknown>;

  /** The tracking script's visitor id the form carried (issue 16): marketing links that browser's page views to the lead. */
  @Column({ name: 'visitor_id', type: 'uuid', nullable: true })
  visitorId: string | null;

  @CreateDateColumn({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;
}
