import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import type { MergeableObject } from '../services/merge.service';

export const MergeableObjectEnum = { ACCOUNT: 'account', CONTACT: 'contact', LEAD: 'lead' } as const;
registerEnumType(MergeableObjectEnum, { name: 'MergeableObject' });

@InputType()
export class MergeFieldChoice {
  @Field({ description: 'e.g. name, website, email, ownerId' }) @IsString() @MaxLength(60) field: string;
  @Field(() => ID, { description: 'The record whose value wins.' }) @IsUUID('all') fromId: string;
}

@InputType()
export class MergeRecordsInput {
  @Field(() => MergeableObjectEnum) @IsIn(Object.values(MergeableObjectEnum)) objectType: MergeableObject;
  @Field(() => ID) @IsUUID('all') survivorId: string;
  @Field(() => [ID]) @ArrayMinSize(1) @ArrayMaxSize(10) @IsUUID('all', { each: true }) mergedIds: string[];
  @Field(() => [MergeFieldChoice], { nullable: true }) @IsOptional() @ValidateNested({ each: true }) @Type(() => MergeFieldChoice) fieldChoices?: MergeFieldChoice[];
}

@ObjectType()
export class MergeRecordsPayload {
  @Field(() => ID) survivorId: string;
  @Field(() => [ID]) mergedIds: string[];
}
