import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CaseEntity, CaseMessageEntity } from './case.entity';

/**
 * A file a customer's mail carried, kept on the case (issue 18 item 3): checked by its content,
 * capped in size (service-domain's `screenAttachments`) and served only to readers of the case
 * (and, for an internal note's, of its notes). The bytes live in the row like a lead import's file,
 * read only by the download (`select: false`); the thread reads the rest. `case_id` follows the
 * message when cases are merged.
 *
 * An agent's file is uploaded before the reply or note that carries it (the browser shows each
 * upload's progress): until then it has no message, only its uploader, and no reader but the send.
 * Uploads never sent are swept after a day (`purge-case-uploads`).
 */
@Entity('case_attachment')
@Index('case_attachment_message_idx', ['messageId'])
@Index('case_attachment_unsent_idx', ['createdAt'], { where: '"message_id" IS NULL' })
@Index('case_attachment_case_idx', ['caseId'])
export class CaseAttachmentEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'uuidv7()' }) id: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId: string;
  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'case_attachment_case_fk' })
  serviceCase?: CaseEntity;
  /** Null while an agent's upload waits for its reply or note. */
  @Column({ name: 'message_id', type: 'uuid', nullable: true }) messageId: string | null;
  @ManyToOne(() => CaseMessageEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'message_id', foreignKeyConstraintName: 'case_attachment_message_fk' })
  message?: CaseMessageEntity;
  /** Sanitised (no path, no control characters, at most 255 UTF-8 bytes). */
  @Column({ type: 'varchar', length: 255 }) filename: string;
  /** The type the content was found to be, not the sender's claim. */
  @Column({ name: 'content_type', type: 'text' }) contentType: string;
  @Column({ type: 'int' }) size: number;
  /** Hex SHA-256 of the content: the same file sent twice is recognisable (and the stored bytes checkable). */
  @Column({ type: 'char', length: 64 }) sha256: string;
  @Column({ type: 'bytea', select: false }) content: Buffer;
  /** The agent who uploaded it (null for a customer's file): only they can send an upload. */
  @Column({ name: 'uploaded_by', type: 'uuid', nullable: true }) uploadedBy: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
}
