import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import type { Request, Response } from 'express';
import { Actor, isNameLocale, NameLocale, negotiateLocale } from '@rapport/shared-domain';
import { AppError } from '@rapport/shared-errors';

/**
 * Per-request DataLoaders: relations resolve in one batched query per type per request (no N+1),
 * and the cache never outlives the request, so one user's loads never serve another's.
 */
export class Loaders {
  private readonly map = new Map<string, DataLoader<string, unknown>>();

  get<V>(key: string, batch: (ids: readonly string[]) => Promise<(V | null)[]>): DataLoader<string, V | null> {
    let loader = this.map.get(key);
    if (!loader) {
      loader = new DataLoader<string, unknown>((ids) => batch(ids), { maxBatchSize: 500 });
      this.map.set(key, loader);
    }
    return loader as DataLoader<string, V | null>;
  }
}

export interface RequestWithActor extends Request {
  actor?: Actor;
  requestId?: string;
  loaders?: Loaders;
  /** The signed-in person's stored language (set by the auth guard for sessions; API keys have none). */
  userLocale?: string | null;
}

export interface GqlContext {
  req: RequestWithActor;
  res: Response;
}

export function requestOf(context: ExecutionContext): RequestWithActor {
  if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getContext<GqlContext>().req;
  return context.switchToHttp().getRequest<RequestWithActor>();
}

export function responseOf(context: ExecutionContext): Response {
  if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getContext<GqlContext>().res;
  return context.switchToHttp().getResponse<Response>();
}

/** The signed-in actor of a request; guards guarantee it exists on non-public routes. */
function signedIn(req: RequestWithActor): Actor {
  if (!req.actor) throw AppError.unauthenticated();
  return req.actor;
}

/** The request's loaders, made on first use. */
function loadersOf(req: RequestWithActor): Loaders {
  return (req.loaders ??= new Loaders());
}

export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => signedIn(requestOf(context)));
export const RequestLoaders = createParamDecorator((_: unknown, context: ExecutionContext): Loaders => loadersOf(requestOf(context)));

/**
 * The same for field resolvers written with GraphQL's own arguments, `(parent, args, context)`, and
 * no parameter decorators: Nest binds such a method as a plain resolver. With decorators each call
 * goes through Nest's parameter pipeline (a promise and a validation-pipe call per parameter), which
 * allocated a quarter of a contacts page's memory for the fields every row resolves. Every field
 * resolver without arguments is written so (docs/adr/0027); those with `@Args` keep the decorators.
 */
export const actorIn = (context: GqlContext): Actor => signedIn(context.req);
export const loadersIn = (context: GqlContext): Loaders => loadersOf(context.req);

export const CurrentRequest = createParamDecorator((_: unknown, context: ExecutionContext) => requestOf(context));
export const CurrentResponse = createParamDecorator((_: unknown, context: ExecutionContext) => responseOf(context));

/**
 * The language a request reads configured names in (docs/adr/0010): the `Accept-Language` header
 * (the SPA sends its UI language), else the signed-in person's stored language; null (the
 * canonical names) for an API key or anyone else that did not ask.
 */
export function requestLocale(req: Pick<RequestWithActor, 'headers' | 'userLocale'> | undefined): NameLocale | null {
  if (!req) return null;
  const asked = negotiateLocale(req.headers?.['accept-language']);
  if (asked) return asked;
  return isNameLocale(req.userLocale) ? req.userLocale : null;
}

export const RequestLocale = createParamDecorator((_: unknown, context: ExecutionContext): NameLocale | null => requestLocale(requestOf(context)));
