import { Controller, Get, HttpCode, Inject, Injectable, Param, ParseUUIDPipe, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { Actor } from '@rapport/shared-domain';
import { CurrentActor, SingleFileUpload } from '@rapport/shared-api';
import { INLINE_IMAGE_TYPES, KnowledgeAttachmentsService, knowledgeAttachmentUrl } from '../services/knowledge-attachments.service';
import type { UploadedCaseFile } from '../services/case-attachments.service';

/** `filename*` (RFC 5987/6266), as the case files' route writes it. */
const rfc5987 = (name: string) => encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const asciiFallback = (name: string) => name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');

class KnowledgeUploadView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() filename: string;
  @ApiProperty({ description: 'The type its content was found to be.' }) contentType: string;
  @ApiProperty() size: number;
  @ApiProperty({ description: 'Where readers get it (an image: reference it from the Markdown body).' }) url: string;
}

@Injectable()
export class KnowledgeUploadInterceptor extends SingleFileUpload {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super(config.caseAttachmentMaxFileBytes, 5);
  }
}

/**
 * Files and images of knowledge base articles (issue 19 item 3). Uploaded by whoever may edit the
 * article; served to whoever may read it (a customer: only a published article for customers), and
 * not found for anyone else. Images are shown inline (an article's pictures); any other file is a
 * download. The stored type is the one found in the content, `nosniff` keeps it, and the sandbox
 * CSP keeps a file opened in a tab from running script.
 */
@ApiTags('knowledge')
@ApiBearerAuth()
@ApiCookieAuth()
@Controller('v1/knowledge/articles')
export class KnowledgeAttachmentController {
  constructor(private readonly attachments: KnowledgeAttachmentsService) {}

  @Post(':articleId/attachments')
  @HttpCode(201)
  @UseInterceptors(KnowledgeUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', description: 'One file or image, up to the configured size (10 MB by default); programs, scripts and web pages are refused.' } } } })
  @ApiCreatedResponse({ type: KnowledgeUploadView })
  async upload(@CurrentActor() actor: Actor, @Param('articleId', new ParseUUIDPipe()) articleId: string, @UploadedFile() file: UploadedCaseFile | undefined): Promise<KnowledgeUploadView> {
    const a = await this.attachments.upload(actor, articleId, file);
    return { id: a.id, filename: a.filename, contentType: a.contentType, size: a.size, url: knowledgeAttachmentUrl(a) };
  }

  @Get(':articleId/attachments/:id')
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'The file’s bytes under the type its content was found to be: images inline, anything else as a download.' })
  async download(@CurrentActor() actor: Actor, @Param('articleId', new ParseUUIDPipe()) articleId: string, @Param('id', new ParseUUIDPipe()) id: string, @Res() res: Response) {
    const file = await this.attachments.download(actor, articleId, id);
    const disposition = INLINE_IMAGE_TYPES.includes(file.contentType) ? 'inline' : 'attachment';
    res
      .status(200)
      .setHeader('Content-Type', file.contentType)
      .setHeader('Content-Length', String(file.content.length))
      .setHeader('Content-Disposition', `${disposition}; filename="${asciiFallback(file.filename)}"; filename*=UTF-8''${rfc5987(file.filename)}`)
      .setHeader('X-Content-Type-Options', 'nosniff')
      .setHeader('Content-Security-Policy', "default-src 'none'; sandbox")
      // Private: an internal article's image must not be handed to another reader by a shared cache.
      .setHeader('Cache-Control', 'private, max-age=300')
      .end(file.content);
  }
}
