import { ArgumentsHost, BadRequestException, Catch, ExceptionFilter, HttpException, Logger, ValidationError } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { GraphQLError, GraphQLFormattedError, Kind } from 'graphql';
import { AppError, ErrorCode, FieldError, httpStatusOf, lookupMessage, MessageParams, msg, SERVER_MESSAGES } from '@rapport/shared-errors';
import { databaseUnavailableError, fromDatabaseError } from './database-errors';

/**
 * One mapping from anything thrown to the public error shape: GraphQL `extensions.code`,
 * `extensions.messageKey`/`params` and `extensions.fields`, REST `application/problem+json` with
 * the same members. Unknown errors become INTERNAL with a generic message; the details go to the
 * log, never to the client.
 */
const logger = new Logger('Errors');

/** Logged when the database, not a validator, refused a client's value (the fuzz suite fails on it). */
export const UNCHECKED_INPUT_LOG = 'client input reached the database unchecked';

const STATUS_TO_CODE: Record<number, ErrorCode> = {
  400: ErrorCode.ValidationFailed,
  401: ErrorCode.Unauthenticated,
  403: ErrorCode.Forbidden,
  404: ErrorCode.NotFound,
  409: ErrorCode.Conflict,
  413: ErrorCode.ValidationFailed,
  429: ErrorCode.RateLimited,
  503: ErrorCode.Unavailable,
};

/**
 * What each class-validator constraint's values mean, as message params: `@MaxLength(200)` → `{ max: 200 }`.
 * Constraints not listed carry no params.
 */
const CONSTRAINT_PARAMS: Record<string, (c: unknown[]) => MessageParams> = {
  maxLength: ([max]) => ({ max: Number(max) }),
  minLength: ([min]) => ({ min: Number(min) }),
  isLength: ([min, max]) => ({ min: Number(min), ...(max === undefined ? {} : { max: Number(max) }) }),
  min: ([min]) => ({ min: Number(min) }),
  max: ([max]) => ({ max: Number(max) }),
  arrayMaxSize: ([max]) => ({ max: Number(max) }),
  arrayMinSize: ([min]) => ({ min: Number(min) }),
  isDecimal: ([scale]) => ({ scale: Number(scale) }),
  isIn: ([values]) => ({ values: Array.isArray(values) ? values.join(', ') : String(values) }),
};

/** The values a constraint was declared with on the failing property (`[200]` for `@MaxLength(200)`). */
function constraintValues(e: ValidationError, constraint: string): unknown[] {
  const target = e.target?.constructor;
  if (!target) return [];
  const meta = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .find((m) => m.propertyName === e.property && m.name === constraint);
  return meta?.constraints ?? [];
}

/**
 * The key of one class-validator message: a custom message the catalogue knows word for word keeps
 * its own key ("Choose a team."); otherwise the constraint names it (`isUuid`, `maxLength` with
 * `{ max }`), and a length rule on an empty value says that it is empty.
 */
function constraintMessage(e: ValidationError, constraint: string, message: string): FieldError {
  const known = lookupMessage(message, true);
  if (known) return { path: '', message, messageKey: known.messageKey };
  if ((constraint === 'isLength' || constraint === 'minLength') && e.value === '') return { path: '', message, messageKey: 'validation.isNotEmpty' };
  const key = `validation.${constraint}`;
  const messageKey = key in SERVER_MESSAGES ? key : 'validation.invalid';
  const params = messageKey === key ? CONSTRAINT_PARAMS[constraint]?.(constraintValues(e, constraint)) : undefined;
  return { path: '', message, messageKey, ...(params ? { params } : {}) };
}

/** Flattens class-validator errors into `{ path, message, messageKey, params }` with dotted paths from `root`. */
export function validationFieldErrors(errors: ValidationError[], root: string): FieldError[] {
  const out: FieldError[] = [];
  const walk = (list: ValidationError[], prefix: string) => {
    for (const e of list) {
      const path = prefix ? `${prefix}.${e.property}` : e.property;
      for (const [constraint, message] of Object.entries(e.constraints ?? {})) out.push({ ...constraintMessage(e, constraint, message), path });
      if (e.children?.length) walk(e.children, path);
    }
  };
  walk(errors, root);
  return out;
}

