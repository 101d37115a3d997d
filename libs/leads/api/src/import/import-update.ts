import { normalizeCompanyName, normalizePersonName, normalizePhone } from '@rapport/sales-domain';
import { FIELD_BY_KEY, ImportField } from './import-fields';

/**
 * What the `update` and `merge` policies do to an existing lead, and what undo puts back.
 *
 * - update: every mapped, non-empty cell overwrites the lead's value (the file wins).
 * - merge: mapped, non-empty cells fill only the lead's empty fields (the lead wins).
 * Neither ever clears a field (an empty cell means "no information"), nor changes source, status
 * or owner: those belong to the people working the lead. Derived matching columns
 * (name_normalized, company_normalized, phone_normalized) are recomputed with the sales functions.
 */
export type LeadColumns = Record<string, string | number | null>;
export type Policy = 'update' | 'merge';

export const UPDATABLE_FIELDS: ImportField[] = ['firstName', 'lastName', 'company', 'title', 'email', 'phone', 'campaignSource', 'productInterest', 'country', 'region', 'message', 'employees', 'language'];

/** Columns that change together: undo restores a group only if none of it was edited since. */
const GROUPS: string[][] = [
  ['first_name', 'last_name', 'name_normalized'],
  ['company', 'company_normalized'],
  ['phone', 'phone_normalized'],
  ...['email', 'title', 'campaign', 'product_interest', 'country', 'region', 'message', 'employees', 'language'].map((c) => [c]),
];

/** Every lead column the import may write or undo may restore: LeadWriter's LEAD_PATCH_COLUMNS (import-update.spec.ts holds them equal). */
export const LEAD_UPDATE_COLUMNS: string[] = GROUPS.flat();
const DERIVED = new Set(['name_normalized', 'company_normalized', 'phone_normalized']);

export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

export interface LeadPatch {
  /** column → new value */
  set: LeadColumns;
  /** column → value before */
  before: LeadColumns;
  /** Audit entries, named like the app's fields (camelCase), derived columns left out. */
  changes: FieldChange[];
}

const empty = (v: unknown) => v === null || v === undefined || v === '';
/** Values compare as text: jsonb and int columns hand back numbers, staged cells may be strings. */
function same(a: unknown, b: unknown): boolean {
  const x = a ?? null;
  const y = b ?? null;
  if (x === null || y === null) return x === y;
  return String(x) === String(y);
}

export function planUpdate(existing: LeadColumns, incoming: LeadColumns, policy: Policy, mapped: ReadonlySet<ImportField>): LeadPatch {
  const set: LeadColumns = {};
  for (const field of UPDATABLE_FIELDS) {
    if (!mapped.has(field)) continue;
    const column = FIELD_BY_KEY.get(field)!.column;
    const value = incoming[column];
    if (empty(value)) continue;
    const current = existing[column];
    if (policy === 'update' ? !same(current, value) : empty(current)) set[column] = value;
  }
  const next = { ...existing, ...set };
  if ('first_name' in set || 'last_name' in set) set.name_normalized = normalizePersonName(next.first_name as string, next.last_name as string);
  if ('company' in set) set.company_normalized = normalizeCompanyName(next.company as string);
  if ('phone' in set) set.phone_normalized = normalizePhone(next.phone as string);
  for (const c of Object.keys(set)) if (DERIVED.has(c) && same(set[c], existing[c])) delete set[c];
  return withHistory(set, existing);
}

/**
 * Undo of an update: the `before` values of each group whose columns all still hold what the
 * import wrote (`after`). A group someone edited since keeps the edit.
 */
export function planRestore(current: LeadColumns, before: LeadColumns, after: LeadColumns): LeadPatch {
  const set: LeadColumns = {};
  for (const group of GROUPS) {
    const written = group.filter((c) => c in after);
    if (written.length === 0) continue;
    if (written.every((c) => same(current[c], after[c]))) for (const c of written) set[c] = before[c] ?? null;
  }
  return withHistory(set, current);
}

function withHistory(set: LeadColumns, from: LeadColumns): LeadPatch {
  const before: LeadColumns = {};
  const changes: FieldChange[] = [];
  for (const [c, to] of Object.entries(set)) {
    before[c] = from[c] ?? null;
    if (!DERIVED.has(c)) changes.push({ field: camel(c), from: from[c] ?? null, to });
  }
  return { set, before, changes };
}

const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
