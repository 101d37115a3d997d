import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiConflictResponse, ApiConsumes, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '@rapport/shared-auth';
import { AppError, ErrorCode } from '@rapport/shared-errors';
import { mailLocale } from '@rapport/shared-mail';
import { escapeHtml } from '@rapport/shared-util';
import type { MessageLocale } from '@rapport/shared-errors';
import { CsatAnswersService, type SurveyPage } from '../services/csat-answers.service';
import { PublicLeadRateLimiter } from '@rapport/leads-api';
import { sayCsat } from '../services/csat-mail';

/** A browser (it asks for HTML first) gets a page; a program gets JSON (problem+json on a 4xx). */
const wantsHtml = (req: Request) => req.accepts(['json', 'html']) === 'html';
const isForm = (req: Request) => req.is('application/x-www-form-urlencoded') === 'application/x-www-form-urlencoded';

/**
 * The customer's satisfaction survey (issue 19 item 5), open to the internet: the signed token in
 * the mailed link is the permission. Every answer that is not a survey's (a bad, forged or old
 * link, or a case that is gone) is the same 404, so nobody learns which cases exist. Rate-limited
 * per client address like the other public routes. Opening the link only shows the survey; the
 * POST answers it, once.
 */
@ApiTags('public')
@Public()
@Controller('public/surveys')
export class PublicSurveysController {
  constructor(
    private readonly answers: CsatAnswersService,
    private readonly limiter: PublicLeadRateLimiter,
  ) {}

  @Get(':token')
  @ApiOperation({ summary: 'A satisfaction survey in the customer’s language: the case’s number and subject, the questions, whether it was answered (a page with a form for browsers; JSON for programs).' })
  @ApiProduces('application/json', 'text/html')
  @ApiOkResponse({ description: '{ number, subject, language, answered, rating, questions: [{ key, kind, text, required }] }' })
  @ApiNotFoundResponse({ description: 'Not a genuine survey link.' })
  @ApiTooManyRequestsResponse({ description: 'Too many requests from this address (`RATE_LIMITED`); see Retry-After.' })
  async show(@Param('token') token: string, @Req() req: Request, @Res() res: Response) {
    const html = wantsHtml(req);
    try {
      await this.limit(req);
      const view = await this.answers.viewByToken(token);
      return html ? res.type('html').send(page(view, token)) : res.json(view);
    } catch (err) {
      return problem(err, html, res);
    }
  }

  @Post(':token')
  @ApiOperation({ summary: 'Answers the survey once: `{ rating: 1–5, answers: { key: value }, comment? }` (JSON, exact types), or the page’s form.' })
  @ApiConsumes('application/json', 'application/x-www-form-urlencoded')
  @ApiBody({ schema: { type: 'object', required: ['rating'], properties: { rating: { type: 'integer', minimum: 1, maximum: 5 }, answers: { type: 'object', additionalProperties: true }, comment: { type: 'string', maxLength: 2000, nullable: true } } } })
  @ApiCreatedResponse({ description: 'The answer is stored: the survey as the GET shows it, `answered` true.' })
  @ApiBadRequestResponse({ description: 'The answer is not valid; `errors` lists each field.' })
  @ApiNotFoundResponse({ description: 'Not a genuine survey link.' })
  @ApiConflictResponse({ description: 'The survey was already answered.' })
  @ApiTooManyRequestsResponse({ description: 'Too many requests from this address (`RATE_LIMITED`); see Retry-After.' })
  async answer(@Param('token') token: string, @Body() body: unknown, @Req() req: Request, @Res() res: Response) {
    const html = wantsHtml(req) || isForm(req);
    try {
      await this.limit(req);
      const answer = isForm(req) ? formAnswer(body, await this.answers.viewByToken(token)) : body;
      const view = await this.answers.answerByToken(token, answer);
      return html ? res.status(201).type('html').send(page(view, token)) : res.status(201).json(view);
    } catch (err) {
      return problem(err, html, res);
    }
  }

