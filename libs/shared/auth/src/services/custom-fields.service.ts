import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, checkNameTranslations, checkOptionLabels, CUSTOM_FIELD_KEY, CustomFieldDef, keepOptionLabels, NameProblem, RecordScope, scopeFor, validateCustomFields } from '@rapport/shared-domain';
import { CustomFieldDefinitionEntity, FieldSpec, Sortable, writeAudit } from '@rapport/shared-database';
import { AppError } from '@rapport/shared-errors';

export const CUSTOMIZABLE_OBJECTS = ['account', 'contact', 'lead', 'opportunity', 'campaign', 'case'] as const;
export type CustomizableObject = (typeof CUSTOMIZABLE_OBJECTS)[number];

/** One entry of a list's `orderBy`: a built-in field or the key of a custom field. */
export interface OrderByEntry {
  field?: string | null;
  customField?: string | null;
  direction: 'ASC' | 'DESC';
}

/**
 * A custom field as a sort key. Keys must never be null (keyset cursors compare with `>`), so an
 * empty value sorts first ascending: '' for text, select and dates (stored as ISO `YYYY-MM-DD`,
 * which sort as text), -Infinity for numbers and amounts, -1 for booleans (false 0, true 1).
 * The key is validated (lower-case letters, digits, _), so it is safe inside the SQL.
 */
function customSortKey<T extends { customFields?: Record<string, unknown> | null }>(def: CustomFieldDefinitionEntity, alias: string): Sortable<T>[string] {
  const text = valueSql(def, alias);
  const stored = (row: T) => row.customFields?.[def.key];
  // An amount sorts by its number, like the filter compares it.
  const value = (row: T) => (def.type === 'currency' ? (stored(row) as { amount?: unknown } | undefined)?.amount : stored(row));
  if (def.type === 'number' || def.type === 'currency') {
    return { column: `COALESCE(${text}::numeric, '-Infinity')`, cast: 'numeric', read: (r) => (value(r) == null ? '-Infinity' : String(value(r))) };
  }
  if (def.type === 'boolean') return { column: `COALESCE(${text}::boolean::int, -1)`, cast: 'int', read: (r) => (value(r) === true ? 1 : value(r) === false ? 0 : -1) };
  return { column: `COALESCE(${text}, '')`, read: (r) => (value(r) == null ? '' : String(value(r))) };
}

/** A custom field's stored value as SQL text (an amount's number for currency fields), for filters and sorts alike. */
function valueSql(def: Pick<CustomFieldDefinitionEntity, 'key' | 'type'>, alias: string): string {
  return def.type === 'currency' ? `(${alias}.custom_fields->'${def.key}'->>'amount')` : `(${alias}.custom_fields->>'${def.key}')`;
}

/**
 * Admin-defined fields. Domains call `validate` on every write and `filterFields` to make the
 * fields filterable with the same typed operators as built-in fields.
 */
