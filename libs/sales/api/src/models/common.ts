import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { SortDirection } from '@rapport/shared-api';

@ObjectType()
export class Address {
  @Field(() => String, { nullable: true }) street?: string | null;
  @Field(() => String, { nullable: true }) city?: string | null;
  @Field(() => String, { nullable: true }) region?: string | null;
  @Field(() => String, { nullable: true }) postalCode?: string | null;
  @Field(() => String, { nullable: true }) country?: string | null;
}

@InputType()
export class AddressInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(300) street?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(120) city?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(120) region?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(20) postalCode?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(80) country?: string | null;
}

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
