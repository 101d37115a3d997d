import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor } from '@rapport/shared-domain';
import { CurrentActor } from '@rapport/shared-api';
import type { UploadedCaseFile } from '../services/case-attachments.service';
import { PortalAttachmentsService } from '../services/portal-attachments.service';
import { CaseUploadInterceptor, sendCaseFile } from './case-attachment.controller';

/** A file as kept on the customer's message. */
class PortalUploadView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() filename: string;
  @ApiProperty({ description: 'The type its content was found to be.' }) contentType: string;
  @ApiProperty() size: number;
  @ApiProperty({ description: 'Where it is downloaded.' }) url: string;
}

/**
 * The customer portal's files (issue 19 item 4, ADR 0025), for a signed-in customer only (the
 * `portalCase` scope): files onto their own fresh message on their case, and the files of the
 * thread they see. Another's case, a note's file or a missing one: the same 404.
 */
@ApiTags('portal')
@ApiCookieAuth()
@Controller('v1/portal/cases')
export class PortalAttachmentController {
  constructor(private readonly attachments: PortalAttachmentsService) {}

  /** One file onto a message the customer just wrote (a new case's first, or a reply), one per request so each shows its progress. */
  @Post(':caseId/messages/:messageId/attachments')
  @HttpCode(201)
  @UseInterceptors(CaseUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', description: 'One file, up to the configured size (10 MB by default); programs, scripts and web pages are refused.' } } } })
  @ApiCreatedResponse({ type: PortalUploadView, description: 'Kept on the message (within an hour of writing it).' })
  upload(
    @CurrentActor() actor: Actor,
    @Param('caseId', new ParseUUIDPipe()) caseId: string,
    @Param('messageId', new ParseUUIDPipe()) messageId: string,
    @UploadedFile() file: UploadedCaseFile | undefined,
  ): Promise<PortalUploadView> {
    return this.attachments.upload(actor, caseId, messageId, file);
  }

  @Get(':caseId/attachments/:id')
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'The file’s bytes, as a download, under the type its content was found to be.' })
  async download(@CurrentActor() actor: Actor, @Param('caseId', new ParseUUIDPipe()) caseId: string, @Param('id', new ParseUUIDPipe()) id: string, @Res() res: Response) {
    sendCaseFile(res, await this.attachments.download(actor, caseId, id));
  }
}
