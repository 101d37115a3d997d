import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsObject, IsOptional, IsString, IsTimeZone, IsUUID, MaxLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || undefined : value);

/**
 * What a registration form or an integrator posts to `POST /api/public/events/:id/registrations`
 * (JSON or form-encoded). Hostile input: every field typed, trimmed and capped; unknown fields are
 * refused by name. `website` is the honeypot a person never fills.
 */
export class PublicRegistrationInput {
  @ApiPropertyOptional() @Transform(trim) @IsOptional() @IsString() @MaxLength(100) firstName?: string;
  @ApiProperty() @Transform(trim) @IsString({ message: 'Give a last name.' }) @MaxLength(100) lastName: string;
  @ApiProperty() @Transform(trim) @IsEmail({}, { message: 'Enter a valid email address.' }) @MaxLength(254) email: string;
  @ApiPropertyOptional() @Transform(trim) @IsOptional() @IsString() @MaxLength(200) company?: string;
  @ApiPropertyOptional() @Transform(trim) @IsOptional() @IsString() @MaxLength(40) phone?: string;
  @ApiPropertyOptional({ enum: ['en', 'zh-CN', 'zh-TW'], description: 'The registrant’s language: their mail and invitation are written in it.' })
  @Transform(trim)
  @IsOptional()
  @IsIn(['en', 'zh-CN', 'zh-TW'], { message: 'locale must be one of en, zh-CN, zh-TW' })
  locale?: string;
  @ApiPropertyOptional({ description: 'IANA time zone of the registrant (the form sends the browser’s), for reminders at their local time.' })
  @Transform(trim)
  @IsOptional()
  @MaxLength(64)
  @IsTimeZone({ message: 'Choose a time zone such as Asia/Shanghai.' })
  timeZone?: string;
  @ApiPropertyOptional({ description: 'Answers to the event’s own questions, by question key.' }) @IsOptional() @IsObject() answers?: Record<string, unknown>;
  @ApiPropertyOptional({ description: 'The website visitor id the tracking script set, so earlier page views join the person.' })
  @Transform(trim)
  @IsOptional()
  @IsUUID('all', { message: 'visitorId is not a valid visitor id' })
  visitorId?: string;
  /** Honeypot: hidden from people, filled by bots. */
  @ApiPropertyOptional({ description: 'Leave empty.' }) @IsOptional() @IsString() @MaxLength(200) website?: string;
}
