import { LocalizedText, lookupMessage, MessageParams, msg, objectKeyOf } from './message-lookup';

/**
 * Stable error codes. Integrators switch on these (GraphQL `extensions.code`, REST `code`),
 * so a code is never renamed once published; add new ones instead.
 */
export enum ErrorCode {
  ValidationFailed = 'VALIDATION_FAILED',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
  RateLimited = 'RATE_LIMITED',
  QueryTooComplex = 'QUERY_TOO_COMPLEX',
  Internal = 'INTERNAL',
  /** The database is out of reach (restarting, failing over): try again shortly (503 with Retry-After). */
  Unavailable = 'UNAVAILABLE',
}

export interface FieldError {
  /** Path of the offending field inside the input, e.g. `input.email` or `filter.and.0.name`. */
  path: string;
  message: string;
  /** Catalogue key (libs/shared/errors/src/messages.ts) a client translates; absent when the message has none. */
  messageKey?: string;
  params?: MessageParams;
}

const HTTP_STATUS: Record<ErrorCode, number> = {
  [ErrorCode.ValidationFailed]: 400,
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.Conflict]: 409,
  [ErrorCode.RateLimited]: 429,
  [ErrorCode.QueryTooComplex]: 400,
  [ErrorCode.Internal]: 500,
  [ErrorCode.Unavailable]: 503,
};

/** The key of an error whose own message the catalogue does not know: what its code means, in general. */
const GENERIC_KEY = {
  [ErrorCode.ValidationFailed]: 'errors.validationFailed',
  [ErrorCode.Unauthenticated]: 'errors.unauthenticated',
  [ErrorCode.Forbidden]: 'errors.forbidden',
  [ErrorCode.NotFound]: 'errors.notFoundAny',
  [ErrorCode.Conflict]: 'errors.conflict',
  [ErrorCode.RateLimited]: 'errors.rateLimited',
  [ErrorCode.QueryTooComplex]: 'errors.queryTooComplex',
  [ErrorCode.Internal]: 'errors.internal',
  [ErrorCode.Unavailable]: 'errors.unavailable',
} as const satisfies Record<ErrorCode, Parameters<typeof msg>[0]>;

/** A field error with its key: the one given, else the catalogue's for its text, else none. */
function keyedField(f: FieldError): FieldError {
  if (f.messageKey) return f;
  const found = lookupMessage(f.message);
  return found ? { ...f, messageKey: found.messageKey, ...(found.params ? { params: found.params } : {}) } : f;
}

/**
 * The one exception type domain code throws; the API layer maps it to GraphQL and HTTP errors.
 * Besides the English `message` it carries a `messageKey` and `params` for clients that show it
 * in another language, found from the message when the thrower passes plain English.
 */
export class AppError extends Error {
  readonly messageKey: string;
  readonly params: MessageParams;
  readonly fields: FieldError[];

  constructor(
    readonly code: ErrorCode,
    message: string | LocalizedText,
    fields: FieldError[] = [],
    readonly retryAfterSeconds?: number,
  ) {
    const text = typeof message === 'string' ? (lookupMessage(message) ?? { message, messageKey: GENERIC_KEY[code] }) : message;
    super(text.message);
    this.name = 'AppError';
    this.messageKey = text.messageKey;
    this.params = text.params ?? {};
    this.fields = fields.map(keyedField);
  }

  get httpStatus(): number {
    return HTTP_STATUS[this.code];
  }

  static validation(fields: FieldError[], message: string | LocalizedText = msg('errors.validationFailed')): AppError {
    return new AppError(ErrorCode.ValidationFailed, message, fields);
  }

  /** `what` as people read it ("The API key"); `object` names it for translation when it can't be derived from that. */
  static notFound(what: string, object = objectKeyOf(what)): AppError {
    return new AppError(ErrorCode.NotFound, msg('errors.notFound', { object }, `${what} was not found.`));
  }

  static forbidden(message: string | LocalizedText = msg('errors.forbidden')): AppError {
    return new AppError(ErrorCode.Forbidden, message);
  }

  static unauthenticated(message: string | LocalizedText = msg('errors.unauthenticated')): AppError {
    return new AppError(ErrorCode.Unauthenticated, message);
  }
}

export function httpStatusOf(code: ErrorCode): number {
  return HTTP_STATUS[code];
}
