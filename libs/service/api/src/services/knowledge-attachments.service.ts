import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import type { Actor } from '@rapport/shared-domain';
import { megabytes } from '@rapport/shared-api';
import { AppError } from '@rapport/shared-errors';
import { screenAttachments } from '@rapport/service-domain';
import { KnowledgeRepository, type KnowledgeAttachmentInfo } from '@rapport/service-data';
import { KnowledgeService } from './knowledge.service';
import type { UploadedCaseFile } from './case-attachments.service';

/** Images a browser may show inline in an article (never SVG: it can carry script). */
export const INLINE_IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];

/**
 * Files and images of articles (issue 19 item 3), kept by the same rules as a case's files (checked
 * by content, capped by the configured per-file size): uploaded by whoever may edit the article,
 * served to whoever may read it, and to nobody else (not found, like a missing file).
 */
@Injectable()
export class KnowledgeAttachmentsService {
  constructor(
    private readonly repo: KnowledgeRepository,
    private readonly articles: KnowledgeService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async upload(actor: Actor, articleId: string, file: UploadedCaseFile | undefined): Promise<KnowledgeAttachmentInfo> {
    return this.repo.ds.transaction(async (m) => {
      const a = await this.articles.lockForWrite(m, actor, articleId);
      if (!file?.buffer) throw AppError.validation([{ path: 'file', message: 'Send one file, in the form field “file”.' }]);
      const max = this.config.caseAttachmentMaxFileBytes;
      const { kept, refused } = screenAttachments([{ filename: file.originalname, contentType: file.mimetype, content: file.buffer }], { maxFileBytes: max, maxMessageBytes: max, maxFiles: 1 });
      const r = refused[0];
      if (r) {
        if (r.reason === 'mismatch') throw AppError.validation([{ path: 'file', message: 'The file’s content is not what its name says.' }]);
        if (r.reason === 'type') throw AppError.validation([{ path: 'file', message: 'This kind of file is not accepted: programs, scripts, web pages and unknown binary files are refused.' }]);
        throw AppError.validation([{ path: 'file', message: `The file is larger than ${megabytes(max)} MB.` }]);
      }
      const f = kept[0]!;
      const content = Buffer.from(f.content.buffer, f.content.byteOffset, f.content.byteLength);
      return this.repo.insertAttachment(m, { articleId: a.id, filename: f.filename, contentType: f.contentType, size: f.size, sha256: createHash('sha256').update(content).digest('hex'), content, uploadedBy: actor.userId });
    });
  }

  /** A file with its bytes, for a reader of its article; not found otherwise. */
  async download(actor: Actor, articleId: string, id: string): Promise<KnowledgeAttachmentInfo & { content: Buffer }> {
    const a = await this.articles.findReadable(actor, articleId);
    const file = a ? await this.repo.attachmentWithContent(a.id, id) : null;
    if (!file) throw AppError.notFound('The attachment');
    return file;
  }
}

/** Where readers get a file (KnowledgeAttachmentController's GET route). */
export const knowledgeAttachmentUrl = (f: Pick<KnowledgeAttachmentInfo, 'articleId' | 'id'>) => `/api/v1/knowledge/articles/${f.articleId}/attachments/${f.id}`;
