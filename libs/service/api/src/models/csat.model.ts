import { ArgsType, Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsDate, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested, ArrayMaxSize } from 'class-validator';
import { Type } from 'class-transformer';
import { Connection, graphqlEnum } from '@rapport/shared-api';
import { LocaleEnum } from '@rapport/shared-auth';
import { CSAT_LANGUAGES, CSAT_MAX_QUESTION_TEXT, CSAT_MAX_QUESTIONS, CSAT_MODES, CSAT_QUESTION_KINDS, type CsatLanguage, type CsatMode, type CsatQuestionKind } from '@rapport/service-domain';
import { CSAT_GROUPINGS, type CsatGrouping } from '@rapport/service-data';

const CsatModeEnum = graphqlEnum('CsatMode', CSAT_MODES);
const CsatQuestionKindEnum = graphqlEnum('CsatQuestionKind', CSAT_QUESTION_KINDS);
const CsatGroupByEnum = graphqlEnum('CsatGroupBy', CSAT_GROUPINGS);

@ObjectType('CsatQuestionText', { description: 'A question’s text per language; a missing Chinese text shows the English.' })
export class CsatQuestionTextModel {
  @Field() en: string;
  @Field(() => String, { nullable: true }) zhCN?: string | null;
  @Field(() => String, { nullable: true }) zhTW?: string | null;
}

@ObjectType('CsatQuestion', { description: 'An extra question of the satisfaction survey, after the 1–5 rating.' })
export class CsatQuestionModel {
  @Field({ description: 'Stable key the answers are stored under.' }) key: string;
  @Field(() => CsatQuestionKindEnum) kind: CsatQuestionKind;
  @Field(() => CsatQuestionTextModel) text: CsatQuestionTextModel;
  @Field() required: boolean;
}

@ObjectType('CsatSettings', { description: 'When customers are asked how satisfied they are, and what.' })
export class CsatSettingsModel {
  @Field(() => CsatModeEnum, { description: 'OFF; EVERY resolution of a case (an unanswered survey is offered again); FIRST resolution of a case only.' }) mode: CsatMode;
  @Field(() => [CsatQuestionModel]) questions: CsatQuestionModel[];
  @Field(() => Int, { description: 'Ratings at or below it are low: the case owner’s manager is told (1–4).' }) lowRatingThreshold: number;
  @Field(() => LocaleEnum, { description: 'The survey’s language for a contact without one.' }) defaultLanguage: CsatLanguage;
  @Field(() => [CsatQueueModeModel], { description: 'Every routing queue with its own mode, which overrides `mode` for cases resolved in it.' }) queueModes: CsatQueueModeModel[];
}

@ObjectType('CsatQueueMode', { description: 'A routing queue’s own survey mode; null: it follows the company’s mode.' })
export class CsatQueueModeModel {
  @Field(() => ID) queueId: string;
  @Field() queueName: string;
  @Field({ description: 'An inactive queue takes no new cases; its cases still follow its mode.' }) active: boolean;
  @Field(() => CsatModeEnum, { nullable: true }) mode: CsatMode | null;
}

@InputType()
export class CsatQueueModeInput {
  @Field(() => ID) @IsUUID('all') queueId: string;
  @Field(() => CsatModeEnum, { nullable: true, description: 'null: the queue follows the company’s mode.' }) @IsOptional() @IsIn(CSAT_MODES) mode: CsatMode | null;
}

@InputType()
export class CsatQuestionTextInput {
  @Field() @IsString() @MaxLength(CSAT_MAX_QUESTION_TEXT) en: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(CSAT_MAX_QUESTION_TEXT) zhCN?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(CSAT_MAX_QUESTION_TEXT) zhTW?: string | null;
}

@InputType()
export class CsatQuestionInput {
  @Field() @IsString() @MaxLength(40) key: string;
  @Field(() => CsatQuestionKindEnum) @IsIn(CSAT_QUESTION_KINDS) kind: CsatQuestionKind;
  @Field(() => CsatQuestionTextInput) @ValidateNested() @Type(() => CsatQuestionTextInput) text: CsatQuestionTextInput;
  @Field(() => Boolean, { defaultValue: false }) @IsBoolean() required: boolean;
}

@InputType()
export class SaveCsatSettingsInput {
  @Field(() => CsatModeEnum) @IsIn(CSAT_MODES) mode: CsatMode;
  @Field(() => [CsatQuestionInput], { defaultValue: [] }) @ArrayMaxSize(CSAT_MAX_QUESTIONS) @ValidateNested({ each: true }) @Type(() => CsatQuestionInput) questions: CsatQuestionInput[];
  @Field(() => Int, { defaultValue: 2 }) @IsInt() @Min(1) @Max(4) lowRatingThreshold: number;
  @Field(() => LocaleEnum, { defaultValue: 'en' }) @IsIn(CSAT_LANGUAGES) defaultLanguage: CsatLanguage;
  @Field(() => [CsatQueueModeInput], { nullable: true, description: 'Sets the listed queues’ own modes (mode null: follow the company’s again); unlisted queues keep theirs.' })
  @IsOptional()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => CsatQueueModeInput)
  queueModes?: CsatQueueModeInput[] | null;
}

