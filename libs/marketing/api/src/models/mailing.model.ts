import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsDate, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { graphqlEnum } from '@rapport/shared-api';
import { CONTACT_POLICY_RULES, MAILING_SKIP_REASONS, MAILING_STATUSES, RECURRENCE_FREQUENCIES, type ContactPolicyRuleKey, type MailingSkipReason, type MailingStatus, type RecurrenceFrequency } from '@rapport/marketing-domain';

export const MailingStatusEnum = graphqlEnum('MailingStatus', MAILING_STATUSES);
export const MailingSkipReasonEnum = graphqlEnum('MailingSkipReason', MAILING_SKIP_REASONS);
export const MAILING_KINDS = ['one_off', 'recurring', 'occurrence', 'nurture'] as const;
export const MailingKindEnum = graphqlEnum('MailingKind', MAILING_KINDS);
export const RecurrenceFrequencyEnum = graphqlEnum('RecurrenceFrequency', RECURRENCE_FREQUENCIES);

@ObjectType({ description: 'How a recurring mailing repeats (a subset of RFC 5545 RRULE), in wall-clock time of its time zone.' })
export class MailingRecurrence {
  @Field(() => RecurrenceFrequencyEnum) frequency: RecurrenceFrequency;
  @Field(() => Int, { description: 'Every n days, weeks or months.' }) interval: number;
  @Field(() => [Int], { description: 'Weekly: ISO weekdays, 1 = Monday … 7 = Sunday.' }) weekdays: number[];
  @Field(() => Int, { nullable: true, description: 'Monthly: the day of the month (a shorter month uses its last day).' }) monthDay: number | null;
  @Field(() => Int) hour: number;
  @Field(() => Int) minute: number;
  @Field() timeZone: string;
  @Field(() => Int, { nullable: true, description: 'Ends after this many occurrences.' }) count: number | null;
  @Field(() => String, { nullable: true, description: 'Ends after this day (YYYY-MM-DD).' }) until: string | null;
  @Field({ description: 'The rule as RRULE text, e.g. FREQ=WEEKLY;INTERVAL=1;BYDAY=MO;BYHOUR=9;BYMINUTE=0.' }) rrule: string;
}

@InputType({ description: 'Makes the mailing a series: each time the rule comes round, an occurrence is sent with the template as it is then.' })
export class MailingRecurrenceInput {
  @Field(() => RecurrenceFrequencyEnum) @IsIn([...RECURRENCE_FREQUENCIES]) frequency: RecurrenceFrequency;
  @Field(() => Int, { nullable: true, description: 'Every n days, weeks or months (1–12); default 1.' }) @IsOptional() @IsInt() interval?: number | null;
  @Field(() => [Int], { nullable: true, description: 'Weekly: ISO weekdays, 1 = Monday … 7 = Sunday.' }) @IsOptional() @ArrayMaxSize(7) @IsInt({ each: true }) weekdays?: number[] | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() monthDay?: number | null;
  @Field(() => Int) @IsInt() hour: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() minute?: number | null;
  @Field(() => String, { nullable: true, description: 'IANA time zone; default: the contact policy’s.' }) @IsOptional() @IsString() @MaxLength(64) timeZone?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() count?: number | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, the last day an occurrence may fall on.' }) @IsOptional() @IsString() @MaxLength(10) until?: string | null;
}
const RULE_KEYS = CONTACT_POLICY_RULES.map((r) => r.key);
export const ContactPolicyRuleEnum = graphqlEnum('ContactPolicyRuleKey', RULE_KEYS);

@ObjectType({ description: 'Who a mailing goes to: members of its campaign with these statuses, plus every member of the lists (other campaigns), minus the exclusion lists. One message per address.' })
export class MailingAudience {
  @Field(() => [String]) campaignMemberStatuses: string[];
  @Field(() => [ID]) listIds: string[];
  @Field(() => [ID]) excludeListIds: string[];
  // segmentIds and excludeSegmentIds: MailingAudienceResolver (older mailings have none stored).
}

@ObjectType({ description: 'A mailing’s recipients by state. `total` = queued + sending + sent + failed + skipped.' })
export class MailingProgressModel {
  @Field(() => Int) total: number;
  @Field(() => Int) queued: number;
  @Field(() => Int) sending: number;
  @Field(() => Int) sent: number;
  @Field(() => Int) failed: number;
  @Field(() => Int) skipped: number;
}

@ObjectType()
export class MailingSkipCount {
  @Field(() => MailingSkipReasonEnum) reason: MailingSkipReason;
  @Field(() => Int) count: number;
}

