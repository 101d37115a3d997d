import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsIn, IsUUID } from 'class-validator';
import type { BulkObject } from '../services/bulk.service';

export const BulkObjectEnum = { ACCOUNT: 'account', CONTACT: 'contact', LEAD: 'lead', OPPORTUNITY: 'opportunity', ACTIVITY: 'activity' } as const;
registerEnumType(BulkObjectEnum, { name: 'BulkObject' });

@InputType()
export class BulkAssignInput {
  @Field(() => BulkObjectEnum) @IsIn(Object.values(BulkObjectEnum)) objectType: BulkObject;
  @Field(() => [ID]) @ArrayMaxSize(500) @IsUUID('all', { each: true }) ids: string[];
  @Field(() => ID) @IsUUID('all') ownerId: string;
}

@ObjectType()
export class BulkAssignPayload {
  @Field(() => Int) updated: number;
  @Field(() => [ID], { description: 'Records you may not change (or that do not exist).' }) skippedIds: string[];
}