@ObjectType()
export class SaveCsatSettingsPayload {
  @Field(() => CsatSettingsModel) settings: CsatSettingsModel;
}

@InputType()
export class CsatReportInput {
  @Field(() => GraphQLISODateTime, { description: 'Resolutions from (inclusive).' }) @IsDate() from: Date;
  @Field(() => GraphQLISODateTime, { description: 'Resolutions until (exclusive); at most 366 days after `from`.' }) @IsDate() to: Date;
  @Field(() => CsatGroupByEnum) @IsIn(CSAT_GROUPINGS) groupBy: CsatGrouping;
}

@ObjectType({ description: 'The surveys offered for the resolutions of one group in the period, and how they were answered.' })
export class CsatReportRow {
  @Field(() => String, { nullable: true, description: 'The agent’s, team’s or queue’s id, the channel, or the day (YYYY-MM-DD); null: none (e.g. cases in no queue).' }) key: string | null;
  @Field(() => String, { nullable: true, description: 'The agent’s, team’s or queue’s name; the channel or day as the key.' }) label: string | null;
  @Field(() => Int, { description: 'Surveys offered (one per case).' }) surveysSent: number;
  @Field(() => Int) responses: number;
  @Field(() => Float, { nullable: true, description: 'responses / surveysSent; null without surveys.' }) responseRate: number | null;
  @Field(() => Float, { nullable: true, description: 'Mean rating 1–5; null without responses.' }) average: number | null;
  @Field(() => Float, { nullable: true, description: 'Share of responses rated 4 or 5; null without responses.' }) satisfiedShare: number | null;
  @Field(() => Int, { description: 'Responses rated at or below the low-rating threshold.' }) dissatisfied: number;
  @Field(() => [Int], { description: 'Responses rated 1, 2, 3, 4 and 5 (five counts, in that order).' }) ratings: number[];
}

@ObjectType({ description: 'Customer satisfaction over the surveys you may read (resolutions in the period).' })
export class CsatReport {
  @Field(() => GraphQLISODateTime) from: Date;
  @Field(() => GraphQLISODateTime) to: Date;
  @Field(() => CsatGroupByEnum) groupBy: CsatGrouping;
  @Field({ description: 'The zone days are counted in (the default business calendar’s, UTC without one).' }) timeZone: string;
  @Field(() => Int) lowRatingThreshold: number;
  @Field(() => [CsatReportRow]) rows: CsatReportRow[];
  @Field(() => CsatReportRow, { description: 'All rows together.' }) total: CsatReportRow;
}

@ObjectType({ description: 'An answer to an extra question (a rating as "1"–"5", yes/no as "true"/"false", or text).' })
export class CsatAnswerItem {
  @Field() key: string;
  @Field() value: string;
}

@ObjectType('CsatResponse', { description: 'A customer’s answer to the satisfaction survey of a case.' })
export class CsatResponse {
  @Field(() => ID) id: string;
  @Field(() => ID) caseId: string;
  @Field() caseNumber: string;
  @Field() caseSubject: string;
  @Field(() => Int) rating: number;
  @Field(() => [CsatAnswerItem]) answers: CsatAnswerItem[];
  @Field(() => String, { nullable: true }) comment: string | null;
  @Field(() => LocaleEnum) language: string;
  @Field() channel: string;
  @Field(() => ID, { nullable: true, description: 'The case’s owner when it was resolved.' }) agentId: string | null;
  @Field(() => String, { nullable: true }) agentName: string | null;
  @Field(() => ID, { nullable: true }) teamId: string | null;
  @Field(() => ID, { nullable: true }) queueId: string | null;
  @Field(() => GraphQLISODateTime) resolvedAt: Date;
  @Field(() => GraphQLISODateTime) answeredAt: Date;
  @Field({ description: 'Answered in the portal (else through the mailed link).' }) viaPortal: boolean;
}

@ObjectType()
export class CsatResponseConnection extends Connection(CsatResponse, 'CsatResponse') {}

@InputType()
export class CsatResponsesFilter {
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Answered from (inclusive).' }) @IsOptional() @IsDate() from?: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Answered until (exclusive).' }) @IsOptional() @IsDate() to?: Date | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') agentId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') teamId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') caseId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(40) channel?: string | null;
  @Field(() => Int, { nullable: true, description: 'Only ratings at or below it (e.g. the low ones).' }) @IsOptional() @IsInt() @Min(1) @Max(5) maxRating?: number | null;
}

@ArgsType()
export class CsatResponsesArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20 }) @IsOptional() @IsInt() first?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() after?: string | null;
  @Field(() => CsatResponsesFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => CsatResponsesFilter) filter?: CsatResponsesFilter | null;
}
