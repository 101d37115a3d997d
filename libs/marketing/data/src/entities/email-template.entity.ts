import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { TemplateVariant } from '@rapport/marketing-domain';

/**
 * An email template (issue 15): a name, whether it is marketing or transactional, and its versions.
 * Saving changed content makes a new version, never an edit: a mailing points at the version it
 * sent, and "the same content is never sent to a person twice" compares versions' content keys.
 */
@Entity('email_template')
@Check('email_template_kind_check', `kind IN ('marketing', 'transactional')`)
export class EmailTemplateEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' }) id: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text' }) kind: string;
  @Column({ name: 'current_version_id', type: 'uuid', nullable: true }) currentVersionId: string | null;
  @Column({ type: 'boolean', default: false }) archived: boolean;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

@Entity('email_template_version')
@Index('email_template_version_key', ['templateId', 'version'], { unique: true })
export class EmailTemplateVersionEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' }) id: string;
  @Column({ name: 'template_id', type: 'uuid' }) templateId: string;
  @Column({ type: 'int' }) version: number;
  /** One per language: subject, preheader and MJML with Liquid (validated by templateProblems). */
  @Column({ type: 'jsonb' }) variants: TemplateVariant[];
  /** A hash of the content: two versions with the same content share it. */
  @Column({ name: 'content_key', type: 'text' }) contentKey: string;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;

  @ManyToOne(() => EmailTemplateEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'template_id' })
  template?: EmailTemplateEntity;
}
