import { Column, type ColumnOptions } from 'typeorm';
import type { FieldDefinition, RecordDefinition } from '@rapport/shared-domain';
import { isNullable } from '@rapport/shared-domain';

/** The column a value type is stored in (docs/adr/0011-record-definitions.md). */
export function columnOptions(f: FieldDefinition & { column: string }): ColumnOptions {
  const base = typeOptions(f);
  const d = f.columnDefault;
  if (d === undefined) return base;
  return { ...base, default: typeof d === 'object' ? () => d.sql : d };
}

function typeOptions(f: FieldDefinition & { column: string }): ColumnOptions {
  const nullable = isNullable(f);
  switch (f.type) {
    case 'emailList':
    case 'phoneList':
      return { name: f.column, type: 'text', array: true, nullable, default: () => `'{}'` };
    case 'id':
    case 'reference':
      return { name: f.column, type: 'uuid', nullable };
    case 'integer':
      return { name: f.column, type: 'int', nullable };
    case 'number':
      return { name: f.column, type: 'double precision', nullable };
    case 'money':
      return { name: f.column, type: 'numeric', precision: f.precision ?? 18, scale: 2, nullable };
    case 'date':
      return { name: f.column, type: 'date', nullable };
    case 'datetime':
      return { name: f.column, type: 'timestamptz', nullable };
    case 'boolean':
      return { name: f.column, type: 'boolean', nullable };
    case 'address':
    case 'json':
      return { name: f.column, type: 'jsonb', nullable };
    default:
      // Texts and enums: `text` (lengths and values are the API's rules, not the column's).
      return { name: f.column, type: 'text', nullable };
  }
}

/**
 * Declares the definition's own stored fields as columns of `entity`, as `@Column` would: the
 * entity class keeps only system columns and relations, and its TypeScript shape gets the fields
 * from `StoredFields<typeof DEF>` by declaration merging. Fields the base entity declares
 * (`inherited`) and computed ones are skipped. Call once, beside the class, before the DataSource
 * is built (module load does that).
 */
export function declareRecordColumns(entity: abstract new () => object, def: RecordDefinition): void {
  for (const [key, f] of Object.entries(def.fields)) {
    if (f.inherited || !f.column) continue;
    Column(columnOptions({ ...f, column: f.column }))(entity.prototype, key);
  }
}

/** The SQL type of a field's column, as raw set-based writes cast their parameters (`text`, `uuid`, `text[]`…). */
export function columnSqlType(f: FieldDefinition & { column: string }): string {
  const options = typeOptions(f);
  return `${String(options.type)}${options.array ? '[]' : ''}`;
}

/** Column name → SQL type of every stored field of a definition, inherited ones included. */
export function columnTypesOf(def: RecordDefinition): Record<string, string> {
  return Object.fromEntries(Object.values(def.fields).flatMap((f) => (f.column ? [[f.column, columnSqlType({ ...f, column: f.column })]] : [])));
}
