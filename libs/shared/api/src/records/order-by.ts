import { Field, InputType } from '@nestjs/graphql';
import { SortDirection } from '../connection';

/** Shared shape of `<Type>OrderBy` inputs. */
export function orderByInput<F extends Record<string, string>>(name: string, fieldEnum: F) {
  @InputType(name)
  class OrderBy {
    @Field(() => fieldEnum) field: F[keyof F];
    @Field(() => SortDirection, { defaultValue: SortDirection.ASC }) direction: SortDirection;
  }
  return OrderBy;
}

/** `<Type>OrderBy` of an object with custom fields: a built-in field or a custom one (the service checks one is given). */
export function customizableOrderByInput<F extends Record<string, string>>(name: string, fieldEnum: F) {
  @InputType(name)
  class OrderBy {
    @Field(() => fieldEnum as object, { nullable: true, description: 'A built-in field to sort by; or give customField instead.' })
    field?: F[keyof F] | null;
    @Field(() => String, { nullable: true, description: 'The key of a custom field of this object (not a multi-select) to sort by; empty values sort first.' })
    customField?: string | null;
    @Field(() => SortDirection, { defaultValue: SortDirection.ASC }) direction: SortDirection;
  }
  return OrderBy;
}
