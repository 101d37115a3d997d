import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, IsTimeZone, IsUUID, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { LeadSource } from '@rapport/sales-domain';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || undefined : value);
const bool = ({ value }: { value: unknown }) => (value === 'on' || value === 'true' || value === '1' || value === true ? true : value === 'false' || value === '0' || value === false ? false : value);
const int = ({ value }: { value: unknown }) => (typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value === '' ? undefined : value);

/**
 * What a web form or an integrator may post to `POST /api/public/leads` (JSON or form-encoded).
 * Hostile input: every field is optional-typed, trimmed and capped; unknown fields are rejected by
 * name so a typo in a hand-written form shows up at once instead of silently losing data.
 */
export class PublicLeadInput {
  @ApiPropertyOptional({ description: 'The web form this came from (its id is in the generated HTML).' })
  @IsOptional() @IsUUID('all', { message: 'formId is not a valid form id' }) formId?: string;

  @ApiPropertyOptional() @Transform(trim) @IsOptional() @IsString() @MaxLength(100) firstName?: string;
  /**
   * Required unless a company is given. The condition only waives the requirement: a last name that
   * is present is always checked (type and length), whatever else the submission carries.
   */
  @ApiPropertyOptional()
  @Transform(trim)
  @ValidateIf((o: PublicLeadInput) => o.lastName != null || !o.company)
  @IsString({ message: ({ value }) => (value == null ? 'Give a last name or a company' : 'lastName must be a string') })
  @MaxLength(100)
  lastName?: string;
  @ApiPropertyOptional() @Transform(trim) @IsOptional() @IsEmail({}, { message: 'Enter a valid email address' }) @MaxLength(254) email?: string;
  @ApiPropertyOptional() @Transform(trim) @IsOptional() @IsString() @MaxLength(200) company?: string;
  @ApiPropertyOptional() @Transform(trim) @IsOptional() @IsString() @MaxLength(40) phone?: string;
  @ApiPropertyOptional() @Transform(trim) @IsOptional() @IsString() @MaxLength(5000) message?: string;
  @ApiPropertyOptional() @Transform(trim) @IsOptional() @IsString() @MaxLength(100) title?: string;
  @ApiPropertyOptional() @Transform(trim) @IsOptional() @IsString() @MaxLength(100) country?: string;
  @ApiPropertyOptional() @Transform(trim) @IsOptional() @IsString() @MaxLength(100) region?: string;
  @ApiPropertyOptional() @Transform(trim) @IsOptional() @IsString() @MaxLength(200) productInterest?: string;
  @ApiPropertyOptional() @Transform(int) @IsOptional() @IsInt({ message: 'employees must be a whole number' }) @Min(0) @Max(10_000_000) employees?: number;
  @ApiPropertyOptional() @Transform(trim) @IsOptional() @IsString() @MaxLength(20) language?: string;
  /** The generated form fills it from the browser's clock, so a mailing at 9:00 reaches the person at their 9:00. */
  @ApiPropertyOptional({ description: 'IANA time zone of the person, such as Asia/Shanghai.' })
  @Transform(trim)
  @IsOptional()
  @MaxLength(64)
  @IsTimeZone({ message: 'Choose a time zone such as Asia/Shanghai.' })
  timeZone?: string;
  @ApiPropertyOptional({ enum: Object.values(LeadSource), description: 'Defaults to the form’s source, else "web".' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() || undefined : value))
  @IsOptional()
  @IsIn(Object.values(LeadSource), { message: `source must be one of ${Object.values(LeadSource).join(', ')}` })
  source?: string;
  @ApiPropertyOptional() @Transform(trim) @IsOptional() @IsString() @MaxLength(200) campaign?: string;
  @ApiPropertyOptional() @Transform(bool) @IsOptional() @IsBoolean({ message: 'consent must be true or false' }) consent?: boolean;
  @ApiPropertyOptional() @Transform(trim) @IsOptional() @IsString() @MaxLength(200) utm_source?: string;
  @ApiPropertyOptional() @Transform(trim) @IsOptional() @IsString() @MaxLength(200) utm_medium?: string;
  @ApiPropertyOptional() @Transform(trim) @IsOptional() @IsString() @MaxLength(200) utm_campaign?: string;
  @ApiPropertyOptional() @Transform(trim) @IsOptional() @IsString() @MaxLength(200) utm_term?: string;
  @ApiPropertyOptional() @Transform(trim) @IsOptional() @IsString() @MaxLength(200) utm_content?: string;
  /**
   * Not lead data: the language of the page the form sits on (its `lang` attribute, copied by the
   * generated form's script), for the page a browser gets back. Any tag is accepted — a form on a
   * French page must still submit — and one we do not write falls back to Accept-Language.
   */
  @ApiPropertyOptional({ description: 'Language of the page the form is on (a BCP 47 tag such as zh-TW); the thank-you or error page is written in it when it is en, zh-CN or zh-TW.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  locale?: string;
  /**
   * Not lead data: the browser's visitor id, which Rapport's tracking script keeps in its cookie and
   * copies into the form's hidden `visitorId` field. Marketing links that visitor to the lead, so
   * the pages viewed before the form become the lead's (issue 16). Empty when the site has no
   * script or the visitor did not consent to tracking.
   */
  @ApiPropertyOptional({ description: 'The tracking script’s visitor id (a UUID), filled in by the script on the form’s page.' })
  @Transform(trim)
  @IsOptional()
  @IsUUID('all', { message: 'visitorId is not a valid visitor id' })
  visitorId?: string;
  /** Honeypot: hidden from people by the generated form, so only bots fill it. */
  @ApiPropertyOptional({ description: 'Leave empty (spam trap).' }) @IsOptional() @IsString() @MaxLength(500) website?: string;
}

/** Lead fields a form definition may ask for. */
export const FORM_FIELD_KEYS = ['firstName', 'lastName', 'email', 'company', 'phone', 'title', 'country', 'region', 'productInterest', 'employees', 'language', 'message'] as const;
