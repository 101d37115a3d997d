import { CustomerIdentities } from './customer-identities';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { Actor, Role } from '@rapport/shared-domain';
import { LoginAttemptEntity, SessionEntity, teamSubtree, UserEntity, writeAudit } from '@rapport/shared-database';
import { AppError, ErrorCode } from '@rapport/shared-errors';
import { normalizeEmail } from '@rapport/shared-util';
import { ApiKeysRepository, LoginAttemptsRepository, SessionsRepository, UsersRepository } from './repositories';
import { dummyPasswordHash, parseApiKey, secretMatches, verifyPassword } from './secrets';

interface SessionClaims {
  sid: string;
  sub: string;
}

/** Sign-in, sessions and API-key authentication. Every path ends in an `Actor`. */
@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jwt: JwtService,
    private readonly users: UsersRepository,
    private readonly apiKeys: ApiKeysRepository,
    private readonly sessions: SessionsRepository,
    private readonly attempts: LoginAttemptsRepository,
    private readonly customers: CustomerIdentities,
  ) {}

  /** Verifies credentials under a per-email and per-address failure limit; returns the user and a session token. */
  async login(emailRaw: string, password: string, ip: string, userAgent: string | null) {
    const email = normalizeEmail(emailRaw);
    const attemptId = await this.recordAttempt(email, ip);

    const user = await this.users.findWithPasswordHash(email);
    const ok = user ? await verifyPassword(user.passwordHash, password) : await verifyPassword(await dummyPasswordHash(), password);
    if (ok && user?.active) await this.ds.getRepository(LoginAttemptEntity).update({ id: attemptId }, { succeeded: true });

    // One message for unknown email, wrong password and inactive user: don't reveal which accounts exist.
    if (!user || !ok || !user.active) throw new AppError(ErrorCode.Unauthenticated, 'The email or password is not correct.');

    return this.startSession(user, userAgent);
  }

  /**
   * A session for someone who proved who they are another way (a customer following the link mailed
   * to them, ADR 0025): as `login` after the password, for an active user only.
   */
  async sessionWithoutPassword(userId: string, userAgent: string | null): Promise<{ user: UserEntity; token: string; expiresAt: Date } | null> {
    const user = await this.ds.getRepository(UserEntity).findOneBy({ id: userId });
    return user?.active ? this.startSession(user, userAgent) : null;
  }

  private async startSession(user: Pick<UserEntity, 'id' | 'role' | 'teamId'>, userAgent: string | null) {
    const expiresAt = new Date(Date.now() + this.config.sessionTtlHours * 3600_000);
    const token = await this.ds.transaction(async (manager) => {
      const session = await manager.save(manager.create(SessionEntity, { userId: user.id, expiresAt, userAgent: userAgent?.slice(0, 300) ?? null }));
      await manager.update(UserEntity, { id: user.id }, { lastLoginAt: new Date() });
      await writeAudit(manager, { userId: user.id, role: user.role, teamId: user.teamId, teamIds: [] }, { entityType: 'user', entityId: user.id, action: 'login' });
      return this.jwt.signAsync({ sid: session.id, sub: user.id } satisfies SessionClaims, { expiresIn: this.config.sessionTtlHours * 3600 });
    });
    const fresh = await this.ds.getRepository(UserEntity).findOneByOrFail({ id: user.id });
    return { user: fresh, token, expiresAt };
  }

  /**
   * Checks the per-email and per-address failure limits and records this attempt as a failure in
   * one transaction, before the password is verified (login marks it a success afterwards): so
   * simultaneous guesses, on any number of API processes, cannot all pass a check that none of
   * them has yet counted in.
   */
  private async recordAttempt(email: string, ip: string): Promise<string> {
    const windowStart = new Date(Date.now() - this.config.loginWindowMinutes * 60_000);
    return this.ds.transaction(async (m) => {
      // Attempts for the same email or address queue here for a few milliseconds, so the count
      // below includes every attempt that got there first.
      await this.attempts.lock(m, `login-email:${email}`, `login-ip:${ip}`);
      const failures = await this.attempts.failuresSince(m, email, ip, windowStart);
      const max = this.config.loginMaxFailures;
      // Per address the limit is higher: an office behind one NAT shares it.
      if (failures.byEmail >= max || failures.byIp >= max * 4) {
        const oldest = failures.oldest?.getTime() ?? Date.now();
        const retryAfter = Math.max(1, Math.ceil((oldest + this.config.loginWindowMinutes * 60_000 - Date.now()) / 1000));
        throw new AppError(ErrorCode.RateLimited, 'Too many failed sign-in attempts. Try again later.', [], retryAfter);
      }
      return this.attempts.recordFailure(m, email, ip);
    });
  }

  async logout(sessionId: string | undefined): Promise<void> {
    if (sessionId) await this.ds.getRepository(SessionEntity).update({ id: sessionId }, { revokedAt: new Date() });
  }

  /** Session cookie → actor, or null when the token is missing, invalid, expired, revoked or the user is inactive. */
  async actorFromSession(token: string): Promise<{ actor: Actor; sessionId: string; locale: string } | null> {
    let claims: SessionClaims;
    try {
      claims = await this.jwt.verifyAsync<SessionClaims>(token);
    } catch {
      return null;
    }
    const row = await this.sessions.actorRow(claims.sid, claims.sub);
    if (!row) return null;
    const actor: Actor = { userId: row.id, role: row.role, teamId: row.team_id, teamIds: row.team_ids };
    if (row.role === Role.PortalUser) {
      // A customer acts as the contact they are; a login linked to none reaches nothing (the scope SQL fails closed).
      const customer = await this.customers.of(row.id);
      if (customer) actor.customer = customer;
    }
    // The person's language rides along: configured names fall back to it (shared-api requestLocale).
    return { actor, sessionId: claims.sid, locale: row.locale };
  }

  /** `Authorization: Bearer rk_…` → actor with the key's scopes, or null. */
  async actorFromApiKey(key: string): Promise<Actor | null> {
    const parsed = parseApiKey(key);
    if (!parsed) return null;
    const apiKey = await this.apiKeys.findWithSecret(parsed.prefix);
    if (!apiKey || !secretMatches(parsed.secret, apiKey.secretHash)) return null;
    if (apiKey.revokedAt || (apiKey.expiresAt && apiKey.expiresAt <= new Date()) || !apiKey.actsAs?.active) return null;
    await this.apiKeys.touchLastUsed(apiKey.id);
    const actor = await this.actorFor(apiKey.actsAs.id, apiKey.actsAs.role, apiKey.actsAs.teamId);
    return { ...actor, apiKeyScopes: apiKey.scopes, apiKeyId: apiKey.id };
  }

  async actorFor(userId: string, role: Actor['role'], teamId: string | null): Promise<Actor> {
    return { userId, role, teamId, teamIds: await teamSubtree(this.ds.manager, userId, teamId) };
  }
}
