/** TypeORM hands back `[rows, count]` for UPDATE … RETURNING and plain rows for SELECT and INSERT. */
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as T[];
}

/** The affected-row count TypeORM hands back as the second element for UPDATE and DELETE. */
export function affectedOf(result: unknown): number {
  return Number((result as [unknown, number | undefined])[1] ?? 0);
}