@ObjectType({ description: 'Who a mailing would reach if it were prepared now (consent and the contact policy applied).' })
export class MailingAudienceCount {
  @Field(() => Int, { description: 'Distinct addresses in the audience.' }) total: number;
  @Field(() => Int, { description: 'Addresses that would get the message.' }) eligible: number;
  @Field(() => [MailingSkipCount]) skipped: MailingSkipCount[];
}

@ObjectType({ description: 'A template sent to an audience under a subscription type, for a campaign (issue 15).' })
export class Mailing {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => ID) campaignId: string;
  @Field(() => ID) templateId: string;
  @Field(() => ID, { nullable: true, description: 'The template version it sends, fixed when it is started.' }) templateVersionId: string | null;
  @Field(() => ID) subscriptionTypeId: string;
  @Field(() => MailingAudience) audience: MailingAudience;
  @Field(() => MailingStatusEnum) status: MailingStatus;
  @Field({ description: 'The same content may go again to people who already got it.' }) resendAllowed: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true }) scheduledAt: Date | null;
  @Field(() => Int, { nullable: true, description: 'Delivered at this hour (0–23) of each recipient’s day in their time zone (a contact’s, else the contact policy’s); null: as soon as it starts.' }) localHour: number | null;
  @Field(() => MailingKindEnum, { description: 'ONE_OFF, a RECURRING series, an OCCURRENCE of one, or a NURTURE step.' }) kind: string;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'A series: when its next occurrence is made.' }) nextRunAt: Date | null;
  @Field(() => Int, { description: 'A series: the occurrences it has made.' }) occurrenceCount: number;
  @Field(() => ID, { nullable: true, description: 'An occurrence: its series.' }) parentId: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'An occurrence: the time of the rule it stands for.' }) occurrenceAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) startedAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) finishedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'Why it paused itself (a message key), or null.' }) pausedReason: string | null;
  @Field(() => ID, { nullable: true }) ownerId: string | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}

@ObjectType()
export class MailingConnection {
  @Field(() => [Mailing]) nodes: Mailing[];
  @Field(() => Int) totalCount: number;
  @Field() hasNextPage: boolean;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

@InputType()
export class MailingAudienceInput {
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(40, { each: true }) campaignMemberStatuses?: string[];
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(50) @IsUUID('all', { each: true }) listIds?: string[];
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(50) @IsUUID('all', { each: true }) excludeListIds?: string[];
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(20) @IsUUID('all', { each: true }) segmentIds?: string[];
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(20) @IsUUID('all', { each: true }) excludeSegmentIds?: string[];
}

@InputType()
export class CreateMailingInput {
  @Field() @IsString() @MinLength(1, { message: 'Give the mailing a name.' }) @MaxLength(200) name: string;
  @Field(() => ID) @IsUUID('all') campaignId: string;
  @Field(() => ID) @IsUUID('all') templateId: string;
  @Field(() => ID) @IsUUID('all') subscriptionTypeId: string;
  @Field(() => MailingAudienceInput) @ValidateNested() @Type(() => MailingAudienceInput) audience: MailingAudienceInput;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() resendAllowed?: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true }) @IsOptional() @IsDate() scheduledAt?: Date | null;
  @Field(() => Int, { nullable: true, description: 'Deliver at this hour (0–23) of each recipient’s day in their own time zone; null: as soon as it starts.' }) @IsOptional() @IsInt() @Min(0) @Max(23) localHour?: number | null;
  @Field(() => MailingRecurrenceInput, { nullable: true, description: 'Repeat on a rule (a series); null: once.' }) @IsOptional() @ValidateNested() @Type(() => MailingRecurrenceInput) recurrence?: MailingRecurrenceInput | null;
}

@InputType({ description: 'Changes a draft; absent fields stay as they are.' })
export class UpdateMailingInput {
  @Field(() => ID) @IsUUID('all') id: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MinLength(1, { message: 'Give the mailing a name.' }) @MaxLength(200) name?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') templateId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') subscriptionTypeId?: string;
  @Field(() => MailingAudienceInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => MailingAudienceInput) audience?: MailingAudienceInput;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() resendAllowed?: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true }) @IsOptional() @IsDate() scheduledAt?: Date | null;
  @Field(() => Int, { nullable: true, description: 'Deliver at this hour (0–23) of each recipient’s day in their own time zone; null: as soon as it starts.' }) @IsOptional() @IsInt() @Min(0) @Max(23) localHour?: number | null;
  @Field(() => MailingRecurrenceInput, { nullable: true, description: 'Repeat on a rule (a series); null: once.' }) @IsOptional() @ValidateNested() @Type(() => MailingRecurrenceInput) recurrence?: MailingRecurrenceInput | null;
}

