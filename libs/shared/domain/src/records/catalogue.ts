import type { CustomFieldDef } from '../custom-fields';
import type { FieldDefinition, FilterOperator, RecordDefinition, ValueType, WidgetHint } from './record-definition';
import { isCreatable, isEditable, isExported, isNullable, isMergeable, isOutput, isSortable, isUpdatable, OPERATORS_BY_TYPE, operatorsOf } from './record-definition';

/**
 * The field catalogue: every field of a record type as a flat, serialisable description, for the
 * `recordTypes` API (integrators, the segment and report builders) and for the web app's generated
 * copy (libs/web/data-access/src/generated/record-types.ts). Custom fields join at run time.
 */
export interface CatalogueField {
  /** The field's key; a custom field's is `customFields.<key>`. */
  name: string;
  type: ValueType;
  /** A list of values (multi-select custom fields). */
  multiple: boolean;
  /** English name (built-in) or the admin's label in the reader's language (custom). */
  title: string;
  /** The web app's label key; null for custom fields (their labels are data). */
  label: string | null;
  custom: boolean;
  required: boolean;
  /** May be empty (null); a field that is never empty holds '' or its default instead. */
  nullable: boolean;
  /** Readable in the API's record type. */
  readable: boolean;
  editable: boolean;
  /** Settable when the record is created (the create input). */
  creatable: boolean;
  /** Settable on an existing record (the update input). */
  updatable: boolean;
  /** A merge of duplicates lets the user pick which record's value survives. */
  mergeable: boolean;
  sortable: boolean;
  operators: FilterOperator[];
  enumName: string | null;
  /** The values an enum, a select or a closed text field (`oneOf`) accepts, as stored. */
  enumValues: string[];
  references: string | null;
  /** The configured value list a text field's values come from (industry, territory…); its values are data (`picklists`). */
  picklist: string | null;
  maxLength: number | null;
  min: number | null;
  widget: WidgetHint;
  exported: boolean;
  personal: boolean;
}

const DEFAULT_WIDGET: Record<ValueType, WidgetHint> = {
  id: 'none',
  text: 'input',
  longText: 'textarea',
  email: 'input',
  phone: 'input',
  url: 'input',
  integer: 'number',
  number: 'number',
  money: 'money',
  date: 'date',
  datetime: 'datetime',
  boolean: 'switch',
  enum: 'select',
  reference: 'recordPicker',
  address: 'address',
  json: 'none',
  emailList: 'tags',
  phoneList: 'tags',
};

function builtIn(def: RecordDefinition, name: string, f: FieldDefinition): CatalogueField {
  return {
    name,
    type: f.type,
    multiple: false,
    title: f.title,
    label: f.label,
    custom: false,
    required: f.required === true,
    nullable: isNullable(f),
    readable: isOutput(f) || f.type === 'reference' || f.resolved === true,
    editable: isEditable(f),
    creatable: isCreatable(f),
    updatable: isUpdatable(f),
    mergeable: def.mergeable && isMergeable(f),
    sortable: isSortable(f),
    operators: [...operatorsOf(f)],
    enumName: f.enumName ?? null,
    enumValues: [...(f.enumValues ?? f.oneOf ?? [])],
    references: f.references ?? null,
    picklist: f.picklist ?? null,
    maxLength: f.maxLength ?? null,
    min: f.min ?? null,
    widget: f.widget ?? (f.picklist ? 'select' : f.format === 'timeZone' ? 'timeZone' : DEFAULT_WIDGET[f.type]),
    exported: isExported(f),
    personal: f.personal === true,
  };
}

/** The built-in fields of a record type, in declaration order. */
export function catalogueOf(def: RecordDefinition): CatalogueField[] {
  return Object.entries(def.fields).map(([name, f]) => builtIn(def, name, f));
}

const CUSTOM_TYPE: Record<CustomFieldDef['type'], ValueType> = {
  text: 'text',
  number: 'number',
  currency: 'money',
  date: 'date',
  boolean: 'boolean',
  select: 'enum',
  multi_select: 'enum',
};

/**
 * An admin-defined field as the catalogue shows it. Operators follow how custom-field filters
 * compile (numbers and dates compare as such, the rest as text); multi-selects do not sort.
 */
export function customCatalogueField(def: CustomFieldDef, title: string): CatalogueField {
  const type = CUSTOM_TYPE[def.type];
  const operators: readonly FilterOperator[] = type === 'money' || type === 'number' ? OPERATORS_BY_TYPE.number : type === 'date' || type === 'boolean' ? OPERATORS_BY_TYPE[type] : OPERATORS_BY_TYPE.text;
  return {
    name: `customFields.${def.key}`,
    type,
    multiple: def.type === 'multi_select',
    title,
    label: null,
    custom: true,
    required: def.required,
    nullable: !def.required,
    readable: true,
    editable: true,
    creatable: true,
    updatable: true,
    mergeable: false,
    sortable: def.type !== 'multi_select',
    operators: [...operators],
    enumName: null,
    enumValues: type === 'enum' ? [...def.options] : [],
    references: null,
    picklist: null,
    maxLength: def.type === 'text' ? 2000 : null,
    min: null,
    widget: DEFAULT_WIDGET[type],
    exported: false,
    personal: false,
  };
}
