import { Field, GraphQLISODateTime, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import type { ShareableObject } from '../services/sharing.service';

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
