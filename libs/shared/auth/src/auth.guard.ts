import { CanActivate, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { requestOf } from '@rapport/shared-api';
import { AppError } from '@rapport/shared-errors';
import { AuthService } from './services/auth.service';
import type { Response } from 'express';
import type { AppConfig } from '@rapport/shared-config';

export const SESSION_COOKIE = 'rapport_session';

/** The session cookie as every sign-in sets it: httpOnly, same-site lax, secure behind https. */
export function setSessionCookie(res: Response, token: string, expiresAt: Date, config: Pick<AppConfig, 'publicOrigin'>): void {
  res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure: config.publicOrigin.startsWith('https://'), expires: expiresAt, path: '/' });
}
const IS_PUBLIC = 'rapport:public';

/** Marks a resolver or route as reachable without signing in (login, health, public forms). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

const OWN_BEARER = 'rapport:own-bearer';
/** The route checks `Authorization: Bearer` itself (a shared secret such as the metrics token): not an API key there. */
export const OwnBearerToken = () => SetMetadata(OWN_BEARER, true);

/**
 * Global guard: turns a session cookie or an API key into `req.actor`, then refuses
 * non-public handlers without one. Authorization per record happens in the repositories.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly auth: AuthService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = requestOf(context);
    if (!req.actor) {
      const ownBearer = this.reflector.getAllAndOverride<boolean>(OWN_BEARER, [context.getHandler(), context.getClass()]);
      const header = ownBearer ? undefined : req.headers?.authorization;
      if (header?.startsWith('Bearer ')) {
        const actor = await this.auth.actorFromApiKey(header.slice(7).trim());
        if (!actor) throw AppError.unauthenticated('The API key is not valid, has expired or was revoked.');
        req.actor = actor;
      } else {
        const token = req.cookies?.[SESSION_COOKIE];
        if (typeof token === 'string' && token) {
          const session = await this.auth.actorFromSession(token);
          if (session) {
            req.actor = session.actor;
            req.userLocale = session.locale;
            (req as { sessionId?: string }).sessionId = session.sessionId;
          }
        }
      }
    }
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (!isPublic && !req.actor) throw AppError.unauthenticated();
    return true;
  }
}
