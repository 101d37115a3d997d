import { QueryFailedError } from 'typeorm';
import { AppError } from '@rapport/shared-errors';

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
