import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiConsumes, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '@rapport/shared-auth';
import { AppError, renderMessage, translateMessage, type MessageKey, type MessageLocale, type MessageParams } from '@rapport/shared-errors';
import { mailLocale } from '@rapport/shared-mail';
import { escapeHtml } from '@rapport/shared-util';
import { WorkOrderVisitsService, type VisitProposalView } from '../services/work-order-visits.service';
import { visitWhen } from '../services/work-order-mail';

/** A browser (it asks for HTML first) gets a page; a program gets JSON (problem+json on a 4xx). */
const wantsHtml = (req: Request) => req.accepts(['json', 'html']) === 'html';
const say = (l: MessageLocale, key: MessageKey, params: MessageParams = {}) => translateMessage(l, key, params, renderMessage(key, params));

/** `slot` as sent (query, JSON number or form text): a whole number, or NaN for anything else. */
const slotOf = (v: unknown) => (typeof v === 'number' ? v : typeof v === 'string' && /^\d{1,2}$/.test(v.trim()) ? Number(v) : Number.NaN);

/**
 * The customer's answer to a visit's proposed times (issue 18 item 7), open to the internet: the
 * signed token in the link is the permission. Opening a link only shows the time with a button; the
 * POST confirms, because mail scanners and link previews open every link in a mail.
 */
@ApiTags('public')
@Public()
@Controller('public/visits')
export class PublicVisitsController {
  constructor(private readonly visits: WorkOrderVisitsService) {}

  @Get(':token')
  @ApiOperation({ summary: 'The times proposed for a visit (a page with a confirm button for browsers; JSON for programs). `slot` picks one.' })
  @ApiProduces('application/json', 'text/html')
  @ApiOkResponse({ description: '{ number, status, slots: [{ start, end }], confirmedSlot }' })
  @ApiNotFoundResponse({ description: 'Not a genuine link.' })
  @ApiConflictResponse({ description: 'Replaced by newer times.' })
  async show(@Param('token') token: string, @Query('slot') slot: unknown, @Req() req: Request, @Res() res: Response) {
    const html = wantsHtml(req);
    try {
      const view = await this.visits.proposal(token);
      if (!html) return res.json(jsonOf(view));
      const picked = slotOf(slot);
      return res.type('html').send(page(view, Number.isInteger(picked) ? picked : null, token));
    } catch (err) {
      return this.problem(err, html, res);
    }
  }

  @Post(':token/confirm')
  @HttpCode(200)
  @ApiOperation({ summary: 'Confirms one of the proposed times: `{ slot }` (JSON or a form post). Idempotent for the same slot.' })
  @ApiConsumes('application/json', 'application/x-www-form-urlencoded')
  @ApiOkResponse({ description: '{ number, status, slots, confirmedSlot, alreadyConfirmed }' })
  @ApiBadRequestResponse({ description: 'The slot was not proposed.' })
  @ApiNotFoundResponse({ description: 'Not a genuine link.' })
  @ApiConflictResponse({ description: 'Another time is already confirmed, the time has passed, the visit is no longer planned, or newer times replaced these.' })
  async confirm(@Param('token') token: string, @Body() body: unknown, @Req() req: Request, @Res() res: Response) {
    const html = wantsHtml(req);
    try {
      const fields = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
      const { confirmed, already } = await this.visits.confirm(token, slotOf(fields['slot']));
      if (!html) return res.status(200).json({ ...jsonOf(confirmed), alreadyConfirmed: already });
      return res.status(200).type('html').send(page(confirmed, confirmed.confirmedSlot, token));
    } catch (err) {
      return this.problem(err, html, res);
    }
  }

  /** Programs get the API's problem+json (rethrown to the filter); browsers a page saying what went wrong. */
  private problem(err: unknown, html: boolean, res: Response) {
    if (!html || !(err instanceof AppError)) throw err;
    const locale = mailLocale(null);
    const text = translateMessage(locale, err.messageKey, err.params, err.message);
    return res.status(err.httpStatus).type('html').send(shell(locale, text, `<p>${escapeHtml(text)}</p>`));
  }
}

const jsonOf = (v: VisitProposalView) => ({ number: v.number, status: v.status, slots: v.slots.map((s) => ({ start: s.start.toISOString(), end: s.end.toISOString() })), confirmedSlot: v.confirmedSlot });

function shell(locale: MessageLocale, title: string, body: string): string {
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head>
<body style="font-family:system-ui,sans-serif;line-height:1.5;max-width:40rem;margin:2rem auto;padding:0 1rem">${body}</body></html>`;
}

/** The visit's page: the confirmed time, or the chosen (or every) proposed time with its confirm button. */
function page(v: VisitProposalView, picked: number | null, token: string): string {
  const locale = mailLocale(v.locale);
  const when = (i: number) => visitWhen(v.slots[i]!.start, v.slots[i]!.end, v.timeZone, locale);
  const title = say(locale, 'service.visitTitle', { number: v.number });
  if (v.confirmedSlot !== null) return shell(locale, title, `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(say(locale, 'service.visitConfirmedPage', { when: when(v.confirmedSlot) }))}</p>`);
  const shown = picked !== null && picked >= 0 && picked < v.slots.length ? [picked] : v.slots.map((_, i) => i);
  const forms = shown
    .map(
      (i) => `<form method="post" action="${escapeHtml(`/api/public/visits/${encodeURIComponent(token)}/confirm`)}"><p>${escapeHtml(when(i))}</p>
<input type="hidden" name="slot" value="${i}"><button type="submit">${escapeHtml(say(locale, 'service.visitConfirmButton'))}</button></form>`,
    )
    .join('\n');
  return shell(locale, title, `<h1>${escapeHtml(title)}</h1>\n${forms}`);
}
