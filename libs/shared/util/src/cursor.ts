/**
 * Opaque keyset cursors. A cursor carries the sort-key values of the row it points at,
 * so the next page is `WHERE (sort keys) > (cursor values)` instead of an OFFSET that
 * slows down with depth and skips rows when data changes between pages.
 */
export type CursorValue = string | number | boolean | null;

export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

/** Returns null for anything that is not a cursor we issued, so callers can report a clean input error. */
export function decodeCursor(cursor: string, expectedLength: number): CursorValue[] | null {
  if (typeof cursor !== 'string' || cursor.length === 0 || cursor.length > 2048) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== expectedLength) return null;
    const ok = parsed.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v));
    return ok ? (parsed as CursorValue[]) : null;
  } catch {
    return null;
  }
}