/** The translation members of an error: `messageKey`, and `params` when it has any (GraphQL extensions, problem+json members). */
export function messageMembers(err: { messageKey: string; params: MessageParams }): { messageKey: string; params?: MessageParams } {
  return { messageKey: err.messageKey, ...(Object.keys(err.params).length ? { params: err.params } : {}) };
}

/** RFC 9457 problem details for an error, with the same code, key and field errors as GraphQL's extensions. */
export function problemDetails(err: AppError, instance: string | undefined, status = httpStatusOf(err.code)) {
  return {
    type: `https://rapport.dev/problems/${err.code.toLowerCase().replace(/_/g, '-')}`,
    title: err.message,
    status,
    code: err.code,
    ...messageMembers(err),
    instance,
    ...(err.fields.length ? { errors: err.fields } : {}),
  };
}

/** Normalises any thrown value to an AppError. */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof HttpException) {
    const status = err.getStatus();
    const code = STATUS_TO_CODE[status] ?? (status >= 500 ? ErrorCode.Internal : ErrorCode.ValidationFailed);
    const body = err.getResponse();
    const message = typeof body === 'object' && body && 'message' in body ? String((body as { message: unknown }).message) : err.message;
    if (code === ErrorCode.Internal) {
      // A 5xx the framework raised is as much a bug as any other: name its cause in the log.
      logger.error(`HTTP ${status} from the framework: ${err.stack ?? err.message}`);
      return new AppError(code, msg('errors.internal'));
    }
    return new AppError(code, message);
  }
  const unavailable = databaseUnavailableError(err);
  if (unavailable) {
    logger.warn(`database unavailable: ${err instanceof Error ? err.message : String(err)}`);
    return unavailable;
  }
  const fromDatabase = fromDatabaseError(err);
  if (fromDatabase) {
    logger.warn(`${UNCHECKED_INPUT_LOG}: ${err instanceof Error ? err.message : String(err)}`);
    return fromDatabase;
  }
  if (isBodyParserError(err)) {
    return new AppError(ErrorCode.ValidationFailed, msg(err.status === 413 ? 'errors.bodyTooLarge' : 'errors.bodyUnparsable'));
  }
  logger.error(err instanceof Error ? err.stack ?? err.message : String(err));
  return new AppError(ErrorCode.Internal, msg('errors.internal'));
}

function isBodyParserError(err: unknown): err is { status: number; type: string } {
  return typeof err === 'object' && err !== null && 'type' in err && 'status' in err && typeof (err as { status: unknown }).status === 'number';
}

/** Apollo `formatError`: our own errors are mapped; GraphQL's syntax/validation codes pass through. */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError : error;
  const ownCode = formatted.extensions?.code;
  const ours = original instanceof AppError || original instanceof HttpException;
  // Variable coercion errors (e.g. an unknown input field) reach us from graphql-js without a path
  // and, under Apollo 5, marked INTERNAL_SERVER_ERROR: they are the caller's mistake, and safe to show.
  const requestError = !ours && !formatted.path && (original === undefined || original instanceof GraphQLError);
  if (!ours && typeof ownCode === 'string' && (ownCode !== 'INTERNAL_SERVER_ERROR' || requestError)) {
    // Parse/validation/variable errors from graphql-js and Apollo: already safe and specific.
    // Our own validation rules (depth limit) carry a more precise code underneath Apollo's.
    const inner = original instanceof GraphQLError ? original.extensions?.code : undefined;
    const code = typeof inner === 'string' ? inner : ownCode === 'INTERNAL_SERVER_ERROR' ? 'BAD_USER_INPUT' : ownCode;
    const sources = [error, original].filter((e): e is GraphQLError => e instanceof GraphQLError);
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code, ...requestErrorMessage(code, sources) } };
  }
  const appError = toAppError(original ?? error);
  return {
    message: appError.message,
    path: formatted.path,
    locations: formatted.locations,
    extensions: {
      code: appError.code,
      ...messageMembers(appError),
      ...(appError.fields.length ? { fields: appError.fields } : {}),
      ...(appError.retryAfterSeconds ? { retryAfterSeconds: appError.retryAfterSeconds } : {}),
    },
  };
}

