import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AppValidationPipe } from '@rapport/shared-api';
import { Public } from '@rapport/shared-auth';
import { AppError, ErrorCode, type MessageLocale } from '@rapport/shared-errors';
import { formPageLocale, PublicLeadRateLimiter } from '@rapport/leads-api';
import { fromFormPost, PublicRegistrationInput } from '../models/public-registration.input';
import { RegistrationPagesService } from '../services/registration-pages.service';
import { RegistrationService } from '../services/registration.service';

const isForm = (req: Request) => req.is('application/x-www-form-urlencoded') === 'application/x-www-form-urlencoded';
/** A browser (it asks for HTML first) gets the page; a program (JSON, or any type) gets JSON. */
const wantsHtml = (req: Request) => req.accepts(['json', 'html']) === 'html';

/** The page's language: the one asked for (`lang` / the form's `locale`), else the browser's, else English (web-to-lead's rule). */
const pageLocale = (explicit: unknown, req: Request): MessageLocale => formPageLocale({ locale: explicit }, req.headers['accept-language']);

const bodyLocale = (body: unknown) => (body && typeof body === 'object' ? (body as Record<string, unknown>)['locale'] : undefined);

/**
 * Registration and self-service, open to the internet (no login). A registration is stored with its
 * confirmation's mail row and job before the answer says so; the same address registering again
 * gets its registration back (200, not a duplicate). Shares web-to-lead's per-client rate limit:
 * both are one person typing into a form. Programs post JSON and get JSON (problem+json on a 4xx);
 * browsers post the hosted or embedded form and get pages in their language, problems included.
 */
@ApiTags('public')
@Public()
@Controller('public')
export class PublicEventsController {
  private readonly validation = new AppValidationPipe();

  constructor(
    private readonly registrations: RegistrationService,
    private readonly pages: RegistrationPagesService,
    private readonly limiter: PublicLeadRateLimiter,
  ) {}

  @Get('events/:id')
  @ApiOperation({ summary: 'The hosted registration page of a published event (HTML; `lang` = en, zh-CN or zh-TW).' })
  @ApiProduces('text/html')
  @ApiQuery({ name: 'lang', required: false })
  async hostedPage(@Param('id', new ParseUUIDPipe()) id: string, @Query('lang') lang: unknown, @Req() req: Request, @Res() res: Response) {
    const locale = pageLocale(lang, req);
    const { status, html } = await this.pages.hosted(id, locale);
    // A browser gets the page saying so; a program gets the API's problem+json for an event that is not there.
    if (status === 404 && !wantsHtml(req)) throw AppError.notFound('The event');
    return res.status(status).type('html').set('Content-Language', locale).send(html);
  }

  @Post('events/:id/registrations')
  @HttpCode(201)
  @ApiOperation({ summary: 'Register for an event. JSON or application/x-www-form-urlencoded (the hosted and embedded forms: `q.<key>` answers, `consent.<type id>` boxes).' })
  @ApiConsumes('application/json', 'application/x-www-form-urlencoded')
  @ApiBody({ type: PublicRegistrationInput })
  @ApiCreatedResponse({ description: '{ status: "registered" | "waitlisted", reference } — stored, confirmation queued. 200 with the same shape when the address was already registered. Form posts get a page.' })
  @ApiBadRequestResponse({ description: 'The registration is not valid; `errors` lists each field (a page listing them for form posts).', content: { 'text/html': { schema: { type: 'string' } } } })
  @ApiTooManyRequestsResponse({ description: 'Too many submissions from this address (`RATE_LIMITED`); see Retry-After.', content: { 'text/html': { schema: { type: 'string' } } } })
  async register(@Param('id', new ParseUUIDPipe()) id: string, @Req() req: Request, @Res() res: Response, @Body() body: unknown) {
    const asForm = isForm(req);
    const locale = pageLocale(bodyLocale(body), req);
    try {
      const rate = await this.limiter.hit(req.ip ?? 'unknown');
      if (!rate.allowed) throw new AppError(ErrorCode.RateLimited, 'Too many submissions; please try again in a minute.', [], rate.retryAfterSeconds);
      const input = (await this.validation.transform((asForm ? fromFormPost(body) : body) ?? {}, { type: 'body', metatype: PublicRegistrationInput })) as PublicRegistrationInput;
      const result = await this.registrations.register(id, input, { ip: req.ip ?? null, userAgent: req.get('user-agent')?.slice(0, 500) ?? null });
      const status = result.created ? 201 : 200;
      if (asForm) return res.status(status).type('html').set('Content-Language', locale).send(await this.pages.registered(id, result, locale));
      return res.status(status).json({ status: result.registration.status, reference: result.registration.id });
    } catch (err) {
      if (!asForm || !(err instanceof AppError)) throw err;
      return this.problemPage(res, err, id, locale);
    }
  }

