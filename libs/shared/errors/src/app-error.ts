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

/** The one exception type domain code throws; the API layer maps it to GraphQL and HTTP errors. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldError[] = [],
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'AppError';
  }

  get httpStatus(): number {
    return HTTP_STATUS[this.code];
  }

  static validation(fields: FieldError[], message = 'The input is not valid.'): AppError {
    return new AppError(ErrorCode.ValidationFailed, message, fields);
  }

  static notFound(what: string): AppError {
    return new AppError(ErrorCode.NotFound, `${what} was not found.`);
  }

  static forbidden(message = 'You are not allowed to do this.'): AppError {
    return new AppError(ErrorCode.Forbidden, message);
  }

  static unauthenticated(message = 'Please sign in.'): AppError {
    return new AppError(ErrorCode.Unauthenticated, message);
  }
}

export function httpStatusOf(code: ErrorCode): number {
  return HTTP_STATUS[code];
}
