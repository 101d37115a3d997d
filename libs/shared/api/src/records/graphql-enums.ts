import { Field, InputType, registerEnumType } from '@nestjs/graphql';

/** SCREAMING_CASE API names over stored lower-case values (`best_case` → `BEST_CASE`). */
export const upperCaseEnum = (values: readonly string[]): Record<string, string> => Object.fromEntries(values.map((v) => [v.toUpperCase(), v]));

const enums = new Map<string, Record<string, string>>();
const enumFilters = new Map<string, new () => object>();

/**
 * The GraphQL enum named `name` over stored `values`, registered once however many definitions
 * and models use it (a second registration of one name would be two types in the schema).
 */
export function graphqlEnum(name: string, values: readonly string[]): Record<string, string> {
  let e = enums.get(name);
  if (!e) {
    e = upperCaseEnum(values);
    registerEnumType(e, { name });
    enums.set(name, e);
  }
  return e;
}

/** `<Enum>Filter { eq ne in }` for filtering on an enum field. */
export function graphqlEnumFilter(name: string, values: readonly string[]): new () => object {
  let filter = enumFilters.get(name);
  if (!filter) {
    const e = graphqlEnum(name, values);
    @InputType(`${name}Filter`)
    class EnumFilter {
      @Field(() => e, { nullable: true }) eq?: string;
      @Field(() => e, { nullable: true }) ne?: string;
      @Field(() => [e], { nullable: true }) in?: string[];
    }
    filter = EnumFilter;
    enumFilters.set(name, filter);
  }
  return filter;
}

/** `camelCase` → `CAMEL_CASE`: the API name of a sort field. */
export const screamingCase = (key: string) => key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
