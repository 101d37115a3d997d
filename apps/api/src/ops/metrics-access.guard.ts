import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { createHash, timingSafeEqual } from 'node:crypto';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { requestOf } from '@rapport/shared-api';
import { Role } from '@rapport/shared-domain';
import { AppError } from '@rapport/shared-errors';

export type MetricsAccess = 'allowed' | 'unauthenticated' | 'forbidden';

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * Who may read /api/metrics: a scraper presenting the configured token, or a signed-in admin.
 * Metrics name routes, queue sizes and the process's memory, which is reconnaissance for an
 * attacker, so nobody else. A bearer that is presented but wrong is refused outright, even with a
 * session beside it: a misconfigured scraper should fail loudly, not ride on a cookie.
 */
export function metricsAccess(configuredToken: string | null, authorization: string | undefined, sessionRole: Role | undefined): MetricsAccess {
  const bearer = authorization?.startsWith('Bearer ') ? authorization.slice(7).trim() : undefined;
  if (bearer !== undefined) {
    // Compare digests: equal length, constant time, so the token can't be guessed byte by byte.
    return configuredToken !== null && timingSafeEqual(digest(bearer), digest(configuredToken)) ? 'allowed' : 'unauthenticated';
  }
  if (sessionRole === undefined) return 'unauthenticated';
  return sessionRole === Role.Admin ? 'allowed' : 'forbidden';
}

/** Applies `metricsAccess`; the route is `@Public()` + `@OwnBearerToken()` so the global guard leaves the token to it. */
@Injectable()
export class MetricsAccessGuard implements CanActivate {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const req = requestOf(context);
    const header = req.headers?.authorization;
    const access = metricsAccess(this.config.metricsToken, typeof header === 'string' ? header : undefined, req.actor?.role);
    if (access === 'unauthenticated') throw AppError.unauthenticated('Sign in as an administrator, or send the metrics token as a bearer token.');
    if (access === 'forbidden') throw AppError.forbidden('Only administrators may read the metrics.');
    return true;
  }
}
