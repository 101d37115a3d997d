import { Args, Field, GraphQLISODateTime, ID, InputType, Int, Mutation, ObjectType, Query, registerEnumType, Resolver } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsIn, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { Actor } from '@rapport/shared-domain';
import { CurrentActor } from '@rapport/shared-api';
import { HandoverEntity } from '@rapport/sales-data';
import { BulkObject, BulkService } from '../services/bulk.service';
import { HandoverService } from '../services/handover.service';

@ObjectType()
export class Handover {
  @Field(() => ID) id: string;
  @Field(() => ID) fromUserId: string;
  @Field({ description: 'queued, running, done or failed' }) status: string;
  @Field(() => Int) total: number;
  @Field(() => Int) moved: number;
  @Field(() => Int, { description: '0–100' }) progress: number;
  @Field(() => String, { nullable: true }) error: string | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) finishedAt: Date | null;
}

@InputType()
export class HandoverAssignmentsInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') accounts?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') contacts?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') leads?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') opportunities?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') tasks?: string;
}

@InputType()
export class TransferOwnershipInput {
  @Field(() => ID, { description: 'The person whose book moves.' }) @IsUUID('all') fromUserId: string;
  @Field(() => ID, { description: 'Default new owner for everything.' }) @IsUUID('all') toUserId: string;
  @Field(() => HandoverAssignmentsInput, { nullable: true, description: 'Different owners per kind of record.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => HandoverAssignmentsInput)
  assignments?: HandoverAssignmentsInput;
  @Field({ defaultValue: false, description: 'Deactivate the person when the transfer is done.' }) @IsBoolean() deactivate: boolean;
}

@ObjectType()
export class TransferOwnershipPayload {
  @Field(() => Handover) handover: Handover;
}

const view = (h: HandoverEntity): Handover => ({ ...h, progress: h.status === 'done' ? 100 : h.total ? Math.min(99, Math.floor((h.moved / h.total) * 100)) : 0 });

@Resolver(() => Handover)
export class HandoverResolver {
  constructor(private readonly handovers: HandoverService) {}

  @Mutation(() => TransferOwnershipPayload, { description: 'Hand a person’s open book to new owners, as a background job with progress.' })
  async transferOwnership(@CurrentActor() actor: Actor, @Args('input') input: TransferOwnershipInput) {
    return { handover: view(await this.handovers.start(actor, input)) };
  }

  @Query(() => Handover, { nullable: true })
  async handover(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    const h = await this.handovers.find(actor, id);
    return h ? view(h) : null;
  }
}

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

@Resolver()
export class BulkResolver {
  constructor(private readonly bulk: BulkService) {}

  @Mutation(() => BulkAssignPayload, { description: 'Assign up to 500 records of one kind to an owner.' })
  bulkAssign(@CurrentActor() actor: Actor, @Args('input') input: BulkAssignInput) {
    return this.bulk.assign(actor, input);
  }
}
