import { Body, Controller, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import type { Request, Response } from 'express';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { Public, setSessionCookie } from '@rapport/shared-auth';
import { AppError, ErrorCode } from '@rapport/shared-errors';
import { PublicLeadRateLimiter } from '@rapport/leads-api';
import { PORTAL_LINK_PURPOSES, SERVICE_LANGUAGES } from '@rapport/service-domain';
import { PortalAccessService } from '../services/portal-access.service';

export class PortalRegisterBody {
  @ApiProperty() @IsEmail({}, { message: 'Enter a valid email address.' }) @MaxLength(254) email: string;
  @ApiProperty({ description: 'Your name, as you would like to be greeted.' }) @IsString() @MaxLength(100) name: string;
  @ApiProperty({ description: '10 to 200 characters.' }) @IsString() @MaxLength(200) password: string;
  @ApiPropertyOptional({ enum: SERVICE_LANGUAGES }) @IsOptional() @IsIn(SERVICE_LANGUAGES) language?: string;
}

export class PortalEmailBody {
  @ApiProperty() @IsEmail({}, { message: 'Enter a valid email address.' }) @MaxLength(254) email: string;
}

export class PortalLinkBody {
  @ApiProperty({ description: 'The token of the link mailed to you.' }) @IsString() @MaxLength(300) token: string;
  @ApiPropertyOptional({ description: 'A password to sign in with from now on (10 to 200 characters); without one, sign in by mailed links.' }) @IsOptional() @IsString() @MaxLength(200) password?: string;
}

const CHECK_YOUR_MAIL = { status: 'check-your-email' } as const;

/**
 * The customer portal's way in (issue 19 item 4, ADR 0025), open to the internet: sign up, ask for
 * a sign-in link, and follow a mailed link (confirm an address, take up an invitation, sign in; a
 * password may be chosen then). Signing up and asking for a link answer the same whether the address
 * is known or not; every route shares the public forms' per-address limit.
 */
@ApiTags('public')
@Public()
@Controller('public/portal')
export class PublicPortalController {
  constructor(
    private readonly access: PortalAccessService,
    private readonly limiter: PublicLeadRateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('sign-up')
  @HttpCode(202)
  @ApiOperation({ summary: 'Sign up to the customer portal: a link to confirm the address is mailed (a known customer is mailed a sign-in link instead).' })
  @ApiAcceptedResponse({ description: '{ status: "check-your-email" }, whether or not the address was known.' })
  @ApiBadRequestResponse({ description: 'A field is not valid (`errors`).' })
  @ApiTooManyRequestsResponse({ description: 'Too many requests from this address (`RATE_LIMITED`); see Retry-After.' })
  async signUp(@Req() req: Request, @Body() body: PortalRegisterBody) {
    await this.limit(req);
    await this.access.register(body);
    return CHECK_YOUR_MAIL;
  }

  @Post('sign-in-link')
  @HttpCode(202)
  @ApiOperation({ summary: 'Mail a sign-in link (15 minutes, once) to a customer who uses the portal.' })
  @ApiAcceptedResponse({ description: '{ status: "check-your-email" }, whether or not the address was known.' })
  @ApiBadRequestResponse({ description: 'Not an email address.' })
  @ApiTooManyRequestsResponse({ description: 'Too many requests from this address (`RATE_LIMITED`); see Retry-After.' })
  async signInLink(@Req() req: Request, @Body() body: PortalEmailBody) {
    await this.limit(req);
    await this.access.requestSignInLink(body.email);
    return CHECK_YOUR_MAIL;
  }

  @Post('links')
  @HttpCode(200)
  @ApiOperation({ summary: 'Follow a mailed link (confirm the address, take up the invitation, or sign in), optionally choosing a password; signs you in (session cookie).' })
  @ApiOkResponse({ description: '{ signedIn: true, expiresAt }, with the session cookie.' })
  @ApiBadRequestResponse({ description: 'The link is not valid (any more), or the password will not do (`errors`).' })
  @ApiTooManyRequestsResponse({ description: 'Too many requests from this address (`RATE_LIMITED`); see Retry-After.' })
  async follow(@Req() req: Request, @Res({ passthrough: true }) res: Response, @Body() body: PortalLinkBody) {
    await this.limit(req);
    const session = await this.access.follow(body.token, PORTAL_LINK_PURPOSES, body.password ?? null, req.get('user-agent') ?? null);
    setSessionCookie(res, session.token, session.expiresAt, this.config);
    return { signedIn: true, expiresAt: session.expiresAt };
  }

  private async limit(req: Request): Promise<void> {
    const rate = await this.limiter.hit(req.ip ?? 'unknown');
    if (!rate.allowed) throw new AppError(ErrorCode.RateLimited, 'Too many submissions; please try again in a minute.', [], rate.retryAfterSeconds);
  }
}
