import { Field, GraphQLISODateTime, InputType, ObjectType } from '@nestjs/graphql';
import { IsDate, IsOptional, IsString, MaxLength } from 'class-validator';
import { Activity, Contact, Lead } from '@rapport/sales-api';
import { Campaign } from './campaign.model';

@InputType({ description: 'An inbound phone call, logged by the agent who took it or by a telephony system.' })
export class LogInboundCallInput {
  @Field({ description: 'The number the caller dialled: a campaign’s tracking number attributes the call to it.' }) @IsString() @MaxLength(40) dialedNumber: string;
  @Field({ description: 'The caller’s number: matched (E.164) to a contact, then a lead, you may see.' }) @IsString() @MaxLength(40) callerNumber: string;
  @Field(() => String, { nullable: true, description: 'The caller’s name, for a new lead when nobody has the number.' }) @IsOptional() @IsString() @MaxLength(100) callerName?: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the call came in; defaults to now.' }) @IsOptional() @IsDate() occurredAt?: Date | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(5000) notes?: string | null;
}

@ObjectType()
export class LogInboundCallPayload {
  @Field(() => Activity, { description: 'The call, on the person’s timeline.' }) activity: Activity;
  @Field(() => Campaign, { nullable: true, description: 'The campaign whose tracking number was dialled (if any, and if you may see it).' }) campaign: Campaign | null;
  @Field(() => Contact, { nullable: true }) contact: Contact | null;
  @Field(() => Lead, { nullable: true }) lead: Lead | null;
  @Field({ description: 'Nobody you may see had the caller’s number, so a lead was created.' }) createdLead: boolean;
}
