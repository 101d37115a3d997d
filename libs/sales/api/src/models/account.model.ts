
import { Field, ID, InputType, ObjectType, PartialType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import type { ApiFields, InputFields } from '@rapport/shared-domain';
import { Connection, CustomFieldInput, CustomFieldValues, declareFilterFields, declareInputFields, declareOutputFields, FilterLogic } from '@rapport/shared-api';
import { ACCOUNT } from '@rapport/sales-domain';
import { customizableOrderByInput } from './common';
import { AccountOrderField } from './enums';

// The account's fields come from ACCOUNT (sales-domain, docs/adr/0011): declared on these classes
// below, typed by the merged interfaces. Only what is special to the API is written here.

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- typed fields of the derived declarations
export interface Account extends ApiFields<typeof ACCOUNT>, CustomFieldValues {}
@ObjectType()
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see above
export class Account {}
declareOutputFields(Account, ACCOUNT);

@ObjectType()
export class AccountConnection extends Connection(Account, 'Account') {}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- typed conditions of the derived declarations
export interface AccountFilter extends Partial<Record<keyof typeof ACCOUNT.fields, unknown>>, FilterLogic<AccountFilter> {}
@InputType()
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see above
export class AccountFilter {}
declareFilterFields(AccountFilter, ACCOUNT);

export const AccountOrderBy = customizableOrderByInput('AccountOrderBy', AccountOrderField);
export type AccountOrderBy = InstanceType<typeof AccountOrderBy>;

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- typed fields of the derived declarations
export interface CreateAccountInput extends InputFields<typeof ACCOUNT>, CustomFieldInput {}
@InputType()
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see above
export class CreateAccountInput {}
declareInputFields(CreateAccountInput, ACCOUNT);

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
