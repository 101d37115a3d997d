import { Field, Float, GraphQLISODateTime, ID, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsDate, IsEmail, IsISO8601, IsIn, IsInt, IsNumber, IsObject, IsOptional, IsString, IsTimeZone, IsUUID, IsUrl, Length, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { FieldDefinition, InputMode, RecordDefinition } from '@rapport/shared-domain';
import { fieldKeys, inMode, isNullable, isOutput, isSortable, operatorsOf } from '@rapport/shared-domain';
import { BooleanFilter, DateTimeFilter, IdFilter, NumberFilter, StringFilter } from '../filters';
import { IsDecimal, IsOmittable } from '../input-decorators';
import { Address, AddressInput } from './address.model';
import { graphqlEnum, graphqlEnumFilter, screamingCase } from './graphql-enums';

/**
 * GraphQL types derived from record definitions (docs/adr/0011-record-definitions.md). A model
 * file keeps its class (with what is special about it: resolved fields, an update's `id`) and
 * calls these to declare the definition's fields on it, so a field added to the definition
 * appears in the output, filter, order and input types at once. Custom field values (on types
 * whose definition allows them) and a filter's `and`/`or`/`not` are declared here too, first, so
 * the schema lists them where the hand-written classes used to.
 */
type Cls = abstract new (...args: never[]) => object;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Nest's type functions return any GraphQL type reference
type TypeFn = () => any;

function valueType(f: FieldDefinition, input: boolean): TypeFn {
  switch (f.type) {
    case 'id':
    case 'reference':
      return () => ID;
    case 'integer':
      return () => Int;
    case 'number':
    case 'money':
      return () => Float;
    case 'datetime':
      return () => GraphQLISODateTime;
    case 'boolean':
      return () => Boolean;
    case 'enum': {
      // Registered now, while the module loads: Nest collects types before it builds the schema.
      const e = graphqlEnum(f.enumName!, f.enumValues!);
      return () => e;
    }
    case 'address':
      return () => (input ? AddressInput : Address);
    case 'json':
      return () => GraphQLJSONObject;
    case 'emailList':
    case 'phoneList':
      return () => [String];
    default:
      // Texts, and dates as YYYY-MM-DD strings.
      return () => String;
  }
}

/** What a derived output type holds besides its definition's fields (see the merged interfaces). */
export interface CustomFieldValues {
  customFields: Record<string, unknown>;
}
/** What a derived create or update input holds besides its definition's fields. */
export interface CustomFieldInput {
  customFields?: Record<string, unknown>;
}
/** What a derived filter holds besides its definition's fields. */
export interface FilterLogic<F> {
  customFields?: Record<string, unknown>;
  and?: F[];
  or?: F[];
  not?: F;
}

/** Declares the definition's output fields (`isOutput`) on a GraphQL object type. */
export function declareOutputFields(cls: Cls, def: RecordDefinition): void {
  if (def.customFields) Field(() => GraphQLJSONObject, { description: 'Values of admin-defined fields, by key.' })(cls.prototype, 'customFields');
  for (const [key, f] of Object.entries(def.fields)) {
    if (!isOutput(f)) continue;
    Field(valueType(f, false), { nullable: isNullable(f), description: f.description ?? (f.type === 'date' ? 'YYYY-MM-DD' : undefined) })(cls.prototype, key);
  }
}

function filterType(f: FieldDefinition): TypeFn {
  if (f.filterAs === 'text') return () => StringFilter;
  switch (f.type) {
    case 'id':
    case 'reference':
      return () => IdFilter;
    case 'integer':
    case 'number':
    case 'money':
      return () => NumberFilter;
    case 'date':
    case 'datetime':
      return () => DateTimeFilter;
    case 'boolean':
      return () => BooleanFilter;
    case 'enum': {
      // Declared now, while the module loads (see valueType).
      const filter = graphqlEnumFilter(f.enumName!, f.enumValues!);
      return () => filter;
    }
    default:
      return () => StringFilter;
  }
}

/** Declares a filter input's per-field conditions for every filterable field. */
export function declareFilterFields(cls: Cls, def: RecordDefinition): void {
  const on = (key: string, type: TypeFn, description?: string) => Field(type, { nullable: true, description })(cls.prototype, key);
  if (def.customFields) on('customFields', () => GraphQLJSONObject, 'Filters on custom fields: { <key>: { eq | in | contains | gte | … } }.');
  on('and', () => [cls]);
  on('or', () => [cls]);
  on('not', () => cls);
  for (const [key, f] of Object.entries(def.fields)) {
    if (operatorsOf(f).length > 0) Field(filterType(f), { nullable: true })(cls.prototype, key);
  }
}

/** `<Type>OrderField`: the sortable fields, as an enum of the API's names over the field keys. */
export function orderFieldEnum(def: RecordDefinition): Record<string, string> {
  const e = Object.fromEntries(fieldKeys(def, isSortable).map((k) => [screamingCase(k), k]));
  registerEnumType(e, { name: `${def.graphqlName}OrderField` });
  return e;
}

type Decorator = PropertyDecorator;

/** The validators of one editable field: its value type's rule plus length, range and presence. */
function validators(f: FieldDefinition, mode: InputMode): Decorator[] {
  // Optional: may be left out; null too if the column may be empty (null clears it). A column that
  // is never empty, or a required field on update, refuses null with the field's own message
  // instead of a NOT NULL violation.
  const optional = !f.required || mode === 'update';
  const rules: Decorator[] = !optional ? [] : [isNullable(f) ? IsOptional() : IsOmittable()];
  const max = f.maxLength;
  const message = f.message ? { message: f.message } : {};
  switch (f.type) {
    case 'emailList':
      rules.push(IsEmail({}, { each: true, ...message }));
      if (f.maxItems !== undefined) rules.push(ArrayMaxSize(f.maxItems));
      if (max) rules.push(MaxLength(max, { each: true }));
      break;
    case 'phoneList':
      rules.push(IsString({ each: true, ...message }));
      if (f.maxItems !== undefined) rules.push(ArrayMaxSize(f.maxItems));
      if (max) rules.push(MaxLength(max, { each: true }));
      break;
    case 'text':
    case 'longText':
    case 'phone':
      rules.push(IsString(message));
      if (f.oneOf) rules.push(IsIn([...f.oneOf], message));
      if (f.pattern) rules.push(Matches(new RegExp(f.pattern), message));
      if (f.format === 'timeZone') rules.push(IsTimeZone(message));
      if (f.required && max) rules.push(Length(1, max, { message: `${f.title} must be 1 to ${max} characters.` }));
      else if (max) rules.push(MaxLength(max));
      break;
    case 'email':
      rules.push(IsEmail({}, message));
      if (max) rules.push(MaxLength(max));
      break;
    case 'url':
      rules.push(IsUrl({ require_protocol: false }, { message: 'Enter a web address like example.com.' }));
      if (max) rules.push(MaxLength(max));
      break;
    case 'integer':
      rules.push(IsInt());
      break;
    case 'number':
      rules.push(IsNumber());
      break;
    case 'money':
      rules.push(IsDecimal(2));
      break;
    case 'date':
      rules.push(IsISO8601({ strict: true }, { message: 'Use a date like 2026-12-31.' }));
      break;
    case 'boolean':
      rules.push(IsBoolean());
      break;
    case 'enum':
      rules.push(IsIn([...f.enumValues!], message));
      break;
    case 'id':
    case 'reference':
      rules.push(IsUUID('all', message));
      break;
    case 'address':
      rules.push(ValidateNested(), Type(() => AddressInput));
      break;
    case 'json':
      rules.push(IsObject());
      break;
    case 'datetime':
      // The DateTime scalar has parsed and checked it; the rule declares the field to the whitelist.
      rules.push(IsDate());
      break;
  }
  if (f.min !== undefined) rules.push(Min(f.min, f.minMessage ? { message: f.minMessage } : {}));
  return rules;
}

/**
 * Declares the fields of a create input (or of an update input, every field optional there), with
 * their validators (messages come from the catalogue by constraint, libs/shared/errors).
 */
export function declareInputFields(cls: Cls, def: RecordDefinition, mode: InputMode = 'create'): void {
  const settable = inMode(mode);
  if (def.customFields) {
    Field(() => GraphQLJSONObject, { nullable: true, description: 'Values of admin-defined fields, by key (validated against their definitions).' })(cls.prototype, 'customFields');
    IsOptional()(cls.prototype, 'customFields');
    IsObject()(cls.prototype, 'customFields');
  }
  for (const [key, f] of Object.entries(def.fields)) {
    if (!settable(f)) continue;
    Field(valueType(f, true), { nullable: !f.required || mode === 'update', description: f.description })(cls.prototype, key);
    for (const rule of validators(f, mode)) rule(cls.prototype, key);
  }
}