@InputType()
export class SendMailingInput {
  @Field(() => ID) @IsUUID('all') id: string;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Start at this time; absent: the draft’s scheduled time, or now.' }) @IsOptional() @IsDate() scheduledAt?: Date | null;
}

@InputType()
export class MailingIdInput {
  @Field(() => ID) @IsUUID('all') id: string;
}

@ObjectType()
export class FrequencyCap {
  @Field(() => Int) maxMessages: number;
  @Field(() => Int) windowDays: number;
}

@ObjectType()
export class QuietHours {
  @Field(() => Int) startHour: number;
  @Field(() => Int) endHour: number;
}

@ObjectType({ description: 'A rule that holds marketing back from some people; `available` is false until its data exists (cases come with the service domain).' })
export class ContactPolicyRuleModel {
  @Field(() => ContactPolicyRuleEnum) key: ContactPolicyRuleKey;
  @Field() available: boolean;
}

@ObjectType({ description: 'The company-wide contact policy every mailing obeys, whichever department sends.' })
export class ContactPolicyModel {
  @Field(() => FrequencyCap, { nullable: true }) frequencyCap: FrequencyCap | null;
  @Field() sameContentOnce: boolean;
  @Field(() => QuietHours, { nullable: true }) quietHours: QuietHours | null;
  @Field() timeZone: string;
  @Field(() => [ContactPolicyRuleEnum]) rules: ContactPolicyRuleKey[];
  @Field(() => [ContactPolicyRuleModel]) availableRules: ContactPolicyRuleModel[];
}

@InputType()
export class FrequencyCapInput {
  @Field(() => Int) @IsInt() @Min(1) @Max(100) maxMessages: number;
  @Field(() => Int) @IsInt() @Min(1) @Max(365) windowDays: number;
}

@InputType()
export class QuietHoursInput {
  @Field(() => Int) @IsInt() @Min(0) @Max(23) startHour: number;
  @Field(() => Int) @IsInt() @Min(0) @Max(23) endHour: number;
}

@InputType()
export class UpdateContactPolicyInput {
  @Field(() => FrequencyCapInput, { nullable: true, description: 'Null: no cap.' }) @IsOptional() @ValidateNested() @Type(() => FrequencyCapInput) frequencyCap?: FrequencyCapInput | null;
  @Field() @IsBoolean() sameContentOnce: boolean;
  @Field(() => QuietHoursInput, { nullable: true, description: 'Null: no quiet hours.' }) @IsOptional() @ValidateNested() @Type(() => QuietHoursInput) quietHours?: QuietHoursInput | null;
  @Field() @IsString() @MaxLength(64) timeZone: string;
  @Field(() => [ContactPolicyRuleEnum]) @ArrayMaxSize(10) @IsIn(RULE_KEYS, { each: true }) rules: ContactPolicyRuleKey[];
}

@ObjectType({ description: 'What people did with a mailing’s messages. Opens and clicks by machines (privacy proxies, link scanners, prefetch) are counted apart and left out of the rest.' })
export class MailingEngagement {
  @Field(() => Int) sent: number;
  @Field(() => Int, { description: 'Sent minus hard bounces.' }) delivered: number;
  @Field(() => Int) opens: number;
  @Field(() => Int, { description: 'Recipients who opened at least once.' }) uniqueOpens: number;
  @Field(() => Int) machineOpens: number;
  @Field(() => Int) clicks: number;
  @Field(() => Int) uniqueClicks: number;
  @Field(() => Int) machineClicks: number;
  @Field(() => Int) unsubscribes: number;
  @Field(() => Int) hardBounces: number;
  @Field(() => Int) softBounces: number;
  @Field(() => Int) complaints: number;
  @Field(() => Int) replies: number;
}

@ObjectType()
export class MailingLinkClicks {
  @Field({ description: 'The destination, with the campaign’s UTM values.' }) url: string;
  @Field(() => Int) clicks: number;
  @Field(() => Int) uniqueClicks: number;
}

@ObjectType()
export class MailingHour {
  @Field(() => GraphQLISODateTime) at: Date;
  @Field(() => Int) opens: number;
  @Field(() => Int) clicks: number;
}

@ObjectType({ description: 'What the viewer may do with this mailing now (its status and their permission).' })
export class MailingViewerCan {
  @Field() update: boolean;
  @Field() send: boolean;
  @Field() pause: boolean;
  @Field() resume: boolean;
  @Field() cancel: boolean;
}