/**
 * The key of a GraphQL request error (the operation never ran), so a client can say it in the
 * person's language; graphql-js's English stays the message, for integrators. The offending name
 * comes from the error's AST nodes, never from reading the English: a Field, Argument or Variable
 * node names what the validation rule or the variable coercion complained about. Our own limits
 * (depth, cost) put their key in the extensions themselves.
 */
export function requestErrorMessage(code: string, errors: readonly GraphQLError[]): { messageKey: string; params?: MessageParams } {
  for (const e of errors) {
    const key = e.extensions?.['messageKey'];
    if (typeof key === 'string' && key in SERVER_MESSAGES) {
      const params = e.extensions?.['params'];
      return { messageKey: key, ...(params && typeof params === 'object' ? { params: params as MessageParams } : {}) };
    }
  }
  const node = errors.flatMap((e) => e.nodes ?? [])[0];
  if (code === 'GRAPHQL_PARSE_FAILED') return { messageKey: 'request.querySyntax' };
  if (code === 'BAD_USER_INPUT') {
    const variable = node?.kind === Kind.VARIABLE_DEFINITION ? node.variable.name.value : node?.kind === Kind.VARIABLE ? node.name.value : undefined;
    return variable ? { messageKey: 'request.invalidVariable', params: { variable } } : { messageKey: 'request.invalidVariables' };
  }
  if (code === 'GRAPHQL_VALIDATION_FAILED') {
    if (node?.kind === Kind.FIELD) return { messageKey: 'request.invalidQueryField', params: { field: node.name.value } };
    if (node?.kind === Kind.ARGUMENT) return { messageKey: 'request.invalidQueryArgument', params: { argument: node.name.value } };
    if (node?.kind === Kind.VARIABLE_DEFINITION) return { messageKey: 'request.invalidQueryVariable', params: { variable: node.variable.name.value } };
    if (node?.kind === Kind.VARIABLE) return { messageKey: 'request.invalidQueryVariable', params: { variable: node.name.value } };
    return { messageKey: 'request.invalidQuery' };
  }
  if (code === ErrorCode.QueryTooComplex) return { messageKey: 'errors.queryTooComplex' };
  return { messageKey: 'request.invalidRequest' };
}

/** Express error handler for failures before Nest sees the request (malformed JSON, oversized bodies). */
export function problemDetailsMiddleware(err: unknown, req: { originalUrl?: string }, res: { status: (n: number) => { type: (t: string) => { json: (b: unknown) => void } } }, next: (e?: unknown) => void) {
  if (!isBodyParserError(err)) return next(err);
  const appError = toAppError(err);
  const status = err.status === 413 ? 413 : 400;
  res.status(status).type('application/problem+json').json(problemDetails(appError, req.originalUrl, status));
}

/** REST errors as RFC 9457 problem details; GraphQL requests pass through to `formatGraphQLError`. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType<string>() === 'graphql') throw exception;
    const res = host.switchToHttp().getResponse();
    const req = host.switchToHttp().getRequest();
    const err = toAppError(exception);
    if (err.retryAfterSeconds) res.setHeader('Retry-After', String(err.retryAfterSeconds));
    res.status(httpStatusOf(err.code)).type('application/problem+json').json(problemDetails(err, req?.originalUrl));
  }
}

/** ValidationPipe `exceptionFactory`: class-validator results become a VALIDATION_FAILED AppError. */
export function validationExceptionFactory(errors: ValidationError[]): AppError {
  return AppError.validation(validationFieldErrors(errors, ''));
}

export { BadRequestException };
