import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import type { Actor } from '@rapport/shared-domain';
import { megabytes } from '@rapport/shared-api';
import { AppError, msg } from '@rapport/shared-errors';
import { ATTACHMENT_MAX_FILES, screenAttachments, type IncomingAttachment, type KeptAttachment, type RefusedAttachment } from '@rapport/service-domain';
import { CaseAttachmentRepository, type CaseAttachmentInfo, type CaseEntity } from '@rapport/service-data';
import { CasesService } from './cases.service';
import { seesInternalNotes } from './case-thread.service';

/** An agent's file as the multipart parser hands it over (name and type are the browser's claims). */
export interface UploadedCaseFile {
  originalname: string;
  mimetype: string;
  buffer: Buffer;
}

/** Uploads never sent are kept this long (a reply drafted over a long call still finds its files). */
export const UNSENT_UPLOAD_HOURS = 24;

/**
 * Files on cases (issue 18 item 3): customers' mail's files, and agents' files on replies and notes.
 * What is kept follows service-domain's rules and the configured caps, whoever sends it; a file is
 * given back only to whoever may read the case — and, for a note's, its notes. An agent's file is
 * uploaded first (one request per file, so the browser can show each one's progress) and taken by
 * the reply or note that carries it, in that message's transaction.
 */
@Injectable()
export class CaseAttachmentsService {
  constructor(
    private readonly repo: CaseAttachmentRepository,
    private readonly cases: CasesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Which of a message's files are kept and which refused (and why), by the rules and the configured caps. */
  screen(files: readonly IncomingAttachment[]): { kept: KeptAttachment[]; refused: RefusedAttachment[] } {
    return screenAttachments(files, { maxFileBytes: this.config.caseAttachmentMaxFileBytes, maxMessageBytes: this.config.caseAttachmentMaxMessageBytes, maxFiles: ATTACHMENT_MAX_FILES });
  }

  /** Stores the kept files of a stored message, inside the caller's transaction; their ids. */
  store(m: EntityManager, caseId: string, messageId: string, kept: readonly KeptAttachment[], uploadedBy: string | null = null): Promise<string[]> {
    return this.storeRows(m, caseId, messageId, kept, uploadedBy);
  }

  private storeRows(m: EntityManager, caseId: string, messageId: string | null, kept: readonly KeptAttachment[], uploadedBy: string | null): Promise<string[]> {
    return this.repo.insert(
      m,
      kept.map((f) => {
        const content = Buffer.from(f.content.buffer, f.content.byteOffset, f.content.byteLength);
        return { caseId, messageId, uploadedBy, filename: f.filename, contentType: f.contentType, size: f.size, sha256: createHash('sha256').update(content).digest('hex'), content };
      }),
    );
  }

  /** Stores an agent's upload on a case they may write to (checked first: others learn nothing of the file's fate), not yet on any message. */
  async upload(actor: Actor, caseId: string, file: UploadedCaseFile | undefined): Promise<CaseAttachmentInfo> {
    return this.repo.ds.transaction(async (m) => {
      const k = await this.cases.lockForWrite(m, actor, caseId);
      if (k.closedAt) throw AppError.validation([], msg('service.closedNoReply'));
      if (!file?.buffer) throw AppError.validation([{ path: 'file', message: 'Send one file, in the form field “file”.' }]);
      const { kept, refused } = this.screen([{ filename: file.originalname, contentType: file.mimetype, content: file.buffer }]);
      if (refused[0]) throw AppError.validation([{ path: 'file', message: this.refusal(refused[0].reason) }]);
      const [id] = await this.storeRows(m, k.id, null, kept, actor.userId);
      return this.repo.info(m, id!);
    });
  }

  /** Why a file was refused, in the words every upload (staff's and the portal's) answers with. */
  refusal(reason: RefusedAttachment['reason']): string {
    if (reason === 'mismatch') return 'The file’s content is not what its name says.';
    if (reason === 'type') return 'This kind of file is not accepted: programs, scripts, web pages and unknown binary files are refused.';
    return `The file is larger than ${megabytes(this.config.caseAttachmentMaxFileBytes)} MB.`;
  }

  /**
   * Gives a reply or note (already saved in `m`) the uploads its author chose: their own, on this
   * case, not yet sent, and within the per-message cap; anything else refuses the whole message.
   */
  async attach(m: EntityManager, actor: Actor, k: CaseEntity, messageId: string, ids: readonly string[] | null | undefined): Promise<void> {
    const wanted = [...new Set(ids ?? [])];
    if (!wanted.length) return;
    const sizes = await this.repo.claimUploads(m, k.id, actor.userId, wanted, messageId);
    if (sizes.length !== wanted.length) throw AppError.validation([{ path: 'input.attachmentIds', message: 'An attached file is not waiting to be sent on this case; upload it again.' }]);
    const total = sizes.reduce((a, b) => a + b, 0);
    if (total > this.config.caseAttachmentMaxMessageBytes) {
      throw AppError.validation([{ path: 'input.attachmentIds', message: `The attached files are larger than ${megabytes(this.config.caseAttachmentMaxMessageBytes)} MB together.` }]);
    }
  }

  /** Deletes uploads older than a day that no message took, in batches (short statements) until none is left or `maxBatches` ran. */
  async purgeUnsent(now = new Date(), batch = 1000, maxBatches = 50): Promise<number> {
    const before = new Date(now.getTime() - UNSENT_UPLOAD_HOURS * 3_600_000);
    let total = 0;
    for (let i = 0; i < maxBatches; i++) {
      const n = await this.repo.purgeUnsent(before, batch);
      total += n;
      if (n < batch) break;
    }
    return total;
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
