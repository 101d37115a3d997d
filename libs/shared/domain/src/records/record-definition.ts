import type { PicklistName } from '../picklists';

/**
 * One definition per record type (docs/adr/0011-record-definitions.md): every field once, with
 * what it is (value type), where it lives (column) and what the system may do with it (filter,
 * sort, edit, audit, merge, export, search, personal data). The entity's columns, the API's
 * output/filter/order/input types, the repository's field map, the services' editable and audited
 * lists, the CSV export, the merge rows and the web's columns and forms are derived from it.
 *
 * Pure data and pure functions: no Nest, no TypeORM, no GraphQL, so the domain, data, api and
 * tooling layers (and the generator of the web catalogue) can all read it.
 */

/** What a field holds. The derivations map each to a column type, a GraphQL type and a widget. */
export type ValueType =
  | 'id'
  | 'text'
  | 'longText'
  | 'email'
  | 'phone'
  | 'url'
  | 'integer'
  | 'number'
  | 'money'
  | 'date'
  | 'datetime'
  | 'boolean'
  | 'enum'
  | 'reference'
  | 'address'
  | 'json'
  | 'emailList'
  | 'phoneList';

/** Filter operators of the typed list filters (`{ field: { eq, in, contains, … } }`). */
export type FilterOperator = 'eq' | 'ne' | 'in' | 'contains' | 'startsWith' | 'gt' | 'gte' | 'lt' | 'lte' | 'isNull';

/** Operators per value type: what the filter compiler accepts for a column of that kind. */
export const OPERATORS_BY_TYPE: Readonly<Record<ValueType, readonly FilterOperator[]>> = {
  id: ['eq', 'ne', 'in', 'isNull'],
  text: ['eq', 'ne', 'in', 'contains', 'startsWith', 'isNull'],
  longText: ['contains', 'isNull'],
  email: ['eq', 'ne', 'in', 'contains', 'startsWith', 'isNull'],
  phone: ['eq', 'ne', 'in', 'contains', 'startsWith', 'isNull'],
  url: ['eq', 'ne', 'in', 'contains', 'startsWith', 'isNull'],
  integer: ['eq', 'ne', 'in', 'gt', 'gte', 'lt', 'lte', 'isNull'],
  number: ['eq', 'ne', 'in', 'gt', 'gte', 'lt', 'lte', 'isNull'],
  money: ['eq', 'ne', 'in', 'gt', 'gte', 'lt', 'lte', 'isNull'],
  date: ['eq', 'gt', 'gte', 'lt', 'lte', 'isNull'],
  datetime: ['eq', 'gt', 'gte', 'lt', 'lte', 'isNull'],
  boolean: ['eq'],
  enum: ['eq', 'ne', 'in'],
  reference: ['eq', 'ne', 'in', 'isNull'],
  address: [],
  json: [],
  // Lists filter through a computed text field over them (a contact's `email` over `emails`).
  emailList: [],
  phoneList: [],
};

/** How a form shows a field when the value type alone does not say (a picklist vs radio, …). */
export type WidgetHint = 'input' | 'textarea' | 'select' | 'number' | 'money' | 'date' | 'datetime' | 'switch' | 'recordPicker' | 'address' | 'tags' | 'timeZone' | 'none';

