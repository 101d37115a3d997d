import { QueryFailedError, QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { AppError, ErrorCode } from '@rapport/shared-errors';

/**
 * The last line behind input validation: when a value from a client still reaches PostgreSQL and
 * is refused there for what it is (not a number the column holds, a reference to nothing, text
 * that is not text), the caller gets a 400 saying so instead of an INTERNAL error. Each such case
 * is still logged, because it means a validator is missing where the value came in. Errors that
 * may be our own mistakes (NOT NULL, unique, check constraints) are not guessed at here.
 */
const DATA_ERRORS: Record<string, string> = {
  '22001': 'A value is too long for its field.',
  '22003': 'A number is too large to store.',
  '22007': 'A date or time is not valid.',
  '22008': 'A date or time is out of range.',
  '22021': 'A text value contains characters that cannot be stored.',
  '22P02': 'A value has the wrong form for its field.',
  '22P05': 'A text value contains characters that cannot be stored.',
};

/** `Key (parent_account_id)=(…) is not present in table "account".` → `parentAccountId`. */
function referencedField(detail: string | undefined): string | null {
  const column = /^Key \(([a-z0-9_]+)\)=/.exec(detail ?? '')?.[1];
  return column ? column.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase()) : null;
}

export function fromDatabaseError(err: unknown): AppError | null {
  if (!(err instanceof QueryFailedError)) return null;
  const driver = err.driverError as { code?: string; detail?: string };
  const code = driver?.code ?? '';
  if (code === '23503') {
    const field = referencedField(driver.detail);
    // A delete blocked by rows that still refer to the record is a conflict, not bad input; leave it.
    if (!/is not present in table/.test(driver.detail ?? '')) return null;
    return AppError.validation(field ? [{ path: field, message: 'This record does not exist.' }] : [], 'A record this refers to does not exist.');
  }
  if (code === '23502') {
    // An update that sends null for a column that cannot be empty (and that no validator caught).
    const column = (err.driverError as { column?: string }).column;
    const field = column ? column.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase()) : null;
    return AppError.validation(field ? [{ path: field, message: 'This field cannot be empty.' }] : [], 'A required value is missing.');
  }
  const message = DATA_ERRORS[code];
  return message ? AppError.validation([], message) : null;
}

/** Seconds a client is asked to wait (Retry-After) while the database is out of reach: a restart or failover. */
export const DATABASE_UNAVAILABLE_RETRY_SECONDS = 5;

// Socket errors from reaching the server at all, and SQLSTATEs that mean "the server or this
// connection went away", not "this statement was wrong": class 08 (connection exception),
// 57P01–57P03 (shut down by an administrator, crashed, starting up or shutting down), 53300 (too
// many connections).
const UNREACHABLE_SOCKET = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[123]|53300)$/;
// node-postgres reports a connection lost mid-query or a pool that could not connect in time without a code.
const UNREACHABLE_MESSAGE = /^(Connection terminated( unexpectedly| due to connection timeout)?|timeout exceeded when trying to connect|Client has encountered a connection error and is not queryable)$/;

/**
 * While PostgreSQL restarts or fails over, every request that needs it fails. That is not the
 * request's fault and not a bug: the caller gets 503 UNAVAILABLE with Retry-After (a load balancer
 * or a web form knows to retry) instead of a 500 INTERNAL that reads as a bug and pages someone.
 * Checked before the other mappings, on the error and on its driver error.
 */
export function databaseUnavailableError(err: unknown): AppError | null {
  // TypeORM releases a transaction's query runner when its connection emits an error (the server
  // went away between two statements); the transaction's next statement then throws this.
  // Its sibling: a statement on a query runner that TypeORM already released for the same reason.
  if (err instanceof QueryRunnerProviderAlreadyReleasedError || err instanceof QueryRunnerAlreadyReleasedError) return unavailable();
  const candidates = [err, err instanceof QueryFailedError ? err.driverError : undefined];
  for (const e of candidates) {
    if (!e || typeof e !== 'object') continue;
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (
      (typeof code === 'string' && (UNREACHABLE_SOCKET.has(code) || UNAVAILABLE_SQLSTATE.test(code))) ||
      (typeof message === 'string' && UNREACHABLE_MESSAGE.test(message))
    ) {
      return unavailable();
    }
  }
  return null;
}

function unavailable(): AppError {
  return new AppError(ErrorCode.Unavailable, 'The service is briefly unavailable; please try again shortly.', [], DATABASE_UNAVAILABLE_RETRY_SECONDS);
}
