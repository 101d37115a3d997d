import { Args, Field, GraphQLISODateTime, ID, InputType, Mutation, ObjectType, Query, registerEnumType, Resolver } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { Actor } from '@rapport/shared-domain';
import { CurrentActor } from '@rapport/shared-api';
import { MergeableObject, MergeService } from '../services/merge.service';
import { ShareableObject, SharingService } from '../services/sharing.service';

export const ShareableObjectEnum = { ACCOUNT: 'account', CONTACT: 'contact', LEAD: 'lead', OPPORTUNITY: 'opportunity' } as const;
registerEnumType(ShareableObjectEnum, { name: 'ShareableObject' });
export const ShareAccessEnum = { READ: 'read', WRITE: 'write' } as const;
registerEnumType(ShareAccessEnum, { name: 'ShareAccess' });

@ObjectType()
export class RecordShare {
  @Field(() => ID) id: string;
  @Field(() => ShareableObjectEnum) objectType: ShareableObject;
  @Field(() => ID) recordId: string;
  @Field(() => ID, { nullable: true }) userId: string | null;
  @Field(() => ID, { nullable: true }) teamId: string | null;
  @Field(() => ShareAccessEnum) access: 'read' | 'write';
  @Field(() => GraphQLISODateTime) createdAt: Date;
}

@InputType()
export class ShareRecordInput {
  @Field(() => ShareableObjectEnum) @IsIn(Object.values(ShareableObjectEnum)) objectType: ShareableObject;
  @Field(() => ID) @IsUUID('all') recordId: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') userId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') teamId?: string;
  @Field(() => ShareAccessEnum, { defaultValue: 'read' }) @IsIn(Object.values(ShareAccessEnum)) access: 'read' | 'write';
}

@InputType()
export class UnshareRecordInput {
  @Field(() => ID) @IsUUID('all') id: string;
}

@ObjectType()
export class ShareRecordPayload {
  @Field(() => RecordShare) share: RecordShare;
}

@Resolver(() => RecordShare)
export class SharingResolver {
  constructor(private readonly sharing: SharingService) {}

  @Query(() => [RecordShare], { description: 'Who a record is shared with (empty when you cannot see the record).' })
  recordShares(
    @CurrentActor() actor: Actor,
    @Args('objectType', { type: () => ShareableObjectEnum }) objectType: ShareableObject,
    @Args('recordId', { type: () => ID }) recordId: string,
  ) {
    return this.sharing.sharesOf(actor, objectType, recordId);
  }

  @Mutation(() => ShareRecordPayload, { description: 'Share a record with a user or a team, for reading or writing.' })
  async shareRecord(@CurrentActor() actor: Actor, @Args('input') input: ShareRecordInput) {
    return { share: await this.sharing.share(actor, input) };
  }

  @Mutation(() => ShareRecordPayload)
  async unshareRecord(@CurrentActor() actor: Actor, @Args('input') input: UnshareRecordInput) {
    return { share: await this.sharing.unshare(actor, input.id) };
  }
}

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

@Resolver()
export class MergeResolver {
  constructor(private readonly merges: MergeService) {}

  @Mutation(() => MergeRecordsPayload, { description: 'Merge duplicates into one record, choosing field by field; relations move to the survivor.' })
  async mergeRecords(@CurrentActor() actor: Actor, @Args('input') input: MergeRecordsInput) {
    await this.merges.merge(actor, input);
    return { survivorId: input.survivorId, mergedIds: input.mergedIds.filter((id) => id !== input.survivorId) };
  }
}
