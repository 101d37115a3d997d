import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Response } from 'express';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { Actor } from '@rapport/shared-domain';
import { CurrentActor, CurrentRequest, CurrentResponse, RequestWithActor } from '@rapport/shared-api';
import { Public, SESSION_COOKIE, setSessionCookie } from '../auth.guard';
import { LoginInput, LoginPayload, LogoutPayload, UpdateMyPreferencesInput, UpdateMyPreferencesPayload, User } from '../models/user.model';
import { AuthService } from '../services/auth.service';
import { UsersService } from '../services/users.service';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Mutation(() => LoginPayload)
  async login(@Args('input') input: LoginInput, @CurrentRequest() req: RequestWithActor, @CurrentResponse() res: Response): Promise<LoginPayload> {
    const { user, token, expiresAt } = await this.auth.login(input.email, input.password, req.ip ?? 'unknown', req.headers['user-agent'] ?? null);
    setSessionCookie(res, token, expiresAt, this.config);
    // The rest of this request (e.g. `login { user { team } }`) runs as the new user.
    req.actor = await this.auth.actorFor(user.id, user.role, user.teamId);
    return { user };
  }

  @Public()
  @Mutation(() => LogoutPayload)
  async logout(@CurrentRequest() req: RequestWithActor & { sessionId?: string }, @CurrentResponse() res: Response): Promise<LogoutPayload> {
    await this.auth.logout(req.sessionId);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  }

  @Query(() => User, { description: 'The signed-in user (or the user an API key acts as).' })
  me(@CurrentActor() actor: Actor) {
    return this.users.me(actor);
  }

  @Mutation(() => UpdateMyPreferencesPayload)
  async updateMyPreferences(@CurrentActor() actor: Actor, @Args('input') input: UpdateMyPreferencesInput) {
    return { user: await this.users.updatePreferences(actor, input.locale) };
  }
}
