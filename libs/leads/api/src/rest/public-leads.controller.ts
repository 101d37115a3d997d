import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOperation, ApiResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AppValidationPipe } from '@rapport/shared-api';
import { Public } from '@rapport/shared-auth';
import { AppError, ErrorCode } from '@rapport/shared-errors';
import { PublicLeadInput } from '../models/public-lead.input';
import { formPageLocale, renderThanksHtml } from '../services/form-html';
import { IntakeService } from '../services/intake.service';
import { PublicLeadRateLimiter } from '../services/rate-limiter';
import { WebFormsService } from '../services/web-forms.service';

/**
 * A lead is a few hundred bytes; anything much bigger is not a person typing into a form. The API
 * app's body parser enforces it on the streamed bytes (413) before this controller runs.
 */
export const PUBLIC_LEAD_MAX_BODY_BYTES = 32 * 1024;

/**
 * Web-to-lead, open to the internet. JSON callers get 201 + a receipt or problem+json; a browser
 * posting the generated form (form-encoded) gets the form's thank-you redirect or an HTML page
 * listing what to fix, in the language of the form's page or the visitor's browser (`formPageLocale`).
 * Nothing in any answer says whether the person was already known.
 */
@ApiTags('public')
@Public()
@Controller('public')
export class PublicLeadsController {
  private readonly validation = new AppValidationPipe();

  constructor(
    private readonly intake: IntakeService,
    private readonly forms: WebFormsService,
    private readonly limiter: PublicLeadRateLimiter,
  ) {}

  @Post('leads')
  @HttpCode(201)
  @ApiOperation({ summary: 'Submit an inquiry (web-to-lead). JSON or application/x-www-form-urlencoded.' })
  @ApiConsumes('application/json', 'application/x-www-form-urlencoded')
  @ApiBody({ type: PublicLeadInput })
  @ApiCreatedResponse({ description: '{ status: "accepted", reference } — the lead and its routing job are stored. Form posts get a thank-you page.' })
  @ApiResponse({ status: 303, description: 'Form posts from a form with a thank-you URL: a redirect there.' })
  // Form posts get the problems as an HTML page; JSON callers get problem+json (added to every 4xx).
  @ApiBadRequestResponse({ description: 'The submission is not valid; `errors` lists each field.', content: { 'text/html': { schema: { type: 'string' } } } })
  @ApiTooManyRequestsResponse({ description: 'Too many submissions from this address (`RATE_LIMITED`); see Retry-After.', content: { 'text/html': { schema: { type: 'string' } } } })
  async submit(@Req() req: Request, @Res() res: Response, @Body() body: unknown) {
    const asForm = req.is('application/x-www-form-urlencoded') === 'application/x-www-form-urlencoded';
    const locale = () => formPageLocale(body, req.headers['accept-language']);
    try {
      const client = req.ip ?? 'unknown';
      const rate = await this.limiter.hit(client);
      if (!rate.allowed) throw new AppError(ErrorCode.RateLimited, 'Too many submissions; please try again in a minute.', [], rate.retryAfterSeconds);
      const input = (await this.validation.transform(body ?? {}, { type: 'body', metatype: PublicLeadInput })) as PublicLeadInput;
      const result = await this.intake.submit(input, client);
      if (asForm) {
        if (result.redirectUrl) return res.redirect(303, result.redirectUrl);
        return res.status(201).type('html').set('Content-Language', locale()).send(renderThanksHtml(locale()));
      }
      return res.status(201).json({ status: 'accepted', reference: result.reference });
    } catch (err) {
      if (!asForm || !(err instanceof AppError)) throw err;
      if (err.retryAfterSeconds) res.setHeader('Retry-After', String(err.retryAfterSeconds));
      const formId = body && typeof body === 'object' ? (body as Record<string, unknown>)['formId'] : undefined;
      const page = await this.forms.errorPage(err, formId, locale());
      return res.status(err.httpStatus).type('html').set('Content-Language', locale()).send(page);
    }
  }

  @Get('forms/:id')
  @ApiOperation({ summary: 'A hosted page with the web form, for sites that prefer an iframe or a link.' })
  async hostedForm(@Param('id', new ParseUUIDPipe()) id: string, @Res() res: Response) {
    const html = await this.forms.hostedPage(id);
    res.type('html').send(html);
  }
}
