import type { LeadImportField } from '../shared/intake-types';

/** Which lead field each file column fills (undefined: the column is not imported). */
export type ColumnMap = Record<string, LeadImportField | undefined>;
type Pair = { column: string; field: LeadImportField };

/**
 * A mapping list applied to this file: columns the file lacks are dropped, and each field is
 * filled by one column only (the leftmost mention wins), as the API requires.
 */
export function mappingFromList(columns: readonly string[], list: readonly Pair[]): ColumnMap {
  const have = new Set(columns);
  const used = new Set<LeadImportField>();
  const map: ColumnMap = {};
  for (const { column, field } of list) {
    if (!have.has(column) || used.has(field) || map[column]) continue;
    used.add(field);
    map[column] = field;
  }
  return map;
}

/**
 * A saved mapping chosen for this file: its columns take its fields; the other columns keep what
 * they had (e.g. the suggestion) unless the saved mapping already fills that field.
 */
export function applySavedMapping(columns: readonly string[], current: ColumnMap, saved: readonly Pair[]): ColumnMap {
  const next = mappingFromList(columns, saved);
  const used = new Set(Object.values(next));
  for (const column of columns) {
    const field = current[column];
    if (field && !next[column] && !used.has(field)) {
      next[column] = field;
      used.add(field);
    }
  }
  return next;
}

/** Where the editor starts: the mapping already chosen for this import, else the API's suggestion. */
export function initialMapping(imp: { columns: readonly string[]; mapping: readonly Pair[]; suggestedMapping: readonly Pair[] }): ColumnMap {
  return mappingFromList(imp.columns, imp.mapping.length ? imp.mapping : imp.suggestedMapping);
}

/** Maps one column; a field taken by another column moves here (one column per field). */
export function setColumnField(map: ColumnMap, column: string, field: LeadImportField | undefined): ColumnMap {
  const next: ColumnMap = {};
  for (const [c, f] of Object.entries(map)) if (c !== column && f !== undefined && f !== field) next[c] = f;
  if (field) next[column] = field;
  return next;
}

/** How many of a saved mapping's columns this file has (a mapping "fits" when all of them are there). */
export function savedMappingFit(columns: readonly string[], list: readonly Pair[]): { matched: number; total: number; fits: boolean } {
  const have = new Set(columns);
  const matched = list.filter((m) => have.has(m.column)).length;
  return { matched, total: list.length, fits: list.length > 0 && matched === list.length };
}

/** The mutation's mapping, in the file's column order. */
export function mappingToInput(columns: readonly string[], map: ColumnMap): Pair[] {
  return columns.flatMap((column) => (map[column] ? [{ column, field: map[column] }] : []));
}

export type MappingProblem = 'nothingMapped' | 'needsNameOrCompany';

/** Why the API would refuse this mapping (checked before asking it). */
export function mappingProblems(map: ColumnMap): MappingProblem[] {
  const fields = new Set(Object.values(map).filter(Boolean));
  if (fields.size === 0) return ['nothingMapped'];
  return fields.has('LAST_NAME') || fields.has('COMPANY') ? [] : ['needsNameOrCompany'];
}
