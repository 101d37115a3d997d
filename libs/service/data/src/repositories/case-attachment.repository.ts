import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CaseAttachmentEntity } from '../entities/case-attachment.entity';

export interface NewCaseAttachment {
  caseId: string;
  /** Null for an agent's upload until the reply or note that carries it is written. */
  messageId: string | null;
  uploadedBy?: string | null;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
  content: Buffer;
}

/** A kept file's description, without its bytes (what the thread shows). */
export type CaseAttachmentInfo = Omit<CaseAttachmentEntity, 'content' | 'serviceCase' | 'message'>;

/** A file as it goes out with a reply (the mail's attachment). */
export type OutgoingCaseFile = Pick<CaseAttachmentEntity, 'filename' | 'contentType' | 'content'>;

/**
 * Case attachments' SQL (issue 18 item 3). Reads take a case the caller was already shown (the case
 * scope is CaseRepository's) and whether they may see internal notes: a note's files follow the note.
 * A merge moves them with their messages (CaseRepository.moveMessages).
 */
@Injectable()
export class CaseAttachmentRepository {
  constructor(@InjectDataSource() readonly ds: DataSource) {}

  async insert(m: EntityManager, rows: readonly NewCaseAttachment[]): Promise<string[]> {
    if (!rows.length) return [];
    const result = await m.insert(CaseAttachmentEntity, rows.map((r) => ({ ...r })));
    return result.identifiers.map((i) => i['id'] as string);
  }

  /**
   * Gives a message the uploads it carries: only the uploader's own, of this case, not yet sent.
   * Returns the sizes of those taken; fewer than asked means some were not (the caller refuses).
   */
  async claimUploads(m: EntityManager, caseId: string, uploadedBy: string, ids: readonly string[], messageId: string): Promise<number[]> {
    if (!ids.length) return [];
    const rows = (await m.query(
      `UPDATE case_attachment SET message_id = $4 WHERE id = ANY($3::uuid[]) AND case_id = $1 AND uploaded_by = $2 AND message_id IS NULL RETURNING size`,
      [caseId, uploadedBy, [...new Set(ids)], messageId],
    )) as [{ size: number }[], number];
    return rows[0].map((r) => r.size);
  }

  /** One file's description (without its bytes). */
  info(m: EntityManager, id: string): Promise<CaseAttachmentInfo> {
    return m.findOneByOrFail(CaseAttachmentEntity, { id });
  }

  /** A message's files with their bytes, oldest first (what its mail carries). */
  filesOfMessage(m: EntityManager, messageId: string): Promise<OutgoingCaseFile[]> {
    return m
      .getRepository(CaseAttachmentEntity)
      .createQueryBuilder('a')
      .select(['a.filename', 'a.contentType', 'a.content', 'a.createdAt', 'a.id'])
      .where('a.message_id = :messageId', { messageId })
      .orderBy('a.created_at', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .getMany();
  }

  /** Deletes uploads never sent, uploaded before `before`, at most `limit` a call; how many went. */
  async purgeUnsent(before: Date, limit: number): Promise<number> {
    const rows = (await this.ds.query(
      `DELETE FROM case_attachment WHERE id IN (SELECT id FROM case_attachment WHERE message_id IS NULL AND created_at < $1 ORDER BY created_at LIMIT $2) RETURNING id`,
      [before, limit],
    )) as [unknown[], number];
    return rows[0].length;
  }

  /** The files of some messages (without their bytes), oldest first, by message id. */
  async ofMessages(messageIds: readonly string[]): Promise<Map<string, CaseAttachmentInfo[]>> {
    const out = new Map<string, CaseAttachmentInfo[]>(messageIds.map((id) => [id, []]));
    if (!messageIds.length) return out;
    const rows = await this.ds
      .getRepository(CaseAttachmentEntity)
      .createQueryBuilder('a')
      .where('a.message_id = ANY(:ids)', { ids: [...messageIds] })
      .orderBy('a.created_at', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .getMany();
    for (const r of rows) if (r.messageId) out.get(r.messageId)?.push(r);
    return out;
  }

  /** One file of a case with its bytes; null when it is not that case's, or is a note's and the reader sees no notes. */
  async withContent(caseId: string, id: string, withInternal: boolean): Promise<(CaseAttachmentInfo & { content: Buffer }) | null> {
    const qb = this.ds
      .getRepository(CaseAttachmentEntity)
      .createQueryBuilder('a')
      .addSelect('a.content')
      .innerJoin('case_message', 'msg', 'msg.id = a.message_id')
      .where('a.id = :id AND a.case_id = :caseId', { id, caseId });
    if (!withInternal) qb.andWhere(`msg.direction <> 'internal'`);
    return (await qb.getOne()) ?? null;
  }
}
