import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType, PartialType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNumber, IsObject, IsOptional, IsString, IsUUID, IsUrl, Length, MaxLength, Min, ValidateNested } from 'class-validator';
import { Connection, DateTimeFilter, IdFilter, StringFilter } from '@rapport/shared-api';
import { AccountTier } from '@rapport/sales-domain';
import { Address, AddressInput, customizableOrderByInput } from './common';
import { AccountOrderField, AccountTierEnum } from './enums';

@ObjectType()
export class Account {
  @Field(() => GraphQLJSONObject, { description: 'Values of admin-defined fields, by key.' }) customFields: Record<string, unknown>;
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) industry: string | null;
  @Field(() => AccountTierEnum, { nullable: true }) tier: AccountTier | null;
  @Field(() => String, { nullable: true }) territory: string | null;
  @Field(() => String, { nullable: true }) website: string | null;
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field(() => Address, { nullable: true }) billingAddress: Address | null;
  @Field(() => Address, { nullable: true }) shippingAddress: Address | null;
  @Field(() => Float, { nullable: true }) annualRevenue: number | null;
  @Field(() => Int, { nullable: true }) employeeCount: number | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime) updatedAt: Date;
  parentAccountId: string | null;
  ownerId: string | null;
}

@ObjectType()
export class AccountConnection extends Connection(Account, 'Account') {}

@InputType()
export class AccountFilter {
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Filters on custom fields: { <key>: { eq | in | contains | gte | … } }.' }) customFields?: Record<string, unknown>;
  @Field(() => [AccountFilter], { nullable: true }) and?: AccountFilter[];
  @Field(() => [AccountFilter], { nullable: true }) or?: AccountFilter[];
  @Field(() => AccountFilter, { nullable: true }) not?: AccountFilter;
  @Field(() => IdFilter, { nullable: true }) id?: IdFilter;
  @Field(() => StringFilter, { nullable: true }) name?: StringFilter;
  @Field(() => StringFilter, { nullable: true }) industry?: StringFilter;
  @Field(() => StringFilter, { nullable: true }) tier?: StringFilter;
  @Field(() => StringFilter, { nullable: true }) territory?: StringFilter;
  @Field(() => IdFilter, { nullable: true }) parentAccountId?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) ownerId?: IdFilter;
  @Field(() => DateTimeFilter, { nullable: true }) createdAt?: DateTimeFilter;
  @Field(() => DateTimeFilter, { nullable: true }) updatedAt?: DateTimeFilter;
}

export const AccountOrderBy = customizableOrderByInput('AccountOrderBy', AccountOrderField);
export type AccountOrderBy = InstanceType<typeof AccountOrderBy>;

const TIERS = Object.values(AccountTier);

@InputType()
export class CreateAccountInput {
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Values of admin-defined fields, by key (validated against their definitions).' })
  @IsOptional()
  @IsObject()
  customFields?: Record<string, unknown>;
  @Field() @IsString() @Length(1, 200, { message: 'Name must be 1 to 200 characters.' }) name: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(120) industry?: string | null;
  @Field(() => AccountTierEnum, { nullable: true }) @IsOptional() @IsIn(TIERS) tier?: AccountTier | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(120) territory?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ require_protocol: false }, { message: 'Enter a web address like example.com.' })
  website?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(40) phone?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') parentAccountId?: string | null;
  @Field(() => AddressInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => AddressInput) billingAddress?: AddressInput | null;
  @Field(() => AddressInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => AddressInput) shippingAddress?: AddressInput | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() @Min(0) annualRevenue?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) employeeCount?: number | null;
  @Field(() => ID, { nullable: true, description: 'Defaults to the caller.' }) @IsOptional() @IsUUID('all') ownerId?: string;
}

@InputType()
export class UpdateAccountInput extends PartialType(CreateAccountInput, { skipNullProperties: false }) {
  @Field(() => ID) @IsUUID('all') id: string;
}

@ObjectType()
export class AccountPayload {
  @Field(() => Account) account: Account;
}
@ObjectType()
export class CreateAccountPayload extends AccountPayload {}
@ObjectType()
export class UpdateAccountPayload extends AccountPayload {}
