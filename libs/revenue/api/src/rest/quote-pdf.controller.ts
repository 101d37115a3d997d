import { Controller, Get, Inject, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { Actor } from '@rapport/shared-domain';
import { CurrentActor } from '@rapport/shared-api';
import { AppError } from '@rapport/shared-errors';
import { isPdfLocale, PDF_LOCALES, renderQuotePdf } from '../services/quote-pdf';
import { QuotesService } from '../services/quotes.service';

const LOCALES = [...PDF_LOCALES];

/** The quote as a PDF, for anyone who may read the quote; read-only (quotes are written through GraphQL). */
@ApiTags('quotes')
@ApiBearerAuth()
@ApiCookieAuth()
@Controller('v1/quotes')
export class QuotePdfController {
  constructor(
    private readonly quotes: QuotesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get(':id.pdf')
  @ApiProduces('application/pdf')
  @ApiQuery({ name: 'lang', required: false, enum: LOCALES, description: 'Defaults to the quote’s language.' })
  async pdf(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Query('lang') lang: string | undefined, @Res() res: Response) {
    if (lang !== undefined && !isPdfLocale(lang)) throw AppError.validation([{ path: 'lang', message: `lang must be one of ${LOCALES.join(', ')}` }]);
    const data = await this.quotes.pdfData(actor, id, lang);
    const pdf = await renderQuotePdf({ ...data.pdf, company: { name: this.config.companyName, address: this.config.companyAddress } }, data.language);
    const file = `${data.pdf.quote.name.replace(/[^\p{L}\p{N} ._-]+/gu, '').trim() || 'quote'}.pdf`;
    res
      .status(200)
      .type('application/pdf')
      .setHeader('Content-Disposition', `attachment; filename="quote.pdf"; filename*=UTF-8''${encodeURIComponent(file)}`)
      .send(pdf);
  }
}