  @Get('registrations/:token')
  @ApiOperation({ summary: 'The registration a self-service link opens: a page for browsers (answers, cancel), JSON for programs.' })
  @ApiProduces('application/json', 'text/html')
  @ApiOkResponse({ description: '{ status, eventId, firstName, lastName, answers }' })
  async show(@Param('token') token: string, @Query('lang') lang: unknown, @Req() req: Request, @Res() res: Response) {
    if (!wantsHtml(req)) {
      const r = await this.registrations.byToken(token);
      return res.json({ status: r.status, eventId: r.eventId, firstName: r.firstName, lastName: r.lastName, answers: r.answers });
    }
    const { status, html, locale } = await this.pages.manage(token, typeof lang === 'string' ? pageLocale(lang, req) : null, null);
    return res.status(status).type('html').set('Content-Language', locale).send(html);
  }

  @Post('registrations/:token')
  @HttpCode(200)
  @ApiOperation({ summary: 'Change the answers to the event’s questions through the self-service link (`answers` in JSON, `q.<key>` fields from the page).' })
  @ApiConsumes('application/json', 'application/x-www-form-urlencoded')
  @ApiOkResponse({ description: '{ status, answers }' })
  async changeAnswers(@Param('token') token: string, @Req() req: Request, @Res() res: Response, @Body() body: unknown) {
    const asForm = isForm(req);
    const given = (asForm ? fromFormPost(body) : body) as { answers?: unknown } | undefined;
    const answers = given?.answers ?? {};
    try {
      if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) throw AppError.validation([{ path: 'answers', message: 'must be an object' }]);
      const r = await this.registrations.updateAnswers(token, answers as Record<string, unknown>);
      if (!asForm) return res.json({ status: r.status, answers: r.answers });
      const page = await this.pages.manage(token, pageLocale(bodyLocale(body), req), 'events.pageAnswersSaved');
      return res.status(200).type('html').set('Content-Language', page.locale).send(page.html);
    } catch (err) {
      if (!asForm || !(err instanceof AppError)) throw err;
      return this.problemPage(res, err, await this.pages.eventIdOf(token), pageLocale(bodyLocale(body), req));
    }
  }

  @Post('registrations/:token/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel a registration through the signed link in its mail (a page for the self-service form’s post).' })
  @ApiOkResponse({ description: '{ status: "cancelled" }' })
  async cancel(@Param('token') token: string, @Req() req: Request, @Res() res: Response, @Body() body: unknown) {
    const asForm = isForm(req);
    const locale = pageLocale(bodyLocale(body), req);
    try {
      const r = await this.registrations.cancel(token);
      if (!asForm) return res.json({ status: r.status });
      const page = await this.pages.manage(token, locale, 'events.pageCancelledNotice');
      return res.status(200).type('html').set('Content-Language', page.locale).send(page.html);
    } catch (err) {
      if (!asForm || !(err instanceof AppError)) throw err;
      return this.problemPage(res, err, null, locale);
    }
  }

  private async problemPage(res: Response, err: AppError, eventId: string | null, locale: MessageLocale) {
    if (err.retryAfterSeconds) res.setHeader('Retry-After', String(err.retryAfterSeconds));
    const html = await this.pages.problems(eventId, err, locale);
    return res.status(err.httpStatus).type('html').set('Content-Language', locale).send(html);
  }
}
