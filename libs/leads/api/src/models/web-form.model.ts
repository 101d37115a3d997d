import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsIn, IsOptional, IsString, IsUrl, IsUUID, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { LeadSource } from '@rapport/sales-domain';
import { FORM_FIELD_KEYS } from './public-lead.input';

@ObjectType()
export class WebFormFieldModel {
  @Field({ description: `One of ${FORM_FIELD_KEYS.join(', ')}` }) key: string;
  @Field() label: string;
  @Field() required: boolean;
}

@ObjectType('WebForm')
export class WebFormModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => [WebFormFieldModel]) fields: WebFormFieldModel[];
  @Field({ description: 'Stored lead source value, e.g. web or event.' }) source: string;
  @Field(() => String, { nullable: true }) campaign: string | null;
  @Field(() => String, { nullable: true }) redirectUrl: string | null;
  @Field(() => String, { nullable: true }) consentText: string | null;
  @Field() consentRequired: boolean;
  @Field() active: boolean;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field({ description: 'The HTML to paste into a web page.' }) embedHtml: string;
  @Field({ description: 'A hosted page with the form, for a link or an iframe.' }) hostedUrl: string;
}

@InputType()
export class WebFormFieldInput {
  @Field() @IsIn([...FORM_FIELD_KEYS], { message: `key must be one of ${FORM_FIELD_KEYS.join(', ')}` }) key: string;
  @Field() @IsString() @MinLength(1, { message: 'Give the field a label' }) @MaxLength(100) label: string;
  @Field({ defaultValue: false }) @IsBoolean() required: boolean;
}

@InputType()
export class SaveWebFormInput {
  @Field(() => ID, { nullable: true, description: 'Omit to create a form.' }) @IsOptional() @IsUUID('all') id?: string;
  @Field() @IsString() @MinLength(1, { message: 'Give the form a name' }) @MaxLength(200) name: string;
  @Field(() => [WebFormFieldInput])
  @ArrayMinSize(1, { message: 'A form needs at least one field' })
  @ArrayMaxSize(FORM_FIELD_KEYS.length)
  @ValidateNested({ each: true })
  @Type(() => WebFormFieldInput)
  fields: WebFormFieldInput[];
  @Field({ defaultValue: LeadSource.Web }) @IsIn(Object.values(LeadSource), { message: 'Unknown lead source' }) source: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) campaign?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'], require_tld: false }, { message: 'Enter a full http(s) address' })
  @MaxLength(2000)
  redirectUrl?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) consentText?: string | null;
  @Field({ defaultValue: false }) @IsBoolean() consentRequired: boolean;
  @Field({ defaultValue: true }) @IsBoolean() active: boolean;
}

@ObjectType()
export class SaveWebFormPayload {
  @Field(() => WebFormModel) webForm: WebFormModel;
}
