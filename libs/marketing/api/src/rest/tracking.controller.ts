import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiFoundResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '@rapport/shared-auth';
import { negotiateLocale } from '@rapport/shared-domain';
import { AppError } from '@rapport/shared-errors';
import { invalidLinkPage } from './preference-pages';
import { TrackingService } from '../services/tracking.service';

// The smallest transparent GIF: 1×1, 43 bytes.
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const evidenceOf = (req: Request) => ({ ip: req.ip ?? null, userAgent: req.get('user-agent') ?? null });

/**
 * The open pixel and the click redirect of mailing messages (issue 15 item 7): public, no login,
 * the signed token in the path says which send and, for a click, where to. Never cached, so each
 * open reaches us; the pixel answers even for a token that is not ours (mail clients show a broken
 * image otherwise), the redirect answers 404 for one.
 */
@ApiTags('public')
@Public()
@Controller('public/t')
export class TrackingController {
  constructor(private readonly tracking: TrackingService) {}

  @Get('o/:token')
  @ApiOperation({ summary: 'Open pixel of a mailing message (a 1×1 GIF); records the open.' })
  @ApiOkResponse({ description: 'The pixel.' })
  async open(@Param('token') token: string, @Req() req: Request, @Res() res: Response) {
    await this.tracking.open(token, evidenceOf(req));
    res.set({ 'Content-Type': 'image/gif', 'Cache-Control': 'no-store, max-age=0', 'Content-Length': String(PIXEL.length) }).status(200).end(PIXEL);
  }

  @Get('c/:token')
  @ApiOperation({ summary: 'Click redirect of a link in a mailing message; records the click and redirects to the link’s destination.' })
  @ApiFoundResponse({ description: 'Redirect to the destination the signed token carries.' })
  @ApiNotFoundResponse({ description: 'Not a link of ours.' })
  async click(@Param('token') token: string, @Req() req: Request, @Res() res: Response) {
    // Some clients keep a sentence's full stop on a bare link in the plain-text part.
    const url = (await this.tracking.click(token, evidenceOf(req))) ?? (token.endsWith('.') ? await this.tracking.click(token.slice(0, -1), evidenceOf(req)) : null);
    res.set('Cache-Control', 'no-store');
    if (url) return res.redirect(302, url);
    // A browser gets the page that says so in its language; any other caller the usual problem+json 404.
    if (req.accepts(['json', 'html']) !== 'html') throw AppError.notFound('The link');
    res.status(404).type('html').send(invalidLinkPage(negotiateLocale(req.headers['accept-language']) ?? 'en', 'marketing.linkTitle'));
  }
}
