import { Body, Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { negotiateLocale } from '@rapport/shared-domain';
import { Public } from '@rapport/shared-auth';
import { AppError, type MessageKey, type MessageLocale } from '@rapport/shared-errors';
import { PublicConsentService, type Evidence } from '../services/public-consent.service';
import { TrackingService } from '../services/tracking.service';
import { confirmPage, confirmSubscriptionPage, invalidLinkPage, preferencesPage, unsubscribedPage } from './preference-pages';

const evidenceOf = (req: Request): Evidence => ({ ip: req.ip ?? null, userAgent: req.get('user-agent') ?? null });
const sendOf = (req: Request): string | null => (typeof req.query['s'] === 'string' ? req.query['s'] : null);
const localeOf = (req: Request): MessageLocale => negotiateLocale(req.headers['accept-language']) ?? 'en';
const field = (body: unknown, name: string): unknown => (body && typeof body === 'object' ? (body as Record<string, unknown>)[name] : undefined);
const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : []);

/**
 * The links in marketing mail (issue 15, RFC 8058), open to the internet and needing no login: the
 * signed token in the path says who and what. `POST unsubscribe/:token` with the body
 * `List-Unsubscribe=One-Click` is the one-click unsubscribe mail providers send; a GET only shows
 * the confirm page (link scanners follow GETs and must not unsubscribe anyone). The preference
 * centre is a plain form. A double opt-in's confirm link likewise shows on GET and confirms on POST.
 * A token that is not ours gets a 404 page that says nothing about anyone.
 */
@ApiTags('public')
@Public()
@Controller('public')
export class UnsubscribeController {
  constructor(
    private readonly consent: PublicConsentService,
    private readonly tracking: TrackingService,
  ) {}

  @Get('unsubscribe/:token')
  @ApiOperation({ summary: 'The confirm page of an unsubscribe link (changes nothing).' })
  async confirm(@Param('token') token: string, @Req() req: Request, @Res() res: Response) {
    await this.html(req, res, async (locale) => confirmPage(await this.consent.preferences(token), token, locale, sendOf(req)));
  }

  @Post('unsubscribe/:token')
  @HttpCode(200)
  @ApiOperation({ summary: 'One-click unsubscribe (RFC 8058): the link’s subscription type, or all marketing. Recorded before the answer.' })
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiBody({ schema: { type: 'object', properties: { 'List-Unsubscribe': { type: 'string', enum: ['One-Click'] } }, required: ['List-Unsubscribe'] } })
  @ApiOkResponse({ description: 'Unsubscribed (a page saying so).' })
  @ApiNotFoundResponse({ description: 'Not a link of ours.' })
  async oneClick(@Param('token') token: string, @Body() body: unknown, @Req() req: Request, @Res() res: Response) {
    await this.html(req, res, async (locale) => {
      if (field(body, 'List-Unsubscribe') !== 'One-Click') throw AppError.validation([{ path: 'List-Unsubscribe', message: 'A one-click unsubscribe posts the body List-Unsubscribe=One-Click (RFC 8058).' }]);
      const prefs = await this.consent.unsubscribe(token, evidenceOf(req));
      await this.tracking.unsubscribed(sendOf(req), prefs.target.address);
      return unsubscribedPage(prefs, token, locale);
    });
  }

  @Get('preferences/:token')
  @ApiOperation({ summary: 'The preference centre of an address (changes nothing).' })
  async preferences(@Param('token') token: string, @Req() req: Request, @Res() res: Response) {
    await this.html(req, res, async (locale) => preferencesPage(await this.consent.preferences(token), token, locale));
  }

  @Post('preferences/:token')
  @HttpCode(200)
  @ApiOperation({ summary: 'Saves the preference centre: `type` (repeated) = the subscription type ids wanted, `noMarketing=true` = none at all.' })
  @ApiConsumes('application/x-www-form-urlencoded')
  async savePreferences(@Param('token') token: string, @Body() body: unknown, @Req() req: Request, @Res() res: Response) {
    await this.html(req, res, async (locale) => {
      const wanted = { typeIds: list(field(body, 'type')).slice(0, 100), noMarketing: field(body, 'noMarketing') === 'true' };
      return preferencesPage(await this.consent.savePreferences(token, wanted, evidenceOf(req)), token, locale, true);
    });
  }

  @Get('confirm/:token')
  @ApiOperation({ summary: 'The page of a double opt-in confirm link: the question and a button while the answer is pending (changes nothing).' })
  async confirmation(@Param('token') token: string, @Req() req: Request, @Res() res: Response) {
    await this.html(req, res, async (locale) => confirmSubscriptionPage(await this.consent.confirmation(token), token, locale), 'marketing.confirmTitle');
  }

  @Post('confirm/:token')
  @HttpCode(200)
  @ApiOperation({ summary: 'Confirms a pending double opt-in (source double_opt_in, with IP and user agent); an answer no longer pending is shown, never changed.' })
  @ApiOkResponse({ description: 'Confirmed, or the answer as it is now (a page saying which).' })
  @ApiNotFoundResponse({ description: 'Not a confirm link of ours.' })
  async confirmSubscription(@Param('token') token: string, @Req() req: Request, @Res() res: Response) {
    await this.html(req, res, async (locale) => confirmSubscriptionPage(await this.consent.confirm(token, evidenceOf(req)), token, locale), 'marketing.confirmTitle');
  }

  /**
   * Answers with a page in the reader's language. A link that is not ours: a browser (which asks
   * for HTML) gets the "not valid" page, any other caller the usual problem+json 404; bad input the
   * usual 400.
   */
  private async html(req: Request, res: Response, render: (locale: MessageLocale) => Promise<string>, titleKey?: MessageKey): Promise<void> {
    const locale = localeOf(req);
    res.set('Cache-Control', 'no-store').set('Content-Language', locale).set('Referrer-Policy', 'no-referrer');
    try {
      res.status(200).type('html').send(await render(locale));
    } catch (err) {
      if (err instanceof AppError && err.httpStatus === 404 && req.accepts(['json', 'html']) === 'html') {
        res.status(404).type('html').send(invalidLinkPage(locale, titleKey));
        return;
      }
      throw err;
    }
  }
}