export interface FieldDefinition {
  type: ValueType;
  /** The stored column (snake_case). Omitted for fields computed in SQL (`expression`). */
  column?: string;
  /** The column is declared by the shared base entity (id, owner, team, timestamps), not per type. */
  inherited?: boolean;
  /** A read-only SQL expression over the row (alias `{a}`), for filterable computed fields. */
  expression?: string;
  /** The field's English name: the catalogue, CSV headers and validation messages use it. */
  title: string;
  /** The i18n key of the field's label in the web app. */
  label: string;
  /** Must have a value on create (and may not be cleared). */
  required?: boolean;
  /** The column may hold NULL; defaults to `!required`. */
  nullable?: boolean;
  /** The column's default for rows written without the field: a literal, or SQL (`{ sql: 'now()' }`). */
  columnDefault?: string | number | boolean | { sql: string };
  /** The only values a text field accepts (a closed list that is not an API enum, e.g. a locale). */
  oneOf?: readonly string[];
  /** What a person is told when the value is not valid, instead of the type's generic message (the catalogue has its key). */
  message?: string;
  /** A text's required form, as a regular expression's source (anchored by the author), told with `message`. */
  pattern?: string;
  /** What a person is told when a number is below `min`. */
  minMessage?: string;
  /** Most entries a list field holds. */
  maxItems?: number;
  /** Longest text accepted, in characters (of each entry, for lists). */
  maxLength?: number;
  /** Digits of a `money` column (scale is always 2). Default 18. */
  precision?: number;
  /** Filter with the text operators although the type is narrower (kept for published APIs). */
  filterAs?: 'text';
  /** Smallest number accepted. */
  min?: number;
  /** For `enum`: the stored values, and the GraphQL enum's name. */
  enumValues?: readonly string[];
  enumName?: string;
  /** For `reference`: the record type it points at. */
  references?: string;
  /** For `text`: a value with a known form checked beyond a pattern (an IANA time zone such as Asia/Shanghai). */
  format?: 'timeZone';
  /** For `text`: the configured value list it must come from (docs/adr/0018-picklists.md); shown as a select. */
  picklist?: PicklistName;
  /** Filterable, with the type's operators, or with these. Default: no. */
  filter?: boolean | readonly FilterOperator[];
  /** Sortable in lists. Default: no. */
  sort?: boolean;
  /**
   * Written by create and update inputs (`true`), by the create input only (`'create'`: where a deal
   * belongs, fixed once it exists) or by the update input only (`'update'`: a status that starts at
   * its default). Default: no (system-maintained).
   */
  edit?: boolean | 'create' | 'update';
  /** Changes go to the audit log and the timeline. Default: same as `edit`. */
  audit?: boolean;
  /** A merge lets the user pick this field's surviving value. Default: same as `edit`. */
  merge?: boolean;
  /** A column of the CSV export. Default: yes. */
  export?: boolean;
  /**
   * Global search finds the record by this field's text (through the search index its repository
   * keeps; record-fields.int-spec.ts proves each flag against the `search` query). Default: no.
   */
  search?: boolean;
  /** Personal data of a person (GDPR export and erasure). Default: no. */
  personal?: boolean;
  /** Read through a resolver of its own (the API type has it, but not declared from here). */
  resolved?: boolean;
  /** Shown in the GraphQL output type. Default: yes, except references (exposed as resolved records). */
  output?: boolean;
  /** GraphQL description of the output field. */
  description?: string;
  widget?: WidgetHint;
}

export interface RecordDefinition<F extends Record<string, FieldDefinition> = Record<string, FieldDefinition>> {
  /** The record type's name as permissions, audit, timeline and references use it (`account`). */
  name: string;
  /** The GraphQL type name (`Account`). */
  graphqlName: string;
  /** The table. */
  table: string;
  /** The alias its queries use; SQL fragments of its repository are written against it. */
  alias: string;
  /** Its label keys in the web app (one, many). */
  label: { one: string; many: string };
  /** Whether admins may add custom fields to it. */
  customFields: boolean;
  /** Whether duplicates of it are merged (then its fields' `merge` flags apply). */
  mergeable: boolean;
  fields: F;
}

/**
 * The fields every business record has (the columns of the shared base entity). A definition
 * spreads them first; `ownerId` is editable (create and update may name an owner; the services
 * check the actor may assign one).
 */
export const BASE_FIELDS = {
  id: { type: 'id', column: 'id', inherited: true, title: 'Id', label: 'fields.id', filter: true, nullable: false, export: true },
  ownerId: { type: 'reference', column: 'owner_id', inherited: true, references: 'user', title: 'Owner', label: 'common.owner', filter: true, edit: true, widget: 'recordPicker', description: 'Defaults to the caller.' },
  teamId: { type: 'reference', column: 'team_id', inherited: true, references: 'team', title: 'Team', label: 'fields.team', filter: true, audit: false, export: false },
  createdAt: { type: 'datetime', column: 'created_at', inherited: true, title: 'Created', label: 'common.created', filter: true, sort: true, nullable: false },
  updatedAt: { type: 'datetime', column: 'updated_at', inherited: true, title: 'Updated', label: 'common.updated', filter: true, sort: true, nullable: false },
} as const satisfies Record<string, FieldDefinition>;

