import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsIn, IsObject, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { Connection, graphqlEnum } from '@rapport/shared-api';
import { CONSENT_SOURCES, CONSENT_STATUSES, LAWFUL_BASES, SUPPRESSION_REASONS, type ConsentSource, type ConsentStatus, type LawfulBasis, type SuppressionReason } from '@rapport/marketing-domain';
import type { NameTranslations } from '@rapport/shared-domain';

export const ConsentStatusEnum = graphqlEnum('ConsentStatus', CONSENT_STATUSES);
export const LawfulBasisEnum = graphqlEnum('LawfulBasis', LAWFUL_BASES);
export const ConsentSourceEnum = graphqlEnum('ConsentSource', CONSENT_SOURCES);
export const SuppressionReasonEnum = graphqlEnum('SuppressionReason', SUPPRESSION_REASONS);
export const ConsentAnswerEnum = graphqlEnum('ConsentAnswer', ['opt_in', 'opt_out']);

@ObjectType({ description: 'A kind of marketing mail people answer separately (newsletter, product news, events).' })
export class SubscriptionType {
  @Field(() => ID) id: string;
  @Field({ description: 'Stable identifier for integrations and the List-Id header, e.g. "newsletter".' }) key: string;
  @Field({ description: 'The name in the reader’s language (Accept-Language, else the user’s language); the canonical name without a translation.' }) name: string;
  @Field() canonicalName: string;
  @Field(() => GraphQLJSONObject, { description: 'Translations by locale, e.g. { "zh-CN": "新闻简报", "zh-TW": "電子報" }.' }) names: NameTranslations;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field({ description: 'An opt-in stays pending until the person confirms it from the mail sent to them.' }) doubleOptIn: boolean;
  @Field({ description: 'No answer means no mail; false: mail until the person opts out (legitimate interest).' }) requiresOptIn: boolean;
  @Field() active: boolean;
}

@ObjectType({ description: 'An address’s current answer for one subscription type, or to all marketing (subscriptionType null).' })
export class Consent {
  @Field({ description: 'The normalised email address the answer belongs to.' }) address: string;
  @Field(() => SubscriptionType, { nullable: true, description: 'Null: the answer to marketing as a whole (an opt-out here stops every type).' }) subscriptionType: SubscriptionType | null;
  @Field(() => ConsentStatusEnum) status: ConsentStatus;
  @Field(() => GraphQLISODateTime) updatedAt: Date;
}

@ObjectType({ description: 'One answer as it was given, with its evidence. Never changed afterwards.' })
export class ConsentEvent {
  @Field(() => ID) id: string;
  @Field() address: string;
  @Field(() => SubscriptionType, { nullable: true, description: 'Null: the global answer.' }) subscriptionType: SubscriptionType | null;
  @Field(() => ConsentStatusEnum) status: ConsentStatus;
  @Field(() => LawfulBasisEnum) lawfulBasis: LawfulBasis;
  @Field(() => ConsentSourceEnum) source: ConsentSource;
  @Field(() => String, { nullable: true, description: 'Which wording the person saw.' }) wordingVersion: string | null;
  @Field(() => String, { nullable: true }) ip: string | null;
  @Field(() => String, { nullable: true }) userAgent: string | null;
  @Field(() => ID, { nullable: true, description: 'The user who recorded it; null when the person answered themselves.' }) recordedBy: string | null;
  @Field(() => GraphQLISODateTime) occurredAt: Date;
}

@ObjectType({ description: 'An address no marketing goes to (a hard bounce stops transactional mail too).' })
export class Suppression {
  @Field() address: string;
  @Field(() => SuppressionReasonEnum) reason: SuppressionReason;
  @Field(() => String, { nullable: true }) detail: string | null;
  @Field(() => Int, { description: 'Soft bounces counted so far (suppressed after a configured number).' }) softBounces: number;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}

@ObjectType()
export class SuppressionConnection extends Connection(Suppression, 'Suppression') {}

const KEY = /^[a-z0-9][a-z0-9_-]{1,39}$/;

@InputType()
export class SaveSubscriptionTypeInput {
  @Field(() => ID, { nullable: true, description: 'Set to change a type; leave out to create one.' }) @IsOptional() @IsUUID('all') id?: string;
  @Field() @Matches(KEY, { message: 'The key is 2–40 lower-case letters, digits, "-" or "_", e.g. product-news.' }) key: string;
  @Field() @IsString() @MinLength(1, { message: 'Give the type a name.' }) @MaxLength(100) name: string;
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Translations by locale (zh-CN, zh-TW).' }) @IsOptional() @IsObject() names?: NameTranslations;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) description?: string | null;
  @Field({ defaultValue: false }) @IsBoolean() doubleOptIn: boolean;
  @Field({ defaultValue: true }) @IsBoolean() requiresOptIn: boolean;
  @Field({ defaultValue: true }) @IsBoolean() active: boolean;
}

@ObjectType()
export class SubscriptionTypePayload {
  @Field(() => SubscriptionType) subscriptionType: SubscriptionType;
}

@InputType({ description: 'An answer recorded by staff or an integration: for a contact, a lead, or a bare address (one of them).' })
export class SetConsentInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') contactId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') leadId?: string;
  @Field(() => String, { nullable: true, description: 'With a contact: which of its addresses (its primary one when left out).' }) @IsOptional() @IsString() @MaxLength(254) address?: string;
  @Field(() => ID, { nullable: true, description: 'Null or left out: the answer to marketing as a whole.' }) @IsOptional() @IsUUID('all') subscriptionTypeId?: string | null;
  @Field(() => ConsentAnswerEnum) @IsIn(['opt_in', 'opt_out']) answer: 'opt_in' | 'opt_out';
  @Field(() => LawfulBasisEnum, { defaultValue: 'consent' }) @IsIn([...LAWFUL_BASES]) lawfulBasis: LawfulBasis;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) wordingVersion?: string | null;
  @Field({ defaultValue: false, description: 'The opt-in was already confirmed elsewhere (e.g. a double opt-in done before the import): it skips the pending step.' }) @IsBoolean() confirmed: boolean;
}

@ObjectType()
export class SetConsentPayload {
  @Field(() => Consent) consent: Consent;
  @Field(() => ConsentEvent) event: ConsentEvent;
}

@InputType()
export class AddSuppressionsInput {
  @Field(() => [String]) @ArrayMinSize(1) @ArrayMaxSize(10_000) @IsString({ each: true }) @MaxLength(254, { each: true }) addresses: string[];
  @Field(() => SuppressionReasonEnum, { defaultValue: 'imported' }) @IsIn([...SUPPRESSION_REASONS]) reason: SuppressionReason;
  @Field(() => String, { nullable: true, description: 'Where the list came from; shown beside each address.' }) @IsOptional() @IsString() @MaxLength(200) detail?: string | null;
}

@ObjectType()
export class AddSuppressionsPayload {
  @Field(() => Int, { description: 'Addresses newly suppressed.' }) added: number;
  @Field(() => Int, { description: 'Addresses that were suppressed already.' }) alreadySuppressed: number;
  @Field(() => [String], { description: 'Entries that are not email addresses (left out).' }) invalid: string[];
}
