import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsDate, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { Connection } from '@rapport/shared-api';
import { RecordScopeEnum, RoleEnum } from './enums';
import { RecordScope, Role } from '@rapport/shared-domain';

@ObjectType()
export class ApiKey {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field({ description: 'The public start of the key, shown so people can tell keys apart.' }) prefix: string;
  @Field(() => [String]) scopes: string[];
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) lastUsedAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) expiresAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) revokedAt: Date | null;
  actsAsUserId: string;
  createdBy: string;
}

@ObjectType()
export class ApiKeyConnection extends Connection(ApiKey, 'ApiKey') {}

@InputType()
export class CreateApiKeyInput {
  @Field()
  @IsString()
  @Length(1, 120, { message: 'Name must be 1 to 120 characters.' })
  name: string;

  @Field(() => [String])
  @ArrayMinSize(1, { message: 'Choose at least one scope.' })
  @ArrayMaxSize(50)
  @Matches(/^[a-z]+:(read|write)$/, { each: true, message: 'Each scope looks like "users:read".' })
  scopes: string[];

  @Field(() => ID, { nullable: true, description: 'The user whose visibility the key has; defaults to the creator.' })
  @IsOptional()
  @IsUUID('all')
  actsAsUserId?: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @IsDate()
  expiresAt?: Date;
}

@ObjectType()
export class CreateApiKeyPayload {
  @Field(() => ApiKey) apiKey: ApiKey;
  @Field({ description: 'The full key. Shown once: only its hash is stored.' }) secret: string;
}

@InputType()
export class RevokeApiKeyInput {
  @Field(() => ID)
  @IsUUID('all')
  id: string;
}

@ObjectType()
export class RevokeApiKeyPayload {
  @Field(() => ApiKey) apiKey: ApiKey;
}

@ObjectType()
export class Permission {
  @Field() object: string;
  @Field(() => RecordScopeEnum) read: RecordScope;
  @Field(() => RecordScopeEnum) write: RecordScope;
}

@ObjectType()
export class RoleInfo {
  @Field(() => RoleEnum) role: Role;
  @Field(() => [Permission]) permissions: Permission[];
}

@ObjectType()
export class SearchHit {
  @Field() type: string;
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => String, { nullable: true }) subtitle: string | null;
}
