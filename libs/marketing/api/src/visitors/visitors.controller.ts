import { createHash } from 'node:crypto';
import { Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiPayloadTooLargeResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { problemDetails } from '@rapport/shared-api';
import { Public } from '@rapport/shared-auth';
import { AppError, ErrorCode, msg } from '@rapport/shared-errors';
import { PAGE_VIEW_MAX_BODY_BYTES } from '@rapport/marketing-domain';
import { PageViewIngestService } from './page-view-ingest.service';
import { VISITOR_SCRIPT } from './visitor-script';

const SCRIPT_ETAG = `"${createHash('sha256').update(VISITOR_SCRIPT).digest('base64url').slice(0, 16)}"`;

class BodyTooLarge extends Error {}

/** Reads a text/plain body (what sendBeacon sends) up to the cap, counted on the bytes as they arrive. */
async function readText(req: Request, cap: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > cap) throw new BodyTooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The web-visitor tracking script and the endpoint it sends page views to (issue 16 item 6), open
 * to the internet. Every refusal is a 4xx problem+json naming the fields (400), the size (413) or
 * the rate (429 with Retry-After); a bot gets the same 200 as a person.
 */
@ApiTags('public')
@Public()
@Controller('public')
export class VisitorsController {
  constructor(private readonly ingest: PageViewIngestService) {}

  @Get('visitors.js')
  @ApiOperation({ summary: 'The tracking script sites embed (first-party cookie, Do Not Track and consent respected; see the marketing README).' })
  @ApiOkResponse({ description: 'JavaScript, cacheable for an hour.', content: { 'application/javascript': { schema: { type: 'string' } } } })
  script(@Req() req: Request, @Res() res: Response) {
    res.set({
      'Content-Type': 'application/javascript; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
      ETag: SCRIPT_ETAG,
      // Loaded by other sites' pages: helmet's same-origin default would make browsers refuse it.
      'Cross-Origin-Resource-Policy': 'cross-origin',
    });
    if (req.headers['if-none-match'] === SCRIPT_ETAG) return res.status(304).end();
    res.status(200).send(VISITOR_SCRIPT);
  }

  @Post('page-views')
  @HttpCode(200)
  @ApiOperation({ summary: 'Page views from the tracking script: { visitorId, views: [{ url, title, referrer, ageMs }] (1–50), identity? }. JSON, or the same JSON as text/plain (sendBeacon).' })
  @ApiConsumes('application/json', 'text/plain')
  @ApiBody({ schema: { type: 'object', required: ['visitorId', 'views'], properties: { visitorId: { type: 'string', format: 'uuid' }, views: { type: 'array', maxItems: 50, items: { type: 'object', required: ['url'], properties: { url: { type: 'string' }, title: { type: 'string' }, referrer: { type: 'string' }, ageMs: { type: 'integer' } } } }, identity: { type: 'string' } } } })
  @ApiOkResponse({ description: '{ status: "accepted", stored } — the views are stored (none for a bot).' })
  @ApiBadRequestResponse({ description: 'Not a valid batch; `errors` lists each field.' })
  @ApiPayloadTooLargeResponse({ description: `Bodies over ${PAGE_VIEW_MAX_BODY_BYTES / 1024} KB.` })
  @ApiTooManyRequestsResponse({ description: 'Too many batches from this address (`RATE_LIMITED`); see Retry-After.' })
  async pageViews(@Req() req: Request, @Res() res: Response) {
    // Answers never need to be read by the site's page (sendBeacon ignores them), so no CORS headers:
    // nothing leaks to other origins. The resource policy lets the site's browser take the answer
    // at all: helmet's same-origin default makes it refuse it and print an error in the site's console.
    res.set({ 'Cache-Control': 'no-store', 'Cross-Origin-Resource-Policy': 'cross-origin' });
    let body: unknown = req.body;
    if (req.is('text/plain')) {
      try {
        body = parseJson(await readText(req, PAGE_VIEW_MAX_BODY_BYTES));
      } catch (err) {
        if (!(err instanceof BodyTooLarge)) throw err;
        const tooLarge = new AppError(ErrorCode.ValidationFailed, msg('errors.bodyTooLarge'));
        return res.status(413).type('application/problem+json').json(problemDetails(tooLarge, req.originalUrl, 413));
      }
    } else if (!req.is('application/json')) {
      throw AppError.validation([], msg('marketing.visitorContentType'));
    } else if (Number(req.headers['content-length'] ?? 0) > PAGE_VIEW_MAX_BODY_BYTES) {
      return res.status(413).type('application/problem+json').json(problemDetails(new AppError(ErrorCode.ValidationFailed, msg('errors.bodyTooLarge')), req.originalUrl, 413));
    }
    const result = await this.ingest.ingest(body, { address: req.ip ?? 'unknown', userAgent: req.get('user-agent') ?? null });
    res.status(200).json({ status: 'accepted', stored: result.stored });
  }
}

/** The body's JSON; unparsable text is a 400 like a malformed JSON body anywhere else. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError(ErrorCode.ValidationFailed, msg('errors.bodyUnparsable'));
  }
}