@Injectable()
export class CustomFieldsService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  list(objectType: CustomizableObject, includeArchived = false, m: EntityManager = this.ds.manager) {
    return m.find(CustomFieldDefinitionEntity, { where: { objectType, ...(includeArchived ? {} : { active: true }) }, order: { position: 'ASC', createdAt: 'ASC' } });
  }

  async validate(m: EntityManager, objectType: CustomizableObject, values: Record<string, unknown> | null | undefined, partial: boolean, current: Record<string, unknown> = {}) {
    const defs: CustomFieldDef[] = (await this.list(objectType, false, m)).map((d) => ({ key: d.key, type: d.type, required: d.required, options: d.options, label: d.label }));
    const result = validateCustomFields(defs, values, 'input.customFields', partial);
    if (result.problems.length) throw AppError.validation(result.problems);
    return { ...current, ...result.values };
  }

  /**
   * Resolves a list's `orderBy` where entries may name a custom field (`{ customField: "tier_code" }`)
   * instead of a built-in one: returns entries that all name a key of `sortable`, and `sortable` grown
   * by the custom fields asked for. Costs a query only when a custom field is asked for.
   */
  async sorting<T extends { customFields?: Record<string, unknown> | null }>(
    objectType: CustomizableObject,
    alias: string,
    orderBy: readonly OrderByEntry[] | null | undefined,
    builtIn: Sortable<T>,
  ): Promise<{ orderBy: { field: string; direction: 'ASC' | 'DESC' }[] | null; sortable: Sortable<T> }> {
    if (!orderBy?.length) return { orderBy: null, sortable: builtIn };
    const problems: { path: string; message: string }[] = [];
    const defs = orderBy.some((o) => o.customField) ? await this.list(objectType) : [];
    const sortable: Sortable<T> = { ...builtIn };
    const resolved = orderBy.map((o, i) => {
      if (Boolean(o.field) === Boolean(o.customField)) {
        problems.push({ path: `orderBy.${i}`, message: 'Give either field or customField.' });
        return { field: '', direction: o.direction };
      }
      if (o.field) return { field: o.field, direction: o.direction };
      const def = defs.find((d) => d.key === o.customField);
      if (!def || def.type === 'multi_select' || !CUSTOM_FIELD_KEY.test(def.key)) {
        problems.push({ path: `orderBy.${i}.customField`, message: `No sortable custom field "${o.customField}" (multi-select fields do not sort).` });
        return { field: '', direction: o.direction };
      }
      sortable[`cf_${def.key}`] = customSortKey<T>(def, alias);
      return { field: `cf_${def.key}`, direction: o.direction };
    });
    if (problems.length) throw AppError.validation(problems);
    return { orderBy: resolved, sortable };
  }

  /** Filter specs for the custom fields of an object, keyed `cf_<key>`: numbers and dates compare as such. */
  async filterFields(objectType: CustomizableObject, alias: string): Promise<Record<string, FieldSpec>> {
    const defs = await this.list(objectType);
    const spec = (d: CustomFieldDefinitionEntity): FieldSpec => {
      const text = valueSql(d, alias);
      if (d.type === 'number' || d.type === 'currency') return { column: `${text}::numeric`, type: 'number' };
      if (d.type === 'date') return { column: `${text}::timestamptz`, type: 'datetime' };
      if (d.type === 'boolean') return { column: `${text}::boolean`, type: 'boolean' };
      return { column: text, type: 'string' };
    };
    // Keys are validated (lower-case letters, digits, underscore), so they are safe inside SQL.
    return Object.fromEntries(defs.filter((d) => CUSTOM_FIELD_KEY.test(d.key)).map((d) => [`cf_${d.key}`, spec(d)]));
  }

  async define(
    actor: Actor,
    input: { objectType: CustomizableObject; key: string; label: string; labels?: Record<string, string>; type: CustomFieldDef['type']; options?: string[]; optionLabels?: Record<string, unknown>; required?: boolean; position?: number },
  ) {
    this.assertAdmin(actor);
    if (!CUSTOM_FIELD_KEY.test(input.key)) throw AppError.validation([{ path: 'input.key', message: 'Use lower-case letters, digits and _ (start with a letter, at most 40).' }]);
    if ((input.type === 'select' || input.type === 'multi_select') && !input.options?.length) {
      throw AppError.validation([{ path: 'input.options', message: 'A select field needs at least one option.' }]);
    }
    const options = input.options ?? [];
    const translations = checkedTranslations(input.labels, input.optionLabels, options);
    return this.ds.transaction(async (m) => {
      if (await m.existsBy(CustomFieldDefinitionEntity, { objectType: input.objectType, key: input.key })) {
        throw AppError.validation([{ path: 'input.key', message: 'This object already has a field with this key.' }]);
      }
      const def = await m.save(m.create(CustomFieldDefinitionEntity, { ...input, options, labels: translations.labels ?? {}, optionLabels: translations.optionLabels ?? {} }));
      await writeAudit(m, actor, { entityType: 'custom_field_definition', entityId: def.id, action: 'create', changes: [{ field: 'definition', from: null, to: input }] });
      return def;
    });
  }

  async update(
    actor: Actor,
    input: { id: string; label?: string; labels?: Record<string, string>; options?: string[]; optionLabels?: Record<string, unknown>; required?: boolean; position?: number; active?: boolean },
  ) {
    this.assertAdmin(actor);
    return this.ds.transaction(async (m) => {
      const def = await m.findOneBy(CustomFieldDefinitionEntity, { id: input.id });
      if (!def) throw AppError.notFound('The custom field');
      const { id, labels: _labels, optionLabels: _optionLabels, ...rest } = input;
      const options = input.options ?? def.options;
      const translations = checkedTranslations(input.labels, input.optionLabels, options);
      const patch: Partial<CustomFieldDefinitionEntity> = { ...rest, ...(translations.labels ? { labels: translations.labels } : {}) };
      // Option translations follow the options: given ones replace the stored, and a removed option takes its own along.
      if (translations.optionLabels) patch.optionLabels = translations.optionLabels;
      else if (input.options) patch.optionLabels = keepOptionLabels(options, def.optionLabels);
      await m.update(CustomFieldDefinitionEntity, { id }, patch as never);
      await writeAudit(m, actor, { entityType: 'custom_field_definition', entityId: id, action: 'update', changes: Object.entries(patch).map(([field, to]) => ({ field, from: (def as never)[field], to })) });
      return m.findOneByOrFail(CustomFieldDefinitionEntity, { id });
    });
  }

  private assertAdmin(actor: Actor) {
    if (scopeFor(actor, 'user', 'write') !== RecordScope.All) throw AppError.forbidden('Only administrators can define custom fields.');
  }
}

/** A definition's label and option translations, checked together so every problem is listed at once (docs/adr/0010). */
function checkedTranslations(labels: unknown, optionLabels: unknown, options: readonly string[]) {
  const problems: NameProblem[] = [];
  const out: { labels?: Record<string, string>; optionLabels?: CustomFieldDefinitionEntity['optionLabels'] } = {};
  if (labels !== undefined && labels !== null) {
    const checked = checkNameTranslations(labels, 'input.labels');
    problems.push(...checked.problems);
    out.labels = checked.names as Record<string, string>;
  }
  if (optionLabels !== undefined && optionLabels !== null) {
    const checked = checkOptionLabels(options, optionLabels, 'input.optionLabels');
    problems.push(...checked.problems);
    out.optionLabels = checked.optionLabels;
  }
  if (problems.length) throw AppError.validation(problems);
  return out;
}
