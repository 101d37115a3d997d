import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEmail, IsIn, IsObject, IsOptional, IsString, IsTimeZone, IsUUID, MaxLength } from 'class-validator';

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
  @ApiPropertyOptional({ type: [String], description: 'The subscription types whose consent box the registrant ticked (ids from the event’s form).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @IsUUID('all', { each: true, message: 'must be an id' })
  consents?: string[];
  @ApiPropertyOptional({ description: 'The website visitor id the tracking script set, so earlier page views join the person.' })
  @Transform(trim)
  @IsOptional()
  @IsUUID('all', { message: 'visitorId is not a valid visitor id' })
  visitorId?: string;
  /** Honeypot: hidden from people, filled by bots. */
  @ApiPropertyOptional({ description: 'Leave empty.' }) @IsOptional() @IsString() @MaxLength(200) website?: string;
}

/**
 * A browser's form post (flat names, as the hosted and embedded forms write them) as the JSON
 * shape: `q.<key>` fields become `answers`, ticked `consent.<type id>` boxes become `consents`.
 * Other names pass through for validation to accept or refuse by name.
 */
export function fromFormPost(body: unknown): unknown {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return body;
  // Built by fromEntries: a hostile name such as `q.__proto__` becomes an own key (refused later), never a prototype.
  const rest: [string, unknown][] = [];
  const answers: [string, unknown][] = [];
  const consents: string[] = [];
  for (const [name, value] of Object.entries(body as Record<string, unknown>)) {
    if (name.startsWith('q.')) answers.push([name.slice(2), value]);
    else if (name.startsWith('consent.')) {
      if (value === 'true' || value === 'on') consents.push(name.slice(8));
    } else rest.push([name, value]);
  }
  const out: Record<string, unknown> = Object.fromEntries(rest);
  if (answers.length) out['answers'] = Object.fromEntries(answers);
  if (consents.length) out['consents'] = consents;
  // Hidden fields the form's script fills may arrive empty: an empty one is not given.
  for (const k of ['locale', 'timeZone', 'visitorId', 'firstName', 'company', 'phone']) if (out[k] === '') delete out[k];
  return out;
}
