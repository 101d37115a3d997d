import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsOptional, IsUUID, ValidateNested } from 'class-validator';

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
