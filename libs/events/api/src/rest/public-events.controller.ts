import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AppValidationPipe } from '@rapport/shared-api';
import { Public } from '@rapport/shared-auth';
import { AppError, ErrorCode } from '@rapport/shared-errors';
import { PublicLeadRateLimiter } from '@rapport/leads-api';
import { PublicRegistrationInput } from '../models/public-registration.input';
import { RegistrationService } from '../services/registration.service';

/**
 * Registration, open to the internet (no login). A registration is stored with its confirmation's
 * mail row and job before the answer says so; the same address registering again gets its
 * registration back (200, not a duplicate). Shares web-to-lead's per-client rate limit: both are
 * one person typing into a form.
 */
@ApiTags('public')
@Public()
@Controller('public')
export class PublicEventsController {
  private readonly validation = new AppValidationPipe();

  constructor(
    private readonly registrations: RegistrationService,
    private readonly limiter: PublicLeadRateLimiter,
  ) {}

  @Post('events/:id/registrations')
  @HttpCode(201)
  @ApiOperation({ summary: 'Register for an event. JSON or application/x-www-form-urlencoded.' })
  @ApiConsumes('application/json', 'application/x-www-form-urlencoded')
  @ApiBody({ type: PublicRegistrationInput })
  @ApiCreatedResponse({ description: '{ status: "registered" | "waitlisted", reference } — stored, confirmation queued. 200 with the same shape when the address was already registered.' })
  @ApiBadRequestResponse({ description: 'The registration is not valid; `errors` lists each field.' })
  @ApiTooManyRequestsResponse({ description: 'Too many submissions from this address (`RATE_LIMITED`); see Retry-After.' })
  async register(@Param('id', new ParseUUIDPipe()) id: string, @Req() req: Request, @Res() res: Response, @Body() body: unknown) {
    const rate = await this.limiter.hit(req.ip ?? 'unknown');
    if (!rate.allowed) throw new AppError(ErrorCode.RateLimited, 'Too many submissions; please try again in a minute.', [], rate.retryAfterSeconds);
    const input = (await this.validation.transform(body ?? {}, { type: 'body', metatype: PublicRegistrationInput })) as PublicRegistrationInput;
    const { registration, created } = await this.registrations.register(id, input);
    return res.status(created ? 201 : 200).json({ status: registration.status, reference: registration.id });
  }

  @Post('registrations/:token/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel a registration through the signed link in its mail.' })
  @ApiOkResponse({ description: '{ status: "cancelled" }' })
  async cancel(@Param('token') token: string) {
    const r = await this.registrations.cancel(token);
    return { status: r.status };
  }

  @Get('registrations/:token')
  @ApiOperation({ summary: 'The registration a self-service link opens.' })
  async show(@Param('token') token: string) {
    const r = await this.registrations.byToken(token);
    return { status: r.status, eventId: r.eventId, firstName: r.firstName, lastName: r.lastName };
  }
}
