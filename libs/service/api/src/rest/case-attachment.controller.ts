import { Controller, Get, HttpCode, Inject, Injectable, Param, ParseUUIDPipe, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { Actor } from '@rapport/shared-domain';
import { CurrentActor, SingleFileUpload } from '@rapport/shared-api';
import { CaseAttachmentsService, type UploadedCaseFile } from '../services/case-attachments.service';

/** `filename*` (RFC 5987/6266): the UTF-8 name percent-encoded, with the characters encodeURIComponent leaves that the grammar does not allow. */
const rfc5987 = (name: string) => encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
/** The plain `filename` for old clients: ASCII only, no quotes or backslashes. */
const asciiFallback = (name: string) => name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');

/** An upload as stored: send its id with replyToCase or addCaseNote. */
class CaseUploadView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() filename: string;
  @ApiProperty({ description: 'The type its content was found to be.' }) contentType: string;
  @ApiProperty() size: number;
}

/** One agent's file, up to the configured per-file cap. */
@Injectable()
export class CaseUploadInterceptor extends SingleFileUpload {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super(config.caseAttachmentMaxFileBytes, 5);
  }
}

/**
 * A file of a case's thread (issue 18 item 3), for whoever may read the case (and, for a note's,
 * its notes); anyone else gets the 404 a missing file gets, so a case's existence is not told.
 * Always a download, never rendered by the browser: the stored type is the one its content was
 * found to be, `nosniff` keeps the browser from guessing another, and the sandbox CSP keeps even a
 * file opened in a tab from running script or reaching this origin.
 */
@ApiTags('cases')
@ApiBearerAuth()
@ApiCookieAuth()
@Controller('v1/cases')
export class CaseAttachmentController {
  constructor(private readonly attachments: CaseAttachmentsService) {}

  /** An agent's file for a reply or note to come (one per request, so each upload shows its progress). */
  @Post(':caseId/attachments')
  @HttpCode(201)
  @UseInterceptors(CaseUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', description: 'One file, up to the configured size (10 MB by default); programs, scripts and web pages are refused.' } } } })
  @ApiCreatedResponse({ type: CaseUploadView, description: 'Stored on the case, waiting for the reply or note that carries it (unsent uploads are deleted after a day).' })
  async upload(@CurrentActor() actor: Actor, @Param('caseId', new ParseUUIDPipe()) caseId: string, @UploadedFile() file: UploadedCaseFile | undefined): Promise<CaseUploadView> {
    const a = await this.attachments.upload(actor, caseId, file);
    return { id: a.id, filename: a.filename, contentType: a.contentType, size: a.size };
  }

  @Get(':caseId/attachments/:id')
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'The file’s bytes, as a download, under the type its content was found to be.' })
  async download(@CurrentActor() actor: Actor, @Param('caseId', new ParseUUIDPipe()) caseId: string, @Param('id', new ParseUUIDPipe()) id: string, @Res() res: Response) {
    sendCaseFile(res, await this.attachments.download(actor, caseId, id));
  }
}

/** A case's file as a download that the browser never renders (shared with the portal's route). */
export function sendCaseFile(res: Response, file: { filename: string; contentType: string; content: Buffer }): void {
  res
    .status(200)
    .setHeader('Content-Type', file.contentType)
    .setHeader('Content-Length', String(file.content.length))
    .setHeader('Content-Disposition', `attachment; filename="${asciiFallback(file.filename)}"; filename*=UTF-8''${rfc5987(file.filename)}`)
    .setHeader('X-Content-Type-Options', 'nosniff')
    .setHeader('Content-Security-Policy', "default-src 'none'; sandbox")
    // Private: a shared cache must not hand one reader's file to another.
    .setHeader('Cache-Control', 'private, no-store')
    .end(file.content);
}
