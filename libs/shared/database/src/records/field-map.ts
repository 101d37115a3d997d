import type { FieldDefinition, RecordDefinition } from '@rapport/shared-domain';
import { operatorsOf } from '@rapport/shared-domain';
import { snakeCase } from '@rapport/shared-util';
import type { FieldMap, FieldSpec, FieldType } from '../query/filter-compiler';

function filterType(f: FieldDefinition): FieldType {
  if (f.filterAs === 'text') return 'string';
  switch (f.type) {
    case 'id':
    case 'reference':
      return 'id';
    case 'integer':
      return 'integer';
    case 'number':
    case 'money':
      return 'number';
    case 'date':
    case 'datetime':
      return 'datetime';
    case 'boolean':
      return 'boolean';
    case 'enum':
      return 'enum';
    default:
      return 'string';
  }
}

/** The SQL expression of a field in queries aliased `alias`; dates compare as the start of their day. */
function sqlOf(f: FieldDefinition, alias: string): string {
  const expr = f.column ? `${alias}.${f.column}` : f.expression!.replaceAll('{a}', alias);
  return f.type === 'date' ? `${expr}::timestamptz` : expr;
}

/**
 * The whitelist the filter compiler reads (`FieldMap`), derived from a definition's filterable
 * fields. `tuning` adds what only the data layer knows: which text columns have a folded-prefix
 * index (`foldedPrefix`), or a different expression that an index serves.
 */
export function fieldMapOf(def: RecordDefinition, tuning: Record<string, Partial<FieldSpec>> = {}): FieldMap {
  const map: FieldMap = {};
  for (const [key, f] of Object.entries(def.fields)) {
    if (operatorsOf(f).length === 0) continue;
    const type = filterType(f);
    map[key] = { column: sqlOf(f, def.alias), type, ...(type === 'enum' ? { enumValues: f.enumValues } : {}), ...tuning[key] };
  }
  return map;
}

/**
 * The whitelist of a table no record definition describes (users, teams, a campaign's members,
 * quotes): each filterable key with its type (or its spec without the column), the column being
 * the key in snake_case under `alias` (`teamId` → `u.team_id`), as the migrations name them.
 */
export function columnFieldMap(alias: string, fields: Record<string, FieldType | Omit<FieldSpec, 'column'>>): FieldMap {
  const map: FieldMap = {};
  for (const [key, f] of Object.entries(fields)) {
    const column = `${alias}.${snakeCase(key)}`;
    map[key] = typeof f === 'string' ? { column, type: f } : { column, ...f };
  }
  return map;
}

/** A SELECT list of stored fields under their API names (`l.first_name AS "firstName"`), for raw reads into typed rows. */
export function selectListOf<D extends RecordDefinition>(def: D, keys: readonly (keyof D['fields'] & string)[]): string {
  return keys
    .map((key) => {
      const column = def.fields[key]!.column;
      if (!column) throw new Error(`${def.name}.${key} is computed, not stored`);
      return column === key ? `${def.alias}.${column}` : `${def.alias}.${column} AS "${key}"`;
    })
    .join(', ');
}