/** Declares a record type; `as const`-like inference keeps each field's value type for the derived types. */
export function defineRecord<const F extends Record<string, FieldDefinition>>(definition: RecordDefinition<F>): RecordDefinition<F> {
  for (const [key, field] of Object.entries(definition.fields)) {
    const problem = fieldProblem(key, field);
    if (problem) throw new Error(`${definition.name}.${key}: ${problem}`);
  }
  return Object.freeze(definition);
}

/** Why a field definition is inconsistent, or null: caught when the module loads, not in production use. */
export function fieldProblem(key: string, f: FieldDefinition): string | null {
  if (!/^[a-z][A-Za-z0-9]*$/.test(key)) return 'field names are camelCase';
  if (!f.column === !f.expression) return 'give either a column or an expression';
  if (f.expression && f.edit) return 'a computed field cannot be editable';
  if (f.type === 'enum' && !(f.enumValues?.length && f.enumName)) return 'an enum needs its values and a GraphQL enum name';
  if (f.type === 'reference' && !f.references) return 'a reference names the record type it points at';
  if (f.oneOf && f.type !== 'text') return 'oneOf restricts text fields';
  if (f.pattern && (f.type !== 'text' || !f.message)) return 'a pattern applies to text and needs its message';
  if (f.maxItems !== undefined && f.type !== 'emailList' && f.type !== 'phoneList') return 'maxItems applies to lists';
  if (f.filterAs && !['enum', 'email', 'phone', 'url'].includes(f.type)) return 'filterAs widens enums and typed texts only';
  if (f.filter && operatorsOf(f).length === 0) return `a ${f.type} field cannot be filtered`;
  if (Array.isArray(f.filter) && f.filter.some((op) => !OPERATORS_BY_TYPE[f.type].includes(op))) return 'an operator does not apply to this value type';
  return null;
}

/** The filter operators of a field (none when it is not filterable). */
export function operatorsOf(f: FieldDefinition): readonly FilterOperator[] {
  if (!f.filter) return [];
  const ops = Array.isArray(f.filter) ? f.filter : OPERATORS_BY_TYPE[f.filterAs ?? f.type];
  // "Is empty" means nothing on a column that is never empty.
  return isNullable(f) ? ops : ops.filter((op) => op !== 'isNull');
}

/** Which input a field is read from: the create input or the update input. */
export type InputMode = 'create' | 'update';

export const isCreatable = (f: FieldDefinition) => f.edit === true || f.edit === 'create';
export const isUpdatable = (f: FieldDefinition) => f.edit === true || f.edit === 'update';
/** Set by some input (create, update or both). */
export const isEditable = (f: FieldDefinition) => isCreatable(f) || isUpdatable(f);
export const inMode = (mode: InputMode) => (mode === 'create' ? isCreatable : isUpdatable);
export const isAudited = (f: FieldDefinition) => f.audit ?? isEditable(f);
// A merge picks surviving values, which updates the survivor: create-only fields stay.
export const isMergeable = (f: FieldDefinition) => f.merge ?? isUpdatable(f);
// A computed field has no value on the loaded row, so it is never a CSV column by default.
export const isExported = (f: FieldDefinition) => f.export ?? !f.expression;
export const isOutput = (f: FieldDefinition) => f.output ?? (f.type !== 'reference' && !f.resolved && !f.expression);
export const isSortable = (f: FieldDefinition) => f.sort === true;
export const isNullable = (f: FieldDefinition) => f.nullable ?? (!f.required && f.type !== 'emailList' && f.type !== 'phoneList');

/**
 * An input's values as the entity stores them: money (a number in the API) becomes the exact
 * decimal text of its numeric column. Other values are stored as given.
 */
export function toStoredValues<T extends object>(def: RecordDefinition, values: T): T {
  const out = { ...values } as Record<string, unknown>;
  for (const [key, f] of Object.entries(def.fields)) {
    if (f.type === 'money' && typeof out[key] === 'number') out[key] = (out[key] as number).toFixed(2);
  }
  return out as T;
}

