import { Controller, Get, HttpCode, Injectable, Param, Post, Query, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiProperty, ApiPropertyOptional, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, NameLocale } from '@rapport/shared-domain';
import { CurrentActor, csvWriter, RequestLocale, SingleFileUpload } from '@rapport/shared-api';
import { AppError, MESSAGE_LOCALES } from '@rapport/shared-errors';
import type { LeadImportEntity } from '@rapport/leads-data';
import { MAX_IMPORT_BYTES } from './import-file';
import { LeadImportService, UploadedImportFile } from './lead-import.service';

class ColumnMappingView {
  @ApiProperty() column: string;
  @ApiProperty({ description: 'Lead field key, e.g. lastName, email, productInterest.' }) field: string;
}

class LeadImportView {
  @ApiProperty() id: string;
  @ApiProperty() fileName: string;
  @ApiProperty({ enum: ['csv', 'xlsx'] }) fileFormat: string;
  @ApiProperty() fileSize: number;
  @ApiProperty({ enum: ['uploaded', 'queued', 'running', 'done', 'failed', 'undone'] }) status: string;
  @ApiProperty({ type: [String] }) columns: string[];
  @ApiProperty({ description: 'The first 20 data rows.', type: 'array', items: { type: 'array', items: { type: 'string' } } }) preview: string[][];
  @ApiProperty({ type: [ColumnMappingView] }) suggestedMapping: ColumnMappingView[];
  @ApiProperty({ type: [ColumnMappingView] }) mapping: ColumnMappingView[];
  @ApiProperty({ enum: ['skip', 'update', 'merge'] }) dedupPolicy: string;
  @ApiProperty() totalRows: number;
  @ApiProperty({ description: '0–100' }) progress: number;
  @ApiProperty() createdCount: number;
  @ApiProperty() updatedCount: number;
  @ApiProperty() mergedCount: number;
  @ApiProperty() duplicateCount: number;
  @ApiProperty() errorCount: number;
  @ApiPropertyOptional({ type: String, nullable: true }) error: string | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ description: 'GET this for the report as CSV.' }) reportUrl: string;
}

const view = (i: LeadImportEntity): LeadImportView => ({
  id: i.id,
  fileName: i.fileName,
  fileFormat: i.fileFormat,
  fileSize: i.fileSize,
  status: i.status,
  columns: i.columns,
  preview: i.preview,
  suggestedMapping: i.suggestedMapping,
  mapping: i.mapping,
  dedupPolicy: i.dedupPolicy,
  totalRows: i.totalRows,
  progress: i.progress,
  createdCount: i.createdCount,
  updatedCount: i.updatedCount,
  mergedCount: i.mergedCount,
  duplicateCount: i.duplicateCount,
  errorCount: i.errorCount,
  error: i.error,
  createdAt: i.createdAt,
  reportUrl: `/api/v1/lead-imports/${i.id}/report.csv`,
});

/** The import file: one, up to MAX_IMPORT_BYTES (also used by order and campaign member imports). */
@Injectable()
export class ImportUploadInterceptor extends SingleFileUpload {
  constructor() {
    super(MAX_IMPORT_BYTES, 10, 'The file is too large.');
  }
}

@ApiTags('lead-imports')
@ApiBearerAuth()
@ApiCookieAuth()
@Controller('v1/lead-imports')
export class LeadImportController {
  constructor(private readonly imports: LeadImportService) {}

  @Post()
  @HttpCode(201)
  @UseInterceptors(ImportUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', description: 'CSV (UTF-8, UTF-16 or GB18030) or .xlsx, up to 20 MB.' } } } })
  @ApiCreatedResponse({ type: LeadImportView, description: 'The stored upload with its columns, a preview and a suggested mapping; start it with the GraphQL mutation startLeadImport.' })
  async upload(@CurrentActor() actor: Actor, @UploadedFile() file: UploadedImportFile | undefined): Promise<LeadImportView> {
    return view(await this.imports.upload(actor, file));
  }

  @Get(':id')
  @ApiOkResponse({ type: LeadImportView })
  async find(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<LeadImportView> {
    const found = await this.imports.find(actor, id);
    if (!found) throw AppError.notFound('The import');
    return view(found);
  }

  /** UTF-8 with BOM so Excel shows Chinese correctly; streamed page by page. */
  @Get(':id/report.csv')
  @ApiProduces('text/csv')
  @ApiQuery({ name: 'lang', required: false, enum: MESSAGE_LOCALES, description: 'Language of the reason column. Defaults to Accept-Language, else your saved language when signed in, else English.' })
  async report(@CurrentActor() actor: Actor, @Param('id') id: string, @Query('lang') lang: string | undefined, @RequestLocale() asked: NameLocale | null, @Res() res: Response): Promise<void> {
    const locale = this.imports.reportLocale(lang, asked);
    const found = await this.imports.find(actor, id);
    if (!found) throw AppError.notFound('The import');
    res.status(200).type('text/csv; charset=utf-8').setHeader('Content-Disposition', `attachment; filename="lead-import-${found.id}-report.csv"`);
    res.write('\uFEFF');
    const csv = csvWriter(['row', 'column', 'value', 'reason', 'kind']);
    csv.pipe(res);
    for await (const line of this.imports.reportLines(found, locale)) {
      if (!csv.write(line)) await new Promise((r) => csv.once('drain', r));
    }
    csv.end();
  }
}
