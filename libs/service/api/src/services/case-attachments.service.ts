import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import type { Actor, InboundAttachment } from '@rapport/shared-domain';
import { AppError } from '@rapport/shared-errors';
import { ATTACHMENT_MAX_FILES, screenAttachments, type KeptAttachment, type RefusedAttachment } from '@rapport/service-domain';
import { CaseAttachmentRepository, type CaseAttachmentInfo } from '@rapport/service-data';
import { CasesService } from './cases.service';
import { seesInternalNotes } from './case-thread.service';

/**
 * Files of customers' mail on cases (issue 18 item 3): what is kept (service-domain's rules, the
 * caps from the configuration), stored with the message in its transaction, and given back only to
 * whoever may read the case — and, for a note's, its notes.
 */
@Injectable()
export class CaseAttachmentsService {
  constructor(
    private readonly repo: CaseAttachmentRepository,
    private readonly cases: CasesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Which of a message's files are kept and which refused (and why), by the rules and the configured caps. */
  screen(files: readonly InboundAttachment[]): { kept: KeptAttachment[]; refused: RefusedAttachment[] } {
    return screenAttachments(files, { maxFileBytes: this.config.caseAttachmentMaxFileBytes, maxMessageBytes: this.config.caseAttachmentMaxMessageBytes, maxFiles: ATTACHMENT_MAX_FILES });
  }

  /** Stores the kept files of a stored message, inside the caller's transaction. */
  async store(m: EntityManager, caseId: string, messageId: string, kept: readonly KeptAttachment[]): Promise<void> {
    await this.repo.insert(
      m,
      kept.map((f) => {
        const content = Buffer.from(f.content.buffer, f.content.byteOffset, f.content.byteLength);
        return { caseId, messageId, filename: f.filename, contentType: f.contentType, size: f.size, sha256: createHash('sha256').update(content).digest('hex'), content };
      }),
    );
  }

  /** The files of messages the reader was shown, by message id (the thread's DataLoader). */
  ofMessages(messageIds: readonly string[]): Promise<Map<string, CaseAttachmentInfo[]>> {
    return this.repo.ofMessages(messageIds);
  }

  /** A file with its bytes; not found — the same answer — when the case is not the reader's to see, the file not the case's, or a note's the reader may not see. */
  async download(actor: Actor, caseId: string, id: string): Promise<CaseAttachmentInfo & { content: Buffer }> {
    const k = await this.cases.findVisible(actor, caseId);
    const file = k ? await this.repo.withContent(k.id, id, seesInternalNotes(actor)) : null;
    if (!file) throw AppError.notFound('The attachment');
    return file;
  }
}

/** Where the SPA and integrators download a file (the REST route of CaseAttachmentController). */
export const attachmentUrl = (a: Pick<CaseAttachmentInfo, 'caseId' | 'id'>) => `/api/v1/cases/${a.caseId}/attachments/${a.id}`;