/** The fields a merge lets the user pick the surviving value of; none when the type is never merged. */
export function mergeableKeys(def: RecordDefinition): string[] {
  return def.mergeable ? fieldKeys(def, isMergeable) : [];
}

/** The keys the create input (or, with `'update'`, the update input) may set, typed as that input's keys. */
export function editableKeys<D extends RecordDefinition>(def: D, mode: 'update'): (keyof UpdateFields<D> & string)[];
export function editableKeys<D extends RecordDefinition>(def: D, mode?: 'create'): (keyof InputFields<D> & string)[];
export function editableKeys(def: RecordDefinition, mode: InputMode = 'create'): string[] {
  return fieldKeys(def, inMode(mode));
}

/** CSV export columns: the id, the type's own fields, then owner and timestamps. */
export function exportKeys(def: RecordDefinition): string[] {
  const entries = Object.entries(def.fields).filter(([, f]) => isExported(f) && f.type !== 'address' && f.type !== 'json');
  return [...entries.filter(([k]) => k === 'id'), ...entries.filter(([k, f]) => k !== 'id' && !f.inherited), ...entries.filter(([k, f]) => k !== 'id' && f.inherited)].map(([k]) => k);
}

/** The keys of the fields that pass `test`, in declaration order. */
export function fieldKeys<F extends Record<string, FieldDefinition>>(def: RecordDefinition<F>, test: (f: FieldDefinition) => boolean): (keyof F & string)[] {
  return Object.entries(def.fields)
    .filter(([, f]) => test(f))
    .map(([k]) => k);
}

/** A postal address as stored (jsonb) and served. */
export interface PostalAddress {
  street?: string | null;
  city?: string | null;
  region?: string | null;
  postalCode?: string | null;
  country?: string | null;
}

/** The TypeScript type of a field's value as the entity holds it (numeric columns arrive as strings). */
type StoredType<F extends FieldDefinition> = F['type'] extends 'integer' | 'number'
  ? number
  : F['type'] extends 'money'
    ? string
    : F['type'] extends 'boolean'
      ? boolean
      : F['type'] extends 'datetime'
        ? Date
        : F['type'] extends 'address'
          ? PostalAddress
          : F['type'] extends 'json'
            ? Record<string, unknown>
            : F['type'] extends 'emailList' | 'phoneList'
              ? string[]
            : F['type'] extends 'enum'
              ? F['enumValues'] extends readonly (infer V)[]
                ? V
                : string
              : string;

type OrNull<F extends FieldDefinition, T> = F extends { type: 'emailList' | 'phoneList' }
  ? T
  : F extends { nullable: false } ? T : F extends { required: true } ? (F extends { nullable: true } ? T | null : T) : T | null;

/** The stored columns of a definition as entity properties (computed fields excluded). */
export type StoredFields<D extends RecordDefinition> = {
  -readonly [K in keyof D['fields'] as D['fields'][K] extends { column: string } ? K : never]: OrNull<D['fields'][K], StoredType<D['fields'][K]>>;
};

/** A field's value as the API reads and writes it: money is a number there. */
type ApiType<F extends FieldDefinition> = F['type'] extends 'money' ? number : StoredType<F>;

/** Every field of a definition as the API's record type holds it (references included: resolvers read them). */
export type ApiFields<D extends RecordDefinition> = {
  -readonly [K in keyof D['fields']]: OrNull<D['fields'][K], ApiType<D['fields'][K]>>;
};

type Creatable = { edit: true | 'create' };
type Updatable = { edit: true | 'update' };

/** The fields a create input holds: required ones present, optional ones omitted or null. */
export type InputFields<D extends RecordDefinition> = {
  -readonly [K in keyof D['fields'] as D['fields'][K] extends Creatable & { required: true } ? K : never]: ApiType<D['fields'][K]>;
} & {
  -readonly [K in keyof D['fields'] as D['fields'][K] extends Creatable ? (D['fields'][K] extends { required: true } ? never : K) : never]?: ApiType<D['fields'][K]> | null;
};

/** The fields an update input holds, each omitted when unchanged (null clears an optional one). */
export type UpdateFields<D extends RecordDefinition> = {
  -readonly [K in keyof D['fields'] as D['fields'][K] extends Updatable ? K : never]?: ApiType<D['fields'][K]> | null;
};
