import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A reply template (issue 18 item 9): a canned answer agents insert into a case's reply box, its
 * Liquid placeholders filled from the case (service-domain's reply-template.ts). A language of its
 * own (en, zh-CN, zh-TW) puts it first for agents working in that language; none means any.
 */
@Entity('case_reply_template')
// Names are unique whatever their case (an expression index, written in the migration).
@Index('case_reply_template_name_key', { synchronize: false })
export class CaseReplyTemplateEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' }) id: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text', nullable: true }) language: string | null;
  @Column({ type: 'text' }) body: string;
  @Column({ type: 'boolean', default: true }) active: boolean;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt: Date;
}
