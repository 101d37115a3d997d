import { Field, GraphQLISODateTime, ID, InputType, ObjectType, PickType } from '@nestjs/graphql';

import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength, MinLength } from 'class-validator';
import { ALL_ROLES, Role } from '@rapport/shared-domain';
import { BooleanFilter, Connection, DateTimeFilter, IdFilter, IsOmittable, SortDirection, StringFilter } from '@rapport/shared-api';
import type { Locale } from '@rapport/shared-database';
import { LocaleEnum, RoleEnum, UserOrderField } from './enums';

const LOCALES = Object.values(LocaleEnum);

/** A reference to a user (owner, manager, creator): enough to show a name and link to them. */
@ObjectType()
export class UserRef {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() name: string;
}

@ObjectType()
export class User {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() name: string;
  @Field(() => RoleEnum) role: Role;
  @Field() active: boolean;
  @Field(() => LocaleEnum) locale: Locale;
  @Field(() => GraphQLISODateTime, { nullable: true }) lastLoginAt: Date | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime) updatedAt: Date;
  teamId: string | null;
}

@ObjectType()
export class UserConnection extends Connection(User, 'User') {}

@InputType()
export class RoleFilter {
  @Field(() => RoleEnum, { nullable: true }) eq?: Role;
  @Field(() => [RoleEnum], { nullable: true }) in?: Role[];
}

@InputType()
export class UserFilter {
  @Field(() => [UserFilter], { nullable: true }) and?: UserFilter[];
  @Field(() => [UserFilter], { nullable: true }) or?: UserFilter[];
  @Field(() => UserFilter, { nullable: true }) not?: UserFilter;
  @Field(() => IdFilter, { nullable: true }) id?: IdFilter;
  @Field(() => StringFilter, { nullable: true }) email?: StringFilter;
  @Field(() => StringFilter, { nullable: true }) name?: StringFilter;
  @Field(() => RoleFilter, { nullable: true }) role?: RoleFilter;
  @Field(() => BooleanFilter, { nullable: true }) active?: BooleanFilter;
  @Field(() => IdFilter, { nullable: true }) teamId?: IdFilter;
  @Field(() => DateTimeFilter, { nullable: true }) createdAt?: DateTimeFilter;
}

@InputType()
export class UserOrderBy {
  @Field(() => UserOrderField) field: (typeof UserOrderField)[keyof typeof UserOrderField];
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC }) direction: SortDirection;
}

@InputType()
export class CreateUserInput {
  @Field()
  @IsEmail({}, { message: 'Enter a valid email address.' })
  @MaxLength(254)
  email: string;

  @Field()
  @IsString()
  @Length(1, 120, { message: 'Name must be 1 to 120 characters.' })
  name: string;

  @Field(() => RoleEnum)
  @IsIn(ALL_ROLES, { message: 'Choose a role.' })
  role: Role;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a team.' })
  teamId?: string | null;

  @Field()
  @IsString()
  @MinLength(10, { message: 'The password needs at least 10 characters.' })
  @MaxLength(200)
  password: string;

  @Field(() => LocaleEnum, { nullable: true, defaultValue: 'en' })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;
}

/** The email is checked as an account's email is; the password only for being there (the hash check decides). */
@InputType()
export class LoginInput extends PickType(CreateUserInput, ['email'] as const) {
  @Field()
  @IsString()
  @Length(1, 200, { message: 'Enter your password.' })
  password: string;
}

@InputType()
export class UpdateUserInput {
  @Field(() => ID)
  @IsUUID('all')
  id: string;

  @Field({ nullable: true })
  @IsOmittable()
  @IsString()
  @Length(1, 120, { message: 'Name must be 1 to 120 characters.' })
  name?: string;

  @Field(() => RoleEnum, { nullable: true })
  @IsOmittable()
  @IsIn(ALL_ROLES)
  role?: Role;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a team.' })
  teamId?: string | null;

  @Field(() => LocaleEnum, { nullable: true })
  @IsOmittable()
  @IsIn(LOCALES)
  locale?: Locale;

  @Field({ nullable: true })
  @IsOmittable()
  @IsBoolean()
  active?: boolean;
}

@InputType()
export class UpdateMyPreferencesInput {
  @Field(() => LocaleEnum)
  @IsIn(LOCALES)
  locale: Locale;
}

@ObjectType()
export class LoginPayload {
  @Field(() => User) user: User;
}

@ObjectType()
export class LogoutPayload {
  @Field() ok: boolean;
}

@ObjectType()
export class UserPayload {
  @Field(() => User) user: User;
}

@ObjectType()
export class CreateUserPayload extends UserPayload {}
@ObjectType()
export class UpdateUserPayload extends UserPayload {}
@ObjectType()
export class UpdateMyPreferencesPayload extends UserPayload {}

