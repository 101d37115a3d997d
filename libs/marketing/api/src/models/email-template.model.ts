import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { graphqlEnum, IsOmittable } from '@rapport/shared-api';
import { TEMPLATE_KINDS, TEMPLATE_LOCALES, type TemplateKind, type TemplateLocale } from '@rapport/marketing-domain';

export const TemplateKindEnum = graphqlEnum('EmailTemplateKind', TEMPLATE_KINDS);

@ObjectType({ description: 'One language of a template: subject, preheader and MJML with Liquid personalisation.' })
export class EmailTemplateVariant {
  @Field({ description: 'en, zh-CN or zh-TW.' }) locale: string;
  @Field() subject: string;
  @Field(() => String, { nullable: true, description: 'The line mail clients show after the subject.' }) preheader: string | null;
  @Field() mjml: string;
}

@ObjectType({ description: 'A saved, unchangeable content of a template; mailings point at the version they sent.' })
export class EmailTemplateVersion {
  @Field(() => ID) id: string;
  @Field(() => Int) version: number;
  @Field(() => [EmailTemplateVariant]) variants: EmailTemplateVariant[];
  @Field({ description: 'Same content, same key: a person never gets the same content twice unless a mailing allows it.' }) contentKey: string;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}

@ObjectType({ description: 'An email template (issue 15): MJML + Liquid, one variant per language.' })
export class EmailTemplate {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => TemplateKindEnum, { description: 'Marketing mail honours consent and needs the unsubscribe link and postal address; transactional mail does not.' }) kind: TemplateKind;
  @Field() archived: boolean;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime) updatedAt: Date;
}

@InputType()
export class EmailTemplateVariantInput {
  @Field(() => String, { description: 'en, zh-CN or zh-TW.' }) @IsIn([...TEMPLATE_LOCALES], { message: 'The language is en, zh-CN or zh-TW.' }) locale: TemplateLocale;
  @Field() @IsString() @MaxLength(300) subject: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(300) preheader?: string | null;
  @Field() @IsString() @MinLength(1) @MaxLength(200_000) mjml: string;
}

@InputType()
export class CreateEmailTemplateInput {
  @Field() @IsString() @MinLength(1, { message: 'Give the template a name.' }) @MaxLength(200) name: string;
  @Field(() => TemplateKindEnum, { defaultValue: 'marketing' }) @IsIn([...TEMPLATE_KINDS]) kind: TemplateKind;
  @Field(() => [EmailTemplateVariantInput]) @ArrayMaxSize(3) @ValidateNested({ each: true }) @Type(() => EmailTemplateVariantInput) variants: EmailTemplateVariantInput[];
}

@InputType({ description: 'Changed variants make a new version; a name or archive change does not.' })
export class UpdateEmailTemplateInput {
  @Field(() => ID) @IsUUID('all') id: string;
  // Absent means unchanged; null is not a name nor a yes/no (the fuzz sent `archived: null` to the NOT NULL column).
  @Field(() => String, { nullable: true }) @IsOmittable() @IsString({ message: 'Give the template a name.' }) @MinLength(1, { message: 'Give the template a name.' }) @MaxLength(200) name?: string;
  @Field(() => Boolean, { nullable: true }) @IsOmittable() @IsBoolean() archived?: boolean;
  @Field(() => [EmailTemplateVariantInput], { nullable: true }) @IsOptional() @ArrayMaxSize(3) @ValidateNested({ each: true }) @Type(() => EmailTemplateVariantInput) variants?: EmailTemplateVariantInput[];
}

@ObjectType()
export class EmailTemplatePayload {
  @Field(() => EmailTemplate) template: EmailTemplate;
}

@InputType({ description: 'What to preview: a saved template or unsaved variants, in a language, as a person you may read (else sample values).' })
export class PreviewEmailInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') templateId?: string;
  @Field(() => TemplateKindEnum, { nullable: true, description: 'For unsaved variants.' }) @IsOptional() @IsIn([...TEMPLATE_KINDS]) kind?: TemplateKind;
  @Field(() => [EmailTemplateVariantInput], { nullable: true }) @IsOptional() @ArrayMaxSize(3) @ValidateNested({ each: true }) @Type(() => EmailTemplateVariantInput) variants?: EmailTemplateVariantInput[];
  @Field(() => String, { nullable: true, description: 'en, zh-CN or zh-TW; the contact’s language otherwise.' }) @IsOptional() @IsIn([...TEMPLATE_LOCALES], { message: 'The language is en, zh-CN or zh-TW.' }) locale?: TemplateLocale;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') contactId?: string;
}

@ObjectType()
export class TemplateProblemRow {
  @Field() path: string;
  @Field() message: string;
}

@ObjectType({ description: 'The email as the person would get it, or what stops it from being sent.' })
export class EmailPreview {
  @Field(() => String, { nullable: true }) subject: string | null;
  @Field(() => String, { nullable: true }) html: string | null;
  @Field(() => String, { nullable: true }) text: string | null;
  @Field({ description: 'The language used.' }) locale: string;
  @Field(() => [TemplateProblemRow]) problems: TemplateProblemRow[];
}

@ObjectType()
export class TestEmailPayload {
  @Field({ description: 'The address the test went to: always the sender’s own.' }) sentTo: string;
}