  /** Surveys share the per-address limit of the other public forms (one person typing into a form). */
  private async limit(req: Request): Promise<void> {
    const rate = await this.limiter.hit(req.ip ?? 'unknown');
    if (!rate.allowed) throw new AppError(ErrorCode.RateLimited, 'Too many submissions; please try again in a minute.', [], rate.retryAfterSeconds);
  }

}

/** Programs get the API's problem+json (rethrown to the filter); browsers a page saying what went wrong. */
function problem(err: unknown, html: boolean, res: Response) {
  if (!html || !(err instanceof AppError)) throw err;
  if (err.retryAfterSeconds) res.setHeader('Retry-After', String(err.retryAfterSeconds));
  const locale = mailLocale(null);
  const text = err.message;
  const fields = err.fields.map((f) => `<li>${escapeHtml(f.path)}: ${escapeHtml(f.message)}</li>`).join('');
  return res.status(err.httpStatus).type('html').send(shell(locale, text, `<p>${escapeHtml(text)}</p>${fields ? `<ul>${fields}</ul>` : ''}`));
}

/** The page's form fields (`rating`, `q.<key>`, `comment`, all text) as the JSON answer, typed by the questions asked. */
function formAnswer(body: unknown, view: SurveyPage): Record<string, unknown> {
  const f = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const num = (v: unknown) => (typeof v === 'string' && /^[1-5]$/.test(v.trim()) ? Number(v) : v);
  const answers: Record<string, unknown> = {};
  for (const q of view.questions) {
    const v = f[`q.${q.key}`];
    if (v === undefined || v === '') continue;
    answers[q.key] = q.kind === 'rating' ? num(v) : q.kind === 'yes_no' ? (v === 'yes' ? true : v === 'no' ? false : v) : v;
  }
  return { rating: num(f['rating']), answers, comment: f['comment'] ?? null };
}

function shell(locale: MessageLocale, title: string, body: string): string {
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head>
<body style="font-family:system-ui,sans-serif;line-height:1.5;max-width:40rem;margin:2rem auto;padding:0 1rem">${body}</body></html>`;
}

/** The survey's page: a thank-you once answered, else the form (rating, the questions, a comment). */
function page(v: SurveyPage, token: string): string {
  const locale = mailLocale(v.language);
  const title = sayCsat(locale, 'service.csatMailSubject', { number: v.number });
  const head = `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(v.subject)}</p>`;
  if (v.answered) return shell(locale, title, `${head}<p>${escapeHtml(sayCsat(locale, 'service.csatThanks'))}</p>`);
  const scale = (name: string, required: boolean) =>
    [1, 2, 3, 4, 5].map((n) => `<label><input type="radio" name="${escapeHtml(name)}" value="${n}"${required ? ' required' : ''}> ${n}</label>`).join(' ');
  const question = (q: SurveyPage['questions'][number]) => {
    const name = `q.${q.key}`;
    const input =
      q.kind === 'rating'
        ? scale(name, q.required)
        : q.kind === 'yes_no'
          ? `<label><input type="radio" name="${escapeHtml(name)}" value="yes"${q.required ? ' required' : ''}> ${escapeHtml(sayCsat(locale, 'service.csatYes'))}</label> <label><input type="radio" name="${escapeHtml(name)}" value="no"> ${escapeHtml(sayCsat(locale, 'service.csatNo'))}</label>`
          : `<textarea name="${escapeHtml(name)}" rows="3" maxlength="1000" style="width:100%"${q.required ? ' required' : ''}></textarea>`;
    return `<fieldset><legend>${escapeHtml(q.text)}</legend>${input}</fieldset>`;
  };
  const form = `<form method="post" action="${escapeHtml(`/api/public/surveys/${encodeURIComponent(token)}`)}">
<fieldset><legend>${escapeHtml(sayCsat(locale, 'service.csatRatingLabel'))}</legend>${scale('rating', true)}</fieldset>
${v.questions.map(question).join('\n')}
<p><label>${escapeHtml(sayCsat(locale, 'service.csatCommentLabel'))}<br><textarea name="comment" rows="4" maxlength="2000" style="width:100%"></textarea></label></p>
<button type="submit">${escapeHtml(sayCsat(locale, 'service.csatSubmit'))}</button></form>`;
  return shell(locale, title, `${head}\n${form}`);
}
