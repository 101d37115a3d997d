import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CaseAttachmentEntity } from '../entities/case-attachment.entity';

export interface NewCaseAttachment {
  caseId: string;
  messageId: string;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
  content: Buffer;
}

/** A kept file's description, without its bytes (what the thread shows). */
export type CaseAttachmentInfo = Omit<CaseAttachmentEntity, 'content' | 'serviceCase' | 'message'>;

/**
 * Case attachments' SQL (issue 18 item 3). Reads take a case the caller was already shown (the case
 * scope is CaseRepository's) and whether they may see internal notes: a note's files follow the note.
 * A merge moves them with their messages (CaseRepository.moveMessages).
 */
@Injectable()
export class CaseAttachmentRepository {
  constructor(@InjectDataSource() readonly ds: DataSource) {}

  async insert(m: EntityManager, rows: readonly NewCaseAttachment[]): Promise<void> {
    if (rows.length) await m.insert(CaseAttachmentEntity, rows.map((r) => ({ ...r })));
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
    for (const r of rows) out.get(r.messageId)?.push(r);
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
