import type { ApiFieldError } from '@rapport/web-data-access';

// The order file's column mapping as pure functions (tested in order-mapping.test.ts): which order
// field each column fills, what the API will insist on, and its refusals put on the right rows.

/** The fields of an order a column can fill, in the order the field select lists them (the API's `ORDER_IMPORT_FIELDS`). */
export const ORDER_FIELDS = ['externalId', 'email', 'contactId', 'firstName', 'lastName', 'orderedAt', 'currency', 'amount', 'status', 'sku', 'productLine', 'quantity', 'lineAmount'] as const;
export type OrderField = (typeof ORDER_FIELDS)[number];

export const isOrderField = (v: string): v is OrderField => (ORDER_FIELDS as readonly string[]).includes(v);

/**
 * What a start needs mapped: each group one of its fields (the customer by email or contact id, the
 * amount as an order total or line amounts). Fields of a group are marked required together.
 */
export const REQUIRED_GROUPS = [['externalId'], ['orderedAt'], ['currency'], ['email', 'contactId'], ['amount', 'lineAmount']] as const satisfies readonly (readonly OrderField[])[];
export type MissingGroup = 'externalId' | 'orderedAt' | 'currency' | 'customer' | 'amount';
const GROUP_NAMES: readonly MissingGroup[] = ['externalId', 'orderedAt', 'currency', 'customer', 'amount'];

/** Whether a field is (part of) something the import needs. */
export const isRequiredField = (f: OrderField): boolean => REQUIRED_GROUPS.some((g) => (g as readonly OrderField[]).includes(f));

/** Which order field each file column fills (absent: the column is not imported). */
export type OrderColumnMap = Record<string, OrderField | undefined>;
type Pair = { column: string; field: string };

/** A mapping list applied to the file: unknown columns and fields dropped, each field from one column (the first mention wins). */
export function mappingFromList(columns: readonly string[], list: readonly Pair[]): OrderColumnMap {
  const have = new Set(columns);
  const used = new Set<OrderField>();
  const map: OrderColumnMap = {};
  for (const { column, field } of list) {
    if (!have.has(column) || !isOrderField(field) || used.has(field) || map[column]) continue;
    used.add(field);
    map[column] = field;
  }
  return map;
}

/** Where the editor starts: the mapping already chosen (a started import), else the API's suggestion. */
export function initialMapping(imp: { columns: readonly string[]; mapping: readonly Pair[] | null; suggestedMapping: readonly Pair[] }): OrderColumnMap {
  return mappingFromList(imp.columns, imp.mapping?.length ? imp.mapping : imp.suggestedMapping);
}

/** Maps one column; a field another column had moves here (one column per field). */
export function setColumnField(map: OrderColumnMap, column: string, field: OrderField | undefined): OrderColumnMap {
  const next: OrderColumnMap = {};
  for (const [c, f] of Object.entries(map)) if (c !== column && f !== undefined && f !== field) next[c] = f;
  if (field) next[column] = field;
  return next;
}

/** The mutation's mapping, in the file's column order (the API's errors count in this order). */
export function mappingToInput(columns: readonly string[], map: OrderColumnMap): { column: string; field: OrderField }[] {
  return columns.flatMap((column) => (map[column] ? [{ column, field: map[column] }] : []));
}

/** What is still to be mapped before the API would take the mapping. */
export function missingGroups(map: OrderColumnMap): MissingGroup[] {
  const fields = new Set(Object.values(map));
  return REQUIRED_GROUPS.flatMap((g, i) => (g.some((f) => fields.has(f)) ? [] : [GROUP_NAMES[i]!]));
}

/**
 * The API's refusal of a start, placed: `input.mapping.<i>.column|field` belongs to the i-th
 * mapped column (as sent), the rest (`input.mapping`, `input.createCustomers`…) above Start.
 */
export function placeMappingErrors(errors: readonly ApiFieldError[], sent: readonly Pair[]): { byColumn: Record<string, string[]>; general: string[] } {
  const byColumn: Record<string, string[]> = {};
  const general: string[] = [];
  for (const e of errors) {
    const m = /^input\.mapping\.(\d+)(?:\.|$)/.exec(e.path);
    const column = m ? sent[Number(m[1])]?.column : undefined;
    if (column !== undefined) (byColumn[column] ??= []).push(e.message);
    else if (e.message) general.push(e.message);
  }
  return { byColumn, general };
}

export const isImportRunning = (status: string | undefined): boolean => status === 'queued' || status === 'running';
/** Only a finished import can be undone (the API's rule). */
export const canUndoImport = (status: string): boolean => status === 'succeeded';
