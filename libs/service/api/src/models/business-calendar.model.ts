import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';

export enum CalendarPreset {
  /** Monday–Friday 09:00–12:00 and 13:00–18:00 in Asia/Shanghai with mainland China's days off and make-up days. */
  MAINLAND_CHINA = 'MAINLAND_CHINA',
  /** Monday–Friday 08:30–12:30 and 13:30–17:30 in Asia/Taipei with the DGPA office calendar's days off and make-up days. */
  TAIWAN = 'TAIWAN',
}
registerEnumType(CalendarPreset, {
  name: 'CalendarPreset',
  valuesMap: {
    MAINLAND_CHINA: { description: 'Monday–Friday 09:00–12:00 and 13:00–18:00 in Asia/Shanghai with mainland China’s days off and make-up days.' },
    TAIWAN: { description: 'Monday–Friday 08:30–12:30 and 13:30–17:30 in Asia/Taipei with the DGPA office calendar’s days off and make-up days (source: 政府資料開放平臺).' },
  },
});

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@ObjectType('WorkPeriod', { description: 'Working time within a day, in minutes after local midnight (09:00 = 540).' })
@InputType('WorkPeriodInput')
export class WorkPeriodModel {
  @Field(() => Int) @IsInt() @Min(0) @Max(1439) start: number;
  @Field(() => Int) @IsInt() @Min(1) @Max(1440) end: number;
}

@ObjectType('WeekdayPeriods')
@InputType('WeekdayPeriodsInput')
export class WeekdayPeriodsModel {
  @Field(() => Int, { description: 'ISO weekday: 1 Monday … 7 Sunday.' }) @IsInt() @Min(1) @Max(7) weekday: number;
  @Field(() => [WorkPeriodModel], { description: 'Empty: closed.' }) @IsArray() @ArrayMaxSize(8) @ValidateNested({ each: true }) @Type(() => WorkPeriodModel) periods: WorkPeriodModel[];
}

@ObjectType('CalendarDay')
@InputType('CalendarDayInput')
export class CalendarDayModel {
  @Field({ description: 'Local date, YYYY-MM-DD.' }) @IsString() @Matches(DATE, { message: 'must be a date (YYYY-MM-DD)' }) date: string;
  @Field() @IsString() @MaxLength(200) name: string;
}

@ObjectType('BusinessCalendar', { description: 'Working hours, days off and make-up working days that SLA clocks count in.' })
export class BusinessCalendar {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field({ description: 'IANA time zone, e.g. Asia/Shanghai.' }) timeZone: string;
  @Field(() => [WeekdayPeriodsModel], { description: 'Monday to Sunday, each with its periods (empty: closed).' }) week: WeekdayPeriodsModel[];
  @Field(() => [CalendarDayModel], { description: 'Days off, oldest first.' }) holidays: CalendarDayModel[];
  @Field(() => [CalendarDayModel], { description: 'Make-up working days (they work the first working weekday’s periods), oldest first.' }) workdays: CalendarDayModel[];
  @Field({ description: 'The calendar of SLA policies that name none.' }) isDefault: boolean;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

@InputType()
export class CreateBusinessCalendarInput {
  @Field() @IsString() @MinLength(1) @MaxLength(100) name: string;
  @Field(() => CalendarPreset, { nullable: true, description: 'Start from a pre-filled calendar; the fields given replace its parts.' }) @IsOptional() @IsEnum(CalendarPreset) preset?: CalendarPreset | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(64) timeZone?: string | null;
  @Field(() => [WeekdayPeriodsModel], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(7) @ValidateNested({ each: true }) @Type(() => WeekdayPeriodsModel) week?: WeekdayPeriodsModel[] | null;
  @Field(() => [CalendarDayModel], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(2000) @ValidateNested({ each: true }) @Type(() => CalendarDayModel) holidays?: CalendarDayModel[] | null;
  @Field(() => [CalendarDayModel], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => CalendarDayModel) workdays?: CalendarDayModel[] | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() isDefault?: boolean | null;
}

@InputType()
export class UpdateBusinessCalendarInput {
  @Field(() => ID) @IsUUID('all') id: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MinLength(1) @MaxLength(100) name?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(64) timeZone?: string | null;
  @Field(() => [WeekdayPeriodsModel], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(7) @ValidateNested({ each: true }) @Type(() => WeekdayPeriodsModel) week?: WeekdayPeriodsModel[] | null;
  @Field(() => [CalendarDayModel], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(2000) @ValidateNested({ each: true }) @Type(() => CalendarDayModel) holidays?: CalendarDayModel[] | null;
  @Field(() => [CalendarDayModel], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => CalendarDayModel) workdays?: CalendarDayModel[] | null;
  @Field(() => Boolean, { nullable: true, description: 'Make this the default (the previous default stops being one).' }) @IsOptional() @IsBoolean() isDefault?: boolean | null;
}

@InputType()
export class ImportCalendarDaysInput {
  @Field(() => ID) @IsUUID('all') id: string;
  @Field({ description: 'An iCalendar file’s text (RFC 5545): whole-day events become days off, make-up working days by their names.' })
  @IsString()
  @MaxLength(2_000_000)
  icalendar: string;
  @Field({ description: 'First day to take, YYYY-MM-DD.' }) @Matches(DATE, { message: 'must be a date (YYYY-MM-DD)' }) from: string;
  @Field({ description: 'Last day to take, YYYY-MM-DD.' }) @Matches(DATE, { message: 'must be a date (YYYY-MM-DD)' }) to: string;
}

@ObjectType()
export class BusinessCalendarPayload {
  @Field(() => BusinessCalendar) calendar: BusinessCalendar;
}

@ObjectType()
export class ImportCalendarDaysPayload {
  @Field(() => BusinessCalendar) calendar: BusinessCalendar;
  @Field(() => Int, { description: 'Days off added (days already listed are kept once).' }) holidaysAdded: number;
  @Field(() => Int) workdaysAdded: number;
  @Field(() => Int, { description: 'Events that were not whole days.' }) skipped: number;
}
