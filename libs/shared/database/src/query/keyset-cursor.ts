import { createHash } from 'node:crypto';
import { CursorValue, isIsoDateTime, isUuid, textProblem } from '@rapport/shared-util';

/**
 * Keyset cursors bound to the order they were issued for. A cursor carries a short signature of its
 * sort keys (expression, direction, cast) ahead of the values, so one issued for another list or
 * another `orderBy` is refused instead of comparing a date with a score; and each value is checked
 * against the type it is cast to in SQL, so a forged cursor is a 400, never a database error.
 * Validation rather than an HMAC: the values are the row's own public sort keys, and a checked
 * value can only move the page start, which any client may do anyway.
 */
export interface CursorKey {
  column: string;
  direction: 'ASC' | 'DESC';
  cast?: string;
}

/** Long text sort keys (a name of a few thousand characters) still fit. */
const MAX_CURSOR_LENGTH = 16_384;
const INT4 = { min: -2_147_483_648, max: 2_147_483_647 };
// Plain or exponent notation (a custom number field's String(1e21)); the exponent bounded so it can't overflow numeric.
const NUMERIC = /^-?\d{1,40}(\.\d{1,40})?(e[+-]?\d{1,3})?$/i;
const SQL_DATE = /^(?!0000)\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const MAX_TEXT_KEY = 10_000;

export function orderSignature(keys: readonly CursorKey[]): string {
  const spec = keys.map((k) => `${k.column}\u0001${k.direction}\u0001${k.cast ?? ''}`).join('\u0002');
  return createHash('sha256').update(spec).digest('base64url').slice(0, 12);
}

const KNOWN_CASTS = new Set([undefined, 'uuid', 'timestamptz', 'date', 'int', 'integer', 'numeric']);

export function encodeKeysetCursor(keys: readonly CursorKey[], values: CursorValue[]): string {
  // Fails the first page, in the first test, rather than every second page in production.
  const unknown = keys.find((k) => !KNOWN_CASTS.has(k.cast));
  if (unknown) throw new Error(`keyset: no cursor check for cast "${unknown.cast}"; add one to keyset-cursor.ts`);
  return Buffer.from(JSON.stringify([orderSignature(keys), ...values]), 'utf8').toString('base64url');
}

/** The cursor's values, or null when it is not one this list issued for this order. */
export function decodeKeysetCursor(keys: readonly CursorKey[], cursor: unknown): CursorValue[] | null {
  if (typeof cursor !== 'string' || cursor.length === 0 || cursor.length > MAX_CURSOR_LENGTH) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length !== keys.length + 1 || parsed[0] !== orderSignature(keys)) return null;
  const values = parsed.slice(1) as unknown[];
  return values.every((v, i) => fitsCast(v, keys[i].cast)) ? (values as CursorValue[]) : null;
}

/** Whether PostgreSQL will read the value as `CAST(value AS cast)` (or as text without a cast). */
function fitsCast(value: unknown, cast: string | undefined): boolean {
  switch (cast) {
    case 'uuid':
      return isUuid(value);
    case 'timestamptz':
      return value === 'infinity' || value === '-infinity' || isIsoDateTime(value);
    case 'date':
      return typeof value === 'string' && SQL_DATE.test(value) && !Number.isNaN(Date.parse(value));
    case 'int':
    case 'integer':
      return Number.isInteger(value) && (value as number) >= INT4.min && (value as number) <= INT4.max;
    case 'numeric':
      return (typeof value === 'number' && Number.isFinite(value)) || value === 'Infinity' || value === '-Infinity' || (typeof value === 'string' && NUMERIC.test(value));
    case undefined:
      return typeof value === 'string' && value.length <= MAX_TEXT_KEY && textProblem(value) === null;
    default:
      return false;
  }
}
