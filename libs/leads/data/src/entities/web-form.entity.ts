import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export interface WebFormField {
  /** One of the lead fields the public endpoint accepts (firstName, email, company, …). */
  key: string;
  label: string;
  required: boolean;
}

/** A web-to-lead form definition; its id is the public key embedded in the generated HTML. */
@Entity('web_form')
export class WebFormEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  fields: WebFormField[];

  @Column({ type: 'text', default: 'web' })
  source: string;

  @Column({ type: 'text', nullable: true })
  campaign: string | null;

  @Column({ name: 'redirect_url', type: 'text', nullable: true })
  redirectUrl: string | null;

  @Column({ name: 'consent_text', type: 'text', nullable: true })
  consentText: string | null;

  @Column({ name: 'consent_required', type: 'boolean', default: false })
  consentRequired: boolean;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
