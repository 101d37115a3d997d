/**
 * CSV export (`GET /api/v1/export/<list>.csv?filter=<json>`) of exactly what a list shows. REST
 * filters compare enums by their stored (lower-case) values, where GraphQL takes the enum names,
 * so enum fields are rewritten on the way.
 */
export function restFilter(filter: unknown, enumFields: readonly string[]): unknown {
  if (Array.isArray(filter)) return filter.map((f) => restFilter(f, enumFields));
  if (!filter || typeof filter !== 'object') return filter;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filter as Record<string, unknown>)) {
    if (key === 'and' || key === 'or' || key === 'not') out[key] = restFilter(value, enumFields);
    else if (enumFields.includes(key) && value && typeof value === 'object') out[key] = lowerEnumOps(value as Record<string, unknown>);
    else out[key] = value;
  }
  return out;
}

function lowerEnumOps(ops: Record<string, unknown>): Record<string, unknown> {
  const lower = (v: unknown) => (typeof v === 'string' ? v.toLowerCase() : v);
  return Object.fromEntries(Object.entries(ops).map(([op, v]) => [op, Array.isArray(v) ? v.map(lower) : lower(v)]));
}

/** `inSegment`: the segment the list shows the members of (contacts, accounts), exported the same way. */
export function exportUrl(list: string, filter: unknown, enumFields: readonly string[] = [], inSegment?: string | null): string {
  const path = `/api/v1/export/${encodeURIComponent(list)}.csv`;
  // encodeURIComponent, not URLSearchParams: a space stays %20 (not "+"), however the link is read back.
  const query = [
    ...(filter ? [`filter=${encodeURIComponent(JSON.stringify(restFilter(filter, enumFields)))}`] : []),
    ...(inSegment ? [`inSegment=${encodeURIComponent(inSegment)}`] : []),
  ];
  return query.length ? `${path}?${query.join('&')}` : path;
}
