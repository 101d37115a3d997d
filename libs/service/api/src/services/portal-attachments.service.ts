import { Inject, Injectable } from '@nestjs/common';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { megabytes } from '@rapport/shared-api';
import { type Actor, RecordScope, scopeFor } from '@rapport/shared-domain';
import { AppError, msg } from '@rapport/shared-errors';
import { ATTACHMENT_MAX_FILES } from '@rapport/service-domain';
import { CaseAttachmentRepository, PortalRepository, type CaseAttachmentInfo } from '@rapport/service-data';
import type { PortalAttachment } from '../models/portal.model';
import { CaseAttachmentsService, type UploadedCaseFile } from './case-attachments.service';

/** How long after writing a message the customer may still add its files (they are sent one by one after it). */
export const PORTAL_FILE_WINDOW_MINUTES = 60;

/** Where a customer downloads a file of their case (the REST route of PortalAttachmentController). */
export const portalAttachmentUrl = (a: Pick<CaseAttachmentInfo, 'caseId' | 'id'>) => `/api/v1/portal/cases/${a.caseId}/attachments/${a.id}`;

/**
 * A customer's files in the portal (issue 19 item 4). The customer writes their message (a new
 * case's first, or a reply), then sends its files one by one onto it, so each shows its progress.
 * Files are checked and kept exactly as staff's and mail's are (CaseAttachmentsService: content
 * sniffing, caps); the case is reached only through the `portalCase` scope, and the message must be
 * the customer's own, recent, portal message on it. Downloads reach only files of the thread the
 * customer sees: never an internal note's; anything else is the 404 a missing file gets.
 */
@Injectable()
export class PortalAttachmentsService {
  constructor(
    private readonly portal: PortalRepository,
    private readonly files: CaseAttachmentRepository,
    private readonly attachments: CaseAttachmentsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async upload(actor: Actor, caseId: string, messageId: string, file: UploadedCaseFile | undefined, now = new Date()): Promise<PortalAttachment> {
    if (!actor.customer || scopeFor(actor, 'portalCase', 'write') === RecordScope.None) throw AppError.forbidden();
    const contactId = actor.customer.contactId;
    return this.portal.ds.transaction(async (m) => {
      const k = await this.portal.cases(actor, 'write', m).andWhere('k.id = :id', { id: caseId }).setLock('pessimistic_write').getOne();
      if (!k) throw AppError.notFound('The case');
      if (k.closedAt) throw AppError.validation([{ path: 'caseId', ...msg('service.portalCaseClosed') }]);
      const since = new Date(now.getTime() - PORTAL_FILE_WINDOW_MINUTES * 60_000);
      const target = await this.portal.ownRecentMessage(m, k.id, messageId, contactId, since);
      if (!target) throw AppError.validation([{ path: 'messageId', ...msg('service.portalFileTarget', { minutes: PORTAL_FILE_WINDOW_MINUTES }) }]);
      if (!file?.buffer) throw AppError.validation([{ path: 'file', ...msg('service.uploadOneFile') }]);
      const { kept, refused } = this.attachments.screen([{ filename: file.originalname, contentType: file.mimetype, content: file.buffer }]);
      if (refused[0]) throw AppError.validation([{ path: 'file', message: this.attachments.refusal(refused[0].reason) }]);
      if (target.files + 1 > ATTACHMENT_MAX_FILES) throw AppError.validation([{ path: 'file', ...msg('service.portalFilesMax', { max: ATTACHMENT_MAX_FILES }) }]);
      if (target.bytes + kept[0]!.size > this.config.caseAttachmentMaxMessageBytes) {
        throw AppError.validation([{ path: 'file', ...msg('service.attachmentsTooLarge', { mb: megabytes(this.config.caseAttachmentMaxMessageBytes) }) }]);
      }
      // Who sent it: the customer's login (a file can follow its message by up to an hour).
      const [id] = await this.attachments.store(m, k.id, messageId, kept, actor.userId);
      return view(await this.files.info(m, id!));
    });
  }

  /** A file of a case in the customer's scope, with its bytes; not found unless it is on a message the customer sees. */
  async download(actor: Actor, caseId: string, id: string): Promise<CaseAttachmentInfo & { content: Buffer }> {
    if (scopeFor(actor, 'portalCase', 'read') === RecordScope.None) throw AppError.forbidden();
    const k = await this.portal.cases(actor, 'read').andWhere('k.id = :id', { id: caseId }).getOne();
    const file = k ? await this.files.withContent(k.id, id, false) : null;
    if (!file) throw AppError.notFound('The attachment');
    return file;
  }

  /** The files of messages the customer was shown (never notes: the portal's thread has none), by message id. */
  async ofMessages(messageIds: readonly string[]): Promise<Map<string, PortalAttachment[]>> {
    const found = await this.attachments.ofMessages(messageIds);
    return new Map([...found].map(([id, list]) => [id, list.map(view)]));
  }
}

const view = (a: CaseAttachmentInfo): PortalAttachment => ({ id: a.id, filename: a.filename, contentType: a.contentType, size: a.size, url: portalAttachmentUrl(a) });
